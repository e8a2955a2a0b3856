// "he took legal action against the government - and settled for £65,000", "Brandt sued the state in 2022": "the
// government" and "the state" name no one, but in an article about one country they are that country's (rule
// sued-the-state). An article naming two countries, or a state or region within one ("the state" of Texas), leaves
// them unread.
import type { EmitPair } from './pair-match.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';
import type { ResolvedEntity, SegmentedDocument } from '../pipeline/stage-types.js';

/** The one country an article names, when it names no other and no region that "the state" could be. */
export interface OneCountry {
  country: ResolvedEntity;
  /** False when the article names a region, which "the state" may name instead. */
  stateIsCountry: boolean;
}

/** A mention of a country's government: "the Lithuanian government", "Latvia's government", "the government of Latvia". */
function namesGovernment(doc: SegmentedDocument, country: ResolvedEntity): boolean {
  return country.mentions.some(
    (m) =>
      m.doc === doc.id &&
      // The mention may hold the word itself ("the Lithuanian government" read as the country).
      (/\bgovernment$/i.test(doc.text.slice(m.start, m.end)) ||
        /^(?:['’]s)? +government\b/i.test(doc.text.slice(m.end, m.end + 16)) ||
        /\bgovernment of +(?:the +)?$/i.test(doc.text.slice(Math.max(0, m.start - 20), m.start))),
  );
}

/**
 * The article's one country, or undefined when it names none or several, or names the one only as a place and not
 * its government ("sold its plant in Spain" says nothing of whose government a suit is against).
 */
export function oneCountryOf(doc: SegmentedDocument, entities: readonly ResolvedEntity[]): OneCountry | undefined {
  if (!ruleOn('sued-the-state')) return undefined;
  const countries = entities.filter((e) => e.type === 'Country');
  if (countries.length !== 1 || !namesGovernment(doc, itemAt(countries, 0))) return undefined;
  return { country: itemAt(countries, 0), stateIsCountry: !entities.some((e) => e.type === 'Region') };
}

/**
 * The words between the one who sues and "the government" or "the state": an optional auxiliary and adverb, then
 * "sued" (any form) or a verb of bringing a legal action ("took legal action against", "filed a lawsuit against",
 * "brought proceedings against"). What follows must not name another party ("the state of Texas", "the government's
 * lawyers").
 */
const SUED_THE_STATE =
  /^(?:(?:has|have|had|will|would|is|was|later|then) )?(?:(?:also|later|then|now|successfully|previously|unsuccessfully|eventually) )?(sued|sue|sues|suing|(?:took|taken|take|takes|taking|brought|bring|brings|bringing|filed|file|files|filing|launched|launch|launching|lodged) (?:legal action|a lawsuit|a legal challenge|a claim|a case|proceedings|legal proceedings|a complaint) against) the (government|state)(?= *$| +[^a-z' ]| +(?:in|on|for|over|and|after|last|this|at|,|-)\b)/;

/** Most words read after the one who sues. */
const MAX_WORDS = 12;

/** Emits SUED from a person or body that sues "the government" or "the state" to the article's one country. */
export function suedTheState(view: SentenceView, one: OneCountry | undefined, doc: SegmentedDocument, emit: EmitPair): void {
  if (!one || !ruleOn('sued-the-state')) return;
  const { words, groups } = view;
  for (const group of groups) {
    if (group.slots.length !== 1) continue;
    const suer = itemAt(group.slots, 0);
    if (suer.possessive || suer.entity.id === one.country.id || (suer.root !== 'Person' && suer.root !== 'Organization')) continue;
    // "A second defector, Olga Brandt, sued the state": the comma that closes a name set off is no break.
    const from = words[group.start - 1] === ',' && words[group.end] === ',' ? group.end + 1 : group.end;
    const found = SUED_THE_STATE.exec(words.slice(from, from + MAX_WORDS).join(' '));
    if (!found || (found[2] === 'state' && !one.stateIsCountry)) continue;
    const verbAt = words.indexOf(found[1]!.split(' ')[0]!, from);
    const named = one.country.mentions.find((m) => m.doc === doc.id) ?? itemAt(one.country.mentions, 0);
    const target: Slot = { entity: one.country, mention: named, root: 'Location', start: -1, end: -1, possessive: false };
    const modality = modalityAt(view.texts, verbAt);
    const where = doc.sentences[named.sentence];
    emit([suer], [target], {
      types: [relationDef('SUED')],
      reverse: false,
      properties: { verb: 'sue', ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('sued-the-state'),
      cueAt: verbAt,
      ...(where && named.sentence !== view.sentence.index ? { support: [{ doc: doc.id, start: where.start, end: where.end }] } : {}),
    });
  }
}
