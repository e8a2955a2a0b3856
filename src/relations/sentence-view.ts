// One sentence as the relation patterns see it: lowercased tokens, the entity mentions in it (overlaps removed,
// possessives marked) and coordinated mentions gathered into groups ("the Tribune and Spanish-language outlet
// El Faro"), so a relation stated once applies to every member.
import { rootType, type EntityTypeName } from '../schema/schema.js';
import type { MentionCandidate, ResolvedEntity, Sentence } from '../pipeline/stage-types.js';
import { nounTypes } from './signals.js';
import { descriptorType } from '../recognition/descriptors.js';
import { itemAt } from '../util/checked-index.js';
import { mapStable } from '../util/stable-arrays.js';
import { ROLE_WORDS, TITLES, TITLE_OPENERS_AFTER_ITS } from '../recognition/lexicon/words.js';
import { datelineBodyStart } from './dateline-prefix.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { tieOpening } from './person-ties.js';
import { opensPossessedTitle } from './structural-patterns.js';

export interface Slot {
  entity: ResolvedEntity;
  mention: MentionCandidate;
  root: EntityTypeName;
  /** Token indices in the sentence, end exclusive. */
  start: number;
  end: number;
  /** Followed by 's: the mention owns what comes next ("Acme's acquisition"). */
  possessive: boolean;
}

export interface Group {
  slots: Slot[];
  start: number;
  end: number;
}

export interface SentenceView {
  sentence: Sentence;
  /** The tokens' texts as written, for the checks that read case (modality, titles). */
  texts: string[];
  words: string[];
  groups: Group[];
  /** The first token after an opening dateline ("CANBERRA (AFP) -"), 0 when there is none. */
  bodyStart: number;
}

