// How far a verb's object reaches: the entity after a verb and the words between them may be no object of the verb.
// "investigated the attack alongside the police", "recorded with X": the police and X are the subject's companions.
import type { RelationDef } from './signals.js';
import { verbTypes } from './signals.js';
import { NOUN_PREPOSITIONS } from './pair-match.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

const COORDINATORS = new Set(['and', 'or', 'but', ',']);
/** Verbs whose target "with" introduces, besides the symmetric types: "merged with". */
const WITH_TARGET = new Set(['merge']);

/** Words that may stand between a preposition and its entity: articles, possessives, adjectives, nouns. */
const onlyModifiers = (words: readonly string[]) => words.every((w) => !NOUN_PREPOSITIONS.has(w) && w !== 'by' && !COORDINATORS.has(w) && !verbTypes(w));

/**
 * Whether the entity after `after` (the words between a verb and it) is no object of the verb: a companion joined by
 * "with" or "alongside" (rule companion-not-object). Verbs whose target "with" introduces (partner, clash, merge) keep it.
 */
export function outsideVerbReach(lemma: string, types: readonly RelationDef[], after: readonly string[]): boolean {
  // "alongside" joins a companion wherever it stands; "with" only right after the verb: after an object it may name
  // the object's other party ("cut ties with X", "ended its contract with X").
  const companion = after.findLastIndex((w, k) => w === 'alongside' || (w === 'with' && k === 0));
  return (
    companion >= 0 && ruleOn('companion-not-object') && onlyModifiers(after.slice(companion + 1)) && !types.some((t) => t.symmetric) && !WITH_TARGET.has(lemma)
  );
}
