/**
 * The run's determinism fingerprint, computed without rendering any text. Each event is encoded
 * as a sequence of 32-bit words — interned ids for the kind, source, target and type, the time as
 * an integer or the two halves of its float64, the payload walked structurally in canonical key
 * order — and every word is mixed into two independent 32-bit lanes (an xxHash32 round and a
 * MurmurHash3 round), a 64-bit rolling hash.
 *
 * Properties the rest of agentsim relies on:
 * - The encoding is prefix-free, and for a fixed state each lane's round is a bijection of the
 *   input word and of the state, so two event sequences that differ in one event always end in
 *   different hashes; only several differences can collide (a 2^-64 chance).
 * - A string is interned on first use: its content is mixed in then, its id afterwards. Ids are
 *   assigned in order of first appearance, so the hash is a pure function of the event sequence.
 * - A payload hashes the same as the value `JSON.parse(canonicalJson(payload))`: keys in
 *   canonical order, `undefined` members dropped, non-finite numbers as null, `-0` as 0, Maps as
 *   objects, Sets as arrays. So a trace file's events re-hash to the run's fingerprint.
 */
import { compareKeys } from './canonicalJson.js';

const P1 = 0x9e3779b1;
const P2 = 0x85ebca77;
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const SEED_A = 0x2545f491;
const SEED_B = 0x61c88647;

// Word tags. Interned ids are >= 0, so every tag is negative and no tag can be read as an id.
const NEW_STRING = -1;
const LONG_STRING = -2;
const NULL = -3;
const TRUE = -4;
const FALSE = -5;
const INT = -6;
const FLOAT = -7;
const STRING = -8;
const ARRAY = -9;
const OBJECT = -10;
const END = -11;
const NONE = -12;
const FINISH = -13;

/** Strings longer than this are hashed by content every time instead of interned. */
const MAX_INTERNED_LENGTH = 128;
/** The intern table stops growing here (later new strings are hashed by content), bounding memory. */
const MAX_INTERNED = 1 << 18;
/** A checkpoint (the two lanes) is kept after every this many events. */
export const CHECKPOINT_EVERY = 1024;

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

/** A 64-bit rolling fingerprint of trace events; see the module comment. */
export class Fingerprint {
  private a = SEED_A;
  private b = SEED_B;
  private readonly ids = new Map<string, number>();
  private count = 0;
  /** Lanes after every {@link CHECKPOINT_EVERY} events: [a0, b0, a1, b1, …]. */
  private readonly marks: number[] = [];

  /** Starts a fingerprint from the canonical header text (scenario, params, seed, faults, version). */
  constructor(header: string) {
    this.string(header);
  }

  /** Events mixed in so far. */
  get events(): number {
    return this.count;
  }

  /** The rolling hash after the last event, as 16 hex digits. */
  get hex(): string {
    return hex64(this.a, this.b);
  }

