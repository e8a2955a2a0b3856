// "Wales coach Alan Pritchard and former Tarnby boss Mick Dolan": an organisation followed by a title and a name is
// that name's employer. The pair classifier, which reads the words between the first person and the organisation
// ("and former"), also made the person before the "and" work there; the title says whose post it is (rule
// title-of-next-name).
import { isTitleWordAt } from './structural-patterns.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { ROLE_WORDS } from '../recognition/lexicon/words.js';

/** Words that may join a person to a later organisation's title without tying the two ("and former", ", and ex-"). */
const JOINING = new Set(['and', 'or', ',', 'former', 'the', 'his', 'her', 'their', 'its', 'then']);
/** Most title words between the organisation and the name after it ("chief financial officer"). */
const MAX_TITLE = 4;

/**
 * True when `person` is followed, across "and" and modifiers only, by `org` and then by a title and another person's
 * name: the organisation's title is the later person's, not `person`'s.
 */
export function titleOfNextName(view: SentenceView, person: Slot, org: Slot): boolean {
  if (person.root !== 'Person' || org.root !== 'Organization' || person.end > org.start || org.possessive) return false;
  const between = view.words.slice(person.end, org.start);
  if (!between.some((w) => w === 'and' || w === 'or') || !between.every((w) => JOINING.has(w) || w === 'ex')) return false;
  let k = org.end;
  // "boss", "owner": the lexicon's role words as well as the schema's titles.
  while (k < org.end + MAX_TITLE && (isTitleWordAt(view.words, k) || ROLE_WORDS.has(view.words[k] ?? ''))) k++;
  if (k === org.end) return false;
  return view.groups.some((g) => g.start === k && g.slots.every((s) => s.root === 'Person' && s.mention.kind === 'name'));
}
