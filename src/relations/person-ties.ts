// Ties between two people that the schema has no type for (counsel, staff, family, succession), read from the noun
// that names them: "Doe's lawyer", "Roe, Doe's wife", "Roe, a spokesman for Doe". relations keep them as RELATED_TO
// with the tie as its role (rule person-tie).
import type { Group, SentenceView } from './sentence-view.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

/**
 * Ties between two people that the schema has no type for: counsel, staff, family and succession ("Doe's lawyer",
 * "Doe's wife", "Doe's successor"). Kept as RELATED_TO with the tie as its role.
 */
export const PERSON_TIES = new Set([
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'adviser',
  'advisor',
  'deputy',
  'assistant',
  'bodyguard',
  'biographer',
  'successor',
  'predecessor',
  'wife',
  'husband',
  'widow',
  'widower',
  'son',
  'daughter',
  'brother',
  'sister',
  'father',
  'mother',
  'fiancee',
  'fiancée',
  'fiance',
  'fiancé',
  'nephew',
  'niece',
  'cousin',
  'grandson',
  'granddaughter',
]);
/**
 * Counsel named by the other words for a lawyer ("Mr Bello's counsel, Emeka Obi", "her solicitor"), common in court
 * reports outside the US, read as "lawyer" is (rule counsel-tie).
 */
const COUNSEL_TIES = new Set(['counsel', 'solicitor', 'solicitors', 'barrister', 'barristers']);
/**
 * Ties of friendship and alliance ("his longtime friend", "a close ally of Dunmore"), read as the ties above are
 * (rule friendship-tie).
 */
const FRIENDSHIP_TIES = new Set(['friend', 'friends', 'ally', 'allies', 'colleague', 'colleagues', 'mentor', 'protege', 'protégé', 'confidant', 'confidante']);
/** Words that qualify a friendship only ("a close ally", "an old friend"). */
const FRIENDSHIP_MODIFIERS = new Set(['close', 'old', 'trusted', 'lifelong']);

/**
 * Ties of those who shared a class, a cell, a team or a room ("a former classmate of Orlov", "his former cellmate
 * Oleg Sarkin"), read as the ties above are (rule fellow-tie).
 */
const FELLOW_TIES = new Set(
  ['classmate', 'schoolmate', 'cellmate', 'teammate', 'roommate', 'flatmate', 'bandmate', 'shipmate', 'crewmate'].flatMap((w) => [w, `${w}s`]),
);

/** Whether `word` names a tie between people. */
function isTieNoun(word: string): boolean {
  return (
    PERSON_TIES.has(word) ||
    (COUNSEL_TIES.has(word) && ruleOn('counsel-tie')) ||
    (FRIENDSHIP_TIES.has(word) && ruleOn('friendship-tie')) ||
    (FELLOW_TIES.has(word) && ruleOn('fellow-tie'))
  );
}

/**
 * "fellow officer", "fellow pupils": "fellow" before a plain lower-case noun names those who shared a post, a school
 * or a fate, whatever the noun (rule fellow-tie).
 */
function fellowTie(words: readonly string[]): string | undefined {
  const fellow = words.length - 2;
  if (words[fellow] !== 'fellow' || !/^\p{Ll}[\p{Ll}-]*$/u.test(words[fellow + 1] ?? '') || !ruleOn('fellow-tie')) return undefined;
  return words.slice(0, fellow).every((w) => TIE_MODIFIERS.has(w)) ? words.join(' ') : undefined;
}

/** Whether `word` may qualify the tie `noun` ("former", "longtime"; "close" only a friendship). */
function qualifiesTie(word: string, noun: string): boolean {
  return TIE_MODIFIERS.has(word) || (FRIENDSHIP_MODIFIERS.has(word) && FRIENDSHIP_TIES.has(noun) && ruleOn('friendship-tie'));
}

