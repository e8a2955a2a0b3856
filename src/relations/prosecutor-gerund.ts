// "accused Dalmore District Attorney Alma Ruiz of abusing her discretion in potentially indicting Jon Varel": the
// gerund of charging after a prosecutor's name and "of" is the prosecutor's deed, whatever the accusation around it
// (rule prosecutor-gerund). The prosecutor is looking into the one named after it; an indictment the words only
// weigh ("potentially indicting") is no charge, so the relation is INVESTIGATED. "charging" has a seller's sense too
// ("accused Acme of charging Globex too much"), so only a prosecutor's name or office is read.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';
import type { ResolvedEntity, SegmentedDocument } from '../pipeline/stage-types.js';

/**
 * The words between the prosecutor and the one charged: "of", at most six words of the accusation and a preposition
 * that joins the gerund to it ("of abusing her discretion in"), or none ("of indicting"), an optional adverb, and the
 * gerund.
 */
const OF_CHARGING =
  /^of (?:(?:[a-z'-]+ ){0,6}?(?:in|by|for|when|while|after) )?(?:(?:potentially|possibly|allegedly|wrongly|selectively|unfairly|improperly|effectively|even|not|also) )?(indicting|charging|prosecuting)$/;

/** A title of prosecution written before a name ("District Attorney", "Public Prosecutor", "D.A.") or in a body's name. */
const PROSECUTION_TITLE = /\b(?:attorney|prosecutor|prosecutors|prosecution|d\.a\.)(?:['’]s)?\W*$/i;
const PROSECUTION_BODY = /\b(?:attorney|prosecutor|prosecutors|prosecution|d\.a\.)(?:['’]s)?\b/i;

/** Most characters read before a person's name for a title. */
const READ_BEFORE_NAME = 60;

/** True when the article titles the person a prosecutor right before one of the names, or the body is an office of prosecution. */
function isProsecutor(entity: ResolvedEntity, doc: SegmentedDocument): boolean {
  if (entity.type !== 'Person') return [entity.name, ...entity.aliases].some((n) => PROSECUTION_BODY.test(n));
  return entity.mentions.some((m) => {
    if (m.doc !== doc.id) return false;
    const within = doc.text.slice(m.start, m.end).lastIndexOf(entity.name);
    const nameAt = within >= 0 ? m.start + within : m.start;
    return PROSECUTION_TITLE.test(doc.text.slice(Math.max(0, nameAt - READ_BEFORE_NAME), nameAt));
  });
}

/** Emits INVESTIGATED from a prosecutor to the one named after "of … indicting" (charging, prosecuting). */
export function prosecutorGerunds(view: SentenceView, doc: SegmentedDocument, emit: EmitPair): void {
  if (!ruleOn('prosecutor-gerund')) return;
  const { words, groups } = view;
  // "of abusing her discretion in indicting Varel": a pronoun inside the accusation is no party to the gerund.
  const named = groups.filter((g) => g.slots.some((s) => s.mention.kind !== 'pronoun'));
  for (let i = 0; i + 1 < named.length; i++) {
    const left = itemAt(named, i);
    const right = itemAt(named, i + 1);
    if (left.slots.length !== 1 || itemAt(left.slots, 0).possessive) continue;
    const prosecutor = itemAt(left.slots, 0);
    if (prosecutor.root !== 'Person' && prosecutor.root !== 'Organization') continue;
    if (right.slots.some((s) => s.possessive || s.entity.id === prosecutor.entity.id || (s.root !== 'Person' && s.root !== 'Organization'))) continue;
    const found = OF_CHARGING.exec(words.slice(left.end, right.start).join(' '));
    if (!found || !isProsecutor(prosecutor.entity, doc)) continue;
    const verbAt = right.start - 1;
    const modality = modalityAt(view.texts, verbAt);
    emit([prosecutor], right.slots, {
      types: [relationDef('INVESTIGATED')],
      reverse: false,
      properties: { verb: found[1]!, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('prosecutor-gerund'),
      cueAt: verbAt,
    });
  }
}
