// "Brennford signed Tobi Okonjo, the west London club said": after a comma, "the <place> <noun> said" is the clause
// that says who reports the sentence, not an apposition of the name before the comma. The place qualifies the one
// who speaks (the club), so it says nothing of where the person named before lives or is based. The pair classifier,
// trained mostly on appositions of that shape ("Jane Doe, the Leeds teacher, …"), reads a home there.
import type { SentenceView, Slot } from './sentence-view.js';

const REPORTING = new Set(['said', 'says', 'told', 'added', 'announced', 'confirmed', 'reported', 'stated']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Plain lower-case words: a compass point or a modifier before the place, a head noun after it ("west", "club"). */
const PLAIN = /^[a-z][a-z-]*$/;

/**
 * True when `place` stands in a closing reporting clause (", the [west] London club said") after the person `named`,
 * so the two are not related by the sentence (rule `sayer-place-not-apposition`). An organisation before the comma is
 * left to the classifier: "Acme cut 200 jobs, the Denver company said" is most often said by Acme itself.
 */
export function sayerPlace(view: SentenceView, named: Slot, place: Slot): boolean {
  const { words } = view;
  if (named.root !== 'Person' || place.root !== 'Location') return false;
  let k = place.start - 1;
  while (k > place.start - 3 && PLAIN.test(words[k] ?? '') && !ARTICLES.has(words[k]!)) k--;
  if (!ARTICLES.has(words[k] ?? '') || words[k - 1] !== ',' || named.end > k - 1) return false;
  for (let j = place.end; j < Math.min(words.length, place.end + 4); j++) {
    const w = words[j]!;
    if (REPORTING.has(w)) return j > place.end;
    if (!PLAIN.test(w)) return false;
  }
  return false;
}
