// "Jon Varel, 24, was charged with hacking … The Federal Fraud Office has been investigating the case.": an inquiry into
// "the case" (or "the incident", "the matter", "the affair") names no one, but when the article charges, arrests or
// accuses exactly one person, the case is that person's, and the one investigating it investigates them (rule
// case-of-one-accused). Two people charged leave the case unread: it may be either's.
import type { EmitPair } from './pair-match.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';
import { rootType } from '../schema/schema.js';
import type { ResolvedEntity, SegmentedDocument } from '../pipeline/stage-types.js';

/** The person the article charges, arrests or accuses, and the sentence that says so. */
export interface OneAccused {
  entity: ResolvedEntity;
  sentence: number;
}

/**
 * What follows a person's name when the sentence charges, arrests or accuses them in the passive: an optional
 * description set off by commas ("Jon Varel, 24,", "Nils Hagemann, a former trader at Brenner Bank,"), a form of
 * "be", at most one adverb, and the participle. "was not charged" and "was accused by" (a charge of another's) miss.
 */
const CHARGED_AFTER_NAME =
  /^(?:\s*,[^,.;"“”]{1,80},|\s*,)?\s+(?:was|were|has been|had been|is being|was being|has now been)\s+(?:[a-z]+ly\s+)?(?:charged|arrested|accused|indicted|detained|prosecuted)\b(?!\s+by\b)/;

/** Characters after a name read for the passive: a description and the verb group fit in them. */
const READ_AFTER_NAME = 120;

/** The one person the article charges, arrests or accuses by name, or undefined when there is none or more than one. */
export function oneAccusedPerson(doc: SegmentedDocument, entities: readonly ResolvedEntity[]): OneAccused | undefined {
  if (!ruleOn('case-of-one-accused')) return undefined;
  const accused = new Map<string, OneAccused>();
  for (const entity of entities) {
    if (rootType(entity.type) !== 'Person') continue;
    for (const mention of entity.mentions) {
      if (mention.doc !== doc.id || mention.kind !== 'name') continue;
      if (!CHARGED_AFTER_NAME.test(doc.text.slice(mention.end, mention.end + READ_AFTER_NAME))) continue;
      const known = accused.get(entity.id);
      if (!known || mention.sentence < known.sentence) accused.set(entity.id, { entity, sentence: mention.sentence });
    }
  }
  return accused.size === 1 ? [...accused.values()][0] : undefined;
}

/**
 * The words between the investigator and the case: an optional report of its own ("said it had been", "says it is"),
 * an optional auxiliary group, "also" or "now", a verb of inquiry and "the" with a noun that names an affair no one is
 * named in. Another word after the noun ("the case against Acme", "the matter of pay") names its own party.
 */
const INVESTIGATED_CASE =
  /^(?:(?:said|says) (?:that )?it )?(?:(?:has|have|had) been |is |are |was |were |will be |would be |(?:has|have|had) |will |would )?(?:(?:also|now|still|already) )?(investigating|investigated|investigate|probing|probed|probe|examining|examined|examine|looking into|looked into|look into) the (?:case|incident|matter|affair)(?: [^a-z]| (?:since|for|after|with|and|but|in|on|at|last|this|over|,)\b|$)/;

/** Most words read after the investigator. */
const MAX_WORDS = 12;

/** Emits INVESTIGATED from a body or person investigating "the case" to the one person the article accuses. */
export function investigatedCase(view: SentenceView, accused: OneAccused | undefined, doc: SegmentedDocument, emit: EmitPair): void {
  if (!accused || !ruleOn('case-of-one-accused') || view.sentence.index < accused.sentence) return;
  const { words, groups } = view;
  for (const group of groups) {
    if (group.slots.length !== 1) continue;
    const investigator = itemAt(group.slots, 0);
    if (investigator.possessive || investigator.entity.id === accused.entity.id) continue;
    if (investigator.root !== 'Organization' && investigator.root !== 'Person') continue;
    const found = INVESTIGATED_CASE.exec(words.slice(group.end, group.end + MAX_WORDS).join(' '));
    if (!found) continue;
    const verbAt = words.indexOf(found[1]!.split(' ')[0]!, group.end);
    const mention = accused.entity.mentions.find((m) => m.doc === doc.id && m.sentence === accused.sentence) ?? itemAt(accused.entity.mentions, 0);
    const target: Slot = { entity: accused.entity, mention, root: 'Person', start: -1, end: -1, possessive: false };
    const before = itemAt(doc.sentences, accused.sentence);
    const modality = modalityAt(view.texts, verbAt);
    emit([investigator], [target], {
      types: [relationDef('INVESTIGATED')],
      reverse: false,
      properties: { verb: found[1]!, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('case-of-one-accused'),
      cueAt: verbAt,
      ...(accused.sentence !== view.sentence.index ? { support: [{ doc: doc.id, start: before.start, end: before.end }] } : {}),
    });
    return;
  }
}
