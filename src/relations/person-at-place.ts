// A person tied to a named place by what the sentence says happened to them there or what they did there ("jailed in",
// "camped outside"): the shared reading of the place rules in confinement-places.ts and protest-places.ts.
import type { EmitPair } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { statedBy, type ConfidencePattern } from './relation-confidences.js';
import { relationDef } from './signals.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';
import type { EntityTypeName } from '../schema/schema.js';

/** The words that tie the person to the place, right before it, and where their verb stands. */
export interface PlaceCue {
  verbAt: number;
  verb: string;
}

export interface PersonAtPlaceReading {
  /** The pattern the relation is stated by (its confidence and its rule's name). */
  pattern: ConfidencePattern;
  /** The root types the place's name may have. */
  placeRoots: readonly EntityTypeName[];
  /** Auxiliaries and adverbs that may stand between the person and the verb ("was later", "has been"). */
  beforeVerb(word: string): boolean;
  /** The cue right before the place starting at `placeStart`, or undefined. */
  cueBefore(words: readonly string[], placeStart: number): PlaceCue | undefined;
}

/**
 * Whether the person ending at `personEnd` is the subject of the verb at `verbAt`: right before it, past an age, ",
 * who", the comma that closes an apposition and the auxiliaries ("Desh, who was held at", "Brody, 52, was detained
 * in", "a former deputy, Ron Tate, was jailed").
 */
function subjectOfVerb(words: readonly string[], personEnd: number, verbAt: number, beforeVerb: (word: string) => boolean): boolean {
  let k = personEnd;
  if (words[k] === ',' && /^\d{1,3}$/.test(words[k + 1] ?? '') && words[k + 2] === ',') k += 2;
  if (words[k] === ',' && words[k + 1] === 'who') k += 2;
  else if (words[k] === ',' && (beforeVerb(words[k + 1] ?? '') || k + 1 === verbAt)) k++;
  while (k < verbAt && beforeVerb(words[k]!)) k++;
  return k === verbAt;
}

/** Emits RELATED_TO, with the cue's words, from each person to the named place the reading ties them to. */
export function relatePersonsAtPlaces(view: SentenceView, emit: EmitPair, reading: PersonAtPlaceReading): void {
  const { groups, words } = view;
  let tokens: string[] | undefined;
  for (let i = 0; i + 1 < groups.length; i++) {
    const person = itemAt(groups, i);
    const place: Group = itemAt(groups, i + 1);
    const personSlot = itemAt(person.slots, 0);
    if (person.slots.length !== 1 || personSlot.root !== 'Person' || personSlot.possessive) continue;
    if (!place.slots.every((s) => reading.placeRoots.includes(s.root))) continue;
    const cue = reading.cueBefore(words, place.start);
    if (!cue || !subjectOfVerb(words, person.end, cue.verbAt, (word) => reading.beforeVerb(word))) continue;
    tokens ??= view.texts;
    const modality = modalityAt(tokens, cue.verbAt);
    emit(person.slots, place.slots, {
      types: [relationDef('RELATED_TO')],
      reverse: false,
      properties: { verb: cue.verb, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy(reading.pattern),
      cueAt: cue.verbAt,
    });
  }
}
