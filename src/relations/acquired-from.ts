// "bought the plant from Dunmore Oil", "took over from Dunmore Oil": the party after "from" parts with what is
// acquired, or is succeeded; it is never what is acquired (rule seller-after-from).
import { verbTypes } from './signals.js';
import { CLAUSE_BREAKS, NOUN_PREPOSITIONS } from './pair-match.js';

/** Verbs of buying whose "from" names the seller: "X bought Y from Z" is Z selling Y to X. */
const BUYING_LEMMAS = new Set(['buy', 'purchase', 'acquire']);
/** Most words read between "from" and the entity ("from Chilean state miner"). */
const MAX_AFTER_FROM = 4;

/**
 * Where "from" stands in `after` (the words between a cue of acquiring and the entity) when it introduces the entity,
 * with only words describing it between; -1 otherwise.
 */
export function fromBeforeEntity(after: readonly string[]): number {
  const at = after.lastIndexOf('from');
  if (at < 0 || after.length - at - 1 > MAX_AFTER_FROM) return -1;
  const rest = after.slice(at + 1);
  return rest.every((w) => w !== ',' && w !== 'by' && !CLAUSE_BREAKS.has(w) && !NOUN_PREPOSITIONS.has(w) && !verbTypes(w)) ? at : -1;
}

/** True when `lemma`, a verb of acquiring, makes the one after "from" a seller ("bought", not "took over"). */
export const buysFromSeller = (lemma: string) => BUYING_LEMMAS.has(lemma);
