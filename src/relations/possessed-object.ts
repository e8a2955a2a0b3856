// "sold Acme's shipping arm, Teller Lines, to Globex", "supplied Acme's software to the ministry": the possessor of a
// verb's object is not the recipient; the group the verb's object preposition introduces is (rule possessed-object).
// "sued the company's former supplier, Pemberton": the party named in apposition is the object (rule
// possessed-apposition-object).
import type { EmitPair, PairMatch } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { recipientGroup } from './held-object.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { ROLE_WORDS } from '../recognition/lexicon/words.js';
import { RECOGNITION_RULES } from '../recognition/recognition-rules.js';
import { isDescriptor } from '../recognition/descriptors.js';

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
    // "to Spain's Velasco": the possessor only qualifies the one who receives.
    const recipient = ruleOn('possessed-recipient') ? recipientGroup(view, right, next) : right;
    emit(waiting.source.slots, recipient.slots, { ...waiting.match, properties: { ...waiting.match.properties, object } });
    return undefined;
  }
  if (between.some((w) => RECIPIENT_BREAKS.has(w))) return undefined;
  return waiting.hops > 1 ? { ...waiting, hops: waiting.hops - 1 } : undefined;
}

const RECIPIENT_BREAKS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'after', 'before', 'when', 'while', 'because', ';', ':']);

/** Nouns of a party related to a possessor, besides roles: "the company's former supplier, Pemberton". */
const PARTY_NOUNS = new Set([
  'supplier',
  'subsidiary',
  'unit',
  'arm',
  'affiliate',
  'division',
  'parent',
  'partner',
  'rival',
  'client',
  'customer',
  'lender',
  'insurer',
  'auditor',
  'contractor',
  'distributor',
  'creditor',
  'ally',
  'lawyer',
  'attorney',
  'accountant',
  'buyer',
  'seller',
  'landlord',
  'tenant',
  'founder',
  'son',
  'daughter',
  'wife',
  'husband',
  'brother',
  'sister',
]);
const SAYING = /^(said|says|told|added|wrote|argued|noted|explained|claimed|insisted|warned|reported)$/;

/**
 * "sued the company's former supplier, Pemberton Ingredients", "charged the bank's chief executive, Jane Doe": when a
 * verb's object is a possessor's party named in apposition, the object is the party named, not the possessor. The
 * words between are the possessive, at most three lower-case words ending in a role or a party noun, and a comma; a
 * name followed by a verb of saying is the sayer of the sentence, not the apposition. Returns that group, or undefined.
 */
export function possessedAppositionTarget(view: SentenceView, right: Group, next: Group | undefined): Group | undefined {
  // "sued Tallis Capital and its founder, Brent Okafor": "its" joined the group of its owner, and both are objects.
  const coordinated = view.words[right.end - 1] === 'its' && right.slots.every((s) => !s.possessive) && RECOGNITION_RULES.coordinatedIts.on;
  if (!next || (!right.slots[0]?.possessive && !coordinated)) return undefined;
  let words = view.words.slice(right.end, next.start);
  if (/^['’]s?$/.test(words[0] ?? '')) words = words.slice(1);
  if (words[words.length - 1] !== ',') return undefined;
  const phrase = words.slice(0, -1);
  if (phrase.length < 1 || phrase.length > 3 || !phrase.every((w) => /^[a-z-]+$/.test(w))) return undefined;
  const noun = phrase[phrase.length - 1]!;
  if (!PARTY_NOUNS.has(noun) && !ROLE_WORDS.has(noun)) return undefined;
  if (SAYING.test(view.words[next.end] ?? '')) return undefined;
  return coordinated ? { slots: [...right.slots, ...next.slots], start: right.start, end: next.end } : next;
}

/**
 * "fined its messaging service Chatterly", "sued Acme's software unit Brightwave": when a verb's object is a
 * possessor's thing or party named right after the noun that says what it is, with no comma, the object is the name,
 * not the possessor (rule possessed-descriptor-name). The words between are the possessive and one to three lower-case
 * words ending in a descriptor of the schema, a role or a party noun. Returns that group, or undefined.
 */
export function possessedDescriptorTarget(view: SentenceView, right: Group, next: Group | undefined): Group | undefined {
  if (!next || right.slots.length !== 1 || !right.slots[0]?.possessive) return undefined;
  let words = view.words.slice(right.end, next.start);
  if (/^['’]s?$/.test(words[0] ?? '')) words = words.slice(1);
  if (words.length < 1 || words.length > 3 || !words.every((w) => /^[a-z-]+$/.test(w))) return undefined;
  const noun = words[words.length - 1]!;
  if (!isDescriptor(noun) && !PARTY_NOUNS.has(noun) && !ROLE_WORDS.has(noun)) return undefined;
  // "its unit Brightwave and Globex": a list after the name leaves the reading open.
  if (next.slots.length !== 1) return undefined;
  return next;
}
