/**
 * Cuts a user-supplied value for an error line: control characters escaped (an error stays one
 * line), and past `max` characters the middle replaced by an ellipsis (so a long path keeps its
 * file name).
 */
export function brief(value: string, max = 48): string {
  // eslint-disable-next-line no-control-regex
  const oneLine = value.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
  if (oneLine.length <= max) return oneLine;
  const head = Math.floor((max - 1) / 3);
  return `${oneLine.slice(0, head)}…${oneLine.slice(oneLine.length - (max - 1 - head))}`;
}

/** An error message made safe for the single stderr line: one line, at most `max` characters. */
export function oneLine(message: string, max = 200): string {
  const flat = message.replace(/\s*\n\s*/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
