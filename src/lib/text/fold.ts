/**
 * Character folding shared by every reader of plan text — search, theme tagging, keyword
 * highlighting and figure extraction: compatibility forms (NFKC: full-width Ａ１％, Ⅴ), case, and
 * Traditional characters read as Simplified (OpenCC's Taiwan/Hong Kong → mainland tables), so that
 * 劣Ⅴ类 and 劣V类, PM2.5 and ｐｍ２．５, 優良 and 优良 meet in one form.
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplifiedText = Converter({ from: 't', to: 'cn' });
const cache = new Map<string, string>();

/** Traditional → Simplified for a whole text (phrases included). */
export function toSimplified(text: string): string {
  return toSimplifiedText(text);
}

/** The folded form of one character (one code point): NFKC, lower case, Simplified. May be longer (Ⅲ → iii). */
export function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = toSimplifiedText(ch.normalize('NFKC').toLowerCase());
    cache.set(ch, folded);
  }
  return folded;
}

/**
 * The folded text with every UTF-16 unit kept in place (a fold that would change the length keeps
 * just the lower case), so offsets into it are offsets into the original.
 */
export function foldInPlace(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text[i];
    const code = unit.charCodeAt(0);
    // ASCII other than capitals folds to itself; the fast path keeps long texts cheap.
    if (code < 0x80) {
      out += code >= 0x41 && code <= 0x5a ? unit.toLowerCase() : unit;
      continue;
    }
    const folded = code >= 0xd800 && code <= 0xdfff ? unit : foldChar(unit);
    out += folded.length === 1 ? folded : unit.toLowerCase();
  }
  return out;
}