  /** Checkpoint hashes, one per {@link CHECKPOINT_EVERY} events, each as 16 hex digits. */
  get checkpoints(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.marks.length; i += 2) out.push(hex64(this.marks[i]!, this.marks[i + 1]!));
    return out;
  }

  /** Mixes one event in. */
  event(time: number, kind: string, src: string, dst: string, type: string, payload: unknown, ref: number | undefined): void {
    this.word(kindCode(kind));
    this.number(time);
    this.id(src);
    this.id(dst);
    this.id(type);
    if (payload === undefined) this.word(NONE);
    else this.value(payload);
    if (ref === undefined) this.word(NONE);
    else this.number(ref);
    if (++this.count % CHECKPOINT_EVERY === 0) this.marks.push(this.a, this.b);
  }

  /** The run's fingerprint: the lanes and the event count, finalised, as 16 hex digits. */
  digest(): string {
    let a = this.a;
    let b = this.b;
    a = roundA(roundA(a, FINISH), this.count);
    b = roundB(roundB(b, FINISH), this.count);
    const x = fmix(a ^ Math.imul(b, P1));
    const y = fmix(b ^ Math.imul(x, C1));
    return hex64(x, y);
  }

  private word(w: number): void {
    this.a = roundA(this.a, w);
    this.b = roundB(this.b, w);
  }

  private id(text: string): void {
    const id = this.ids.get(text);
    if (id !== undefined) return this.word(id);
    if (text.length > MAX_INTERNED_LENGTH || this.ids.size >= MAX_INTERNED) return this.string(text);
    this.ids.set(text, this.ids.size);
    this.word(NEW_STRING);
    this.chars(text);
  }

  private string(text: string): void {
    this.word(text.length > MAX_INTERNED_LENGTH ? LONG_STRING : STRING);
    this.chars(text);
  }

  private chars(text: string): void {
    const n = text.length;
    this.word(n);
    let a = this.a;
    let b = this.b;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const w = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
      a = roundA(a, w);
      b = roundB(b, w);
    }
    if (i < n) {
      a = roundA(a, text.charCodeAt(i));
      b = roundB(b, text.charCodeAt(i));
    }
    this.a = a;
    this.b = b;
  }

  private number(x: number): void {
    if ((x | 0) === x) {
      this.word(INT);
      this.word(x);
    } else if (x - x !== 0) {
      this.word(NULL);
    } else {
      f64[0] = x;
      this.word(FLOAT);
      this.word(i32[0]!);
      this.word(i32[1]!);
    }
  }

  private value(v: unknown): void {
    switch (typeof v) {
      case 'string':
        return this.string(v);
      case 'number':
        return this.number(v);
      case 'boolean':
        return this.word(v ? TRUE : FALSE);
      case 'object':
        if (v === null) return this.word(NULL);
        if (Array.isArray(v)) return this.array(v);
        if (v instanceof Map) return this.object(Object.fromEntries(v) as Record<string, unknown>);
        if (v instanceof Set) return this.array([...(v as Set<unknown>)]);
        return this.object(v as Record<string, unknown>);
      default:
        // undefined (inside an array), functions, symbols and bigints render as null.
        return this.word(NULL);
    }
  }

  private array(items: readonly unknown[]): void {
    this.word(ARRAY);
    for (let i = 0; i < items.length; i++) this.value(items[i]);
    this.word(END);
  }

  private object(record: Record<string, unknown>): void {
    // Plain objects whose keys are already in canonical order (the common case: payloads are built
    // that way) are walked with for-in, allocating nothing; anything else sorts a key array.
    const proto = Object.getPrototypeOf(record) as unknown;
    if (proto === Object.prototype || proto === null) {
      let previous: string | undefined;
      let sorted = true;
      for (const key in record) {
        if (previous !== undefined && compareKeys(previous, key) > 0) {
          sorted = false;
          break;
        }
        previous = key;
      }
      if (sorted) {
        this.word(OBJECT);
        for (const key in record) this.member(key, record[key]);
        this.word(END);
        return;
      }
    }
    const keys = Object.keys(record).sort(compareKeys);
    this.word(OBJECT);
    for (let i = 0; i < keys.length; i++) this.member(keys[i]!, record[keys[i]!]);
    this.word(END);
  }

  private member(key: string, v: unknown): void {
    if (v === undefined || typeof v === 'function') return;
    this.id(key);
    this.value(v);
  }
}

/** The seven trace kinds as fixed codes (no lookup); any other kind is a run-time error upstream. */
function kindCode(kind: string): number {
  switch (kind) {
    case 'deliver':
      return 1;
    case 'send':
      return 2;
    case 'timer':
      return 3;
    case 'signal':
      return 4;
    case 'state':
      return 5;
    case 'drop':
      return 6;
    case 'fault':
      return 7;
    default:
      throw new RangeError(`Fingerprint: unknown trace kind "${kind}"`);
  }
}

/** One xxHash32 round: a bijection of the input word for a fixed state, and of the state. */
function roundA(acc: number, w: number): number {
  acc = (acc + Math.imul(w, P2)) | 0;
  return Math.imul((acc << 13) | (acc >>> 19), P1);
}

/** One MurmurHash3 block round. */
function roundB(h: number, w: number): number {
  let k = Math.imul(w, C1);
  k = Math.imul((k << 15) | (k >>> 17), C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(n: number): string {
  return HEX[n >>> 24]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
}

function hex64(a: number, b: number): string {
  return hex32(a >>> 0) + hex32(b >>> 0);
}
