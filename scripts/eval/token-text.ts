// Lays tokenised sentences out as article text (tokens joined by spaces, one sentence a line) and turns token spans
// into character spans of that text, so gold annotations and `kg extract` mentions can be compared offset for offset.

/** A tokenised document as text, with each token's start offset per sentence. */
export interface TokenText {
  readonly text: string;
  /** starts[s][t]: offset of token t of sentence s. */
  readonly starts: number[][];
  /** Offset of each sentence's first character and the end of its last token. */
  readonly lines: { start: number; end: number }[];
}

/** Joins tokens with single spaces and sentences with newlines; the text ends with a newline. */
export function layoutTokens(sentences: readonly (readonly string[])[]): TokenText {
  const starts: number[][] = [];
  const lines: { start: number; end: number }[] = [];
  let text = '';
  for (const sentence of sentences) {
    const lineStart = text.length;
    const row: number[] = [];
    sentence.forEach((token, i) => {
      if (i > 0) text += ' ';
      row.push(text.length);
      text += token;
    });
    starts.push(row);
    lines.push({ start: lineStart, end: text.length });
    text += '\n';
  }
  return { text, starts, lines };
}

/** A typed character span, end exclusive. */
export interface TypedSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Token spans of an IOB tag sequence (IOB2, and IOB1's I- after O or another type), end exclusive. */
export function tokenSpans(tags: readonly string[]): { type: string; start: number; end: number }[] {
  const spans: { type: string; start: number; end: number }[] = [];
  let open: { type: string; start: number } | undefined;
  const close = (end: number): void => {
    if (open) spans.push({ ...open, end });
    open = undefined;
  };
  tags.forEach((tag, i) => {
    const type = tag.slice(2);
    if (tag === 'O' || tag.length < 3) close(i);
    else if (tag.startsWith('B-') || !open || open.type !== type) {
      close(i);
      open = { type, start: i };
    }
  });
  close(tags.length);
  return spans;
}

/** The character span of tokens [first, end) of one sentence. */
export function charSpan(sentence: readonly string[], starts: readonly number[], first: number, end: number): { start: number; end: number } {
  return { start: starts[first]!, end: starts[end - 1]! + sentence[end - 1]!.length };
}
