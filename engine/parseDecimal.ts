/**
 * The one reader of numbers typed by a user (parameters, distributions, CLI options, arrival
 * traces): plain decimal notation only, so `0x10`, `0b1`, `0o7`, `1_000`, `Infinity` and the empty
 * string are rejected everywhere alike instead of some places taking what `Number()` takes.
 */
const DECIMAL = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i;

/** The number that decimal `text` denotes (blanks around it allowed), or NaN for any other text. */
export function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : NaN;
}
