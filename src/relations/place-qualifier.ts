// "agreed to buy Texas shale producer Dunmore Oil", "its stake in London underground consortium Tube Lines": a place
// right before a few common nouns and a name only says where the named body is; the name is what the verb or the
// preposition reaches (rule place-qualifies-name).
import type { Group, SentenceView } from './sentence-view.js';
import { verbTypes } from './signals.js';
import { DETERMINERS, NOUN_PREPOSITIONS } from './pair-match.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

/** Most common nouns read between the place and the name ("Bristol commuter rail consortium"). */
const MAX_DESCRIPTOR_WORDS = 3;
/** Lower-case words that join, report or relate rather than describe. */
const NOT_DESCRIPTORS = new Set('and or but nor said says say is was are were has have had who which that whose where when as than'.split(' '));

/** A lower-case noun describing a body: no article, preposition, verb of the schema, adverb or past form. */
const describes = (w: string) =>
  /^[a-z][a-z-]*[a-z]$/.test(w) && !/(?:ly|ed)$/.test(w) && !NOT_DESCRIPTORS.has(w) && !DETERMINERS.has(w) && !NOUN_PREPOSITIONS.has(w) && !verbTypes(w);

/**
 * True when `group` is a place that only qualifies `next`: one to three describing nouns stand between them and
 * nothing else, and the place is no possessor ("Texas shale producer Dunmore Oil").
 */
export function placeQualifiesName(view: SentenceView, group: Group, next: Group | undefined): boolean {
  if (!next || !ruleOn('place-qualifies-name')) return false;
  if (!group.slots.every((s) => s.root === 'Location' && !s.possessive)) return false;
  const between = view.words.slice(group.end, next.start);
  return between.length >= 1 && between.length <= MAX_DESCRIPTOR_WORDS && between.every(describes);
}
