// "sold Acme's shipping arm, Teller Lines, to Globex", "supplied Acme's software to the ministry": the possessor of a
// verb's object is not the recipient; the group the verb's object preposition introduces is (rule possessed-object).
import type { EmitPair, PairMatch } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { recipientGroup } from './held-object.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

export interface PossessedObject {
  readonly source: Group;
  readonly match: PairMatch;
  /** Where the object's words begin (the possessor). */
  readonly from: number;
  /** Pairs of groups left to look at for the recipient. */
  readonly hops: number;
}

/**
 * The recipient of a verb whose object a possessor owns ("supplied Acme's software to Globex"): the next group that
 * the verb's object preposition introduces, past determiners and at most four modifiers ("to state-run oil group
 * Globex"), within two groups and with no clause between. Returns what is still waiting, or undefined.
 */
export function reachRecipient(
  view: SentenceView,
  waiting: PossessedObject,
  left: Group,
  right: Group,
  emit: EmitPair,
  next?: Group,
): PossessedObject | undefined {
  const between = view.words.slice(left.end, right.start);
  const preposition = waiting.match.types[0]!.objectPreposition!;
  const at = between.lastIndexOf(preposition);
  if (at >= 0 && between.length - at <= 5 && !between.slice(at + 1).some((w) => w === ',' || RECIPIENT_BREAKS.has(w))) {
    const object = view.sentence.tokens
      .slice(waiting.from, left.end + at)
      .map((t) => t.text)
      .join(' ')
      .replace(/ (?=[,'’])/g, '')
      .replace(/,$/, '');
    // "to Spain's Ferrovial": the possessor only qualifies the one who receives.
    const recipient = ruleOn('possessed-recipient') ? recipientGroup(view, right, next) : right;
    emit(waiting.source.slots, recipient.slots, { ...waiting.match, properties: { ...waiting.match.properties, object } });
    return undefined;
  }
  if (between.some((w) => RECIPIENT_BREAKS.has(w))) return undefined;
  return waiting.hops > 1 ? { ...waiting, hops: waiting.hops - 1 } : undefined;
}

const RECIPIENT_BREAKS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'after', 'before', 'when', 'while', 'because', ';', ':']);
