// "Orlov was jailed in Lefortovo prison", "Desh, who was held at Camp Verity,", "he was sent to Perm 19": a person
// confined in a named place is tied to it (RELATED_TO with the verb), and does not live there: the pair classifier,
// which learnt "X ... in Y" as a home, reads LIVES_IN (rule confinement-place).
import type { EmitPair } from './pair-match.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { relatePersonsAtPlaces, type PlaceCue } from './person-at-place.js';

/** Verbs of holding a person somewhere against their will ("jailed in", "held at"). */
const CONFINING = new Set(['jailed', 'imprisoned', 'detained', 'held', 'interned', 'incarcerated', 'confined']);
const CONFINING_PREPOSITIONS = new Set(['in', 'at']);
/** "sent to": a place a person is sent to, confined only when the verb is passive ("was sent to Perm 19"). */
const SENT = new Set(['sent', 'transported', 'deported']);
/** Auxiliaries and adverbs between the person and the verb ("was later", "has been", "remains"). */
const BEFORE_VERB = new Set([
  ...['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'had', 'have', 'remains', 'remained', 'still'],
  ...['later', 'then', 'also', 'briefly', 'himself', 'herself'],
]);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** Adverbs of when, before the verb ("was previously jailed in", "had once been held at"; rule confinement-time-adverb). */
const TIME_ADVERBS = new Set(['previously', 'once', 'initially', 'first', 'subsequently', 'eventually', 'twice', 'repeatedly', 'already']);

/** Whether `word` may stand between the confined person and the verb. */
function beforeVerb(word: string): boolean {
  return BEFORE_VERB.has(word) || (TIME_ADVERBS.has(word) && ruleOn('confinement-time-adverb'));
}

/**
 * The confining verb and its preposition right before the place starting at `placeStart` ("jailed in", "held at the",
 * "was sent to"), or undefined.
 */
function confiningBefore(words: readonly string[], placeStart: number): PlaceCue | undefined {
  const prep = words[placeStart - 1] === 'the' ? placeStart - 2 : placeStart - 1;
  const verb = words[prep - 1] ?? '';
  const preposition = words[prep] ?? '';
  if (CONFINING.has(verb) && CONFINING_PREPOSITIONS.has(preposition)) return { verbAt: prep - 1, verb: `${verb} ${preposition}` };
  if (SENT.has(verb) && preposition === 'to' && PASSIVE.has(words[prep - 2] ?? '')) return { verbAt: prep - 1, verb: `${verb} ${preposition}` };
  return undefined;
}

/** True when `place` follows a confining verb and its preposition ("jailed in Lefortovo"): no home of anyone. */
export function confinementPlace(view: SentenceView, place: Slot): boolean {
  return place.root === 'Location' && confiningBefore(view.words, place.start) !== undefined;
}

/** Emits RELATED_TO from a person to the named place the sentence says they were confined in. */
export function confinementPlaces(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('confinement-place')) return;
  relatePersonsAtPlaces(view, emit, { pattern: 'confinement-place', placeRoots: ['Location'], beforeVerb, cueBefore: confiningBefore });
}

/** Verbs done to a person at a place for a moment: an arrest, a seizure, a killing ("arrested Finch at Delmont airport"). */
const SEIZING = new Set(`arrested detained caught seized captured kidnapped abducted questioned interrogated killed shot stabbed murdered`.split(' '));

/**
 * Whether the person is the object of a verb of arrest, seizure or killing and the place follows the name through
 * "in" or "at" alone ("Police arrested Harold Finch at Delmont airport", "guards detained Ruth Baines in Tarrow"):
 * where a person was seized is no home, and the pair classifier's LIVES_IN there is dropped (rule
 * arrest-place-not-home).
 */
export function seizedAtPlace(view: SentenceView, person: Slot, place: Slot): boolean {
  if (person.root !== 'Person' || place.root !== 'Location' || !SEIZING.has(view.words[person.start - 1] ?? '')) return false;
  const gap = view.words.slice(person.end, place.start);
  return (gap[0] === 'in' || gap[0] === 'at') && gap.slice(1).every((w) => w === 'the');
}
