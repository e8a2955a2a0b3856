// "The minister ordered Veltmar Chemie to halt all production", "the regulator forced Kelvane to suspend the service":
// one who orders another to halt, suspend or stop what it does brings it to an end, as if it had suspended it itself
// (rule ordered-to-halt). The verb of halting has no object the pair patterns can read as a name, and the one ordered
// stands between the two verbs.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

/** Verbs of ordering that take the one ordered and "to". */
const ORDERING = new Set(
  'ordered orders order ordering forced forces force compelled compels instructed instructs directed directs told tells required requires'.split(' '),
);
/** Verbs of halting what the one ordered does. */
const HALTING = new Set('halt suspend stop cease close shut end freeze terminate withdraw pull'.split(' '));
/** Words of a verb group that may stand between the one who orders and the verb ("has also", "on Tuesday"). */
const BEFORE_VERB = new Set('has have had also then later on monday tuesday wednesday thursday friday saturday sunday'.split(' '));
/** Most such words. */
const MAX_BEFORE_VERB = 3;

/** Emits TERMINATED_SERVICE from one who orders a party to halt to that party. */
export function orderedToHalt(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('ordered-to-halt')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const source = itemAt(groups, i);
    const target = itemAt(groups, i + 1);
    if (words[target.end] !== 'to' || !HALTING.has(words[target.end + 1] ?? '')) continue;
    const between = words.slice(source.end, target.start);
    const verbAt = between.at(-1) === 'the' ? between.length - 2 : between.length - 1;
    if (!ORDERING.has(between[verbAt] ?? '') || verbAt > MAX_BEFORE_VERB || !between.slice(0, verbAt).every((w) => BEFORE_VERB.has(w))) continue;
    const cueAt = source.end + verbAt;
    const modality = modalityAt(view.texts, cueAt);
    emit(source.slots, target.slots, {
      types: [relationDef('TERMINATED_SERVICE')],
      reverse: false,
      properties: { verb: `${between[verbAt]} to ${words[target.end + 1]}`, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('ordered-to-halt'),
      cueAt,
    });
  }
}