const POSSESSIVE = /^['’]s?$/;
/** Lowercase words allowed inside a coordination after "and" ("and Hebrew-language outlet"). */
const COORDINATORS = new Set(['and', 'or', ',', 'as', 'well', 'both', '&']);
/**
 * Past forms not in "-ed" that, right after "and", open a second verb phrase ("sold Plumfield to Weldon and bought Orrin
 * Foods"): the name after them is that verb's object, not a second member of a list (rule irregular-past-after-and).
 * Forms that also describe a noun ("hit", "left") are left out.
 */
const IRREGULAR_PAST = new Set(
  'sold bought sued won lost led paid took made held struck beat met sent gave told wrote fought shot brought kept became ran'.split(' '),
);

/** Words that start a new clause rather than describe the next name. */
const NOT_DESCRIBING = new Set([
  'said',
  'says',
  'told',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'will',
  'that',
  'who',
  'which',
  'then',
  'to',
  'in',
  'of',
  'for',
  'with',
  'by',
  'on',
  'at',
  'from',
]);

const OPENING_QUOTES = new Set(['"', '“', '``']);
const CLOSING_QUOTES = new Set(['"', '”', "''"]);

/**
 * The span of a product's name with the quotation marks around it ("bought “Harbour Lights” in May", "bought “Harbour
 * Lights,” the drama"): a programme's or a film's title is written in marks, which open no quotation of speech, so the
 * verb before reaches it and what follows is said of it (rule quoted-name-marks). The closing mark is taken only right after the name; one
 * after a comma or a stop written inside it stays, as the comma does. Undefined when the name is not quoted alone.
 */
function quotationAround(words: readonly string[], start: number, end: number): { start: number; end: number } | undefined {
  if (!OPENING_QUOTES.has(words[start - 1] ?? '')) return undefined;
  if (CLOSING_QUOTES.has(words[end] ?? '')) return { start: start - 1, end: end + 1 };
  if (/^[.,!?]$/.test(words[end] ?? '') && CLOSING_QUOTES.has(words[end + 1] ?? '')) return { start: start - 1, end };
  return undefined;
}

/** A place written as the first part of a compound that places what follows ("Montreal-based", "Ohio-headquartered"). */
export const BASED_COMPOUND = /-(?:based|headquartered)$/;

/**
 * Whether `group` is one place written into a "-based" or "-headquartered" modifier ("Madrid-based"): it only says
 * where the name after it is, and takes no part of its own in the sentence's verbs.
 */
export function isBasedPlace(view: SentenceView, group: Group): boolean {
  return group.slots.length === 1 && itemAt(group.slots, 0).root === 'Location' && BASED_COMPOUND.test(view.words[group.end - 1] ?? '');
}

/** Builds the view of one sentence from the mentions found in it. */
export function viewSentence(sentence: Sentence, mentions: { entity: ResolvedEntity; mention: MentionCandidate }[]): SentenceView {
  // In one layout (stable-arrays.ts): every relation rule reads these, and a second layout threw their optimised code away.
  const texts = mapStable(sentence.tokens, (t) => t.text);
  const words = mapStable(texts, (t) => t.toLowerCase().replace(/’/g, "'"));
  const sorted = [...mentions].sort((a, b) => a.mention.tokenStart - b.mention.tokenStart || b.mention.tokenEnd - a.mention.tokenEnd);
  const slots: Slot[] = [];
  for (const { entity, mention } of sorted) {
    const last = slots[slots.length - 1];
    if (last && mention.tokenStart < last.end) continue;
    if (restatesOwner(mention, entity, slots, words, texts)) continue;
    const quoted =
      rootType(entity.type) === 'Product' && ruleOn('quoted-name-marks') ? quotationAround(words, mention.tokenStart, mention.tokenEnd) : undefined;
    const end = quoted?.end ?? mention.tokenEnd;
    const possessive = POSSESSIVE.test(words[end] ?? '') || (mention.kind === 'pronoun' && OWNER_PRONOUNS.has(words[mention.tokenStart] ?? ''));
    slots.push({ entity, mention, root: rootType(entity.type), start: quoted?.start ?? mention.tokenStart, end, possessive });
  }
  const groups: Group[] = [];
  for (const slot of slots) {
    const previous = groups[groups.length - 1];
    if (previous && joins(previous, slot, words)) {
      if (!previous.slots.some((s) => s.entity.id === slot.entity.id)) previous.slots.push(slot);
      previous.end = slot.end;
      if (words[slot.end] === ')' && words[slot.start - 1] === '(') previous.end = slot.end + 1;
      continue;
    }
    groups.push({ slots: [slot], start: slot.start, end: slot.end });
  }
  return { sentence, texts, words, groups, bodyStart: ruleOn('dateline-outside-clause') ? datelineBodyStart(sentence.tokens) : 0 };
}

/** Possessive pronouns of an organisation: "its", and "our" in a quotation attributed to it. */
const OWNER_PRONOUNS = new Set(['its', 'our']);
/** The organisation's first-person pronouns in a quotation, read as the third-person ones. */
const FIRST_PERSON_AS_THIRD = new Map([
  ['we', 'it'],
  ['our', 'its'],
]);

/**
 * "Acme halted its services to X", "Acme said it had …": "it"/"its" names the sentence's subject again and only stands in the way of the verb
 * and its object. It stays a mention where a title follows ("Acme said its founder Jane Doe …") or where the entity
 * is not named before it in the sentence.
 */
function restatesOwner(
  mention: MentionCandidate,
  entity: ResolvedEntity,
  slots: readonly Slot[],
  words: readonly string[],
  original: readonly string[],
): boolean {
  const said = words[mention.tokenStart] ?? '';
  // "Oran filed a complaint in which he accused Varel": "he" after "in which" names the one already named before
  // the clause, as "it" does for an organisation; the clause's verb is read as that one's (rule
  // person-pronoun-in-which-clause).
  const inWhich = words[mention.tokenStart - 1] === 'which' && words[mention.tokenStart - 2] === 'in';
  if (mention.kind === 'pronoun' && (said === 'he' || said === 'she') && inWhich && ruleOn('person-pronoun-in-which-clause'))
    return slots.some((s) => s.entity.id === entity.id);
  // "We have ended our contract with X," said …: a quoted "we"/"our" stands for the organisation as "it"/"its" does.
  const word = FIRST_PERSON_AS_THIRD.get(said) ?? said;
  if (mention.kind !== 'pronoun' || (word !== 'its' && word !== 'it')) return false;
  // "Acme said its Widget …", "its investigation into X": what "its" owns or does is a relation of its own.
  const owns = (w: string) => TITLE_OPENERS_AFTER_ITS.has(w) || /^\p{Lu}/u.test(w) || nounTypes(w) !== undefined;
  // "Norway said its foreign minister, Gerda Lindqvist, would attend": any title after "its" is the owner's office,
  // a field or a portfolio first included (rule its-before-possessed-title).
  const titled = () => opensPossessedTitle(words, mention.tokenEnd) && ruleOn('its-before-possessed-title');
  return slots.some((s) => s.entity.id === entity.id) && (word === 'it' || !(owns(original[mention.tokenEnd] ?? '') || titled()));
}

/** Articles that open a description set off after a name ("Orlin Shipping, a tanker operator,"). */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the']);
/** Most words of such a description after its article ("a state-owned oil and gas producer"). */
const MAX_DESCRIPTION_WORDS = 5;

/**
 * True when `between` is a comma, an article, a few lower-case words describing the name before it, a comma and "and"
 * or "or" (", a tanker operator, and"): no clause opens in it, so the names either side are listed together.
 */
function describedBeforeConjunction(between: readonly string[]): boolean {
  if (between[0] !== ',' || !DESCRIPTION_OPENERS.has(between[1] ?? '')) return false;
  const close = between.indexOf(',', 2);
  const description = between.slice(2, close);
  if (close < 0 || description.length < 1 || description.length > MAX_DESCRIPTION_WORDS) return false;
  const rest = between.slice(close + 1);
  const conjunction = (rest[0] === 'and' || rest[0] === 'or') && (rest.length === 1 || (rest.length === 2 && DESCRIPTION_OPENERS.has(rest[1]!)));
  return conjunction && description.every((w) => /^[a-z][a-z-]*$/.test(w) && (w === 'of' || !NOT_DESCRIBING.has(w)) && w !== 'and');
}

/** Most words read back from a name for the relative clause and the apposition it stands in. */
const MAX_RELATIVE_OF_APPOSITION = 14;
/** Words that open a description set off after a name (", the firm", ", a unit"). */
const APPOSITION_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * True when the name at `start` stands in a relative clause ("that", "which", "who") of an apposition (", a/the …")
 * with no comma between: "…, the firm that owns a stake in Tellingham TV".
 */
function inRelativeOfApposition(words: readonly string[], start: number): boolean {
  const from = Math.max(0, start - MAX_RELATIVE_OF_APPOSITION);
  let relative = -1;
  for (let k = start - 1; k >= from && relative < 0; k--) {
    if (words[k] === ',') return false;
    if (words[k] === 'that' || words[k] === 'which' || words[k] === 'who') relative = k;
  }
  for (let k = relative - 1; k >= from && relative > 0; k--) {
    if (words[k] === ',') return APPOSITION_ARTICLES.has(words[k + 1] ?? '') && k + 1 < relative - 1;
  }
  return false;
}

/** True when `slot` continues the group: an alias in brackets, or a coordinated mention of the same kind. */
function joins(group: Group, slot: Slot, words: string[]): boolean {
  const between = words.slice(group.end, slot.start);
  const last = itemAt(group.slots, group.slots.length - 1);
  if (last.entity.id === slot.entity.id && (between.length === 0 || (between.length === 1 && between[0] === '('))) return true;
  if (last.root !== slot.root || last.possessive || between.length === 0) return false;
  // "Nadia Petrov, Ivan Sorel's successor,": a person whose tie to the next one follows is described, not listed.
  if (slot.possessive && slot.root === 'Person' && ruleOn('person-tie') && tieOpening(words.slice(slot.end + 1, slot.end + 6))) return false;
  // "Gareth Olwen, her former chief of staff,": so with a possessive pronoun (rule pronoun-possessor-apposition-tie).
  const pronounTie =
    slot.mention.kind === 'pronoun' && (words[slot.start] === 'his' || words[slot.start] === 'her') && tieOpening(words.slice(slot.end, slot.end + 5));
  if (pronounTie && slot.root === 'Person' && ruleOn('pronoun-possessor-apposition-tie')) return false;
  // "Grayhaven Capital, Meridane's largest shareholder,": a possessor set off by a comma opens an apposition, not a list.
  if (slot.possessive && between.length === 1 && between[0] === ',' && ruleOn('apposition-possessed-part')) return false;
  // "sanctioned Orlin Shipping, a tanker operator, and Vastek Industries": a description set off by commas after the
  // first name stands aside, and the names are still listed (rule described-member-coordination).
  if (describedBeforeConjunction(between) && ruleOn('described-member-coordination')) return true;
  // "Marrowgate, the firm that owns a stake in Tellingham TV, and Arvo Partners": the comma before "and" closes the
  // apposition whose relative clause holds the first name; the name after "and" is listed with the apposition's head.
  const closesApposition = group.slots.length === 1 && between.join(' ') === ', and' && inRelativeOfApposition(words, group.start);
  if (closesApposition && ruleOn('apposition-relative-closed-by-and')) return false;
  if (!between.includes('and') && !between.includes('or') && !(between.length === 1 && between[0] === ',' && slot.root !== 'Location')) return false;
  const first = between.findIndex((w) => w === 'and' || w === 'or');
  // Only coordinators before the conjunction; after it, at most three lowercase describing words.
  // "the Northern Courier newspaper and the Pennine TV channel": a word for the kind of body the name before it is
  // may stand before the conjunction too (rule kind-word-before-coordination).
  const kindOfLast = (w: string, k: number) =>
    k === 0 && first === 1 && descriptorType(w) !== undefined && rootType(descriptorType(w)!) === last.root && ruleOn('kind-word-before-coordination');
  if (between.slice(0, first < 0 ? between.length : first).some((w, k) => !COORDINATORS.has(w) && w !== ')' && !kindOfLast(w, k))) return false;
  const rest = first < 0 ? [] : between.slice(first + 1);
  // "Former Wales manager Alan Pritchard and ex-Stanwick boss Mick Dolan": each name has a title of its own, so the
  // title before the first is not the second's; the names are not one group (rule own-title-after-and).
  const titled = (w: string | undefined) => w !== undefined && (TITLES.has(w) || ROLE_WORDS.has(w));
  if (slot.root === 'Person' && titled(words[group.start - 1]) && titled(rest[rest.length - 1]) && ruleOn('own-title-after-and')) return false;
  return (
    rest.length <= 3 &&
    rest.every(
      (w) =>
        COORDINATORS.has(w) ||
        (/^[a-z][a-z-]*$/.test(w) && !w.endsWith('ed') && !NOT_DESCRIBING.has(w) && !(IRREGULAR_PAST.has(w) && ruleOn('irregular-past-after-and'))),
    )
  );
}
