// "agreed to buy Texas shale producer Dunmore Oil", "its stake in London underground consortium Metro Lines": a place
// right before a few common nouns and a name only says where the named body is; the name is what the verb or the
// preposition reaches (rule place-qualifies-name).
import type { Group, SentenceView, Slot } from './sentence-view.js';
import { verbTypes } from './signals.js';
import { DETERMINERS, NOUN_PREPOSITIONS } from './pair-match.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { isTitleWordAt } from './structural-patterns.js';
import { descriptorType } from '../recognition/descriptors.js';
import { isA } from '../schema/schema.js';
import { itemAt } from '../util/checked-index.js';

/** Most common nouns read between the place and the name ("Bristol commuter rail consortium"). */
const MAX_DESCRIPTOR_WORDS = 3;
/** Lower-case words that join, report or relate rather than describe. */
const NOT_DESCRIPTORS = new Set(
  `and or but nor said says say is was are were be been has have had do does did will would can could may might must shall should who which that
  whose where when as than from by near outside inside after before since until under across through during via per about onto off out up down
  around within without including like against over among between towards toward despite amid along behind beyond upon versus if unless whether
  because so yet while although though once whereas then also not only still just even already too very there here now again today yesterday
  he she it they we you i him them us`.split(/\s+/),
);

/** Words for a paper by how often it comes out, which end as adverbs do. */
const PERIODICALS = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'fortnightly', 'biweekly']);

/**
 * A lower-case noun describing a body: no article, preposition, adverb or past form, and a verb of the schema only in
 * the form of a noun ("sovereign fund", "steel supply group"; not "funds", "supplies").
 */
export const describes = (w: string) =>
  /^[a-z][a-z-]*[a-z]$/.test(w) &&
  // "the Turin daily Corriere Torinese": a paper's word ends like an adverb (rule periodical-word-describes).
  (!/(?:ly|ed)$/.test(w) || (PERIODICALS.has(w) && ruleOn('periodical-word-describes'))) &&
  !NOT_DESCRIPTORS.has(w) &&
  !DETERMINERS.has(w) &&
  !NOUN_PREPOSITIONS.has(w) &&
  !(verbTypes(w) && verbTypes(w)!.lemma !== w);

/**
 * True when `group` is a place that only qualifies `next`: one to three describing nouns stand between them and
 * nothing else, and the place is no possessor ("Texas shale producer Dunmore Oil").
 */
export function placeQualifiesName(view: SentenceView, group: Group, next: Group | undefined): boolean {
  return (
    (ruleOn('place-qualifies-name') && qualifiesName(view, group, next)) || (ruleOn('place-qualified-institution-head') && qualifiesInstitution(group, next))
  );
}

/**
 * True when `group` is the place of a body named with it, right before the body's own mention ("by a Corvanian court",
 * "a Dalmore grand jury": the place keeps a mention of its own, the body's is its head): the body is what a verb
 * or a preposition reaches, not the place.
 */
function qualifiesInstitution(group: Group, next: Group | undefined): boolean {
  if (!next || next.start !== group.end || group.slots.length !== 1 || next.slots.length !== 1) return false;
  const [place, body] = [group.slots[0]!, next.slots[0]!];
  return place.root === 'Location' && !place.possessive && body.root === 'Organization' && body.entity.name.startsWith(`${place.mention.text} `);
}

/**
 * Past forms written as their base ("Ana Korin of Veldania beat Mila Tosk"): the stem test of `describes` takes them
 * for nouns, but one alone between a place and a name is the verb of the sentence (rule past-as-base-not-descriptor).
 */
const PAST_AS_BASE = new Set(['beat', 'upset', 'hit', 'cut', 'set', 'put', 'quit', 'shut', 'let', 'bid', 'cast', 'spread']);

function qualifiesName(view: SentenceView, group: Group, next: Group | undefined): boolean {
  if (!next || !group.slots.every((s) => s.root === 'Location' && !s.possessive)) return false;
  const between = view.words.slice(group.end, next.start);
  if (between.length === 1 && PAST_AS_BASE.has(between[0]!) && ruleOn('past-as-base-not-descriptor')) return false;
  return between.length >= 1 && between.length <= MAX_DESCRIPTOR_WORDS && between.every(describes);
}

/**
 * True when `place` only qualifies a name ("its stake in Bristol rail consortium Leda Rail") and `other` is not that
 * name: the place is where the named body is, and the pair classifier's home or seat for `other` there is a guess
 * (rule qualified-place-not-home).
 */
export function qualifiedPlaceOfOther(view: SentenceView, place: Slot, other: Slot): boolean {
  const at = view.groups.findIndex((g) => g.slots.some((s) => s.start === place.start && s.end === place.end));
  const next = view.groups[at + 1];
  // "to Portugal's Astrelis": a place that possesses the name right after it qualifies that name too.
  const possessed = place.possessive && next !== undefined && next.start - place.end <= 2 && ruleOn('possessive-place-not-home');
  // "summoned Britain's ambassador, Nigel Casey": the place's title, and a comma, may stand before the name it qualifies.
  const titled = place.possessive && next !== undefined && ruleOn('possessive-place-title-not-home') && titleBetween(view.words, place.end + 1, next.start);
  // "sued Halvena in a Zurich court": the place of a body named with it is where the body is (rule
  // institution-place-not-home).
  const institution = ruleOn('institution-place-not-home') && at >= 0 && qualifiesInstitution(view.groups[at]!, next);
  return (
    at >= 0 && (possessed || titled || institution || qualifiesName(view, view.groups[at]!, next)) && !next!.slots.some((s) => s.entity.id === other.entity.id)
  );
}

