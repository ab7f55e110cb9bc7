/**
 * Determinism guard: library code (everything but cli/) must not read wall time, use ambient
 * randomness or real timers. The scan parses each file with the TypeScript compiler, so comments,
 * strings and declarations such as xstate's `Clock.setTimeout(...)` signature are not mistaken
 * for calls; a positive control proves it still catches every forbidden call.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED = ['engine', 'actors', 'scenarios', 'analysis', 'testing'];

/** Forbidden callees, by their dotted name (a leading `globalThis.` / `window.` / `global.` is ignored). */
const FORBIDDEN_CALLS = new Set(['Date.now', 'Math.random', 'performance.now', 'setTimeout', 'setInterval']);
const FORBIDDEN_NEW = new Set(['Date']);
const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'global', 'self']);

/** `a.b.c` for identifiers, property accesses and string-literal element accesses; else undefined. */
function dottedName(expr: ts.Expression): string | undefined {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isParenthesizedExpression(expr)) return dottedName(expr.expression);
  if (ts.isPropertyAccessExpression(expr)) {
    const left = dottedName(expr.expression);
    return left === undefined ? undefined : `${left}.${expr.name.text}`;
  }
  if (ts.isElementAccessExpression(expr) && ts.isStringLiteralLike(expr.argumentExpression)) {
    const left = dottedName(expr.expression);
    return left === undefined ? undefined : `${left}.${expr.argumentExpression.text}`;
  }
  return undefined;
}

function withoutGlobalPrefix(name: string): string {
  const dot = name.indexOf('.');
  return dot > 0 && GLOBAL_OBJECTS.has(name.slice(0, dot)) ? withoutGlobalPrefix(name.slice(dot + 1)) : name;
}

/** Every forbidden call in `text`, as `file:line: snippet`. */
function findAmbientCalls(text: string, fileName = 'source.ts'): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let name: string | undefined;
    let forbidden = false;
    if (ts.isCallExpression(node)) {
      name = dottedName(node.expression);
      forbidden = name !== undefined && FORBIDDEN_CALLS.has(withoutGlobalPrefix(name));
    } else if (ts.isNewExpression(node)) {
      name = dottedName(node.expression);
      forbidden = name !== undefined && FORBIDDEN_NEW.has(withoutGlobalPrefix(name));
    }
    if (forbidden) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${fileName}:${line + 1}: ${node.getText(source).split('\n')[0]}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('ambient time and randomness', () => {
  it('should find no wall time, Math.random or real timers in library code', () => {
    const files = SCANNED.flatMap((dir) => tsFiles(join(root, dir)));
    expect(files.length).toBeGreaterThan(10);
    const offences = files.flatMap((file) => findAmbientCalls(readFileSync(file, 'utf8'), relative(root, file)));
    expect(offences).toEqual([]);
  });

  it('should catch a planted example of every forbidden call', () => {
    const planted = [
      'export const a = Date.now();',
      'export const b = Math.random() * 2;',
      'export const c = performance.now();',
      'export const d = new Date();',
      'setTimeout(() => {}, 10);',
      'export const e = setInterval(() => {}, 10);',
      'globalThis.setTimeout(() => {}, 1);',
      'export const f = new globalThis.Date(0);',
      "export const g = Math['random']();",
      'export const h = new Date;',
    ].join('\n');
    expect(findAmbientCalls(planted, 'planted.ts')).toEqual([
      'planted.ts:1: Date.now()',
      'planted.ts:2: Math.random()',
      'planted.ts:3: performance.now()',
      'planted.ts:4: new Date()',
      'planted.ts:5: setTimeout(() => {}, 10)',
      'planted.ts:6: setInterval(() => {}, 10)',
      'planted.ts:7: globalThis.setTimeout(() => {}, 1)',
      'planted.ts:8: new globalThis.Date(0)',
      "planted.ts:9: Math['random']()",
      'planted.ts:10: new Date',
    ]);
  });

  it('should ignore comments, strings, declarations and other objects\' methods', () => {
    const benign = [
      '// Date.now() is not allowed',
      '/* Math.random() or setTimeout(fn, 1) */',
      '/** performance.now() */',
      'const s = "new Date() and setInterval(f, 1)";',
      'const t = `Date.now()`;',
      'interface Clock { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(id: unknown): void }',
      'declare const clock: Clock;',
      'clock.setTimeout(() => {}, 5);',
      'const kernel = { now: () => 0 }; kernel.now();',
      'const rng = { random: () => 0 }; rng.random();',
    ].join('\n');
    expect(findAmbientCalls(benign)).toEqual([]);
  });

  it('should scan the folders that exist, engine/ among them', () => {
    expect(existsSync(join(root, 'engine', 'time', 'Kernel.ts'))).toBe(true);
    expect(tsFiles(join(root, 'no-such-folder'))).toEqual([]);
  });
});
