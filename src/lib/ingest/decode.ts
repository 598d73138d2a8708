/** Turn the bytes of a published text into a string, saying what had to be done to it. */
import { InputError } from '../input-error.ts';

export { InputError };

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030';
  /** What was changed on the way (BOM removed, line endings, re-decoded); shown to the user. */
  notices: string[];
}

/**
 * Decode UTF-8 strictly. A file that is not UTF-8 is decoded as GB18030 (the encoding
 * Chinese government sites use when they are not UTF-8) only when that decodes cleanly;
 * otherwise it is refused, because a guess would silently corrupt the text.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const notices: string[] = [];
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(file, 'encoding', 'UTF-8 text (or GB18030)', 'the bytes are neither');
    }
    encoding = 'gb18030';
    notices.push(`${file}: not UTF-8; decoded as GB18030`);
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notices.push(`${file}: byte-order mark removed`);
  }
  if (/\r/.test(text)) {
    text = text.replace(/\r\n?/g, '\n');
    notices.push(`${file}: CRLF/CR line endings converted to LF`);
  }
  if (text.includes('\uFFFD')) {
    throw new InputError(file, 'encoding', 'text without replacement characters (U+FFFD)', 'the source was damaged before publication');
  }
  return { text, encoding, notices };
}
