// Turns an input's bytes into text, whatever encoding the file was saved in. A byte-order mark decides first
// (UTF-8, UTF-16 LE/BE); then strict UTF-8, which is what almost every file is; then the charset the input declares
// (a page's <meta charset>, a server's Content-Type); then, for files saved by older tools (Latin-1, Windows-1252
// curly quotes, other single-byte code pages), chardet's guess decoded with iconv-lite.
// A single-byte code page gives some text for any bytes, so that text is checked to read like an article before
// it is accepted: bytes that are neither UTF-8 nor plausible legacy text still get a clear refusal.
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Text decoded from bytes, and the encoding it was decoded from (lower-case WHATWG name, e.g. "windows-1252"). */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Why bytes could not be decoded as an article, phrased to follow the file's name. */
export interface UndecodableText {
  reason: string;
}

const NOT_TEXT = 'is not valid UTF-8 and reads as no known text encoding; re-save it as UTF-8 text';

/** Single-byte code pages worth trying on a news article; multi-byte guesses on such bytes are noise. */
const SINGLE_BYTE = /^(iso-8859-\d+|windows-125\d|koi8-[ru])$/;

/** Least confidence (chardet's 0–100) at which a single-byte guess is tried at all. */
const LEAST_CONFIDENCE = 10;

/**
 * Decodes an input's bytes; the result's `encoding` is what was used, or the reason nothing fits. `declared` is the
 * charset the input names for itself, tried when the bytes are not UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodedText | UndecodableText {
  const bom = byteOrderMark(bytes);
  if (bom) {
    const body = Buffer.from(bytes.buffer, bytes.byteOffset + bom.length, bytes.byteLength - bom.length);
    if (bom.encoding !== 'utf-8') return { text: iconv.decode(body, bom.encoding), encoding: bom.encoding };
    const text = strictUtf8(body);
    return text === undefined
      ? { reason: 'starts with a UTF-8 byte-order mark but is not valid UTF-8; re-save it as UTF-8 text' }
      : { text, encoding: 'utf-8' };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { reason: 'looks binary (contains NUL bytes); give a .txt, .md or .html article' };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return decodeDeclared(bytes, declared) ?? decodeLegacy(bytes) ?? { reason: NOT_TEXT };
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The text in the charset the input declares, when that is a single-byte code page and the text reads as text. */
function decodeDeclared(bytes: Uint8Array, declared: string | undefined): DecodedText | undefined {
  const name = declared
    ?.trim()
    .toLowerCase()
    .replace(/^(latin-?1|iso_8859-1|us-ascii|ascii)$/, 'iso-8859-1');
  if (!name || !SINGLE_BYTE.test(name) || !iconv.encodingExists(name)) return undefined;
  return decodeSingleByte(bytes, name);
}

/** The most likely single-byte code page's text, when one reads like text. */
function decodeLegacy(bytes: Uint8Array): DecodedText | undefined {
  for (const guess of chardet.analyse(bytes)) {
    if (guess.confidence < LEAST_CONFIDENCE) break;
    const encoding = guess.name.toLowerCase();
    if (!SINGLE_BYTE.test(encoding) || !iconv.encodingExists(encoding)) continue;
    const decoded = decodeSingleByte(bytes, encoding);
    if (decoded) return decoded;
  }
  return undefined;
}

function decodeSingleByte(bytes: Uint8Array, encoding: string): DecodedText | undefined {
  // Latin-1's 0x80–0x9F are control codes no text uses; a file holding them was written as Windows-1252 (curly
  // quotes, dashes, €), the superset browsers read every "Latin-1" page as.
  if (encoding === 'iso-8859-1' && bytes.some((b) => b >= 0x80 && b <= 0x9f)) encoding = 'windows-1252';
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return readsAsText(text) ? { text, encoding } : undefined;
}

/** Control characters no article holds (all but tab, line feed, form feed and carriage return), and U+FFFD. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/u;

/** A word of three or more non-ASCII characters and nothing else: what stray bytes become, not a word of English. */
const STRAY_BYTES = /(?:^|\s)[^\s\u0000-\u007f]{3,}(?=\s|$|[\p{P}])/u;

/**
 * Whether text decoded from a single-byte code page reads as text. Real articles in those encodings use their upper
 * half for accented letters inside words, currency signs and typographic punctuation; bytes from elsewhere (a
 * corrupted or binary file) leave control codes or runs of symbols standing alone.
 */
function readsAsText(text: string): boolean {
  return !CONTROL.test(text) && !STRAY_BYTES.test(text);
}
