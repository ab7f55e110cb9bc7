/**
 * The seed's target cells ("5-10ms", "500ms-1s", "100μs-2ms", "<1ms", ">99%", "2-5MB",
 * "<1MB/hour", "3-5x faster", "20-80 iterations", "N/A (static)") turned into numbers in a base
 * unit: ms for times, a fraction for percentages, bytes for sizes (1 KB = 1000 B, 1 MB = 10⁶ B),
 * `x` for improvement factors, and the plain number for counts. Keeping the seed's own text in
 * the tables and parsing it here makes the transcription checkable against the seed.
 */

/** A target interval in the base unit; an open side is undefined. */
export interface TargetRange {
  readonly min?: number;
  readonly max?: number;
}

const UNIT: Record<string, number> = { μs: 0.001, us: 0.001, ms: 1, s: 1000, min: 60_000, '%': 0.01, kb: 1e3, mb: 1e6, gb: 1e9, x: 1, iterations: 1, '': 1 };
const TERM = /^([0-9.]+)\s*(μs|us|ms|s|min|%|kb|mb|gb|x|iterations)?$/i;

/** Parses one cell; null for "N/A …" and cells without a number. */
export function parseRange(text: string): TargetRange | null {
  const cell = text
    .trim()
    .replace(/\*\*/g, '')
    .replace(/\/hour$/i, '')
    .replace(/\s+(faster|slower)$/i, '')
    .trim();
  if (/^n\/a/i.test(cell) || !/[0-9]/.test(cell)) return null;
  if (cell.startsWith('<')) return { max: term(cell.slice(1)) };
  if (cell.startsWith('>')) return { min: term(cell.slice(1)) };
  if (cell.endsWith('+')) return { min: term(cell.slice(0, -1)) };
  const [lo, hi] = cell.split('-').map((s) => s.trim());
  if (hi === undefined) {
    const v = term(lo!);
    return { min: v, max: v };
  }
  // "5-10ms": the unit of the high end applies to a bare low end.
  const hiUnit = TERM.exec(hi)?.[2] ?? '';
  const low = TERM.exec(lo!)?.[2] ? term(lo!) : term(`${lo}${hiUnit}`);
  return { min: low, max: term(hi) };
}

function term(text: string): number {
  const m = TERM.exec(text.trim());
  if (!m) throw new Error(`parseRange: cannot read "${text}"`);
  return Number(m[1]) * UNIT[(m[2] ?? '').toLowerCase()]!;
}
