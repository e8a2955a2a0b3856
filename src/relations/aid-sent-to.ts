// "Japan sent 50 tonnes of rice to Nepal", "the ambassador handed over the relief material to the minister": aid or
// supplies sent, donated, dispatched or handed over "to" someone are provided to them (rule aid-sent-to). The schema's
// PROVIDED verbs ("provide", "supply", "give", "deliver") miss these verbs, which also send troops, envoys and letters,
// so the words between the verb and "to" must name aid or supplies.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';
import { AID_NOUNS } from '../recognition/lexicon/words.js';

/** Verbs of sending that take aid as their object; "handed" and "turned" only with "over". */
const SENDING =
  /^(?:sent|sends|send|sending|donated|donates|donate|donating|dispatched|dispatches|dispatch|airlifted|airlifts|shipped|ships|flew|rushed|rushes|handed over|hands over|handing over|hand over)$/;

/** Most words between the verb and "to": the aid and what describes it ("11 tonnes of tents, blankets and medicines"). */
const MAX_OBJECT_WORDS = 12;

/** Words that open another clause between the two, whose sending is another's. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'but', 'after', 'said', 'says', 'when', 'while', 'if', 'because', 'before', ';']);

/** Emits PROVIDED from the one who sends aid to the one named right after "to", with the aid as its object. */
export function aidSentTo(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('aid-sent-to')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const source = itemAt(groups, i);
    const target = itemAt(groups, i + 1);
    const between = words.slice(source.end, target.start);
    // "… to Nepal's minister": the possessor before the name is the target, as "to" reaches it.
    const to = between.at(-1) === 'the' ? between.length - 2 : between.length - 1;
    if (between[to] !== 'to') continue;
    // The verb: at most three words of a verb group after the sender ("has", "on wednesday").
    let verbAt = -1;
    let verbLength = 1;
    for (let k = 0; k < Math.min(4, to); k++) {
      const two = `${between[k]} ${between[k + 1] ?? ''}`;
      if (SENDING.test(two)) [verbAt, verbLength] = [k, 2];
      else if (SENDING.test(between[k] ?? '') && !/^(?:hand|hands|handing|handed)$/.test(between[k] ?? '')) verbAt = k;
      if (verbAt >= 0) break;
    }
    if (verbAt < 0) continue;
    const object = between.slice(verbAt + verbLength, to);
    if (!object.length || object.length > MAX_OBJECT_WORDS || object.some((w) => CLAUSE_WORDS.has(w))) continue;
    if (!object.some((w) => AID_NOUNS.has(w))) continue;
    const cueAt = source.end + verbAt;
    const modality = modalityAt(view.texts, cueAt);
    emit(source.slots, target.slots, {
      types: [relationDef('PROVIDED')],
      reverse: false,
      properties: { verb: between.slice(verbAt, verbAt + verbLength).join(' '), object: object.join(' '), ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('aid-sent-to'),
      cueAt,
    });
  }
}
