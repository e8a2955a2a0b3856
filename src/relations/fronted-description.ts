// "The Dublin-registered fund that owns 30% of Halvek Mining, Corran Partners, has joined the case": a description
// with a relative clause opens the sentence and the name it describes follows it between commas; the clause is said
// of that name (rule fronted-description-relative).
import type { Group, SentenceView } from './sentence-view.js';

/** Relative pronouns that open the description's clause. */
const RELATIVES = new Set(['which', 'that', 'who']);
/** Most words of the description before its pronoun ("The Luxembourg-based investment fund"). */
const MAX_BEFORE_RELATIVE = 5;

/**
 * Where the relative pronoun stands when the sentence opens "The <description> which/that …", `left` ends the clause
 * and `right` follows it between commas (", Corran Partners,"): the name the description is of; -1 otherwise. The
 * description holds lower-case words and places only, so no other name is what it describes.
 */
export function frontedRelativeAt(view: SentenceView, left: Group, right: Group): number {
  const { words, groups } = view;
  const open = view.bodyStart;
  if (view.sentence.tokens[open]?.text !== 'The' && view.sentence.tokens[open]?.text !== 'A') return -1;
  if (words[left.end] !== ',' || right.start !== left.end + 1 || words[right.end] !== ',') return -1;
  // The name set off is followed by the sentence's verb, in lower case: not by a list's next name or its "and"
  // ("The firm which sued Acme, Beta, and Gamma": Beta is sued too).
  const next = view.sentence.tokens[right.end + 1]?.text ?? '';
  if (!/^\p{Ll}/u.test(next) || /^(?:and|or|but|as|nor)$/.test(next)) return -1;
  let at = open + 1;
  while (at < words.length && at - open <= MAX_BEFORE_RELATIVE && !RELATIVES.has(words[at]!)) at++;
  if (!RELATIVES.has(words[at] ?? '') || at >= left.start) return -1;
  // Before the pronoun: lower-case words and places ("The Cyprus-based fund"); after it, no name but `left`.
  for (const group of groups) {
    if (group.end <= at && group.slots.some((s) => s.root !== 'Location')) return -1;
    if (group.start > at && group.end < left.end) return -1;
  }
  for (let k = open + 1; k < at; k++) {
    const inPlace = groups.some((g) => k >= g.start && k < g.end);
    if (!inPlace && !/^-?[a-z]+(?:-[a-z]+)*$/.test(words[k]!)) return -1;
  }
  return at;
}
