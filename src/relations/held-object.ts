// "Harcourt sells Metro stake to Velasco", "sold its Harwell unit to Globex": a name right before a noun for a holding
// or a part of a business only says which holding is handed over; the party after the object preposition receives it
// (rule held-object-recipient).
import type { Group, SentenceView } from './sentence-view.js';
import { itemAt } from '../util/checked-index.js';
import { DETERMINERS, NOUN_PREPOSITIONS, CLAUSE_BREAKS } from './pair-match.js';
import { placeQualifiesName } from './place-qualifier.js';

/** Nouns for what a company holds or is made of, which a name before them qualifies ("Tube stake", "Acme shares"). */
export const HOLDING_NOUNS = new Set(
  'stake stakes holding holdings share shares interest interests unit units division divisions business businesses arm subsidiary operations assets'.split(' '),
);
/** Longest run of holding nouns read between the name and the preposition ("Acme shipping business" is not read). */
const MAX_HOLDING_WORDS = 2;

/**
 * Where the object preposition stands when only holding nouns lie between the end of `group` and it ("Tube stake
 * to"), or -1. A preposition right after the group is left to the ordinary reading.
 */
export function prepositionAfterHolding(view: SentenceView, group: Group, preposition: string): number {
  const { words } = view;
  let k = group.end;
  while (k < words.length && k - group.end < MAX_HOLDING_WORDS && HOLDING_NOUNS.has(itemAt(words, k))) k++;
  return k > group.end && words[k] === preposition ? k : -1;
}

/**
 * The group that receives what is handed over when `group` follows the object preposition: the group itself, the
 * one it possesses right after it ("to Spain's Velasco": Velasco, not Spain), or the name a place only qualifies
 * ("to Madrid builder Velasco").
 */
export function recipientGroup(view: SentenceView, group: Group, next: Group | undefined): Group {
  const possessor = itemAt(group.slots, group.slots.length - 1).possessive;
  return (possessor && next && next.start - group.end <= 2) || placeQualifiesName(view, group, next) ? next! : group;
}

/** Most words read between the object preposition and the recipient ("to the state-owned oil group Globex"). */
const MAX_BEFORE_RECIPIENT = 4;

/**
 * True when the group after the object preposition at `at` is its recipient (rule object-not-recipient): it follows
 * within a few words that describe it, none an article after the first word, a preposition, a comma or a clause
 * break, so "to" opens no infinitive ("sold Widget to cut its debt, Globex said").
 */
export function recipientFollows(view: SentenceView, at: number, next: Group | undefined): boolean {
  if (!next || next.start <= at || next.start - at - 1 > MAX_BEFORE_RECIPIENT) return false;
  return view.words
    .slice(at + 1, next.start)
    .every((w, k) => (k === 0 || !DETERMINERS.has(w)) && !NOUN_PREPOSITIONS.has(w) && !CLAUSE_BREAKS.has(w) && w !== ',' && w !== 'by');
}

/** Nouns for a part of a company's capital, which "in" or "of" ties to the company ("its stake in Acme"). */
const CAPITAL_HOLDINGS = new Set('stake stakes holding holdings share shares interest'.split(' '));
/** Most words read on either side of the holding noun ("its remaining 40 % stake in London rail consortium"). */
const MAX_HOLDING_PHRASE = 5;

/**
 * True when `words`, between a cue of handing over and the next entity, are the holding that is handed over ("sell
 * its 40% stake in", "the sale of its holding in the rail consortium"): the entity is the company the holding is in,
 * not the one who receives it (rule holding-in-object).
 */
export function holdingInPhrase(words: readonly string[]): boolean {
  const k = words.findLastIndex((w) => w === 'in' || w === 'of');
  if (k < 1 || !CAPITAL_HOLDINGS.has(itemAt(words, k - 1))) return false;
  const plain = (w: string) => w !== ',' && w !== 'to' && w !== 'by' && !CLAUSE_BREAKS.has(w) && !NOUN_PREPOSITIONS.has(w);
  const before = words.slice(0, k - 1);
  const after = words.slice(k + 1);
  return before.length <= MAX_HOLDING_PHRASE && after.length <= MAX_HOLDING_PHRASE && before.every(plain) && after.every(plain);
}

/** Most lower-case words read between "sell" and the name it sells ("sell its loss-making radio station Brightwave"). */
const MAX_BEFORE_SOLD_NAME = 4;
/** Most words of a description set off after the name sold, up to its closing comma. */
const MAX_SOLD_DESCRIPTION = 15;

/**
 * True when `group` is the direct object of "sell" at `cueAt` ("agreed to sell Crispwell Snacks", "sell its radio
 * station Brightwave FM"): only lower-case words that are no preposition stand between them. What is sold is no
 * buyer (rule sold-object-not-buyer).
 */
export function soldObject(view: SentenceView, cueAt: number, verb: unknown, group: Group): boolean {
  if (verb !== 'sell' || group.start <= cueAt || group.start - cueAt - 1 > MAX_BEFORE_SOLD_NAME) return false;
  return view.sentence.tokens
    .slice(cueAt + 1, group.start)
    .every((t) => /^\p{Ll}/u.test(t.text) && !NOUN_PREPOSITIONS.has(t.text) && t.text !== 'to' && !CLAUSE_BREAKS.has(t.text));
}

/**
 * Where the object preposition stands right after the closing comma of a description set off after `group` ("Crispwell
 * Snacks, a unit of the company that makes crackers, to Drussel"), or -1.
 */
export function prepositionAfterDescription(view: SentenceView, group: Group, preposition: string): number {
  const { words } = view;
  if (words[group.end] !== ',') return -1;
  const limit = Math.min(words.length - 1, group.end + 1 + MAX_SOLD_DESCRIPTION);
  for (let k = group.end + 1; k < limit; k++) {
    if (words[k] === ',') return words[k + 1] === preposition ? k + 1 : -1;
  }
  return -1;
}

/** Nouns for a part of a business that its owner sells whole ("Brennic Bank's insurance unit"). */
const PART_NOUNS = new Set('unit units division divisions business businesses arm subsidiary operations assets'.split(' '));
/**
 * Nouns for a holding, which are the owner's to sell only as a holding in another company ("its stake in Tarrow"); the
 * owner's own shares are its shareholders'.
 */
const HOLDING_IN_NOUNS = new Set([...CAPITAL_HOLDINGS].filter((w) => !w.startsWith('share')));
/** Most describing words between the owner's name and the part ("Cordant's Texas oil assets"). */
const MAX_PART_DESCRIBERS = 2;

/**
 * True when `owner`, a name in the possessive, owns the part of a business named right after it ("acquired Brennic
 * Bank's insurance unit", "bought Cordant's Texas assets", "its stake in Tarrow"): what was bought is the part, which
 * the owner sold, not the owner (rule part-bought-from-owner). Shares of the owner ("Brennic's shares") are bought
 * from its shareholders, so they are left alone.
 */
export function partOfOwner(words: readonly string[], owner: { end: number; possessive: boolean }): boolean {
  if (!owner.possessive) return false;
  let k = /^['’]s?$/.test(words[owner.end] ?? '') ? owner.end + 1 : owner.end;
  for (let describers = 0; describers <= MAX_PART_DESCRIBERS; describers++, k++) {
    const word = words[k];
    if (word === undefined) return false;
    if (PART_NOUNS.has(word)) return true;
    if (HOLDING_IN_NOUNS.has(word)) return words[k + 1] === 'in';
    if (!/^\p{L}[\p{L}-]*$/u.test(word) || DETERMINERS.has(word)) return false;
  }
  return false;
}
