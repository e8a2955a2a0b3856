// "Ferrant camped outside the Foreign Office", "Danner staged a sit-in at Parliament Square", "she began a hunger
// strike near Downing Street": a person protesting at a named place is tied to it (RELATED_TO with the words of the
// protest). The place is where the protest was held, not a home or an employer: the pair classifier's LIVES_IN or
// WORKS_FOR there is dropped (rule protest-place).
import type { EmitPair } from './pair-match.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { relatePersonsAtPlaces, type PlaceCue } from './person-at-place.js';

/** Verbs of protesting in a place ("camped outside", "demonstrated near"). */
const PROTESTING = new Set(['camped', 'protested', 'demonstrated', 'rallied', 'picketed', 'protesting', 'demonstrating', 'camping']);
/** Nouns of a protest held in a place ("a hunger strike near", "a sit-in at"), the last word of the noun. */
const PROTESTS = new Set(['strike', 'sit-in', 'vigil', 'protest', 'demonstration', 'rally', 'picket']);
/** Verbs that hold a protest ("staged a sit-in", "began a hunger strike"). */
const HOLDING = new Set(['staged', 'held', 'began', 'started', 'ended', 'launched', 'mounted', 'led', 'joined', 'stages', 'holds', 'begins', 'ends']);
/** Where a protest stands to the place named after it. */
const PLACE_PREPOSITIONS = new Set(['outside', 'near', 'at']);
/** Auxiliaries and adverbs between the person and the verb ("has been", "later", "again"). */
const BEFORE_VERB = new Set(['was', 'were', 'is', 'are', 'been', 'has', 'had', 'have', 'later', 'then', 'also', 'again', 'briefly']);
/** Most words of a protest noun phrase after its verb ("a 21-day hunger strike"). */
const MAX_PROTEST_WORDS = 5;

/** The protest's words right before the place starting at `placeStart` and where they begin, or undefined. */
function protestBefore(words: readonly string[], placeStart: number): PlaceCue | undefined {
  const prep = words[placeStart - 1] === 'the' ? placeStart - 2 : placeStart - 1;
  if (!PLACE_PREPOSITIONS.has(words[prep] ?? '')) return undefined;
  const before = words[prep - 1] ?? '';
  // "at" follows a protest noun only: "camped at" is a stay, not a protest.
  if (PROTESTING.has(before) && words[prep] !== 'at') return { verbAt: prep - 1, verb: `${before} ${words[prep]!}` };
  if (!PROTESTS.has(before)) return undefined;
  for (let k = prep - 2; k >= Math.max(0, prep - 1 - MAX_PROTEST_WORDS); k--) {
    if (HOLDING.has(words[k]!) && ['a', 'an', 'the', 'his', 'her', 'their'].includes(words[k + 1] ?? ''))
      // "a 21-day hunger strike near": the protest's own words, without its length.
      return { verbAt: k, verb: [...words.slice(k + 2, prep).filter((w) => !/\d/.test(w)), words[prep]!].join(' ') };
    if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(words[k]!)) return undefined;
  }
  return undefined;
}

/** True when `place` follows a protest and its preposition ("camped outside the Foreign Office"). */
export function protestPlace(view: SentenceView, place: Slot): boolean {
  return (place.root === 'Location' || place.root === 'Organization') && protestBefore(view.words, place.start) !== undefined;
}

/** Emits RELATED_TO from a person to the named place the sentence says they protested at. */
export function protestPlaces(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('protest-place')) return;
  relatePersonsAtPlaces(view, emit, {
    pattern: 'protest-place',
    placeRoots: ['Location', 'Organization'],
    beforeVerb: (word) => BEFORE_VERB.has(word),
    cueBefore: protestBefore,
  });
}
