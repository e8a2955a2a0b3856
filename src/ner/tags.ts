// The IOB2 tag set of the CoNLL-2003 tagger and the span reading shared by training, decoding and evaluation.

/** Entity types the CoNLL-2003 tagger knows. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** Tags in index order; index 0 is always O. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

export const NUM_TAGS = TAGS.length;

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

/** Index of an IOB2 tag; throws on a tag outside the set so bad training data is caught where it is read. */
export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new Error(`ner: unknown tag "${tag}"; expected one of ${TAGS.join(', ')}`);
  return i;
}

/**
 * allowed[prev * NUM_TAGS + next] is false for transitions IOB2 forbids (I-X after anything but B-X/I-X);
 * prev = NUM_TAGS stands for the sentence start.
 */
export const ALLOWED_TRANSITION: Uint8Array = (() => {
  const allowed = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
  for (let p = 0; p <= NUM_TAGS; p++) {
    for (let n = 0; n < NUM_TAGS; n++) {
      const next = TAGS[n]!;
      let ok = true;
      if (next.startsWith('I-')) {
        const prev = p < NUM_TAGS ? TAGS[p]! : 'O';
        ok = prev.slice(2) === next.slice(2) && prev !== 'O';
      }
      allowed[p * NUM_TAGS + n] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

/** A typed entity span over token indices, end exclusive. */
export interface TagSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Reads exact spans from IOB2 tags, conlleval-style: an I-X not continuing an X span opens a new span. */
export function spansFromTags(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let type = '';
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag[0];
    const t = tag.slice(2);
    const continues = prefix === 'I' && t === type && start >= 0;
    if (!continues && start >= 0) {
      spans.push({ type, start, end: i });
      start = -1;
      type = '';
    }
    if (!continues && (prefix === 'B' || prefix === 'I')) {
      start = i;
      type = t;
    }
  }
  return spans;
}