/** Most title words read between a possessive place and the name of the office's holder ("deputy foreign minister"). */
const MAX_PLACE_TITLE = 4;

/** True when only title words, and a comma after them, stand from `from` to `to` ("ambassador ,", "foreign minister"). */
function titleBetween(words: readonly string[], from: number, to: number): boolean {
  const end = words[to - 1] === ',' ? to - 1 : to;
  if (end <= from || end - from > MAX_PLACE_TITLE) return false;
  for (let k = from; k < end; k++) if (!isTitleWordAt(words, k)) return false;
  return true;
}

/**
 * Plural nouns for private people and businesses as a crowd ("homeowners", "farmers"): a place before one only says
 * where they are from, and acts for none of them, as it does for its "officials" or "regulators". Lower case.
 */
const PRIVATE_PEOPLE = new Set(
  `homeowners householders residents villagers farmers growers fishermen families parents patients students pupils workers
  employees staff voters fans customers consumers shoppers investors savers taxpayers motorists drivers commuters passengers
  tenants landlords retirees pensioners businesses companies firms shopkeepers retailers landowners citizens`.split(/\s+/),
);

/**
 * True when the place `group` qualifies a crowd of private people after it, with at most one describing word between
 * ("300 Florida homeowners sued", "Texas cotton farmers protested"): the place is no party to what they do (rule
 * place-qualifies-people).
 */
export function placeQualifiesPeople(view: SentenceView, group: Group): boolean {
  if (!group.slots.every((s) => s.root === 'Location' && !s.possessive)) return false;
  const first = view.words[group.end] ?? '';
  const second = view.words[group.end + 1] ?? '';
  return (PRIVATE_PEOPLE.has(first) || (describes(first) && PRIVATE_PEOPLE.has(second))) && ruleOn('place-qualifies-people');
}

/** Nouns for a public body that a place's possessive owns and a text may leave unnamed ("Kenya's communications regulator"). */
const UNNAMED_PUBLIC_BODY = /^(?:regulator|regulators|watchdog|authority|authorities|agency|ministry|court|prosecutors?|police|army|navy|military)$/;

/**
 * True when the place `group`, in the possessive, owns a public body named only by a common noun, with at most two
 * describing words between, and no name after it ("Kenya's communications regulator on Friday suspended …",
 * "Australia's consumer watchdog has sued …"): the body acts, a body the text names elsewhere, and the place is no
 * party to it (rule place-possessive-unnamed-body). A place's government is read apart by its own rules.
 */
export function placeOwnsUnnamedBody(view: SentenceView, group: Group): boolean {
  const last = group.slots[group.slots.length - 1];
  if (!ruleOn('place-possessive-unnamed-body') || !last?.possessive || !group.slots.every((s) => s.root === 'Location')) return false;
  const words = view.words;
  // The possessive's own token follows the place's name.
  const from = /^['’]s?$/.test(words[last.end] ?? '') ? last.end + 1 : last.end;
  for (let k = from; k < from + 3 && k < words.length; k++) {
    const word = words[k]!;
    if (UNNAMED_PUBLIC_BODY.test(word)) return !/^\p{Lu}/u.test(view.sentence.tokens[k + 1]?.text ?? '');
    if (!describes(word)) return false;
  }
  return false;
}

/** Lower-case words for a business that the schema's descriptors lack ("gunmaker", "steelmaker", "producer"). */
export const BUSINESS_NOUN = /^(?:[a-z]+maker|producer|exporter|importer|operator|distributor|trader|miner|refiner|builder|start-up|startup)$/;

/**
 * True when the place `group` qualifies a body named only by a common noun right after it, with at most one describing
 * word between, and no name after the noun ("a deal with Kraków gunmaker", "sued a Texas oil firm"): the place is no
 * party to what is done with the body (rule place-qualifies-unnamed-body). Its officials, regulators and courts act
 * for it, and a place's own kind ("Texas state") is no body.
 */
export function placeQualifiesUnnamedBody(view: SentenceView, group: Group): boolean {
  if (!ruleOn('place-qualifies-unnamed-body') || !group.slots.every((s) => s.root === 'Location' && !s.possessive)) return false;
  const words = view.words;
  // The place's own end: a subject carried past a description ends later than its name.
  const end = itemAt(group.slots, group.slots.length - 1).end;
  for (let k = end; k < end + 2 && k < words.length; k++) {
    const word = words[k]!;
    const type = descriptorType(word);
    // The officials of a place act for it ("Texas regulators fined", "a Halden court"): only a business is apart.
    if ((type && (isA(type, 'Company') || isA(type, 'MediaOrganization'))) || BUSINESS_NOUN.test(word)) {
      const next = view.sentence.tokens[k + 1]?.text ?? '';
      return !/^\p{Lu}/u.test(next) && !(type && descriptorType(`${word} ${words[k + 1] ?? ''}`));
    }
    if (!describes(word)) return false;
  }
  return false;
}
