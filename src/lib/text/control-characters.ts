/** Control characters in text: they break XML (SVG downloads) and are never part of a published plan. */

/** C0 control characters other than tab and line feed (CR is normalised before this check). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** Line and column (1-based) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The first control character of a text, as "line L, column C (U+00XX)", or null. */
export function findControlCharacter(text: string): string | null {
  const m = CONTROL.exec(text);
  if (!m) return null;
  const { line, column } = lineAndColumn(text, m.index);
  return `line ${line}, column ${column} (U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
}
