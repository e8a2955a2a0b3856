// "The aid was delivered to Chad by the World Food Programme", "the drones were sold to Ukraine by Turkey": a passive
// verb of providing or selling, "to" the one who receives and "by" the one who gives (rule passive-to-by). The pair
// patterns read the words between two names, and here the verb stands before both: the pair classifier read the
// giver as based in the place it gave to.
import type { EmitPair } from './pair-match.js';
import { BE_FORMS } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef, verbTypes } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';
import { AID_NOUNS } from '../recognition/lexicon/words.js';

/** Verbs of sending the schema does not list, read as providing only when the passive's subject names aid. */
const SENDING = /^(?:sent|donated|dispatched|airlifted|shipped)$/;

/** Most words before the be-form that may name what was sent ("50 tonnes of rice"). */
const MAX_SUBJECT_WORDS = 8;

/** Emits PROVIDED or SOLD_TO from the name after "by" to the name after "to" of a passive verb just before it. */
export function passiveToBy(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('passive-to-by')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const receiver = itemAt(groups, i);
    const giver = itemAt(groups, i + 1);
    const between = words.slice(receiver.end, giver.start);
    if (!(between.length === 1 || (between.length === 2 && between[1] === 'the')) || between[0] !== 'by') continue;
    // "… to the Chadian army by": "the" may stand before the receiver.
    const to = words[receiver.start - 1] === 'the' ? receiver.start - 2 : receiver.start - 1;
    if (words[to] !== 'to') continue;
    const verbAt = to - 1;
    const verb = words[verbAt] ?? '';
    // The be-form right before the participle, or one adverb between ("was quietly sold").
    const beAt = BE_FORMS.has(words[verbAt - 1] ?? '')
      ? verbAt - 1
      : BE_FORMS.has(words[verbAt - 2] ?? '') && /ly$/.test(words[verbAt - 1] ?? '')
        ? verbAt - 2
        : -1;
    if (beAt < 0 || !/(?:ed|en|old|ent|ld)$/.test(verb)) continue;
    const types = verbTypes(verb)?.types.filter((t) => t.name === 'PROVIDED' || t.name === 'SOLD_TO');
    const sentAid = SENDING.test(verb) && words.slice(Math.max(0, beAt - MAX_SUBJECT_WORDS), beAt).some((w) => AID_NOUNS.has(w));
    const type = types?.length ? itemAt(types, 0) : sentAid ? relationDef('PROVIDED') : undefined;
    if (!type) continue;
    const modality = modalityAt(view.texts, verbAt);
    emit(giver.slots, receiver.slots, {
      types: [type],
      reverse: false,
      properties: { verb, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('passive-to-by'),
      cueAt: verbAt,
    });
  }
}