/** Words that may qualify a tie ("his longtime lawyer", "her former husband", "a senior aide"). */
const TIE_MODIFIERS = new Set([
  'former',
  'longtime',
  'long-time',
  'personal',
  'senior',
  'top',
  'chief',
  'eldest',
  'elder',
  'younger',
  'youngest',
  'estranged',
  'late',
  'defence',
  'defense',
]);

/** The tie a short run of words names ("longtime lawyer", "chief of staff"), or undefined. */
export function personTie(words: readonly string[]): string | undefined {
  return simpleTie(words) ?? (ruleOn('coordinated-tie') ? coordinatedTie(words) : undefined);
}

const QUOTE = /^["“”'‘’]$/;

/**
 * "then-lawyer": the tie held at the time of the events told; "former assistant and close friend", 'then-lawyer and
 * "fixer"': a second tie, or a second word in quotes, joined by "and" to the tie. The second tie is the one nearest
 * the name ("his son and daughter Anna"); a quoted word is a nickname of the first (rule coordinated-tie).
 */
function coordinatedTie(words: readonly string[]): string | undefined {
  const unthen = words.map((w) => (/^then-\p{Ll}/u.test(w) ? w.slice('then-'.length) : w));
  const and = unthen.indexOf('and');
  if (and < 0) return unthen.some((w, k) => w !== words[k]) ? simpleTie(unthen) : undefined;
  const first = simpleTie(unthen.slice(0, and));
  const rest = unthen.slice(and + 1);
  const second = simpleTie(rest);
  if (!first) return undefined;
  if (second) return second;
  const quoted = rest.length === 3 && QUOTE.test(rest[0]!) && QUOTE.test(rest[2]!) && /^\p{Ll}+$/u.test(rest[1]!);
  return quoted ? first : undefined;
}

function simpleTie(words: readonly string[]): string | undefined {
  const text = words.join(' ');
  if (words.length >= 3 && text.endsWith('chief of staff') && words.slice(0, -3).every((w) => TIE_MODIFIERS.has(w))) return 'chief of staff';
  const noun = kinOfInLaw(words[words.length - 1] ?? '');
  if (words.length === 0 || words.length > 3 || !isTieNoun(noun)) return words.length <= 3 ? fellowTie(words) : undefined;
  return words.slice(0, -1).every((w) => qualifiesTie(w, noun)) ? text : undefined;
}

/** The tie that opens `words` ("successor, took office", "longtime lawyer said"), the longest first, or undefined. */
export function tieOpening(words: readonly string[]): string | undefined {
  for (let k = Math.min(5, words.length); k > 0; k--) {
    const tie = personTie(words.slice(0, k));
    if (tie) return tie;
  }
  return undefined;
}

/** "brother-in-law" is a tie as "brother" is (rule possessor-of-tie-not-object). */
function kinOfInLaw(word: string): string {
  return word.endsWith('-in-law') && ruleOn('possessor-of-tie-not-object') ? word.slice(0, -'-in-law'.length) : word;
}

/** Possessive pronouns, which name a possessor as "'s" after a name does. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/**
 * Whether `group` is one possessor of a tie to a person left unnamed ("owned by his brother-in-law", "sued Doe's
 * lawyer"): a verb that reaches the group reaches that other person, not the possessor. A name set off after the tie
 * ("his lawyer, Roe") is left to the rules of appositions.
 */
export function possessorOfTie(view: SentenceView, group: Group, next: Group | undefined): boolean {
  const { words } = view;
  const slot = group.slots[0];
  if (group.slots.length !== 1 || !slot) return false;
  const pronoun = slot.mention.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(words[slot.start] ?? '');
  if (!slot.possessive && !pronoun) return false;
  const from = slot.possessive ? group.end + 1 : group.end;
  const tie = tieOpening(words.slice(from, from + 5));
  if (!tie) return false;
  const tieEnd = from + tie.split(' ').length;
  return !(next && next.start <= tieEnd + 2);
}
