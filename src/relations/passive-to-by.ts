// "The aid was delivered to Chad by the World Food Programme", "the drones were sold to Ukraine by Turkey": a passive
// verb of providing or selling, "to" the one who receives and "by" the one who gives (rule passive-to-by). The pair
// patterns read the words between two names, and here the verb stands before both: the pair classifier read the
// giver as based in the place it gave to.
import type { EmitPair } from './pair-match.js';
import { BE_FORMS } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { relationDef, verbTypes, type RelationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';
import { AID_NOUNS } from '../recognition/lexicon/words.js';

/** Verbs of sending the schema does not list, read as providing only when the passive's subject names aid. */
const SENDING = /^(?:sent|donated|dispatched|airlifted|shipped)$/;

/** Words before a participle that make it no reduced relative ("had supplied", "and supplied", "not supplied"). */
const FUNCTION_WORDS_BEFORE = new Set('and or but not had has have having who which that also then it he she they we was were is are be been being'.split(' '));

/** Most words before the be-form that may name what was sent ("50 tonnes of rice"). */
const MAX_SUBJECT_WORDS = 8;

/** The relation of the passive participle at `verbAt` from the one after "by" to the one after "to". */
function emitPassive(view: SentenceView, giver: Group, receiver: Group, type: RelationDef, verbAt: number, emit: EmitPair): void {
  const modality = modalityAt(view.texts, verbAt);
  emit(giver.slots, receiver.slots, {
    types: [type],
    reverse: false,
    properties: { verb: view.words[verbAt]!, ...(modality ? { negated: true, modality } : {}) },
    ...statedBy('passive-to-by'),
    cueAt: verbAt,
  });
}

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
    // "casual staff supplied to Kiboko by Tumaini Staffing": a participle right after the noun it describes is a
    // passive without its be-form (rule reduced-relative-to-by).
    const reduced =
      beAt < 0 && ruleOn('reduced-relative-to-by') && /^[a-z]{3,}$/.test(words[verbAt - 1] ?? '') && !FUNCTION_WORDS_BEFORE.has(words[verbAt - 1]!);
    if ((beAt < 0 && !reduced) || !/(?:ed|en|old|ent|ld)$/.test(verb)) continue;
    const types = verbTypes(verb)?.types.filter((t) => t.name === 'PROVIDED' || t.name === 'SOLD_TO');
    const subjectEnd = beAt < 0 ? verbAt : beAt;
    const sentAid = SENDING.test(verb) && words.slice(Math.max(0, subjectEnd - MAX_SUBJECT_WORDS), subjectEnd).some((w) => AID_NOUNS.has(w));
    const type = types?.length ? itemAt(types, 0) : sentAid ? relationDef('PROVIDED') : undefined;
    if (!type) continue;
    emitPassive(view, giver, receiver, type, verbAt, emit);
  }
}

/** Most words between "by" and the giver's name ("Paris auction house"), or between "to" and the receiver's. */
const MAX_DESCRIPTION_WORDS = 4;
/** Words that join, point or possess rather than describe a name ("to fans in Germany", "to its unit"). */
const NOT_DESCRIBING = new Set([
  'and',
  'or',
  'in',
  'on',
  'at',
  'of',
  'for',
  'with',
  'from',
  'into',
  'its',
  'their',
  'his',
  'her',
  'fund',
  'help',
  'pay',
  'buy',
  'cover',
  'finance',
  'support',
  'meet',
]);
/** Most words of a date between the participle and "by" ("on May 28", "last week"). */
const MAX_DATE_WORDS = 4;

/**
 * "The pastel was sold on May 28 by Paris auction house Maison Bréval to property developer Harold Kessling": the same
 * passive with "by" before "to" (rule passive-by-then-to). A few words may describe either name, and a date may stand
 * between the participle and "by".
 */
export function passiveByThenTo(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('passive-by-then-to')) return;
  const { words, groups } = view;
  const describing = (w: string) => /^[a-z][a-z-]*$/.test(w) && !NOT_DESCRIBING.has(w) && !BE_FORMS.has(w);
  for (let i = 0; i + 1 < groups.length; i++) {
    const giver = itemAt(groups, i);
    const receiver = itemAt(groups, i + 1);
    const between = words.slice(giver.end, receiver.start);
    if (between[0] !== 'to' || between.length > 1 + MAX_DESCRIPTION_WORDS || !between.slice(1).every(describing)) continue;
    // "sold by Acme Holdings to fund its expansion in Asia": a verb after "to" opens an infinitive, not a receiver.
    if (between.length > 1 && verbTypes(between[1]!) !== undefined) continue;
    // Back from the giver to "by", past its description and a place that qualifies it ("by Paris auction house").
    let by = giver.start - 1;
    const previous = groups[i - 1];
    while (by >= 0 && giver.start - by <= MAX_DESCRIPTION_WORDS + 1 && words[by] !== 'by') {
      if (previous && by < previous.end && by >= previous.start && previous.slots.every((s) => s.root === 'Location')) by = previous.start - 1;
      else if (describing(words[by]!)) by--;
      else break;
    }
    if (words[by] !== 'by') continue;
    // Back from "by" to the participle, past a date.
    let verbAt = by - 1;
    while (verbAt >= 0 && by - verbAt <= MAX_DATE_WORDS && !BE_FORMS.has(words[verbAt - 1] ?? '')) verbAt--;
    const verb = words[verbAt] ?? '';
    if (!BE_FORMS.has(words[verbAt - 1] ?? '') || !/(?:ed|en|old|ent|ld)$/.test(verb)) continue;
    const type = verbTypes(verb)?.types.find((t) => t.name === 'PROVIDED' || t.name === 'SOLD_TO');
    if (!type) continue;
    emitPassive(view, giver, receiver, type, verbAt, emit);
  }
}
