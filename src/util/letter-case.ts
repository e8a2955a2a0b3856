// Letter-case tests on a word's first character for the per-word loops of extraction: most news words are ASCII, and
// a regular expression over Unicode properties costs about a microsecond a call where a character code costs nothing.

/** Whether `text` opens with a lower-case letter (Unicode's Ll), as /^\p{Ll}/u tests. */
export function opensLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 97 && code <= 122) return true;
  if (code < 128 || Number.isNaN(code)) return false;
  return /^\p{Ll}/u.test(text);
}

/** Whether `text` opens with an upper-case letter (Unicode's Lu), as /^\p{Lu}/u tests. */
export function opensUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128 || Number.isNaN(code)) return false;
  return /^\p{Lu}/u.test(text);
}
