// "Kessrov claims he has been betrayed by the British authorities": a person who says he was betrayed or abandoned by
// a state, a body or another person airs a grievance against it (rule betrayal-grievance). The verbs of betrayal are
// no signal verbs of the schema, and the passive with a pronoun between hides the person from the pair patterns.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

/**
 * The words between the person and the one blamed: an optional claim with the person's pronoun ("claims he has",
 * "said she had", "says that he was"), a passive or "felt", a participle of betrayal, "by" and at most "the".
 */
const BETRAYED_BY =
  /^(?:(?:claims|claimed|says|said|insists|insisted|believes|believed|complains|complained) (?:that )?(?:he|she|they) )?(?:(?:has|have|had) been|was|were|felt|feels|feel) (?:(?:badly|utterly|completely) )?(betrayed|abandoned|deceived|let down) by(?: the)?$/;

/** Emits PROTESTED from a person who says a state, body or person betrayed or abandoned them. */
export function betrayalGrievances(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('betrayal-grievance')) return;
  const { words, groups } = view;
  const tokens = view.texts;
  for (let i = 0; i + 1 < groups.length; i++) {
    const person = itemAt(groups, i);
    const blamed = itemAt(groups, i + 1);
    if (person.slots.length !== 1 || itemAt(person.slots, 0).root !== 'Person' || itemAt(person.slots, 0).possessive) continue;
    if (blamed.slots.some((s) => s.possessive || s.entity.id === itemAt(person.slots, 0).entity.id)) continue;
    const found = BETRAYED_BY.exec(words.slice(person.end, blamed.start).join(' '));
    if (!found) continue;
    const verbAt = words.indexOf(found[1]!.split(' ')[0]!, person.end);
    const modality = modalityAt(tokens, verbAt);
    emit(person.slots, blamed.slots, {
      types: [relationDef('PROTESTED')],
      reverse: false,
      properties: { verb: found[1]!, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('betrayal-grievance'),
      cueAt: verbAt,
    });
  }
}
