// "Shells hit Orsk, capital of Dravik province", "Rebels took Tell, a suburb of Orsk": a place set off by a comma and
// described as a part of another ("capital of", "a suburb of", "a town in") lies inside the other, never the other way
// round (rule apposed-place-part-of). The pair patterns read this only after "the" and only where the two places' ranks
// are known; without them the pair classifier may put the province in its capital.
import type { EmitPair } from './pair-match.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { itemAt } from '../util/checked-index.js';

/**
 * The words from the inner place to the outer: a comma, an optional article, at most two describing words
 * ("provincial", "rebel", "main"), a noun of a part of a place, "of" or "in", an optional article and an optional
 * compass word ("in northern").
 */
const PART_OF =
  /^, (?:the |a |an )?(?:[a-z-]+ ){0,2}?(?:capital|suburb|town|city|village|district|province|region|port|part|state|county|outskirts|neighbourhood|neighborhood|quarter|enclave|stronghold|seat) (?:of|in) (?:the )?(?:(?:north|south|east|west|central)(?:ern)?(?:-(?:east|west)(?:ern)?)? )?$/;

/** True when the words between an earlier place and a later one describe the earlier as a part of the later. */
export function apposedPartOf(words: readonly string[], innerEnd: number, outerStart: number): boolean {
  return PART_OF.test(words.slice(innerEnd, outerStart).join(' ') + ' ');
}

/** A single named place, not possessive. */
function onePlace(slots: readonly Slot[]): boolean {
  return slots.length === 1 && itemAt(slots, 0).root === 'Location' && !itemAt(slots, 0).possessive;
}

/** Emits LOCATED_IN from a place described in an apposition as a part of the next place named. */
export function apposedPlaceParts(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('apposed-place-part-of')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const inner = itemAt(groups, i);
    const outer = itemAt(groups, i + 1);
    if (!onePlace(inner.slots) || !onePlace(outer.slots)) continue;
    // A country is no capital, suburb or town of another place.
    if (itemAt(inner.slots, 0).entity.type === 'Country') continue;
    if (!apposedPartOf(words, inner.end, outer.start)) continue;
    emit(inner.slots, outer.slots, {
      types: [relationDef('LOCATED_IN')],
      reverse: false,
      properties: {},
      ...statedBy('apposed-place-part-of'),
      cueAt: inner.end,
    });
  }
}
