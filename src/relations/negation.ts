// Decides whether the words that state a relation deny it or only suppose it ("did not", "has never",
// "would not", "denied", "if"). Such statements are kept with `negated: true` and a lower confidence, so they
// can be audited but are not shown as facts.

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
// "plans to buy", "wants to sue", "threatened to attack": an intention, not yet a fact ("agreed to buy" is one).
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should', 'if', 'unless', 'whether', 'plans', 'plan', 'planned', 'considering', 'proposed', 'proposes',
  'allegedly', 'reportedly', 'wants', 'want', 'wanted', 'seeks', 'seek', 'sought', 'hopes', 'hoped', 'aims', 'aimed', 'intends', 'intended', 'threatens', 'threatened',
  'offered', 'offers', 'expected', 'tries', 'tried', 'attempted', 'attempts']);
const DENIALS = new Set(['denied', 'denies', 'deny', 'denying', 'rejected', 'refuted', 'dismissed', 'refused', 'refuses', 'failed', 'fails']);
const CONTRACTED = /n['’]t$/i;

/**
 * True when the words before and around a signal (lowercased, at most a clause) deny or only suppose it.
 * `words` are the tokens from the subject's end up to and including the signal word.
 */
export function isNegated(words: string[]): boolean {
  for (const raw of words) {
    if (raw === 'May') continue; // the month, not the modal
    const w = raw.toLowerCase();
    if (NEGATORS.has(w) || HYPOTHETICAL.has(w) || DENIALS.has(w) || CONTRACTED.test(w)) return true;
  }
  return false;
}
