// Patterns around a signal word between two neighbouring groups: schema phrases ("based in", "conducted with"),
// verbs in the active or passive voice ("X provided Y to Z", "services used by Y", "X was acquired by Y"),
// possessive nominalisations ("Acme's acquisition of Globex", "Acme's assassin, Doe") and bare nominalisations
// ("assault on Portmar"). A verb that fits no schema type gives RELATED_TO with the verb kept.
import { BASED_COMPOUND, isBasedPlace, type Group, type SentenceView } from './sentence-view.js';
import { isParticiple, lemmaCandidates, lemmatise } from './lemma.js';
import { modalityAt } from './modality.js';
import { isTitle, isTitleWord, isTitleWordAt } from './structural-patterns.js';
import { OCCUPATIONS, OFFICE_TITLES, ROLE_NOUNS, findPhrases, nounCueTypes, nounTypes, relationDef, verbTypes, type RelationDef } from './signals.js';
import { BE_FORMS, CLAUSE_BREAKS, DETERMINERS, NOUN_PREPOSITIONS, type PairMatch } from './pair-match.js';
import { GROUP_MEMBERS, HEADING_VERBS, MONTHS, PORTFOLIO_WORDS, WEEKDAYS } from '../recognition/lexicon/words.js';
import { countryByAdjective } from '../recognition/lexicon/countries.js';
import { statedBy, verbConfidence } from './relation-confidences.js';
import { itemAt } from '../util/checked-index.js';
import { isA, rootType } from '../schema/schema.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { opensWithMoney } from './amounts.js';
import { lightVerbNominal, penaltyPaidTo } from './light-verb-nominal.js';
import { SAYING, channelOfSaying } from './channel-of-saying.js';
import { outsideVerbReach } from './object-reach.js';
import { BUSINESS_NOUN, placeOwnsUnnamedBody, placeQualifiesName, placeQualifiesPeople, placeQualifiesUnnamedBody } from './place-qualifier.js';
import { HOLDING_NOUNS, holdingInPhrase, prepositionAfterDescription } from './held-object.js';
import { buysFromSeller, fromBeforeEntity } from './acquired-from.js';
import { joinsAfterLeaving, opensMainVerb } from './clause-subjects.js';
import { descriptorEndingAt, isProductDescriptor } from '../recognition/descriptors.js';

const MAX_BETWEEN = 18;
/** Prepositions that, between "by" and a name, put the name in a phrase of its own after the passive's agent. */
const PAST_AGENT_PREPOSITIONS = new Set(['at', 'in', 'on', 'near', 'outside', 'into', 'to', 'from', 'for', 'with', 'after', 'during', 'over']);

/** Words that show the next word is a noun, not a verb ("the report", "its use"). */
/** Forms of "help" that take a bare infinitive ("helped found", "helping found"). */
const HELP_FORMS = new Set(['help', 'helps', 'helped', 'helping']);
const NOUN_MARKERS = new Set([...DETERMINERS, "'s", "'", 'of', 'for', 'to', 'in', 'on', 'with']);
/** "Rotor's victory in Dravik": a win "in" or "at" a place names where it was won, not whom it beat (rule win-in-venue). */
function venueOfWin(types: readonly RelationDef[], preposition: string | undefined, right: Group): boolean {
  return (
    (preposition === 'in' || preposition === 'at') &&
    types.every((t) => t.family === 'competition') &&
    right.slots.every((s) => s.root === 'Location') &&
    ruleOn('win-in-venue')
  );
}

/** "in 2009", "on March 3": a date after "in" or "on", which a participle may take before its agent ("founded in 2009 by"). */
export function isDatePhrase(words: readonly string[]): boolean {
  const isDate = (w: string) => MONTHS.has(w) || WEEKDAYS.has(w) || /^\d{1,4}$/.test(w);
  return words.length >= 2 && words.length <= 4 && /^(?:in|on)$/.test(words[0]!) && words.slice(1).every((w) => isDate(w) || w === ',');
}

const ADVERBS = new Set([
  'also',
  'later',
  'then',
  'recently',
  'reportedly',
  'allegedly',
  'fatally',
  'mortally',
  'already',
  'previously',
  'first',
  'now',
  'still',
  'jointly',
  'not',
  "n't",
  'never',
  'has',
  'have',
  'had',
  'will',
]);
/** Agent nouns put the possessed one first: "Lincoln's assassin, Booth" → Booth killed Lincoln. */
const AGENT_NOUN = /(?:er|or|ist|ant|ent|assassin)s?$/;
/** Agent nouns by their ending, less the deeds that end alike ("murder", "statement", "investment"). */
const isAgentNoun = (w: string) => AGENT_NOUN.test(w) && !/(?:ments?|murders?)$/.test(w);
/** Deeds that end like agent nouns: "the takeover of X by Y" names what Y did, not who Y is (rule deed-noun-ending-like-agent). */
const DEED_ENDING_LIKE_AGENT = /(?:over|merger)s?$/;
/** Verbs of saying and being that link entities without stating a relation between them. */
const NOT_RELATIONS = new Set([
  'say',
  'said',
  'says',
  'saying',
  'added',
  'noted',
  'reported',
  'called',
  'named',
  'including',
  'according',
  'based',
  'led',
  'followed',
  'amid',
  'prompted',
]);
const IRREGULAR_PAST = /^(?:met|sent|led|held|took|gave|made|sold|bought|won|lost|told|wrote|left|fought|struck|shot|hit|paid|brought|kept|became|joined)$/;

/** Words that open a clause with its own subject; a verb after them does not belong to the left entity. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'since', 'as', 'until', 'once', 'where', 'that', 'which', 'who', 'whom', 'if', 'so']);
/**
 * Whether the words before a reduced passive at `verbAt` leave the left name's own phrase: a preposition, a clause
 * opener, a modal, another verb, or a comma inside them ("Aria X9 processor on Wednesday, saying the chip would power
 * laptops made by"). The name's own noun and a comma right after the name or before the participle do not ("Harrik
 * engines made by", "the Talon-4 rocket, built by", ", the drug developed by").
 */
function otherPhraseBefore(between: readonly string[], verbAt: number): boolean {
  for (let k = 0; k < verbAt; k++) {
    const w = itemAt(between, k);
    if (w === ',' ? k > 0 && k < verbAt - 1 : NOUN_PREPOSITIONS.has(w) || CLAUSE_OPENERS.has(w) || MODAL_WORDS.has(w) || /^[a-z]+ing$/.test(w) || verbTypes(w))
      return true;
  }
  return false;
}
/**
 * "won the contract over Carrow Tech", "chose the deal over a rival bid": after a noun of supplying or of a sale, "over"
 * names a rival passed over, never the party supplied or sold to (rule over-names-rival).
 */
const rivalAfterOver = (types: readonly RelationDef[]) =>
  types.every((t) => t.family === 'provision' || t.family === 'transaction') && ruleOn('over-names-rival');
const MODAL_WORDS = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'can', 'must']);
const SUBJECT_CHANGERS = new Set(['its', 'their', 'his', 'her', 'whose']);
/** Prepositions (not "by", which names an agent) that make the following entity an object, not a subject. */
const PREPOSITIONS_BEFORE = new Set(['of', 'in', 'on', 'at', 'from', 'with', 'for', 'to', 'into', 'over', 'against', 'about', 'like', 'than']);
const BASE_FORM_CONTEXT = new Set([
  ...ADVERBS,
  'to',
  'will',
  'would',
  'and',
  'who',
  'that',
  'which',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'did',
  'does',
  'do',
  ',',
]);

const RELATIVES = new Set(['who', 'which', 'that']);
const SAME_SUBJECT = new Set(['it', 'he', 'she', 'they', 'we']);
/** Verbs of saying whose object is a reported clause: "Amnesty said the tool had been supplied to…". */
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'added',
  'claimed',
  'claims',
  'alleged',
  'alleges',
  'argued',
  'argues',
  'warned',
  'warns',
  'insisted',
  'insists',
  'noted',
  'notes',
  'stated',
  'states',
  'believes',
  'believed',
  'thinks',
  'thought',
  'confirmed',
  'confirms',
]);

/**
 * True when a verb of saying between `from` and `to` opens a clause with a subject of its own ("X said the tool was
 * sold to Y"): whatever lies beyond is reported by X, not done by it.
 */
export function reportsClause(words: string[], from: number, to: number): boolean {
  return words.slice(from, to).some((word, k) => REPORTING.has(word) && opensClause(words.slice(from + k, to), 0));
}

/** True when a clause with its own subject starts at `i` ("after evidence showed…"); "X, who…" and "X said that it…" keep X. */
function opensClause(words: string[], i: number): boolean {
  const word = words[i];
  if (word === undefined) return false;
  // "X said the tool was sold to Y": what follows a verb of saying has a subject of its own ("X said it sold…" keeps X).
  if (REPORTING.has(word) && i + 1 < words.length && words[i + 1] !== 'to') return !words.slice(i + 1, i + 7).some((w) => SAME_SUBJECT.has(w));
  if (!CLAUSE_OPENERS.has(word)) return false;
  if (RELATIVES.has(word) && (i === 0 || (i === 1 && words[0] === ','))) return false;
  // "the Vessel app, which was developed by Tarrow Labs": the word for a product after the name is the name's own
  // noun, and the relative clause after it describes the name (rule relative-after-product-word).
  if (RELATIVES.has(word) && word !== 'that' && productNounThenComma(words, i) && ruleOn('relative-after-product-word')) return false;
  // "Acme, a Norwegian fund which controls Globex": the relative clause describes the apposition's
  // head, which is the left entity.
  // "Acme, the private equity firm that owns a stake in Globex": "that" opens the same clause as "which" there (rule
  // apposition-relative-that).
  const relativeAfterApposition = word !== 'that' || ruleOn('apposition-relative-that');
  if (RELATIVES.has(word) && relativeAfterApposition && appositionBefore(words, i) && ruleOn('apposition-relative')) return false;
  const next = words[i + 1];
  return !(word === 'that' && next !== undefined && SAME_SUBJECT.has(next));
}

/**
 * Where the left entity's own verb starts when `between` opens with an apposition holding a relative clause that a
 * comma closes before a verb (", a charity that represents 20,000 people , called on"); 0 otherwise.
 */
function afterClosedRelativeApposition(between: string[]): number {
  const relative = between.findIndex((w, i) => i >= 3 && RELATIVES.has(w));
  if (relative < 0 || !appositionBefore(between, relative)) return 0;
  const close = between.indexOf(',', relative + 2);
  return close > 0 && close + 1 < between.length && looksVerbal(between, close + 1) ? close + 1 : 0;
}

/** True when `words[0..i)` is one or two lower-case words ending in a word for a product, and a comma ("app ,"). */
function productNounThenComma(words: string[], i: number): boolean {
  if ((i !== 2 && i !== 3) || words[i - 1] !== ',') return false;
  const nouns = words.slice(0, i - 1);
  return nouns.every((w) => /^[a-z-]+$/.test(w) && !CLAUSE_BREAKS.has(w) && !DETERMINERS.has(w)) && isProductDescriptor(itemAt(nouns, nouns.length - 1));
}

/** Nouns of a business's part or of its owner, which may stand right before the name they describe ("its subsidiary Telluric"). */
const PART_NOUNS = new Set(['subsidiary', 'unit', 'arm', 'division', 'affiliate', 'parent', 'owner']);

/** Most words between the one found guilty and "guilty" (a list of names and ages: ", 47, and Joseph Ndirangu, 39,"). */
const GUILTY_REACH = 16;

/**
 * The index in `between` of a "found" (perhaps "also found", "had found") right before the object, when "guilty"
 * follows the object before the clause ends and "not" does not stand before it: a verdict. -1 otherwise.
 */
function foundGuiltyVerb(view: SentenceView, between: readonly string[], right: Group): number {
  // "found Salim Mwinyi, 47, and Joseph Ndirangu": names, ages, commas and "and" of a list may stand after "found".
  const from = right.start - between.length;
  let at = between.length - 1;
  const listed = (k: number) => /^(?:,|and|\d+)$/.test(between[k]!) || /^\p{Lu}/u.test(view.sentence.tokens[from + k]?.text ?? '');
  while (at > 0 && between[at] !== 'found' && listed(at)) at--;
  if (between[at] !== 'found') return -1;
  const words = view.words;
  for (let k = right.end; k < right.end + GUILTY_REACH && k < words.length; k++) {
    const word = words[k]!;
    if (word === 'guilty') return words[k - 1] === 'not' ? -1 : at;
    if (/^[.;:!?]$/.test(word) || (CLAUSE_BREAKS.has(word) && word !== 'and')) return -1;
  }
  return -1;
}

/** True when `words[0..i)` is ", a/the …" with no verb or comma after the determiner: an apposition of the left entity. */
function appositionBefore(words: readonly string[], i: number): boolean {
  if (i < 3 || i > 8 || words[0] !== ',' || !DETERMINERS.has(words[1] ?? '')) return false;
  return words
    .slice(2, i)
    .every(
      (w, k) =>
        w !== ',' &&
        !CLAUSE_BREAKS.has(w) &&
        (modifiesAppositionNoun(words, k + 2, i) || (!(verbTypes(w) && looksVerbal(words, k + 2)) && !/(?:ed|ing)$/.test(w))),
    );
}

/**
 * True when the word at `at` qualifies the lower-case noun after it inside an apposition that ends at `end` (rule
 * apposition-participle-modifier): a hyphenated word in -ed ("the Malta-based fund", "a state-owned bank"), or a word
 * in -ing right before the apposition's last word ("the holding company", "a mining group"). Neither is a verb there.
 */
function modifiesAppositionNoun(words: readonly string[], at: number, end: number): boolean {
  const word = words[at]!;
  const next = words[at + 1] ?? '';
  if (at + 1 >= end || !/^[a-z]+$/.test(next) || DETERMINERS.has(next) || NOUN_PREPOSITIONS.has(next)) return false;
  const compound = /^\p{L}+(?:-\p{L}+)*-[a-z]+ed$/u.test(word);
  const gerund = /^[a-z]+ing$/.test(word) && at + 2 === end;
  return (compound || gerund) && ruleOn('apposition-participle-modifier');
}

/** Verbs, adjectives and nouns that take an infinitive carrying the relation: "agreed to acquire", "is set to buy", "a decision to end". */
const TAKES_INFINITIVE = new Set(
  `decision decisions plan plans planned move moves moved bid bids agreement pledge pledges pledged promise promises promised vow vows vowed threat threats effort efforts attempt attempts
  attempted order orders vote votes voted offer offers offered agree agrees agreed want wants wanted seek seeks sought hope hopes hoped aim aims aimed intend intends intended threaten threatens threatened expected try tries tried
  propose proposes proposed decide decides decided set going poised due ready began continue continues continued refuse refuses refused fail fails failed`.split(
    /\s+/,
  ),
);

/**
 * Words after which the infinitive states a fact the sentence reports as done: "went on to criticise", "managed to buy",
 * "chose to sue", "was forced to sell" (rule `infinitive-of-a-fact`).
 */
const TAKES_INFINITIVE_OF_A_FACT = new Set('went goes managed manages helped helps chose chooses opted opts able forced'.split(' '));

const takesInfinitive = (word: string): boolean => TAKES_INFINITIVE.has(word) || (TAKES_INFINITIVE_OF_A_FACT.has(word) && ruleOn('infinitive-of-a-fact'));

/**
 * Words that stand between an article or a possessive and the noun they qualify: "his first record", "its latest report",
 * "the new probe" (rule `modifier-after-determiner`).
 */
const NOUN_MODIFIERS = new Set('first second third fourth fifth last latest new next debut final previous recent own'.split(' '));
/** The determiners after which such a modifier qualifies a noun ("that" may open a clause: "said that first ..."). */
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', "'s"]);

/**
 * True when the word at `i` of the sentence's words follows an article or a possessive and a modifier of a noun: "will
 * release his first record for Velvet Anchor", where "his" may be the mention on the left of the pair.
 */
const nounAfterModifier = (words: readonly string[], i: number): boolean =>
  NOUN_MODIFIERS.has(words[i - 1] ?? '') && ARTICLES_AND_POSSESSIVES.has(words[i - 2] ?? '') && ruleOn('modifier-after-determiner');

/**
 * True when what stands between "publish" and a person is only determiners, lower-case nouns and "by" ("the novelist",
 * "novels by"): the person is the one published, not one a report is about ("allegations against", "a report on").
 */
const publishedAuthor = (after: readonly string[], right: Group): boolean =>
  right.slots.every((s) => s.root === 'Person') &&
  after.every((w) => w === 'by' || DETERMINERS.has(w) || (/^[a-z-]+$/.test(w) && !NOUN_PREPOSITIONS.has(w) && !CLAUSE_BREAKS.has(w) && w !== 'about'));

/** True when the word at `i` reads as a verb here: past forms unless a determiner precedes, base forms only after a subject or auxiliary. */
export function looksVerbal(words: readonly string[], i: number): boolean {
  const w = itemAt(words, i);
  const previous = i > 0 ? words[i - 1] : undefined;
  // "agreed to buy", "a decision on Thursday to stop": the word taking the infinitive may stand a few words back.
  if (previous === 'to' && words.slice(Math.max(0, i - 5), i - 1).some(takesInfinitive)) return true;
  // "the firm that owns 25% of Globex", "a rival that acquired Globex": after "that" a verb in -s or -ed agrees with a
  // subject; the demonstrative takes no such noun (rule verb-after-relative-that).
  if (previous === 'that' && /^[a-z]+(?:[^s]s|ed)$/.test(w) && verbTypes(w) && ruleOn('verb-after-relative-that')) return true;
  if (previous !== undefined && NOUN_MARKERS.has(previous)) return false;
  if (/ed$/.test(w) || IRREGULAR_PAST.test(w) || isParticiple(w)) return true;
  if (/ing$/.test(w)) return previous === undefined || BE_FORMS.has(previous) || BASE_FORM_CONTEXT.has(previous);
  return previous === undefined || BASE_FORM_CONTEXT.has(previous);
}

/**
 * Telling takes the addressee as the object right after the cue ("told the board", "said to Reuters"); an entity
 * further on sits in the reported clause ("told reporters the army needed ships") and is not the one told.
 */
const tellsOnly = (types: RelationDef[]) => types.length > 0 && types.every((t) => t.family === 'communication');
/** Words that describe an outlet told something, right before its name ("told Danish broadcaster TV2", "told state television RTS"). */
const OUTLET_DESCRIPTORS = new Set(
  `broadcaster newspaper daily weekly magazine radio television tv channel station agency news outlet network paper website
  broadcasting state public local regional provincial community national private independent online business financial
  trade industry publication journal tabloid monthly wire site specialist investigative podcast programme program show newsletter newswire`.split(/\s+/),
);
/** Longest description of an outlet read between "told" and its name. */
const MAX_OUTLET_DESCRIPTION = 3;

/** Those of a body who are told something on its behalf ("told members of Carers for Dementia Action"). */
const BODY_AUDIENCES = new Set(['members', 'staff', 'employees', 'shareholders', 'delegates', 'supporters']);

function addresseeFollows(rest: string[]): boolean {
  let k = 0;
  while (k < rest.length && (DETERMINERS.has(rest[k]!) || ADVERBS.has(rest[k]!) || rest[k] === 'to')) k++;
  if (k === rest.length) return true;
  // "told members of Carers for Dementia Action", "told staff of the agency": the body is told through its people (rule
  // members-of-addressee).
  if (k === rest.length - 2 && BODY_AUDIENCES.has(rest[k]!) && rest[k + 1] === 'of' && ruleOn('members-of-addressee')) return true;
  // "told Danish broadcaster TV Nord": a people's adjective and words for an outlet, ending in one, name the one told.
  const described = rest.slice(k);
  if (!ruleOn('described-addressee') || described.length > MAX_OUTLET_DESCRIPTION || !OUTLET_DESCRIPTORS.has(itemAt(described, described.length - 1)))
    return false;
  // "told the sports news website Chaturanga Daily", "told the state-run newspaper Saigon Courier": before the word for
  // an outlet, any words in lower case say what kind it is (rule outlet-described-freely).
  const modifier = (w: string) =>
    OUTLET_DESCRIPTORS.has(w) || countryByAdjective.has(w) || (ruleOn('outlet-described-freely') && OUTLET_MODIFIER.test(w) && !DETERMINERS.has(w));
  return described.every(modifier);
}
/** A lower-case word that may describe an outlet ("sports", "state-run"); no determiner, since that opens another phrase. */
const OUTLET_MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;

const objectWords = (words: string[]) => words.filter((w) => !DETERMINERS.has(w) && !ADVERBS.has(w)).join(' ');

/**
 * The nominalisation governing "of" right before the entity at `start` ("the killing in 1999 of X"): up to three words
 * may stand between the noun and "of", none of them a comma or a verb. Agent nouns ("assassin of X") are left out:
 * they name the doer, not the deed.
 */
function nominalBeforeOf(view: SentenceView, start: number): { at: number; types: RelationDef[] } | undefined {
  const { words } = view;
  let k = start - 1;
  // "of the Austrian archduke X", "of Estonian minister X": an article, capitalised modifiers and a title outside the entity.
  while (k >= start - 4 && (DETERMINERS.has(words[k] ?? '') || isTitleWord(words[k] ?? '') || /^\p{Lu}/u.test(view.sentence.tokens[k]?.text ?? ''))) k--;
  if (words[k] !== 'of') return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = words[j]!;
    if (w === ',' || CLAUSE_BREAKS.has(w) || (j < k - 1 && verbTypes(w))) return undefined;
    const types = nounTypes(w);
    const deed = !isAgentNoun(w) || (DEED_ENDING_LIKE_AGENT.test(w) && ruleOn('deed-noun-ending-like-agent'));
    if (types && deed) return { at: j, types };
  }
  return undefined;
}

/**
 * Types of a deed done to a possessor by the one after "by" ("his conviction by a Dalmore court"). A lawsuit or
 * complaint is left out: "her complaint" is mostly one she brought.
 */
const DEED_BY_TYPES = new Set(['CHARGED', 'FINED', 'INVESTIGATED']);

/**
 * Where a legal or investigative deed stands, and its types, when it is named right after a possessor and done "by"
 * the right-hand entity ("his conviction by a Dalmore court", "Varel's arrest by the Federal Police"): only lower-case words before the noun, and
 * "by" and articles after it; undefined otherwise, and where the right-hand name is a place that only qualifies agents
 * not named ("by Chicago police") (rule possessed-deed-by-agent).
 */
function possessedDeedByAgent(view: SentenceView, between: readonly string[], first: number, right: Group): { at: number; types: RelationDef[] } | undefined {
  const byAt = between.indexOf('by');
  const nounAt = byAt - 1;
  if (nounAt < first || nounAt > first + 3 || !between.slice(byAt + 1).every((w) => DETERMINERS.has(w))) return undefined;
  const noun = between[nounAt]!;
  if (isAgentNoun(noun) || !between.slice(first, nounAt).every((w) => /^[a-z][a-z-]*$/.test(w) && !verbTypes(w) && !CLAUSE_BREAKS.has(w))) return undefined;
  const next = view.groups[view.groups.indexOf(right) + 1];
  if ((itemAt(right.slots, 0).root === 'Location' && !placeQualifiesName(view, right, next)) || AGENT_GROUPS.has(view.words[right.end] ?? '')) return undefined;
  const types = nounTypes(noun)?.filter((t) => DEED_BY_TYPES.has(t.name));
  return types?.length ? { at: nounAt, types } : undefined;
}

/** Participles that bring a legal action: "a lawsuit filed by X against Y", "charges brought by X against Y". */
const BRINGING = new Set(['filed', 'brought', 'lodged', 'launched', 'initiated', 'submitted', 'pressed']);

/**
 * The noun of `family` whose doer "by" introduces as the left entity: "a lawsuit filed by Acme", "the complaint,
 * brought in 2022 by the regulator", "an investigation by the Harbour Times". Words that describe the left entity may
 * stand after "by" ("by Illinois resident Jane Doe"); a participle of `bringing` (after a comma, before a time) may
 * stand between the noun and "by", and must where `participleNeeded`.
 */
function nounOfAgent(view: SentenceView, left: Group, family: string, participleNeeded: boolean): { at: number; types: RelationDef[] } | undefined {
  const { words } = view;
  let k = left.start - 1;
  while (
    k >= left.start - 4 &&
    (DETERMINERS.has(words[k] ?? '') || isTitleWord(words[k] ?? '') || /^\p{Lu}/u.test(view.sentence.tokens[k]?.text ?? '') || words[k] === 'resident')
  )
    k--;
  if (words[k] !== 'by') return undefined;
  // "filed in 2022 by", "filed on Monday by": a time between the participle and "by".
  let m = k - 1;
  while (m > k - 4 && isTimeWord(words[m] ?? '')) m--;
  const participle = BRINGING.has(words[m] ?? '');
  if (participleNeeded && !participle) return undefined;
  // "The lawsuit, filed by …": a comma may set the participle off from its noun.
  const nounEnd = !participle ? k - 1 : words[m - 1] === ',' ? m - 2 : m - 1;
  for (let j = nounEnd; j >= Math.max(0, nounEnd - 2); j--) {
    const w = words[j]!;
    if (w === ',' || CLAUSE_BREAKS.has(w)) return undefined;
    const types = nounTypes(w)?.filter((t) => t.family === family);
    if (types?.length) return { at: j, types };
  }
  return undefined;
}

/**
 * "a lawsuit filed by Acme against Globex", "the complaint brought by the regulator against Initech": a noun of legal
 * action, a participle of bringing it and "by" before the left entity, and "against" right before the right one: the
 * left entity brought the action against the right one (rule nominal-by-against).
 */
function nominalByAgainst(view: SentenceView, left: Group, between: readonly string[]): { at: number; types: RelationDef[] } | undefined {
  if (between[0] !== 'against' || !between.slice(1).every((w) => DETERMINERS.has(w)) || !ruleOn('nominal-by-against')) return undefined;
  return nounOfAgent(view, left, 'legal', true);
}

/** Verbs of what an inquiry found, in a relative clause after its doer ("… by the Times that found Acme had …"). */
const FINDING = new Set(['found', 'revealed', 'uncovered', 'showed', 'exposed', 'concluded', 'alleged']);

/**
 * "an investigation by the Harbour Times into Acme", "a probe by the regulator of Acme", "an investigation by the
 * Harbour Times that found Acme had …": the left entity, introduced by "by" after a noun of investigation, investigated
 * the right one (rule inquiry-by-agent).
 */
function inquiryByAgent(view: SentenceView, left: Group, between: readonly string[]): { at: number; types: RelationDef[] } | undefined {
  const into = /^(?:into|of|on)$/.test(between[0] ?? '') && between.slice(1).every((w) => DETERMINERS.has(w));
  const found =
    /^(?:that|which)$/.test(between[0] ?? '') &&
    FINDING.has(between[1] ?? '') &&
    between.slice(2).every((w, k) => DETERMINERS.has(w) || (k === 0 && w === 'that'));
  if ((!into && !found) || !ruleOn('inquiry-by-agent')) return undefined;
  return nounOfAgent(view, left, 'investigation', false);
}

/** Verbs that put a subject under an inquiry, besides the forms of "be" and the adverbs a verb group holds. */
const COMING_UNDER = new Set(['come', 'comes', 'came', 'coming', 'remain', 'remains', 'remained', 'fall', 'falls', 'fell', 'formally', 'currently']);

/**
 * "Acme is under investigation by the regulator", "came under investigation from the agency": where "under" stands in
 * `between` when the rest is a verb group, a noun of investigation, "by" or "from" and determiners; -1 otherwise. The
 * right entity investigates the left one (rule under-inquiry-by).
 */
function underInquiryBy(between: readonly string[]): number {
  const at = between.indexOf('under');
  if (at < 1 || !/^(?:by|from)$/.test(between[at + 2] ?? '')) return -1;
  if (!nounTypes(between[at + 1] ?? '')?.some((t) => t.name === 'INVESTIGATED')) return -1;
  const verbGroup = between.slice(0, at).every((w) => BE_FORMS.has(w) || ADVERBS.has(w) || COMING_UNDER.has(w));
  return verbGroup && between.slice(at + 3).every((w) => DETERMINERS.has(w)) ? at : -1;
}

/** Verbs of a court deciding on an action: "dismissed the lawsuit against", "is hearing the case against". */
const JUDGING =
  /^(?:dismiss|dismissed|dismisses|dismissing|hear|heard|hears|hearing|reject|rejected|rejects|rejecting|uphold|upheld|upholds|upholding|overturn|overturned|overturns|overturning|revive|revived|revives|reinstate|reinstated|reinstates|throw|threw|thrown|throws|toss|tossed|tosses|preside|presided|presides|presiding|oversee|oversaw|overseen|oversees|overseeing)$/;

/**
 * Whether the legal action a noun at `at` of `between` names is one a court decides on, not one the subject brings:
 * a verb of judging governs it over a determiner, modifiers and a sum, and "out" or "over" ("threw out a $40 million
 * suit against", "presided over the case against"). The judge who dismissed a lawsuit did not sue (rule judged-action).
 */
function judgedAction(between: readonly string[], at: number, types: readonly RelationDef[]): boolean {
  if (!types.some((t) => t.family === 'legal') || !ruleOn('judged-action')) return false;
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    const w = between[k]!;
    if (JUDGING.test(w)) return true;
    if (w === ',' || CLAUSE_BREAKS.has(w) || (verbTypes(w) && !DETERMINERS.has(w))) return false;
  }
  return false;
}

/** Common nouns for those who act, after a name that then only qualifies them ("Acme security guards"). */
const AGENT_GROUPS = new Set([
  'police',
  'officer',
  'officers',
  'troops',
  'forces',
  'soldiers',
  'agents',
  'guards',
  'security',
  'militants',
  'fighters',
  'gunmen',
  'army',
  'staff',
  'employees',
  'officials',
]);

const COORDINATORS = new Set(['and', 'but', 'or']);
/** Nouns for a team that, between a person and a game, say who plays it ("took charge of the team for the game"). */
const TEAM_NOUNS = new Set(['team', 'side', 'squad']);

/**
 * "Kessler signed a five-year contract with Valdemoor United": a person under contract to a team plays or coaches for
 * it, and supplies it nothing (rule contract-with-team). `cue` is the phrase as written, lower case.
 */
function contractWithTeam(cue: string, left: Group, right: Group, before: readonly string[] = []): boolean {
  if (!/^contracts? with$/.test(cue) || !left.slots.every((s) => s.root === 'Person')) return false;
  if (right.slots.every((s) => s.entity.type === 'SportsTeam')) return ruleOn('contract-with-team');
  // "Lennox, whose contract with the Scottish Rugby Union runs until 2007", "his new contract with the broadcaster": a
  // person's own contract with any body is a post there, a coach's with a governing body as a player's with a club
  // (rule person-contract-with-body). Only the person's own ("whose", "his", "her"): "signed a contract with" is a
  // firm's deal as often, and a firm misread as a person would become staff.
  const own = before.slice(-2).some((w) => OWN_CONTRACT_WORDS.has(w));
  return own && right.slots.every((s) => s.root === 'Organization') && ruleOn('person-contract-with-body');
}
/** Possessives that make a contract the person's own ("whose contract with", "his new contract with"). */
const OWN_CONTRACT_WORDS = new Set(['whose', 'his', 'her', "'s"]);

/** Words before "contract" or "deal" that make it an artist's: "a worldwide recording contract with", "a book deal with". */
const ARTIST_CONTRACT_WORDS = new Set(['recording', 'record', 'publishing', 'book', 'album', 'multi-album']);

/**
 * "Kael Ostrander signed a recording contract with Velvet Anchor Records": a person's recording or publishing contract
 * with a label or a publisher is work for it, as a player's is for a team (rule artist-contract-with-label).
 */
function artistContract(cue: string, before: string | undefined, left: Group, right: Group): boolean {
  return (
    /^(?:contracts?|deals?) with$/.test(cue) &&
    ARTIST_CONTRACT_WORDS.has(before ?? '') &&
    left.slots.every((s) => s.root === 'Person') &&
    right.slots.every((s) => s.root === 'Organization') &&
    ruleOn('artist-contract-with-label')
  );
}

/** Verbs of buying that, as "to VERB" right after the other party of a contract, make the subject the buyer. */
const BUYING_VERBS = new Set(['buy', 'purchase', 'procure', 'acquire', 'lease', 'order']);

/**
 * "The ministry signed a contract with Korvath to buy 48 vehicles": the subject buys under the contract, so the party
 * after "with" is the supplier, the provider of the schema phrase's PROVIDED (rule contract-to-buy-supplier).
 */
function buyerSignedContract(view: SentenceView, cue: string, right: Group): boolean {
  return (
    /^contracts? with$/.test(cue) && view.words[right.end] === 'to' && BUYING_VERBS.has(view.words[right.end + 1] ?? '') && ruleOn('contract-to-buy-supplier')
  );
}

/**
 * The lemma of a verb of ending ("suspended", "terminated") right before an owner's pronoun whose noun is a contract or
 * a deal followed by "with" ("suspended its contract with", "ended their deal with"), or undefined: the
 * subject ends its own contract with the party after "with" (rule terminated-own-contract).
 */
function endedOwnContract(view: SentenceView, left: Group, noun: string, types: readonly RelationDef[], next: readonly string[]): string | undefined {
  if (itemAt(left.slots, 0).mention.kind !== 'pronoun' || next[0] !== 'with' || !types.some((t) => t.name === 'PROVIDED')) return undefined;
  if (!CONTRACT_NOUNS.has(noun)) return undefined;
  const verb = verbTypes(view.words[left.start - 1] ?? '');
  if (!verb?.types.some((t) => t.name === 'TERMINATED_SERVICE') || !ruleOn('terminated-own-contract')) return undefined;
  return verb.lemma;
}

/** Nouns of a standing agreement to supply, which a party can end ("its contract", "their deal"). */
const CONTRACT_NOUNS = new Set(['contract', 'contracts', 'deal', 'deals']);

/** Nouns for those who buy a business's goods or services, which "include" lists ("its customers include"). */
const CUSTOMER_NOUNS = new Set(['customers', 'clients']);
const INCLUDE_FORMS = new Set(['include', 'includes', 'included']);

/**
 * Where the noun stands in "'s customers include the" (after a possessor) or ", whose clients include" (after a name),
 * with at most two lower-case modifiers before the noun ("its biggest government customers include") and only
 * determiners after "include"; -1 otherwise (rule customers-include).
 */
function customersInclude(between: readonly string[], possessive: boolean): number {
  let k = 0;
  if (possessive && /^['’]s?$/.test(between[0] ?? '')) k = 1;
  else if (!possessive && between[0] === ',' && between[1] === 'whose') k = 2;
  else if (!possessive) return -1;
  const includeAt = between.findIndex((w, i) => i > k && INCLUDE_FORMS.has(w));
  const nounAt = includeAt - 1;
  if (includeAt < 0 || !CUSTOMER_NOUNS.has(between[nounAt] ?? '') || nounAt - k > 2) return -1;
  if (!between.slice(k, nounAt).every((w) => /^[a-z-]+$/.test(w) && !verbTypes(w))) return -1;
  if (!between.slice(includeAt + 1).every((w) => DETERMINERS.has(w))) return -1;
  return ruleOn('customers-include') ? nounAt : -1;
}

/** Prepositions that name where a legal action is brought ("with the regulator", "before the tribunal", "to the league"). */
const FORUM_PREPOSITIONS = new Set(['with', 'before', 'to']);
/** Most lowercase words of the party between its determiner and the forum's preposition ("the local authorities"). */
const MAX_PARTY_WORDS = 3;

/**
 * True when a legal phrase ending in "against" is followed by a common noun phrase (a determiner, then lowercase words)
 * and a preposition of the forum ("with", "before", "to") right before the entity, with at most "the" between: the
 * party is the noun, and the entity is where the action is lodged (rule legal-action-forum).
 */
function forumAfterParty(between: readonly string[], rest: number): boolean {
  if (between[rest - 1] !== 'against' || !DETERMINERS.has(between[rest] ?? '')) return false;
  let end = between.length;
  if (between[end - 1] === 'the') end--;
  if (!FORUM_PREPOSITIONS.has(between[end - 1] ?? '')) return false;
  const party = between.slice(rest + 1, end - 1);
  return party.length > 0 && party.length <= MAX_PARTY_WORDS && party.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !DETERMINERS.has(w));
}

/** Nouns for a party one works with, and the prepositions that name where that party is ("our partners at Halvern"). */
const PARTNER_NOUNS = new Set(['partner', 'partners']);
const PARTNER_PLACE_PREPOSITIONS = new Set(['at', 'from']);

/**
 * Where the noun stands in "'s partners at the" or "its partners from" after a possessor, with at most two lower-case
 * modifiers before the noun ("our longtime research partners at") and only determiners after the preposition; -1
 * otherwise (rule partners-at).
 */
function partnersAt(between: readonly string[], possessive: boolean): number {
  if (!possessive) return -1;
  const k = /^['’]s?$/.test(between[0] ?? '') ? 1 : 0;
  const nounAt = between.findIndex((w, i) => i >= k && PARTNER_NOUNS.has(w));
  if (nounAt < 0 || nounAt - k > 2 || !PARTNER_PLACE_PREPOSITIONS.has(between[nounAt + 1] ?? '')) return -1;
  if (!between.slice(k, nounAt).every((w) => /^[a-z-]+$/.test(w) && !verbTypes(w))) return -1;
  if (!between.slice(nounAt + 2).every((w) => DETERMINERS.has(w))) return -1;
  return ruleOn('partners-at') ? nounAt : -1;
}

/** True when the phrase at `at` opens with a noun that takes its target after the last word ("claim against", "deal with"). */
function startsWithNoun(words: readonly string[], at: number, length: number): boolean {
  const first = words[at]!;
  const last = words[at + length - 1]!;
  return length >= 2 && !isParticiple(first) && (nounCueTypes(first, last) !== undefined || (length === 2 && nounTypes(first) !== undefined));
}

/** Words of a short time phrase ("in 1999", "on Monday", "last year"). */
function isTimeWord(word: string): boolean {
  return /^(?:in|on|at|last|this|year|month|week|\d{1,4})$/.test(word) || MONTHS.has(word) || WEEKDAYS.has(word);
}

/** Verbs of bringing a legal action ("filed a lawsuit", "lodged a complaint"). */
const BRINGING_ACTION = new Set(
  'file files filed filing bring brings brought bringing lodge lodges lodged lodging launch launches launched launching'.split(' '),
);

/**
 * A legal action brought and then said to accuse the right-hand entity ("filed a lawsuit accusing Corvane of fraud",
 * "lodged a complaint in which she accused Baines of fraud"): the index of the noun in `between`; -1 otherwise (rule
 * legal-action-accusing). The one accused is the one the action is against.
 */
function legalActionAccusing(between: readonly string[]): number {
  const bringAt = between.findIndex((w) => BRINGING_ACTION.has(w));
  if (bringAt < 0) return -1;
  for (let k = bringAt + 1; k <= bringAt + 4 && k < between.length; k++) {
    const w = between[k]!;
    if (nounTypes(w)?.some((t) => t.name === 'SUED')) {
      // "filed a complaint with police in which she accused": where the action was filed stands before the clause
      // (rule legal-action-filed-with).
      const filedWith = between[k + 1] === 'with' && ruleOn('legal-action-filed-with') ? filedWithLength(between, k + 2) : 0;
      const rest = between.slice(k + 1 + filedWith);
      const accusing = rest.length === 1 && rest[0] === 'accusing';
      const inWhich = rest.length === 4 && rest[0] === 'in' && rest[1] === 'which' && SUBJECT_PRONOUNS.has(rest[2]!) && /^accuse[ds]?$/.test(rest[3]!);
      return accusing || inWhich ? k : -1;
    }
    if (!(DETERMINERS.has(w) || /^[a-z][a-z-]*$/.test(w)) || verbTypes(w)) return -1;
  }
  return -1;
}

/**
 * The length of "with" and the authority an action is filed with ("with police", "with the court", "with the
 * prosecutor's office") starting at "with" just before `from`: "with", an optional article and at most three lower-case
 * words; 0 when the words after them do not open "in which" or "accusing".
 */
function filedWithLength(between: readonly string[], from: number): number {
  let k = from;
  if (DETERMINERS.has(between[k] ?? '')) k++;
  const wordsStart = k;
  while (k < between.length && k - wordsStart < 3 && /^[a-z][a-z'-]*$/.test(between[k]!) && !/^(?:in|accusing)$/.test(between[k]!)) k++;
  if (k === wordsStart) return 0;
  return between[k] === 'accusing' || (between[k] === 'in' && between[k + 1] === 'which') ? k - from + 1 : 0;
}

/** Verbs of being on the receiving end of a legal action ("faces a lawsuit from", "was hit with a complaint by"). */
const FACING = new Set(['face', 'faces', 'faced', 'facing', 'hit', 'served']);

/**
 * A legal action the left-hand entity faces from the right-hand one ("faces a lawsuit from Halvric", "is facing a
 * defamation suit from", "was hit with a complaint by"): the index of the noun in `between` and its types, SUED or
 * CHARGED only; undefined otherwise (rule legal-action-faced-from). A fine faced may not be imposed yet, and is left out.
 */
function legalActionFaced(between: readonly string[]): { at: number; types: RelationDef[] } | undefined {
  const faceAt = between.findIndex((w) => FACING.has(w));
  if (faceAt < 0) return undefined;
  const withAt = /^(?:hit|served)$/.test(between[faceAt]!) ? faceAt + 1 : faceAt;
  if (withAt !== faceAt && between[withAt] !== 'with') return undefined;
  for (let k = withAt + 1; k <= withAt + 4 && k < between.length; k++) {
    const w = between[k]!;
    const types = nounTypes(w)?.filter((t) => t.name === 'SUED' || t.name === 'CHARGED');
    if (types?.length) {
      const rest = between.slice(k + 1);
      return /^(?:from|by)$/.test(rest[0] ?? '') && rest.slice(1).every((r) => DETERMINERS.has(r) || /^[a-z][a-z-]*$/.test(r)) ? { at: k, types } : undefined;
    }
    if (!(DETERMINERS.has(w) || /^[a-z][a-z-]*$/.test(w)) || verbTypes(w)) return undefined;
  }
  return undefined;
}

/**
 * Where "sold" stands in `between` when a form of "to be" and a short time phrase frame it before "to" ("was sold in
 * 2021 to", "were sold last year to"); -1 otherwise (rule passive-sold-time-to). The name after "to" bought it.
 */
function soldThenTimeTo(between: readonly string[], afterName: string | undefined): number {
  const k = between.indexOf('sold');
  if (k < 1 || !(BE_FORMS.has(between[k - 1]!) || (ADVERBS.has(between[k - 1]!) && BE_FORMS.has(between[k - 2] ?? '')))) return -1;
  const toAt = between.indexOf('to', k + 1);
  if (toAt < k + 3 || toAt > k + 4 || !between.slice(k + 1, toAt).every(isTimeWord)) return -1;
  // "to a little-known investment firm, Mesa Capital,": a description of the buyer set off before its name.
  const buyer = between.slice(toAt + 1);
  const described = buyer[buyer.length - 1] === ',' && /^(?:a|an|the)$/.test(buyer[0] ?? '') && /^[,.]$/.test(afterName ?? '');
  const words = described ? buyer.slice(0, -1) : buyer;
  return words.every((w) => DETERMINERS.has(w) || /^[a-z][a-z-]*$/.test(w)) ? k : -1;
}

/**
 * Words that open a clause of time before a gerund ("after leaving", "without paying"). "By" is left out: in "killed by
 * invading troops" the word in -ing qualifies a noun.
 */
const GERUND_OPENERS = new Set(['after', 'before', 'while', 'since', 'without', 'when', 'upon']);
/** Words in -ing after those openers that are prepositions or nouns, not gerunds ("since during", "by evening"). */
const NOT_GERUNDS = new Set([
  'during',
  'including',
  'according',
  'regarding',
  'following',
  'concerning',
  'evening',
  'morning',
  'spring',
  'nothing',
  'something',
]);

/** Auxiliaries of the perfect, which a past participle follows ("has grown", "had risen"). */
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);

/**
 * Where the gerund of a clause of time stands in `between` ("founded the studio after leaving"), when a word
 * before its opener could be a verb of the left-hand entity; -1 otherwise.
 */
function gerundClauseAt(between: readonly string[]): number {
  for (let k = between.length - 1; k >= 2; k--) {
    const gerund = between[k]!;
    if (!GERUND_OPENERS.has(between[k - 1]!) || !/^[a-z]{2,}ing$/.test(gerund) || NOT_GERUNDS.has(gerund)) continue;
    // "has grown fast since acquiring": an auxiliary of the perfect says a verb is there, whatever its participle
    // (rule perfect-before-gerund-clause).
    const perfect = (w: string) => PERFECT_AUXILIARIES.has(w) && ruleOn('perfect-before-gerund-clause');
    return between.slice(0, k - 1).some((w) => /^[a-z]{3,}(?:ed|s)$/.test(w) || IRREGULAR_PAST.test(w) || verbTypes(w) !== undefined || perfect(w)) ? k : -1;
  }
  return -1;
}

/** Nouns of a part of a company that can be bought ("a stake in", "shares in", "a holding in"). */
const STAKE_NOUNS = new Set(['stake', 'stakes', 'holding', 'holdings', 'share', 'shares', 'interest']);

/**
 * The index in `after` (the words between a verb of buying and the right-hand entity) of a noun of a stake that ends
 * them before "in" ("a 20 percent stake in", "shares in the"), with no other preposition or clause before it; -1
 * otherwise. Bounded to a short noun phrase.
 */
function boughtStakeAt(after: readonly string[]): number {
  let k = after.length - 1;
  // "a 6% stake in Aberdeen-based Norbrae": the place before "-based" only says where the company is (rule
  // stake-in-based-place).
  if (k > 0 && BASED_COMPOUND.test(after[k]!) && ruleOn('stake-in-based-place')) k--;
  while (k > 0 && DETERMINERS.has(after[k]!)) k--;
  if (after[k] !== 'in' || k < 1 || k > 6 || !STAKE_NOUNS.has(after[k - 1]!)) return -1;
  return after.slice(0, k - 1).some((w) => w === ',' || NOUN_PREPOSITIONS.has(w) || CLAUSE_OPENERS.has(w) || w === 'and') ? -1 : k - 1;
}

/** Nouns of an act a party takes or brings, which another may back without putting money into the party. */
const BACKED_ACT_NOUNS = new Set([
  'lawsuit',
  'suit',
  'claim',
  'action',
  'case',
  'complaint',
  'appeal',
  'challenge',
  'bid',
  'campaign',
  'petition',
  'proposal',
  'call',
]);

/** Participles that tie an act to the one who brought it ("the action brought by", "the claim filed by"). */
const ACT_BRINGING = new Set(['brought', 'filed', 'launched', 'lodged', 'mounted', 'made']);

/**
 * The act backed, when the words after a verb of backing name an act of the right-hand entity: "the lawsuit by" or
 * "the legal action brought by" before it (`after`), or the entity's possessive before the noun ("Fennick's claim").
 * A noun phrase of at most a determiner, two describing words and the noun; undefined otherwise.
 */
function backedActOf(after: readonly string[], words: readonly string[], right: Group): string | undefined {
  if (after.length === 0) {
    if (!itemAt(right.slots, right.slots.length - 1).possessive) return undefined;
    const noun = [words[right.end + 1], words[right.end + 2]].find((w) => BACKED_ACT_NOUNS.has(w ?? ''));
    return noun && (noun === words[right.end + 1] || /^[a-z]+$/.test(words[right.end + 1] ?? '')) ? noun : undefined;
  }
  if (!DETERMINERS.has(after[0]!) || !['by', 'from'].includes(after[after.length - 1]!)) return undefined;
  const phrase = after.slice(1, ACT_BRINGING.has(after[after.length - 2]!) ? -2 : -1);
  const noun = phrase[phrase.length - 1];
  if (noun === undefined || !BACKED_ACT_NOUNS.has(noun) || phrase.length > 3) return undefined;
  return phrase.slice(0, -1).every((w) => /^[a-z-]+$/.test(w) && !NOUN_PREPOSITIONS.has(w) && !CLAUSE_OPENERS.has(w)) ? noun : undefined;
}

/** Nouns for a work a producer makes for a broadcaster, a studio or a platform ("the show", "a new series"). */
const COMMISSIONED_WORKS = new Set(
  `show shows series programme programmes program programs drama dramas documentary documentaries sitcom podcast podcasts film films movie movies episodes format game games`.split(
    /\s+/,
  ),
);
/** Verbs of making whose work, made "for" an organisation, is supplied to it. */
const MAKING_FOR = new Set(['make', 'produce', 'create', 'develop']);
/** Most words between "for" and the organisation a work is made for ("for US cable channel TerraView"). */
const MOST_WORDS_BEFORE_CLIENT = 3;

/**
 * The work, when the words after a verb of making (`after`) are a work and "for" right before the organisation, a few
 * describing words between: "makes the show for US network Kestrel", "produces a new series for Vireo", or a product's
 * name ("produces Swap Street for Channel Brisk"). Undefined otherwise.
 */
function workMadeFor(view: SentenceView, after: readonly string[], afterStart: number): string | undefined {
  const forAt = after.indexOf('for');
  if (forAt < 1 || after.length - forAt - 1 > MOST_WORDS_BEFORE_CLIENT) return undefined;
  if (
    after
      .slice(forAt + 1)
      .some((w) => !/^[a-z-]+$/.test(w) || DETERMINERS.has(w) || NOUN_PREPOSITIONS.has(w) || CLAUSE_OPENERS.has(w) || w === 'and' || w === 'or')
  )
    return undefined;
  const work = after.slice(0, forAt);
  // "produces Swap Street for Channel Brisk": the work is a product named right after the verb.
  const named = view.groups.find((g) => g.start === afterStart && g.end === afterStart + forAt && g.slots.length === 1);
  if (named && itemAt(named.slots, 0).root === 'Product') return itemAt(named.slots, 0).mention.text;
  if (!COMMISSIONED_WORKS.has(itemAt(work, work.length - 1)) || work.length > 4) return undefined;
  const modifiers = work.slice(0, -1);
  if (modifiers.length > 0 && !DETERMINERS.has(modifiers[0]!) && !['its', 'their', 'his', 'her'].includes(modifiers[0]!)) return undefined;
  return modifiers.slice(1).every((w) => /^[a-z-]+$/.test(w) && !NOUN_PREPOSITIONS.has(w) && !CLAUSE_OPENERS.has(w)) ? work.join(' ') : undefined;
}

/**
 * Whether the group names an organisation, not as a possessor: itself, or the name after it when it is a place that
 * only qualifies that name ("for US network Kestrel", where the relation goes to the network).
 */
function organisationNamed(view: SentenceView, group: Group): boolean {
  const named = (g: Group | undefined) =>
    g !== undefined && g.slots.length === 1 && itemAt(g.slots, 0).root === 'Organization' && !itemAt(g.slots, 0).possessive;
  if (named(group)) return true;
  const next = view.groups[view.groups.indexOf(group) + 1];
  return itemAt(group.slots, 0).root === 'Location' && named(next) && placeQualifiesName(view, group, next);
}

/** Pronouns that name the sentence's subject again when the view has left them out as mentions ("after it bought"). */
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they']);

/**
 * Where a subordinate clause whose subject is a pronoun standing for the left-hand entity starts its verb ("cut 200
 * jobs after it acquired", "its biggest deal since it bought"): the index in `between` right after the pronoun, when a
 * verb of the left-hand entity stands before the subordinator (or the left-hand entity is a possessor) and a past or
 * present verb right after the pronoun; -1 otherwise. The pronoun is no mention of the view only when it names the sentence's subject again.
 */
function subjectPronounClauseAt(between: readonly string[], possessor: boolean): number {
  for (let k = between.length - 2; k >= 2; k--) {
    if (!SUBJECT_PRONOUNS.has(between[k]!) || !(SUBORDINATORS.has(between[k - 1]!) || GERUND_OPENERS.has(between[k - 1]!))) continue;
    const verb = between[k + 1]!;
    if (!(/^[a-z]{2,}(?:ed|s)$/.test(verb) || IRREGULAR_PAST.test(verb)) || verbTypes(verb) === undefined) return -1;
    // "its biggest deal since it bought": a possessor is the subject the pronoun names again, with no verb of its own.
    if (possessor) return k + 1;
    return between.slice(0, k - 1).some((w) => /^[a-z]{3,}(?:ed|s)$/.test(w) || IRREGULAR_PAST.test(w) || verbTypes(w) !== undefined) ? k + 1 : -1;
  }
  return -1;
}

/** Words that open a clause of their own, with a subject, before a verb ("as Dornfeld beat", "after Acme sued"). */
const SUBORDINATORS = new Set(['as', 'after', 'before', 'when', 'while', 'since', 'until', 'once', 'because', 'although', 'though', 'unless', 'whereas']);

/** Whether the right-hand name opens a subordinate clause as its subject: "… as Dornfeld beat", "… after the Acme board voted". */
function subordinateSubject(view: SentenceView, between: readonly string[], right: Group): boolean {
  let k = between.length - 1;
  if (DETERMINERS.has(between[k] ?? '')) k--;
  if (k < 1 || !SUBORDINATORS.has(between[k]!)) return false;
  const next = view.words[right.end] ?? '';
  return opensMainVerb(next) || (verbTypes(next) !== undefined && !NOUN_PREPOSITIONS.has(next));
}

/** Families of relation whose verb takes its target as the direct object ("bought Globex", "sued Globex", "founded Globex"). */
const DIRECT_OBJECT_FAMILIES = new Set([
  'transaction',
  'ownership',
  'legal',
  'investigation',
  'role',
  'conflict',
  'use',
  'termination',
  'surveillance',
  'advocacy',
]);
/** Words that may follow the verb of an object relative clause when the verb has no object of its own ("bought in 2021,"). */
const AFTER_OBJECTLESS_VERB = new Set([
  ',',
  '.',
  ';',
  'in',
  'on',
  'at',
  'for',
  'from',
  'since',
  'through',
  'until',
  'after',
  'before',
  'during',
  'last',
  'earlier',
  'this',
]);
/** Words that may stand between the subject of an object relative clause and its verb ("which Acme has long owned"). */
const BEFORE_RELATIVE_VERB = new Set(['also', 'already', 'recently', 'previously', 'later', 'first', 'now', 'still', 'jointly', 'has', 'have', 'had', 'long']);

/**
 * The verb of an object relative clause whose subject is `right` and whose object is `left` ("Plumfield Dairy, which
 * Castellane bought in 2021,", "Denford, which it sued in March,"): the right-hand entity does to the left one what the
 * verb names (rule object-relative-clause). Only verbs that take their target as the direct object, and only when the
 * verb has no object of its own after it; verbs of winning and calling say other things of a place or a plan.
 */
function objectRelativeVerb(view: SentenceView, between: readonly string[], right: Group): { at: number; lemma: string; types: RelationDef[] } | undefined {
  if (between.length !== 2 || between[0] !== ',' || between[1] !== 'which') return undefined;
  const { words } = view;
  let at = right.end;
  while (at < right.end + 2 && BEFORE_RELATIVE_VERB.has(words[at] ?? '')) at++;
  const word = words[at] ?? '';
  if (!(/^[a-z]{2,}(?:ed|s)$/.test(word) || IRREGULAR_PAST.test(word)) || /^[A-Z]/.test(itemAt(view.sentence.tokens, at).text)) return undefined;
  if (!AFTER_OBJECTLESS_VERB.has(words[at + 1] ?? '.')) return undefined;
  const found = verbTypes(word);
  if (!found || found.lemma === 'win' || found.lemma === 'call') return undefined;
  const types = found.types.filter((t) => DIRECT_OBJECT_FAMILIES.has(t.family) && t.objectPreposition === undefined);
  return types.length ? { at, lemma: found.lemma, types } : undefined;
}

/** Forms of "lend" and "loan". */
const LENDING = new Set(['lend', 'lends', 'lent', 'lending', 'loan', 'loans', 'loaned', 'loaning']);
/** A sum of money's first word: a figure or a currency sign. */
const SUM = /^(?:[£$€¥]|\d)/;

/**
 * The index in `between` of a verb of lending, when the borrower `right` follows it with a sum after ("lent Pryce
 * Leisure 4 million pounds") or follows the sum and "to" ("lent 4 million pounds to Pryce Leisure"). -1 otherwise.
 */
function lentFundsAt(view: SentenceView, between: readonly string[], right: Group): number {
  const last = between.length - 1;
  if (LENDING.has(between[last] ?? '')) return SUM.test(view.texts[right.end] ?? '') ? last : -1;
  if (between[last] !== 'to') return -1;
  for (let k = last - 1; k >= 0 && k >= last - 6; k--) {
    if (LENDING.has(between[k]!)) return SUM.test(between[k + 1] ?? '') ? k : -1;
  }
  return -1;
}

/** Verbs of giving money, and of putting it "into" a body ("injected 150 million pounds into the steelmaker"). */
const GIVING = new Set(['give', 'donate']);
const INJECTING = new Set(['inject', 'pour', 'pump']);

/**
 * The index in `between` of a verb of giving, when the one who receives `right` follows it (and "the") with a sum
 * after ("give the Van Leeuwen Museum 250,000 euros") or follows the sum and "to" ("donated $2 million to Harbour
 * Hope"), or "into" after a verb of injecting ("injected 150 million pounds into Morvane"), with the verb's lemma.
 */
function gaveFundsAt(view: SentenceView, between: readonly string[], right: Group): { at: number; lemma: string } | undefined {
  const last = between[between.length - 1] === 'the' ? between.length - 2 : between.length - 1;
  // A sum of money, not any figure ("gave Tomas Edling 41 percent support").
  const money = (texts: readonly string[]) => opensWithMoney(texts.slice(0, MONEY_WORDS).join(' '));
  const lemmaIn = (k: number, lemmas: ReadonlySet<string>) => lemmaCandidates(between[k] ?? '').find((lemma) => lemmas.has(lemma));
  const given = lemmaIn(last, GIVING);
  if (given) return money(view.texts.slice(right.end)) ? { at: last, lemma: given } : undefined;
  const into = between[last] === 'into';
  if (between[last] !== 'to' && !into) return undefined;
  for (let k = last - 1; k >= 0 && k >= last - 6; k--) {
    const lemma = lemmaIn(k, into ? INJECTING : GIVING);
    if (lemma) return money(between.slice(k + 1)) ? { at: k, lemma } : undefined;
  }
  return undefined;
}

/** Most words a sum of money is written in ("US$ 2.5 million", "4 billion euros"). */
const MONEY_WORDS = 4;

/** Forms of verbs of buying and procuring goods for another. */
const BUYING_FOR = new Set('buy buys bought buying purchase purchases purchased purchasing procure procures procured procuring'.split(' '));
/** Most lower-case words of the goods between the verb and "for" ("weapons and equipment"). */
const MAX_GOODS_WORDS = 5;

/**
 * The index in `between` of a verb of buying whose object is goods in lower case and which ends in "for" (and "the")
 * before the right-hand name: "buys weapons and equipment for the SANDF". -1 otherwise.
 */
function boughtForAt(between: readonly string[]): number {
  const forAt = between[between.length - 1] === 'the' ? between.length - 2 : between.length - 1;
  if (between[forAt] !== 'for') return -1;
  for (let k = forAt - 2; k >= 0 && k >= forAt - 1 - MAX_GOODS_WORDS; k--) {
    if (!BUYING_FOR.has(between[k]!)) continue;
    const goods = between.slice(k + 1, forAt);
    return goods.length > 0 && goods.every((w) => w === 'and' || (/^[a-z][a-z-]*$/.test(w) && !verbTypes(w) && !DETERMINERS.has(w))) ? k : -1;
  }
  return -1;
}

/** Where a verb stands in the words between a pair, the verb to record, and what it was done with. */
interface VerbRead {
  readonly at: number;
  readonly verb: string;
  readonly object?: string;
}

/** A verb that the words around it give a type of its own, the subject on the left: each reading is a rule. */
interface VerbReading {
  readonly rule: string;
  readonly type: string;
  readonly find: (view: SentenceView, left: Group, between: readonly string[], right: Group) => VerbRead | undefined;
}

/** The index `at`, when it is one, as a reading of `verb`. */
const readAt = (at: number, verb: string, object?: string): VerbRead | undefined => (at >= 0 ? { at, verb, object } : undefined);

/** The goods between the verb at `at` and the preposition `word` that closes `between`. */
const goodsBefore = (between: readonly string[], at: number, word: string) => between.slice(at + 1, between.lastIndexOf(word)).join(' ');

/** Verbs of a court's or a regulator's order, each with the word that follows its object ("ordered X to", "barred X from"). */
const ORDER_VERBS = new Map([
  ['ordered', { follows: 'to', lemma: 'order' }],
  ['orders', { follows: 'to', lemma: 'order' }],
  ['barred', { follows: 'from', lemma: 'bar' }],
  ['bars', { follows: 'from', lemma: 'bar' }],
  ['directed', { follows: 'to', lemma: 'direct' }],
  ['compelled', { follows: 'to', lemma: 'compel' }],
]);
/** Words of time and of aspect that may stand between a body and its order ("on Thursday ordered", "has also barred"). */
const BEFORE_ORDER = /^(?:on|in|last|this|earlier|later|also|then|has|had|have|yesterday|today|week|month|year|\d{1,4})$/;

/**
 * "The Regional Labour Court ordered Sintralimp to keep 40% of crews working", "The regulator on Thursday barred Malembo
 * Dockyard from working on ships": a public body that orders or bars a party rules against it (rule body-ordered-party);
 * the index of the verb in `between`, or -1.
 */
function bodyOrderedAt(view: SentenceView, left: Group, between: readonly string[], right: Group): number {
  // "ordered the City of Tarrindale to pay": the party may follow an article.
  let at = between.length - (between.length > 1 && between[between.length - 1] === 'the' ? 2 : 1);
  // "ordered shopping centre operator Grupo Moraleda and escalator manufacturer Travessa to pay": what the party is, and
  // a party coordinated before it, may stand between the order and the party (rule order-past-described-party).
  if (!ORDER_VERBS.has(between[at] ?? '') && ruleOn('order-past-described-party')) at = orderBeforeDescribedParties(between);
  const order = ORDER_VERBS.get(between[at] ?? '');
  if (!order) return -1;
  // "ordered Akshara Open Archive, a Pune-based non-profit that scans out-of-print books, to remove": what the party
  // is may be set off between it and the order's "to" (rule order-past-party-apposition).
  const follows =
    view.words[right.end] === order.follows ||
    (ruleOn('order-past-party-apposition') && ARTICLE.test(view.words[right.end + 1] ?? '') && prepositionAfterDescription(view, right, order.follows) >= 0);
  if (!follows) return -1;
  return rulingBetween(left, between.slice(0, at), right, () => true) ? at : -1;
}

/** An article, which opens a description set off after a name (", a Pune-based non-profit"). */
const ARTICLE = /^(?:a|an|the)$/;

/** Whether `words` say what kind of business or body a party is: an article at most, then a kind ("the toy retailer"). */
function partyKind(words: readonly string[]): boolean {
  const kind = kindAfterArticles(words);
  const last = kind?.words[kind.words.length - 1];
  // "mall owner": a business by what it owns, as "operator" is by what it runs.
  return kind !== undefined && (organisationKind(kind.words) || BUSINESS_NOUN.test(last!) || last === 'owner');
}

/**
 * The index in `between` of an order verb followed only by what the party is, or by a party named before it with
 * "and" and what this party is ("ordered mall operator Moraleda and escalator maker"); -1 when there is none.
 */
function orderBeforeDescribedParties(between: readonly string[]): number {
  for (let at = between.length - 2; at >= 0; at--) {
    if (!ORDER_VERBS.has(between[at]!)) continue;
    const after = between.slice(at + 1);
    if (partyKind(after)) return at;
    const and = after.lastIndexOf('and');
    if (and < 1 || !(after.slice(and + 1).length === 0 || partyKind(after.slice(and + 1)))) return -1;
    // Before "and": what the first party is, if said, then its name in capitals.
    let name = and;
    while (name > 0 && /^\p{Lu}/u.test(after[name - 1]!)) name--;
    if (name === and || !(name === 0 || partyKind(after.slice(0, name)))) return -1;
    return at;
  }
  return -1;
}

/**
 * Whether a public body (one `ruler` accepts) rules on a party, an organisation or a person, with only words of time
 * and aspect (`before`) between the body and its verb.
 */
function rulingBetween(left: Group, before: readonly string[], right: Group, ruler: (name: string) => boolean): boolean {
  return (
    before.every((w) => BEFORE_ORDER.test(w) || MONTHS.has(w) || WEEKDAYS.has(w)) &&
    left.slots.every((s) => isA(s.entity.type, 'GovernmentBody') && ruler(s.entity.name)) &&
    right.slots.every((s) => s.root === 'Organization' || s.root === 'Person')
  );
}

/** A court's name: its finding on a party is a ruling, not an investigation. */
const COURT_NAME = /\b(?:court|tribunal)\b/i;

/**
 * "The Amsterdam District Court found that Stroomhof set the drivers' routes": a court that finds that a party did
 * something rules on that party (rule court-found-party); the index of "found" in `between`, or -1.
 */
function courtFoundAt(left: Group, between: readonly string[], right: Group): number {
  const at = between.length - 2;
  if (between[at] !== 'found' || between[at + 1] !== 'that') return -1;
  return rulingBetween(left, between.slice(0, at), right, (name) => COURT_NAME.test(name)) ? at : -1;
}

const VERB_READINGS: readonly VerbReading[] = [
  // "The Amsterdam District Court found that Stroomhof set the drivers' routes": a court's finding is a ruling.
  { rule: 'court-found-party', type: 'RULED_ON', find: (_view, left, between, right) => readAt(courtFoundAt(left, between, right), 'find') },
  // "The Regional Labour Court ordered Sintralimp to keep 40% of crews working": a public body's order rules against
  // the party ordered.
  {
    rule: 'body-ordered-party',
    type: 'RULED_ON',
    find: (view, left, between, right) => {
      const at = bodyOrderedAt(view, left, between, right);
      return readAt(at, ORDER_VERBS.get(between[at] ?? '')?.lemma ?? '');
    },
  },
  // "Magistrate Esther Ngugi found Salim Mwinyi, 47, and Joseph Ndirangu guilty of dealing in ivory": a verdict of guilt
  // convicts the one found guilty.
  { rule: 'found-guilty', type: 'CHARGED', find: (view, _left, between, right) => readAt(foundGuiltyVerb(view, between, right), 'convict') },
  // "The Welsh Government, which lent Pryce Leisure 4 million pounds", "lent 4 million pounds to Pryce": a loan funds
  // the borrower.
  { rule: 'lent-funds', type: 'INVESTED_IN', find: (view, _left, between, right) => readAt(lentFundsAt(view, between, right), 'lend') },
  // "it would give the Van Leeuwen Museum 250,000 euros", "donated $2 million to Harbour Hope": money given funds the
  // one who receives it.
  {
    rule: 'gave-funds',
    type: 'INVESTED_IN',
    find: (view, _left, between, right) => {
      const found = gaveFundsAt(view, between, right);
      return found && readAt(found.at, found.lemma);
    },
  },
  // "the state agency that buys weapons and equipment for the SANDF": goods bought for someone are provided to them,
  // not a purchase of them.
  {
    rule: 'bought-for-recipient',
    type: 'PROVIDED',
    find: (_view, _left, between) => {
      const at = boughtForAt(between);
      return readAt(at, 'buy for', at >= 0 ? goodsBefore(between, at, 'for') : undefined);
    },
  },
  // "Venegas, who commands the navy's surveillance operations,": one who heads a part of a body works for the body.
  {
    rule: 'heads-possessed-part',
    type: 'WORKS_FOR',
    find: (_view, left, between, right) => (headsPossessedPart(left, between, right) ? readAt(2, between[2]!) : undefined),
  },
  // "Mateo Reyes will race for Vireo Motorsport": one who plays, races or drives for a side is on it, not its opponent.
  {
    rule: 'plays-for-side',
    type: 'WORKS_FOR',
    find: (view, left, between, right) => {
      const at = playsForAt(view, left, between, right);
      return at >= 0 ? readAt(at, between[at]!) : undefined;
    },
  },
];

/** Verbs of heading a body or a part of it: a body's, and a command's or an oversight's. */
const HEADING_PART_VERBS = new Set([...HEADING_VERBS, 'commands', 'commanded', 'oversees', 'oversaw']);

/** Whether `between` is ", who commands the" before a possessive organisation, a person on the left. */
function headsPossessedPart(left: Group, between: readonly string[], right: Group): boolean {
  if (itemAt(left.slots, 0).root !== 'Person' || itemAt(right.slots, 0).root !== 'Organization' || !itemAt(right.slots, right.slots.length - 1).possessive)
    return false;
  const rest = between.slice(3);
  return (
    between[0] === ',' && between[1] === 'who' && HEADING_PART_VERBS.has(between[2] ?? '') && (rest.length === 0 || (rest.length === 1 && rest[0] === 'the'))
  );
}

/** Verbs of taking part for a side: a player plays, a driver races or drives, a rider rides. */
const PLAYING_FOR = new Set('play plays played playing race races raced racing drive drives drove driving ride rides rode riding'.split(' '));
/** Words that may stand before such a verb after the person ("will", "has", "now", "also"). */
const BEFORE_PLAYING = new Set(['will', 'would', 'to', 'has', 'have', 'had', 'now', 'also', 'still', 'currently', 'later', 'then', 'once', 'previously']);

/**
 * The index in `between` of a verb of playing for a side right before "for" and the side's name (a determiner and a
 * few lower-case words between: "races for the British team Arkwright Racing"), a person on the left and an
 * organisation on the right: the person is on the side. -1 otherwise.
 */
function playsForAt(view: SentenceView, left: Group, between: readonly string[], right: Group): number {
  if (itemAt(left.slots, 0).root !== 'Person' || itemAt(right.slots, 0).root !== 'Organization') return -1;
  let k = 0;
  while (k < between.length && BEFORE_PLAYING.has(between[k]!)) k++;
  if (!PLAYING_FOR.has(between[k] ?? '') || between[k + 1] !== 'for') return -1;
  const rest = between.slice(k + 2);
  return rest.length <= 3 && rest.every((w) => DETERMINERS.has(w) || commonNounWord(w)) ? k : -1;
}

/** Words for a body's armed men or weapons written right after its name ("Hamas fighters", "Russian jets"). */
const ARMED_WORDS = new Set(
  'fighters militants troops forces soldiers rebels gunmen insurgents militiamen jets warplanes drones missiles rockets tanks'.split(' '),
);

/** Families of deeds done to someone named as the verb's object ("accused Acme", "sued Acme", "attacked Acme"). */
const OBJECT_TAKING_DEEDS = new Set(['advocacy', 'legal', 'conflict', 'investigation']);
/** Relative pronouns that open a clause whose object is the noun before them ("a plan that Acme rejects"). */
const OBJECT_RELATIVES = new Set(['that', 'which', 'whom']);
/**
 * A lowercase word that may stand in a common noun phrase: no determiner, and no verb form ("other media outlets found
 * that Acme…" is a report, "the union's demands that" a demand), as a signal verb's inflection or a reporting verb.
 */
function commonNounWord(w: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || DETERMINERS.has(w) || REPORTING.has(w) || SAYING.has(w)) return false;
  if (IRREGULAR_PAST.test(w) || /ed$/.test(w)) return false;
  const verb = verbTypes(w);
  return verb === undefined || verb.lemma === w;
}
/** Verbs that make the noun before the relative clause its subject's own plan, product or property. */
const AUTHORING_VERBS = new Set(
  'proposed proposes propose introduced introduces launched launches unveiled unveils announced announces planned plans drafted drafts built builds owns owned runs ran operates operated'.split(
    ' ',
  ),
);
/** Most words of a common noun phrase between its determiner and the relative pronoun ("an ongoing unionisation drive"). */
const MAX_RELATIVE_NOUN_WORDS = 3;

/**
 * Whether the right-hand name is the subject of a relative clause on a common noun before it, with its own verb after
 * it: "a fare freeze that Halden Rail has fiercely resisted", "the merger, which the regulator opposes". A determiner
 * must open the noun phrase, so "demanding that Acme pay" (the one asked) stays the verb's.
 */
function relativeClauseSubject(view: SentenceView, between: readonly string[], right: Group): boolean {
  let k = between.length - 1;
  if (DETERMINERS.has(between[k] ?? '') && !OBJECT_RELATIVES.has(between[k]!)) k--;
  const pronoun = between[k] ?? '';
  if (!OBJECT_RELATIVES.has(pronoun)) return false;
  const nounEnd = pronoun === 'which' && between[k - 1] === ',' ? k - 1 : k;
  let d = nounEnd - 1;
  while (d >= 0 && nounEnd - d <= MAX_RELATIVE_NOUN_WORDS && commonNounWord(between[d]!)) d--;
  if (d < 0 || d === nounEnd - 1 || !DETERMINERS.has(between[d]!) || between[d] === 'that') return false;
  const { words } = view;
  let at = right.end;
  while (at < right.end + 2 && (BEFORE_RELATIVE_VERB.has(words[at] ?? '') || /^\p{Ll}{3,}ly$/u.test(words[at] ?? ''))) at++;
  const next = words[at] ?? '';
  // "campaign against a plan that the River Authority has proposed": the noun is the name's own work, and acting
  // against it acts against the name (rule noun-relative-own-work).
  if (AUTHORING_VERBS.has(next) && ruleOn('noun-relative-own-work')) return false;
  return opensMainVerb(next) || (verbTypes(next) !== undefined && !NOUN_PREPOSITIONS.has(next));
}

/** Verbs of holding a stake after "in which" and the holder ("in which Kasvik holds a 70 percent stake"). */
const HOLDING_VERBS = new Set(['holds', 'held', 'owns', 'owned', 'has', 'had', 'took', 'takes', 'bought', 'acquired', 'retains', 'retained', 'controls']);
/** Words that make a holding one of control: OWNS, as the schema's "majority stake in" says; any other (of half or less) is INVESTED_IN. */
const CONTROLLING_WORDS = new Set(['majority', 'controlling']);
/** Most words between the verb and the noun of a holding ("a 70 percent stake", "an 18.5 % stake"). */
const MAX_STAKE_WORDS = 5;

/**
 * "Torrel Powertrain, in which Kasvik holds a 70 percent stake,": the name after "in which" holds a stake in the one
 * before it, as "Kasvik holds a stake in Torrel" says (rule stake-in-which). The relation's type, or undefined.
 */
function stakeInWhich(view: SentenceView, between: readonly string[], right: Group): { at: number; type: 'OWNS' | 'INVESTED_IN' } | undefined {
  if (between.length !== 3 || between[0] !== ',' || between[1] !== 'in' || between[2] !== 'which') return undefined;
  const { words } = view;
  const at = right.end;
  if (!HOLDING_VERBS.has(words[at] ?? '')) return undefined;
  let k = at + 1;
  while (k <= at + MAX_STAKE_WORDS && !STAKE_NOUNS.has(words[k] ?? '') && words[k] !== undefined && !/^[,.;]$/.test(words[k]!)) k++;
  if (!STAKE_NOUNS.has(words[k] ?? '') || !/^(?:[,.;]|)$/.test(words[k + 1] ?? '')) return undefined;
  // "a 70 percent stake", "a 51% stake": more than half is a majority.
  const described = words.slice(at + 1, k);
  const overHalf = described.some((w, j) => /^\d+(?:\.\d+)?$/.test(w) && Number(w) > 50 && /^(?:%|percent|per)$/.test(described[j + 1] ?? ''));
  const controlling = /^(?:owns|owned|controls)$/.test(words[at]!) || overHalf || described.some((w) => CONTROLLING_WORDS.has(w));
  return { at, type: controlling ? 'OWNS' : 'INVESTED_IN' };
}

/** Most lower-case words describing an appointee between the verb and the name ("veteran career diplomat"). */
const MAX_APPOINTEE_WORDS = 3;
/**
 * True when `words`, between a verb of appointing and the name, are a few lower-case words ending in an occupation or
 * a role noun ("appointed veteran diplomat Claire Dubrevil as its ambassador", "named former banker Ines Tarrant as
 * chair"): they say what the appointee is, and the title after the name is still theirs (rule appointed-described-name).
 */
function describedAppointee(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    words.length > 0 &&
    words.length <= MAX_APPOINTEE_WORDS &&
    words.every((w) => /^[a-z][a-z-]*$/.test(w)) &&
    (OCCUPATIONS.has(last) || ROLE_NOUNS.has(last)) &&
    ruleOn('appointed-described-name')
  );
}

/** Whether the word at `k` is a verb in the past of the schema ("demanded", "sued", "sold"). */
const pastVerbAt = (words: readonly string[], k: number): boolean => {
  const w = words[k] ?? '';
  return (/^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.test(w)) && verbTypes(w) !== undefined;
};

/** A cue-based match for two neighbouring groups, or undefined. */
export function matchCue(view: SentenceView, left: Group, right: Group): PairMatch | undefined {
  const { words } = view;
  const from = left.end;
  const to = right.start;
  // "Severnvale, which supplies water and sewerage services to 2.3 million people across three counties, is owned by
  // Harcourt": a long relative clause closed before the verb is passed over, and only what follows it counts toward the
  // words a cue may stand among (rule long-relative-clause).
  if (to - from > MAX_BETWEEN) {
    const long = words.slice(from, to);
    const closed =
      to - from <= 2 * MAX_BETWEEN && ruleOn('past-closed-relative-clause') && ruleOn('long-relative-clause') && !long.some((w) => CLAUSE_BREAKS.has(w))
        ? closedRelativeEnd(view, from, long)
        : -1;
    return closed > 0 && to - (from + closed + 1) <= MAX_BETWEEN ? matchCue(view, { ...left, end: from + closed + 1 }, right) : undefined;
  }
  // "welcomed the sale but demanded that Meridian Crest grant fans a golden share": "but" before a verb in the past
  // joins a second verb phrase of the same subject, as "and" does (rule but-second-verb).
  const written = words.slice(from, to);
  const between =
    written.includes('but') && ruleOn('but-second-verb') ? written.map((w, k) => (w === 'but' && k > 0 && pastVerbAt(written, k + 1) ? 'and' : w)) : written;
  if (between.some((w) => CLAUSE_BREAKS.has(w))) return undefined;
  // "US fund Meridian Crest", "Texas shale producer Dunmore Oil": a place that only qualifies the name after it, through
  // nouns that describe it, does nothing to it, though a noun is spelt as a verb (rule place-qualifier-no-cue).
  if (ruleOn('place-qualifier-no-cue') && placeQualifiesName(view, left, right)) return undefined;
  // "More than 300 Florida homeowners sued Gulfstar": the homeowners sue, not the place they are from.
  if (placeQualifiesPeople(view, left)) return undefined;
  // "Poland signs howitzer deal with Kraków gunmaker": the gunmaker is the party, not the town it is in.
  if (placeQualifiesUnnamedBody(view, left) || placeQualifiesUnnamedBody(view, right)) return undefined;
  // "Kenya's communications regulator on Friday suspended Kiboko": the regulator acts, not the country.
  if (placeOwnsUnnamedBody(view, left)) return undefined;
  // A verb read with the words around it, each reading a rule of its own ("found … guilty", "lent … 4 million pounds").
  for (const reading of VERB_READINGS) {
    const read = ruleOn(reading.rule) ? reading.find(view, left, between, right) : undefined;
    if (!read) continue;
    const modal = modalityAt(view.texts, from + read.at);
    const properties = { verb: read.verb, ...(read.object ? { object: read.object } : {}), ...(modal ? { negated: true, modality: modal } : {}) };
    return {
      types: [relationDef(reading.type)],
      reverse: false,
      properties,
      confidence: verbConfidence(false, read.at),
      pattern: 'active-verb',
      cueAt: from + read.at,
    };
  }
  // "Plumfield Dairy, which Castellane bought in 2021, makes cheese": the name after "which" is the clause's subject,
  // and the name before it the verb's object (rule object-relative-clause).
  const relative = ruleOn('object-relative-clause') ? objectRelativeVerb(view, between, right) : undefined;
  if (relative) {
    const found = modalityAt(view.texts, relative.at);
    const properties = { verb: relative.lemma, ...(found ? { negated: true, modality: found } : {}) };
    return { types: relative.types, reverse: true, properties, confidence: verbConfidence(false, 1), pattern: 'active-verb', cueAt: relative.at };
  }
  // "Torrel Powertrain, in which Kasvik holds a 70 percent stake,": the holder after "in which" holds a stake in the
  // name before it (rule stake-in-which).
  const stake = ruleOn('stake-in-which') ? stakeInWhich(view, between, right) : undefined;
  if (stake) {
    const found = modalityAt(view.texts, stake.at);
    const properties = { verb: 'stake in', ...(found ? { negated: true, modality: found } : {}) };
    return { types: [relationDef(stake.type)], reverse: true, properties, confidence: verbConfidence(false, 1), pattern: 'stake-in-which', cueAt: stake.at };
  }
  // "Brask, which builds ferries for export, signed a contract with Corvo": a relative clause closed before the
  // right-hand entity holds no entity of its own here; the verb after it is the left entity's.
  // "The Toronto-based company also holds a stake in X": a place before "-based" describes the noun after it and does
  // nothing; what that noun does is not the place's.
  const based = /-based$/.test(words[left.end - 1] ?? '') || /^-?based$/.test(between[0] ?? '');
  if (based && between.length > 0 && left.slots.every((s) => s.root === 'Location') && ruleOn('based-place-no-subject')) return undefined;
  // "Quell, who chairs the Senate finance committee, called on Halvric": a name inside a relative clause that closes
  // before the other name is no party to the main clause's verb (rule inside-closed-relative-clause).
  if (insideClosedRelative(words, left.start, between) && ruleOn('inside-closed-relative-clause')) return undefined;
  // "The Ashulia Garment Workers' League, a union that represents 30,000 workers around Gazipur, demanded that Norrvik
  // …": a name inside a description's relative clause that closes before the other name is no party to the main
  // clause's verb either, however far into the clause it stands (rule inside-described-relative).
  if (ruleOn('inside-described-relative') && insideDescribedRelative(words, left.start, between)) return undefined;
  // "the use of machine learning (ML) services helped Halvric", "Ines Varga (Labour) criticised Halvric": a name alone in
  // brackets restates or annotates the words before it; what follows the bracket is not its doing (rule
  // bracketed-name-no-subject).
  if (words[left.start - 1] === '(' && words[left.end] === ')' && ruleOn('bracketed-name-no-subject')) return undefined;
  const closed = ruleOn('past-closed-relative-clause') ? closedRelativeEnd(view, from, between) : -1;
  if (closed > 0) return matchCue(view, { ...left, end: from + closed + 1 }, right);
  // "Dale founded the studio after leaving Channel 5": a clause of time opened by a gerund ("after leaving", "before
  // selling", "without paying") holds the verb whose object the right-hand entity is; the verb before it has its own
  // object and does not reach past. The subject stays the left-hand one.
  const gerund = ruleOn('gerund-clause-verb') ? gerundClauseAt(between) : -1;
  if (gerund > 0) return matchCue(view, { ...left, end: from + gerund }, right);
  // "Castellane cut 200 jobs after it acquired Plumfield": the pronoun names the subject again, and the verb after it,
  // not the one before the subordinator, relates the subject to the right-hand entity.
  // "filed a complaint in which she accused Baines": the clause states what the action is about (rule legal-action-accusing).
  // Asked only of a pronoun's clause found, since every pair reaches here.
  const pronounClauseAt = ruleOn('subject-pronoun-clause') ? subjectPronounClauseAt(between, itemAt(left.slots, 0).possessive) : -1;
  const accusingAction = pronounClauseAt > 0 && ruleOn('legal-action-accusing') && legalActionAccusing(between) >= 0;
  const pronounClause = accusingAction ? -1 : pronounClauseAt;
  if (pronounClause > 0) return matchCue(view, { ...left, end: from + pronounClause }, right);
  const tokens = view.texts;
  // What keeps the relation signalled at `cue` from being a fact, as properties ({} when the sentence asserts it).
  const modality = (cue: number): PairMatch['properties'] => {
    const found = modalityAt(tokens, cue);
    return found ? { negated: true, modality: found } : {};
  };

  // "could file a claim against", "did not sign a deal with": a cue that opens with a noun takes the modality of the
  // verb governing it, a few words back (bounded, so the work stays linear). The look-back stops at a clause boundary
  // before reading a word, so "did not comment and took over" or "did not comment, but filed a claim" stays a fact;
  // a verb cue ("took over") carries its own modality only.
  const governedModality = (at: number, nounLed: boolean): PairMatch['properties'] => {
    const own = modality(from + at);
    if (own.negated || !nounLed) return own;
    for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
      const w = between[k]!;
      if (w === ',' || CLAUSE_OPENERS.has(w) || COORDINATORS.has(w)) break;
      const found = modality(from + k);
      if (found.negated) return found;
    }
    return {};
  };

  // "Halvric's customers include Ostley Bank", "Halvric, whose clients include Ostley Bank": the one listed uses the
  // possessor's goods or services, as "a customer of" says (rule customers-include).
  const customerAt = customersInclude(between, itemAt(left.slots, 0).possessive === true);
  if (customerAt >= 0) {
    const properties = { verb: between[customerAt]!, ...modality(from + customerAt) };
    return { types: [relationDef('USES')], reverse: true, properties, ...statedBy('possessive-nominal'), cueAt: from + customerAt };
  }
  // "Corvane's partners at the Tallis Institute", "our partners at Halvern": the possessing organisation works with the
  // body named after the preposition, which says where those partners are (rule partners-at).
  const partnerAt = partnersAt(between, itemAt(left.slots, 0).possessive === true);
  // A person's "partners at" a firm are fellow partners of it, which says where the person works, not with whom.
  if (partnerAt >= 0 && left.slots.every((s) => s.root === 'Organization') && right.slots.every((s) => s.root === 'Organization')) {
    const properties = { verb: between[partnerAt]!, ...modality(from + partnerAt) };
    return { types: [relationDef('PARTNERED_WITH')], reverse: false, properties, ...statedBy('possessive-nominal'), cueAt: from + partnerAt };
  }

  // "his conviction by a Dalmore court", "Varel's arrest by the Federal Police": the one after "by" did the deed to the
  // possessor, whom "his" and "her" name as "'s" does (rule possessed-deed-by-agent).
  const owner = itemAt(left.slots, 0);
  const personOwner = owner.mention.kind === 'pronoun' && (words[owner.start] === 'his' || words[owner.start] === 'her');
  if ((owner.possessive || personOwner) && ruleOn('possessed-deed-by-agent')) {
    const deedBy = possessedDeedByAgent(view, between, owner.mention.kind === 'pronoun' ? 0 : 1, right);
    if (deedBy) {
      const properties = { verb: between[deedBy.at]!, ...modality(from + deedBy.at) };
      return { types: deedBy.types, reverse: true, properties, ...statedBy('nominal-of-by'), cueAt: from + deedBy.at };
    }
  }
  // Possessive nominalisation: "Acme's acquisition of Globex", "Lincoln's assassin, Booth".
  if (itemAt(left.slots, 0).possessive) {
    // "Acme's acquisition of": the noun after "'s"; "its acquisition of": the pronoun is the possessive itself.
    const first = itemAt(left.slots, 0).mention.kind === 'pronoun' ? 0 : 1;
    const k = between.findIndex((w, i) => i >= first && i <= 3 && nounTypes(w));
    const noun = k >= 0 ? between[k] : undefined;
    const nounCue = noun === undefined ? undefined : nounTypes(noun);
    const types = nounCue && venueOfWin(nounCue, between[k + 1], right) ? undefined : nounCue;
    if (noun !== undefined && types !== undefined) {
      const next = between.slice(k + 1);
      // "has suspended its contract with Halvric": the contract is what the subject ends, so the pronoun's referent cuts
      // its tie with the party after "with"; it supplies that party nothing (rule terminated-own-contract).
      const ended = endedOwnContract(view, left, noun, types, next);
      if (ended) {
        const properties = { verb: ended, object: noun, ...modality(left.start - 1) };
        return { types: [relationDef('TERMINATED_SERVICE')], reverse: false, properties, ...statedBy('possessive-nominal'), cueAt: left.start - 1 };
      }
      if (isAgentNoun(noun) && (next.length === 0 || (next.length === 1 && next[0] === ','))) {
        return { types, reverse: true, properties: { verb: noun }, ...statedBy('possessive-agent'), cueAt: from + k };
      }
      // "Acme's insurance unit, Globex": the name set off after a noun of ownership is the part owned ("Globex's parent
      // company, Acme": an agent noun names the owner). A head noun may follow ("subsidiary company").
      const ownership = types.filter((t) => t.family === 'ownership');
      // "its subsidiary Telluric Minerals", "Kestrel's parent Lodeway Group": a noun of a part right before the name,
      // with no comma, names it as the set-off one does (rule possessive-part-unset).
      const unset = next.length === 0 && PART_NOUNS.has(noun) && right.slots.every((s) => s.root === 'Organization') && ruleOn('possessive-part-unset');
      if (ownership.length && ruleOn('possessive-part') && unset) {
        return { types: ownership, reverse: isAgentNoun(noun), properties: { verb: noun }, ...statedBy('possessive-part'), cueAt: from + k };
      }
      if (ownership.length && ruleOn('possessive-part') && next[next.length - 1] === ',' && next.length <= 2 && (next.length === 1 || !verbTypes(next[0]!))) {
        return { types: ownership, reverse: isAgentNoun(noun), properties: { verb: noun }, ...statedBy('possessive-part'), cueAt: from + k };
      }
      // "sold its avionics division to Kormann": a holding handed "to" someone is no holding of theirs.
      const handedOver = HOLDING_NOUNS.has(noun) && next[0] === 'to' && ruleOn('held-object-recipient');
      if (
        !handedOver &&
        next[0] !== undefined &&
        NOUN_PREPOSITIONS.has(next[0]) &&
        next.length <= 4 &&
        next.slice(1).every((w) => !verbTypes(w) || DETERMINERS.has(w))
      ) {
        // "Halvard's sale of Telluric to Corvane": the type whose own phrase is the noun and its preposition ("sale of",
        // SOLD_TO's) goes before the others the noun signals (PROVIDED's "sale") (rule possessive-nominal-phrase-type).
        const phrased = ruleOn('possessive-nominal-phrase-type') ? nounCueTypes(noun, next[0]) : undefined;
        const own = phrased && !phrased.inverse ? types.filter((t) => phrased.types.includes(t)) : [];
        const ordered = [...own, ...types.filter((t) => !own.includes(t))];
        const awaitsTarget = next[0] === 'of' && itemAt(ordered, 0).objectPreposition ? 'yes' : undefined;
        const properties = { verb: noun, ...modality(from + k) };
        return { types: ordered, reverse: false, properties, ...statedBy('possessive-nominal'), cueAt: from + k, awaitsTarget };
      }
    }
  }

  // "the assassination of Kennedy by Oswald", "the acquisition of Globex in 2019 by Acme": the right-hand entity does
  // what the noun before "of" and the left-hand entity names.
  const agentAt = between.indexOf('by');
  if (
    agentAt >= 0 &&
    agentAt <= 3 &&
    between.slice(0, agentAt).every(isTimeWord) &&
    between.length - agentAt <= 4 &&
    between.slice(agentAt + 1).every((w) => w !== ',' && !NOUN_PREPOSITIONS.has(w) && !verbTypes(w))
  ) {
    const nominal = nominalBeforeOf(view, left.start);
    // "the arrest of Smith by Chicago police": a place only qualifies the doer, who is not named.
    // "the conviction of Ro by the Seolin court": a place named with the body after it is no doer in its own right; the
    // body is (rule nominal-of-by-place-body).
    const placeOfBody = ruleOn('nominal-of-by-place-body') && placeQualifiesName(view, right, view.groups[view.groups.indexOf(right) + 1]);
    const qualifies = (itemAt(right.slots, 0).root === 'Location' && !placeOfBody) || AGENT_GROUPS.has(words[right.end] ?? '');
    // "the takeover of Brannock by Corvane's infrastructure arm, Corvane Networks": a possessor after "by" owns the doer,
    // and did not do it (rule possessor-after-by-not-agent).
    const possessor = itemAt(right.slots, right.slots.length - 1).possessive && ruleOn('possessor-after-by-not-agent');
    if (nominal && !qualifies && !possessor) {
      return {
        types: nominal.types,
        reverse: true,
        properties: { verb: words[nominal.at]!, ...modality(nominal.at) },
        ...statedBy('nominal-of-by'),
        cueAt: nominal.at,
      };
    }
  }
  const brought = nominalByAgainst(view, left, between);
  const inquiry = brought ? undefined : inquiryByAgent(view, left, between);
  const byAgent = brought ?? inquiry;
  const underAt = byAgent || !ruleOn('under-inquiry-by') ? -1 : underInquiryBy(between);
  if (underAt >= 0) {
    const types = nounTypes(between[underAt + 1]!)!.filter((t) => t.name === 'INVESTIGATED');
    return {
      types,
      reverse: true,
      properties: { verb: `under ${between[underAt + 1]!}`, ...modality(from + underAt) },
      ...statedBy('under-inquiry-by'),
      cueAt: from + underAt,
    };
  }
  if (byAgent) {
    return {
      types: byAgent.types,
      reverse: false,
      properties: { verb: words[byAgent.at]!, ...modality(byAgent.at) },
      ...statedBy(brought ? 'nominal-by-against' : 'inquiry-by-agent'),
      cueAt: byAgent.at,
    };
  }
  // "Kennedy assassin Sirhan Sirhan": an agent noun between two names, the second is the agent.
  const [only] = between;
  const agentTypes = between.length === 1 && only !== undefined && isAgentNoun(only) ? nounTypes(only) : undefined;
  if (only !== undefined && agentTypes) {
    return { types: agentTypes, reverse: true, properties: { verb: only }, ...statedBy('agent-noun-title'), cueAt: from };
  }
  // "The EU condemned the attack, and Nato's chief said…": ", and" before a name opens a clause with a new subject.
  if (between.length > 2 && between[between.length - 2] === ',' && between[between.length - 1] === 'and') return undefined;
  // "deployed 2,000 volunteers, and the Red Cross released…": an article between ", and" and the name does not stop it
  // opening a clause, when a verb follows the name ("sued Globex, Initech, and the Harbor Trust on Monday" is a list).
  if (ruleOn('comma-and-the-subject') && commaAndTheSubject(view, between, right)) return undefined;
  // "Kessler strikes late as Dornfeld beat Altona": a subordinator right before the right-hand name, with a verb after
  // the name, opens a clause whose subject the name is; the verb before the subordinator does not reach it.
  if (ruleOn('subordinate-clause-subject') && subordinateSubject(view, between, right)) return undefined;
  // "backs a fare freeze that Halden Rail has resisted", "opposes the merger, which the Norvale regulator blocked": the
  // name after a relative pronoun on a common noun is the subject of the relative clause; the noun, not the name, is
  // what the verb before acts on (rule noun-relative-subject).
  if (ruleOn('noun-relative-subject') && relativeClauseSubject(view, between, right)) return undefined;
  // Earliest cue wins; a phrase beats a single word at the same place ("making use of" over "make").
  // "told the Tribune its work with…": the possessive names another subject than the left entity.
  if (SUBJECT_CHANGERS.has(between[0] ?? '')) return undefined;
  // "Activists from Acme welcomed…": the members speak for the group, which stays the subject.
  const lead = DETERMINERS.has(words[left.start - 1] ?? '') ? left.start - 1 : left.start;
  const members = /^(?:from|of)$/.test(words[lead - 1] ?? '') && GROUP_MEMBERS.has(words[lead - 2] ?? '');
  // "sold its display unit to Brightwater, which was later acquired by Daesung": ", which" or ", who" right after the
  // name opens a clause whose subject is that name (rule relative-after-prepositional-name). After "of" or "in" the noun
  // before the preposition may be the antecedent ("a stake in Telluric, which was later sold").
  const prepositionBefore = DETERMINERS.has(words[left.start - 1] ?? '') ? words[left.start - 2] : words[left.start - 1];
  const relativeSubject =
    between[0] === ',' &&
    /^(?:which|who)$/.test(between[1] ?? '') &&
    !/^(?:of|in)$/.test(prepositionBefore ?? '') &&
    ruleOn('relative-after-prepositional-name');
  // "Talks between Ostrava and Kurdania on a ceasefire ended in Geneva": the pair after "between" or "among" only
  // says whose talks they were; the talks, not the pair, are the verb's subject (rule between-pair-not-subject).
  const betweenPair = /^(?:between|among)$/.test(words[left.start - 1] ?? '') && ruleOn('between-pair-not-subject');
  const afterPreposition =
    !members &&
    !relativeSubject &&
    (PREPOSITIONS_BEFORE.has(words[left.start - 1] ?? '') ||
      betweenPair ||
      (DETERMINERS.has(words[left.start - 1] ?? '') && PREPOSITIONS_BEFORE.has(words[left.start - 2] ?? '')));
  // "Doe said in comments emailed to Reuters": the channel of a statement names the one told.
  const channel = afterPreposition || !ruleOn('channel-of-saying') ? undefined : channelOfSaying(between);
  if (channel) {
    const properties = { verb: channel.phrase, ...modality(from + channel.at) };
    return { types: [channel.type], reverse: false, properties, ...statedBy('channel-of-saying'), cueAt: from + channel.at };
  }
  // "The Rail Workers Union struck against Halden", "staged a strike at Halden": a body of workers' strike is a protest.
  const strikeAt = ruleOn('labour-strike') && !afterPreposition ? labourStrikeAt(left, between) : -1;
  if (strikeAt >= 0) {
    const properties = { verb: 'strike', ...governedModality(strikeAt, between[strikeAt] !== 'struck') };
    return {
      types: [relationDef('PROTESTED')],
      reverse: false,
      properties,
      confidence: verbConfidence(false, strikeAt),
      pattern: 'labour-strike',
      cueAt: from + strikeAt,
    };
  }
  const clauseAt = between.findIndex((_w, i) => opensClause(between, i));
  // "X, a charity that represents 20,000 people, called on Y": the verb after the relative clause's closing comma is X's.
  const ownVerbFrom = ruleOn('apposition-relative-closed') ? afterClosedRelativeApposition(between) : 0;
  let phrase = findPhrases(clauseAt < 0 ? between : between.slice(0, clauseAt)).find((p) => p.at >= ownVerbFrom);
  let verbAt = -1;
  let verb: { lemma: string; types: RelationDef[] } | undefined;
  let namedRole: string | undefined;
  // "sells its kits in eleven countries and is majority-owned by Halvard": a participle of owning coordinated after
  // the first verb, right before the name, says the subject's tie to that name; the first verb's object stands before
  // "and" (rule coordinated-owned-part).
  const coordinatedOwned = ruleOn('coordinated-owned-part')
    ? between.findIndex((_w, i) => i > ownVerbFrom && (clauseAt < 0 || i < clauseAt) && coordinatedBeforePassive(between, i) && ownedPartAt(between, i))
    : -1;
  if (coordinatedOwned >= 0) {
    const properties = { verb: ownedPartAt(between, coordinatedOwned)!, ...modality(from + coordinatedOwned) };
    return { types: [relationDef('OWNS')], reverse: true, properties, ...statedBy('owned-part-of'), cueAt: from + coordinatedOwned };
  }
  for (let i = ownVerbFrom; i < between.length; i++) {
    if (opensClause(between, i)) break; // a new clause with its own subject
    // "is majority-owned by Brennock", "a wholly owned unit of Tarvik": the right-hand entity owns the left (rule owned-part-of).
    const ownedPart = ruleOn('owned-part-of') ? ownedPartAt(between, i) : undefined;
    if (ownedPart) {
      const properties = { verb: ownedPart, ...modality(from + i) };
      return { types: [relationDef('OWNS')], reverse: true, properties, ...statedBy('owned-part-of'), cueAt: from + i };
    }
    if ((!looksVerbal(between, i) && !joinsAfterLeaving(words, from + i)) || nounAfterModifier(words, from + i)) continue;
    // "had named Gareth Ostrander chief executive": naming someone to a title is appointing them (rule named-to-title).
    // "named Dana Whitcombe, a former director of Orland, as its finance chief", "appointed Conor Mulvaney, …, as
    // chairman": the title follows the apposition set off after the name (rule appointed-past-apposition).
    const appointing = between[i] === 'named' || (APPOINTING_VERBS.has(between[i]!) && ruleOn('appointed-past-apposition'));
    const namedTo =
      appointing && (i === between.length - 1 || describedAppointee(between.slice(i + 1))) && ruleOn('named-to-title')
        ? (titleAfterName(words, right.end) ?? (ruleOn('appointed-past-apposition') ? titleAfterApposition(words, right.end) : undefined))
        : undefined;
    // "Angola named Pedro Kalunga as its ambassador to Portugal": a place names the holder of an office of its own.
    const office = namedTo?.split(' ').some((w) => OFFICE_TITLES.has(w)) && left.slots.every((s) => s.root === 'Location');
    if (namedTo && office) {
      const properties = { verb: 'name', role: namedTo, ...modality(from + i) };
      return {
        types: [relationDef('HOLDS_ROLE_IN')],
        reverse: true,
        properties,
        confidence: verbConfidence(false, i),
        pattern: 'active-verb',
        cueAt: from + i,
      };
    }
    if (namedTo) {
      verb = { lemma: between[i] === 'named' ? 'name' : (verbTypes(between[i]!)?.lemma ?? 'name'), types: verbTypes('appointed')?.types ?? [] };
      namedRole = namedTo;
      verbAt = i;
      break;
    }
    // "went on to found Acme": after the infinitive's "to", "found" is the verb of founding, not the past of "find".
    // "who helped found Norvik": after a form of "help", "found" is a bare infinitive, as no past of "find" can be
    // (rule helped-found-founding).
    const founding = between[i - 1] === 'to' || (HELP_FORMS.has(between[i - 1] ?? '') && ruleOn('helped-found-founding'));
    const found = verbTypes(between[i] === 'found' && founding ? 'founded' : itemAt(between, i));
    // "Harrow & Lisle also publishes the novelist Teodor Brandvik", "publishes novels by Amara Okafor": a publisher
    // publishes a person's work, no inquiry into the person (rule published-author-no-inquiry).
    if (found?.lemma === 'publish' && publishedAuthor(between.slice(i + 1), right) && ruleOn('published-author-no-inquiry')) continue;
    // "agreed that the unit…": the object is the clause, not an entity in it. An inquiry that "found that" the unit
    // did something is about the unit.
    // "demanded that Acme cut ties": the one asked to act stands right after "that".
    // "demanded that Prime Minister Alan Kerr sack …": a title may stand before the one asked (rule title-of-one-asked).
    // "demanded that Energy and Mines Minister Carmen Salazar travel": a portfolio may open the title (rule
    // portfolio-title-of-one-asked).
    const portfolio = (w: string) => (PORTFOLIO_WORDS.has(w) || w === 'and') && ruleOn('portfolio-title-of-one-asked');
    const asked =
      found?.types.some((t) => t.family === 'advocacy') &&
      between.slice(i + 2).every((w) => DETERMINERS.has(w) || ((isTitleWord(w) || portfolio(w)) && ruleOn('title-of-one-asked')));
    if (found && between[i + 1] === 'that' && !asked && !found.types.some((t) => t.family === 'investigation')) break;
    // "is serving 99 years", "served a sentence": time in prison is served to no one.
    if (found?.lemma === 'serve' && /^(?:\d+|a|an|life|time|his|her|their|out|one|two|three|five|ten)$/.test(between[i + 1] ?? '')) continue;
    // "served as deputy chairman of Connacht Bank", "serves on the board of Acme": a post held, not a service supplied
    // (rule served-as-post).
    // "served in the government of Prime Minister Solheim", "served under Solheim": a post held too, in a body or under
    // a leader, and no service supplied to the one named after it (rule served-in-post-no-provision).
    const servedIn = /^(?:in|under)$/.test(between[i + 1] ?? '') && ruleOn('served-in-post-no-provision');
    if (found?.lemma === 'serve' && (/^(?:as|on)$/.test(between[i + 1] ?? '') || servedIn) && ruleOn('served-as-post')) {
      // "served as mayor of Holmvik", "served as prime minister of Drevania": an office named right before "of" and the
      // place is held there, not a home (rule served-as-office).
      const office = between[i + 1] === 'as' && ruleOn('served-as-office') ? officeOfPlace(words, from + i + 1, right) : undefined;
      if (office) {
        const properties = { verb: found.lemma, role: office, ...modality(from + i) };
        return {
          types: [relationDef('HOLDS_ROLE_IN')],
          reverse: false,
          properties,
          confidence: verbConfidence(false, i),
          pattern: 'active-verb',
          cueAt: from + i,
        };
      }
      const post = found.types.filter((t) => t.name === 'WORKS_FOR');
      if (!post.length) continue;
      verb = { lemma: found.lemma, types: post };
      namedRole = between[i + 1] === 'as' ? titleAfterName(words, from + i + 1) : undefined;
      verbAt = i;
      break;
    }
    // "will report to chairman Doe": answering to someone is no report on them.
    if (found?.lemma === 'report' && between[i + 1] === 'to' && ruleOn('report-to-superior')) continue;
    // "reported a third-quarter profit, helped by output from its Gulf of Mexico fields": a company reporting its own
    // figures discloses them and investigates no one (rule reported-financial-result).
    if (found?.lemma === 'report' && reportsOwnFigures(between, i) && ruleOn('reported-financial-result')) continue;

    // "A survey gave Julio Arcena 41 percent", "the count gives Labour 212 seats": a share of a poll or a vote given
    // to a candidate or party is no provision (rule share-given-no-provision).
    if (found?.lemma === 'give' && shareFollows(words, right.end) && ruleOn('share-given-no-provision')) return undefined;
    // "called Kovac to congratulate her", "called the plan a disgrace": only a call on or for someone is a demand.
    if (found?.lemma === 'call' && !/^(?:on|upon|for)$/.test(between[i + 1] ?? '') && ruleOn('call-on-or-for')) continue;
    // "holds a stake in Andesur", "holds 35 percent of Leda Rail": only an event is held somewhere ("was held in Oslo").
    if (found?.lemma === 'hold' && !BE_FORMS.has(between[i - 1] ?? '') && ruleOn('active-hold-no-place')) continue;
    if (found && !/^[A-Z]/.test(itemAt(view.sentence.tokens, from + i).text)) {
      // "convicted of murdering X": the gerund, not the verb that governs it, relates the two.
      const gerund =
        (between[i + 1] === 'of' || between[i + 1] === 'for' || between[i + 1] === 'with') && /ing$/.test(between[i + 2] ?? '')
          ? verbTypes(itemAt(between, i + 2))
          : undefined;
      verb = gerund ?? found;
      verbAt = gerund ? i + 2 : i;
      break;
    }
  }
  // "criticised the charges and urged the prosecutor, Doe, to…": what follows a second verb is that verb's object.
  // "was cooperating with the investigation and had suspended payments to Karoo": the second verb may take its
  // auxiliary (rule auxiliary-second-verb).
  for (let j = verbAt + 1; verb && j + 1 < between.length; j++) {
    const auxiliary = PERFECT_AUXILIARIES.has(between[j + 1]!) && j + 2 < between.length && ruleOn('auxiliary-second-verb') ? 1 : 0;
    const second = between[j + 1 + auxiliary]!;
    if (between[j] !== 'and' || !(/^[a-z]{3,}ed$/.test(second) || IRREGULAR_PAST.test(second))) continue;
    const types = verbTypes(second);
    verb = types;
    verbAt = types ? j + 1 + auxiliary : -1;
    // "took a stake in the port and signed a contract with Acme": Acme is the second verb's, not the phrase's.
    if (phrase && phrase.at < j && ruleOn('phrase-before-coordinated-verb')) phrase = undefined;
    break;
  }
  // "had led the party since 2015 and served as prime minister of Drevania": a second verb serves as an office too.
  const secondOffice =
    verb?.lemma === 'serve' && between[verbAt + 1] === 'as' && ruleOn('served-as-post') && ruleOn('served-as-office')
      ? officeOfPlace(words, from + verbAt + 1, right)
      : undefined;
  if (secondOffice) {
    const properties = { verb: 'serve', role: secondOffice, ...modality(from + verbAt) };
    return {
      types: [relationDef('HOLDS_ROLE_IN')],
      reverse: false,
      properties,
      confidence: verbConfidence(false, verbAt),
      pattern: 'active-verb',
      cueAt: from + verbAt,
    };
  }
  // "Halden said the strike would cost millions and accused the union of …": a past verb after "and", past a reported
  // clause in the future or the conditional, is the sayer's second verb, not the reported subject's.
  const secondAt = !verb && !afterPreposition && ruleOn('said-and-second-verb') ? sayersSecondVerb(between) : -1;
  if (secondAt >= 0) {
    verb = verbTypes(between[secondAt]!);
    verbAt = secondAt;
    phrase = undefined;
  }
  // "agreed to pay a $20 million fine to the Securities Commission": the one paid fined the subject.
  const penaltyAt = afterPreposition || !ruleOn('penalty-paid-to') ? -1 : penaltyPaidTo(between);
  if (penaltyAt >= 0) {
    const properties = { verb: between[penaltyAt]!, ...governedModality(penaltyAt, true) };
    return { types: [relationDef('FINED')], reverse: true, properties, ...statedBy('light-verb-nominal'), cueAt: from + penaltyAt };
  }
  // "opened an investigation into Acme", "launched an attack on Globex": the noun after a light verb is the cue.
  const light = afterPreposition || !ruleOn('light-verb-nominal') ? undefined : lightVerbNominal(between);
  if (light && (!phrase || phrase.at > light.verbAt) && (verbAt < 0 || verbAt >= light.verbAt)) {
    const nominal = `${between[light.nounAt]} ${between[light.nounAt + 1]}`;
    const team =
      light.types.some((t) => t.name === 'PROVIDED') &&
      (contractWithTeam(nominal, left, right, between.slice(0, light.nounAt)) || artistContract(nominal, between[light.nounAt - 1], left, right));
    return {
      types: team ? [relationDef('WORKS_FOR')] : light.types,
      reverse: !team && light.types.some((t) => t.name === 'PROVIDED') && buyerSignedContract(view, nominal, right),
      properties: { verb: `${between[light.nounAt]} ${between[light.nounAt + 1]}`, ...modality(from + light.verbAt) },
      ...statedBy('light-verb-nominal'),
      cueAt: from + light.nounAt,
    };
  }
  // "filed a lawsuit accusing Corvane of fraud": the one the action accuses is the one it is brought against.
  const accusedAt = ruleOn('legal-action-accusing') && !afterPreposition ? legalActionAccusing(between) : -1;
  if (accusedAt >= 0) {
    const properties = { verb: between[accusedAt]!, ...governedModality(accusedAt, true) };
    return { types: [relationDef('SUED')], reverse: false, properties, ...statedBy('light-verb-nominal'), cueAt: from + accusedAt };
  }
  // "Corvane faces a lawsuit from Halvric": the one the action comes from brought it against the one facing it.
  const faced = ruleOn('legal-action-faced-from') && !afterPreposition ? legalActionFaced(between) : undefined;
  // "charges from Ostland prosecutors": a place only qualifies the ones who brought them, who are not named.
  const qualifiesAgent = itemAt(right.slots, 0).root === 'Location' || AGENT_GROUPS.has(words[right.end] ?? '');
  if (faced && !qualifiesAgent) {
    const properties = { verb: `${between[faced.at]!} ${between[faced.at + 1]!}`, ...governedModality(faced.at, true) };
    return { types: faced.types, reverse: true, properties, ...statedBy('light-verb-nominal'), cueAt: from + faced.at };
  }
  // "Lumora was sold in 2021 to Mesa Capital": a time between the passive and "to" leaves the buyer where "sold to" does.
  const soldAt = ruleOn('passive-sold-time-to') && !afterPreposition ? soldThenTimeTo(between, words[right.end]) : -1;
  if (soldAt >= 0 && (!phrase || phrase.at > soldAt)) {
    const properties = { verb: 'sold to', ...modality(from + soldAt) };
    return { types: [relationDef('ACQUIRED')], reverse: true, properties, ...statedBy('passive-sold-to'), cueAt: from + soldAt };
  }
  if (phrase && (verbAt < 0 || phrase.at <= verbAt)) {
    if (tellsOnly([phrase.type]) && !addresseeFollows(between.slice(phrase.at + phrase.length))) return undefined;
    // "called for an investigation into Brightmoor": Brightmoor is what the inquiry is into, not the one asked.
    if (phrase.type.name === 'DEMANDED' && ruleOn('demanded-action-object') && demandedActionBefore(between.slice(phrase.at + phrase.length))) return undefined;
    // "called on the trader to build a plant in Lualaba": the one asked is the noun before "to"; a name in the act asked
    // for is not (rule asked-noun-before-infinitive).
    if (phrase.type.name === 'DEMANDED' && ruleOn('asked-noun-before-infinitive') && askedNounBeforeInfinitive(between.slice(phrase.at + phrase.length)))
      return undefined;
    // "took over from Dunmore Oil as the largest producer": the one taken over from is succeeded, not acquired.
    const acquiredFrom = phrase.type.name === 'ACQUIRED' && !phrase.inverse && fromBeforeEntity(between.slice(phrase.at + phrase.length)) >= 0;
    if (acquiredFrom && ruleOn('seller-after-from')) return undefined;
    // "took over as chief executive of Calder": what is taken over is a post, and the organisation after it is its
    // employer, not bought (rule took-over-as-post).
    if (phrase.type.name === 'ACQUIRED' && between[phrase.at + phrase.length] === 'as' && ruleOn('took-over-as-post')) return undefined;
    if (judgedAction(between, phrase.at, [phrase.type])) return undefined;
    // "led the investigation into Nemunas Cargo together with the European Anti-Fraud Office": an adverbial partnership
    // phrase after the object of a preposition joins the partner to the one who acts, not to that object (rule
    // adverbial-partner-of-doer).
    if (
      phrase.type.family === 'partnership' &&
      phrase.at === 0 &&
      ADVERBIAL_PARTNERSHIP_OPENERS.has(between[0]!) &&
      OBJECT_PREPOSITIONS.has(words[wordBeforeDeterminers(words, left.start)] ?? '') &&
      ruleOn('adverbial-partner-of-doer')
    )
      return undefined;
    // "Tallowmere, which runs the SpinHarbour website and is owned by Corvane": a passive coordinated with a relative
    // clause whose object is the left name is said of the clause's antecedent, not of the object (rule
    // relative-clause-shared-subject).
    if (phrase.inverse && ruleOn('relative-clause-shared-subject') && coordinatedBeforePassive(between, phrase.at) && objectOfRelative(words, left.start))
      return undefined;
    // "Terry Blake will take charge of the team for Tuesday's game against Carnforth United": the team named between a
    // person and a game plays it, not the person (rule team-plays-not-person).
    const teamBetween = between.slice(0, phrase.at).some((w) => TEAM_NOUNS.has(w));
    if (phrase.type.family === 'competition' && teamBetween && left.slots.every((s) => s.root === 'Person') && ruleOn('team-plays-not-person'))
      return undefined;
    // "lodged a complaint against the club with the Football League": the name after a common noun and "with" is where
    // the action is brought, not whom it is against (rule legal-action-forum).
    if (phrase.type.family === 'legal' && ruleOn('legal-action-forum') && forumAfterParty(between, phrase.at + phrase.length)) return undefined;
    const cue = from + phrase.at;
    // "was co-founded by Harlan Eskew", "the firm set up by Meera Collingwood": "by" right after the phrase names its doer.
    // "were taken over in March by US investment group Harlow": a date may stand between the phrase and "by" (rule
    // date-then-by-passive).
    const rest = phrase.at + phrase.length;
    const dateThenBy = (k: number) => between[k] === 'by' && ruleOn('date-then-by-passive') && isDatePhrase(between.slice(rest, k));
    const byAfter = (between[rest] === 'by' || [rest + 2, rest + 3, rest + 4].some(dateThenBy)) && ruleOn('phrase-then-by-passive');
    const passive = phrase.inverse || byAfter || (phrase.length > 1 && between[rest - 1] === 'by');
    // "Brightwave FM will be sold to Lumen": the subject of the passive is what the buyer acquires, and sells nothing.
    if (phrase.type.name === 'SOLD_TO' && !phrase.inverse && BE_FORMS.has(between[phrase.at - 1] ?? '') && ruleOn('passive-sold-to')) {
      const properties = { verb: between.slice(phrase.at, rest).join(' '), ...modality(cue) };
      return { types: [relationDef('ACQUIRED')], reverse: true, properties, ...statedBy('passive-sold-to'), cueAt: cue };
    }
    const contract = between.slice(phrase.at, rest).join(' ');
    if (
      phrase.type.name === 'PROVIDED' &&
      !passive &&
      (contractWithTeam(contract, left, right, between.slice(0, phrase.at)) || artistContract(contract, between[phrase.at - 1], left, right))
    ) {
      const properties = { verb: between.slice(phrase.at, rest).join(' '), ...modality(cue) };
      return { types: [relationDef('WORKS_FOR')], reverse: false, properties, ...statedBy('phrase'), cueAt: cue };
    }
    // "the sale of Yugansk": what "of" introduces is what is handed over; the recipient follows "to", or is not named.
    const ofObject = !passive && phrase.type.objectPreposition !== undefined && between[rest - 1] === 'of' && ruleOn('sale-of-object');
    return {
      ...(ofObject ? { awaitsTarget: 'yes' } : {}),
      ...(!passive && phrase.type.objectPreposition && ruleOn('holding-in-object') && holdingInPhrase(between.slice(rest)) ? { holdingFrom: from + rest } : {}),
      types: [phrase.type],
      reverse: passive || (phrase.type.name === 'PROVIDED' && buyerSignedContract(view, contract, right)),
      properties: {
        verb: between.slice(phrase.at, phrase.at + phrase.length).join(' '),
        ...governedModality(phrase.at, startsWithNoun(between, phrase.at, phrase.length)),
      },
      ...statedBy('phrase'),
      cueAt: cue,
    };
  }
  if (verb && !afterPreposition) {
    const cue = from + verbAt;
    const after = between.slice(verbAt + 1);
    if (verb.types.every((t) => t.name === 'DEMANDED') && ruleOn('demanded-action-object') && demandedActionBefore(after)) return undefined;
    // "pushed back against a report in the Wirtschaftskurier": to push back is to resist, no demand (rule push-back-no-demand).
    if (verb.lemma === 'push' && after[0] === 'back' && ruleOn('push-back-no-demand')) return undefined;
    // "agreed to buy a 20 percent stake in Brightmere", "acquired shares in Orvale": a part of a company bought is an
    // investment in it, not the company (rule bought-stake-in).
    const stakeAt = verb.types.some((t) => t.name === 'ACQUIRED') && ruleOn('bought-stake-in') ? boughtStakeAt(after) : -1;
    // "bought a 6% stake in Aberdeen-based Norbrae": the stake is in the name after the place (rule stake-in-based-place).
    if (stakeAt >= 0 && isBasedPlace(view, right) && ruleOn('stake-in-based-place')) return undefined;
    if (stakeAt >= 0) {
      const properties = { verb: `${after[stakeAt]!} in`, ...modality(cue) };
      return { types: [relationDef('INVESTED_IN')], reverse: false, properties, confidence: verbConfidence(false, verbAt), pattern: 'active-verb', cueAt: cue };
    }
    // "makes the show for US network Kestrel", "produces Swap Street for Channel Brisk": a work made for an organisation
    // is supplied to it (rule work-made-for-client).
    const madeFor =
      verb.types.some((t) => t.name === 'DEVELOPED') && MAKING_FOR.has(verb.lemma) && organisationNamed(view, right) && ruleOn('work-made-for-client')
        ? workMadeFor(view, after, cue + 1)
        : undefined;
    if (madeFor) {
      const properties = { verb: verb.lemma, object: madeFor, ...modality(cue) };
      return { types: [relationDef('PROVIDED')], reverse: false, properties, confidence: verbConfidence(false, verbAt), pattern: 'active-verb', cueAt: cue };
    }
    // "backed the lawsuit by Quillfeather", "backed Fennick's claim": what is backed is the party's act, so the backing
    // is support for the party, not money put into it (rule backed-act-of-party).
    const backedAct =
      verb.types.some((t) => t.name === 'WELCOMED') && verb.types.some((t) => t.name === 'INVESTED_IN') && ruleOn('backed-act-of-party')
        ? backedActOf(after, words, right)
        : undefined;
    if (backedAct) {
      const properties = { verb: verb.lemma, object: backedAct, ...modality(cue) };
      return { types: [relationDef('WELCOMED')], reverse: false, properties, confidence: verbConfidence(false, verbAt), pattern: 'active-verb', cueAt: cue };
    }
    // "was criticised last year after a study by researchers from Linwood": "by" after "after a study" names who made
    // the study, not who criticised; the passive has no agent here (rule agent-of-event-after-time-word).
    const byAtFirst = after.indexOf('by');
    const eventFirst = byAtFirst >= 0 && ruleOn('agent-of-event-after-time-word') && eventBeforeAgent(after.slice(0, byAtFirst));
    // "was arrested by Dutch police at Schiphol airport": a place or a time after a preposition past the agent is no
    // agent (rule agent-before-preposition-only).
    // "was detained by police last month, has demanded that the ministry …": past a comma after "by" the clause goes on,
    // and the name there is no agent (rule agent-before-comma-only).
    const pastAgent =
      byAtFirst >= 0 &&
      ((after.slice(byAtFirst + 1).some((w) => PAST_AGENT_PREPOSITIONS.has(w)) && ruleOn('agent-before-preposition-only')) ||
        (after.slice(byAtFirst + 1).includes(',') && ruleOn('agent-before-comma-only')));
    const byAt = eventFirst || pastAgent ? -1 : byAtFirst;
    const beBefore = between.slice(Math.max(0, verbAt - 3), verbAt).some((w) => BE_FORMS.has(w) || w === 'got');
    const participle = isParticiple(itemAt(between, verbAt));
    const passive =
      participle &&
      byAt >= 0 &&
      (beBefore ||
        byAt === 0 ||
        after.slice(0, byAt).every((w) => ADVERBS.has(w)) ||
        (ruleOn('time-phrase-before-agent') && isDatePhrase(after.slice(0, byAt))));
    // "Kennedy was shot and the ambulance took Oswald": a passive without its agent has done nothing to what follows.
    // Being appointed or named keeps its complement ("was named director of Acme").
    // "Rice, bought from West Ham, scored": a participle right after the comma that follows a name is a reduced passive
    // whose object is that name, not a verb it does.
    // "Its chief executive, Rosa Delacourt, accused Veltra of fraud": a verb of accusing, suing or attacking with the
    // name right after it as its object is active; a reduced passive has no object (rule participle-with-object-active).
    const withObject =
      (between.length === 2 || (between.length === 3 && DETERMINERS.has(between[2]!))) &&
      verb.types.every((t) => OBJECT_TAKING_DEEDS.has(t.family) && t.objectPreposition === undefined) &&
      ruleOn('participle-with-object-active');
    const reduced = verbAt === 1 && between[0] === ',' && !withObject && ruleOn('reduced-relative-participle');
    if (!passive && (beBefore || reduced) && participle && verbAt > 0 && !verb.types.some((t) => t.name === 'WORKS_FOR')) return undefined;
    // "backed by Senator Dalcourt and opposed by the Council", "introduced by Dalcourt, a Democrat, was endorsed by
    // Parents": the doer of one passive is not what a second passive, coordinated with it or the main verb, is done to.
    if (passive && ruleOn('agent-not-patient') && agentOfParticiple(words, left.start) && secondPassiveOfSubject(between, verbAt)) return undefined;
    // "cleared a key Senate committee on Wednesday, backed by Senator Dalcourt": the name only qualifies the noun after
    // it, and the participle set off later describes another.
    // "the Orbis app, developed by Halvena": the word for a product is the product's own noun (rule
    // relative-after-product-word).
    const ownProductNoun = itemAt(left.slots, 0).root === 'Product' && productNounThenComma(between, verbAt) && ruleOn('relative-after-product-word');
    if (passive && ruleOn('modifier-not-passive-subject') && between[verbAt - 1] === ',' && verbAt > 1 && qualifiesNoun(between[0]!) && !ownProductNoun)
      return undefined;
    // "unveiled its Aria X9 processor on Wednesday, saying the chip would power laptops made by Quorra": a participle
    // right before "by", past a preposition, a verb or a clause, describes the noun before it, not the name.
    if (passive && byAt === 0 && !beBefore && ruleOn('participle-after-other-noun') && otherPhraseBefore(between, verbAt)) return undefined;
    if (!passive && tellsOnly(verb.types) && !addresseeFollows(after)) return undefined;
    // "run a laboratory on the university's campus": past the verb's own object, a name owning the place after "on" or
    // "at" only says where the object is; it is no object of the verb (rule possessor-of-place-not-object).
    if (!passive && ruleOn('possessor-of-place-not-object') && itemAt(right.slots, right.slots.length - 1).possessive && placeOfObject(after)) return undefined;
    // "Ellison has backed the project, saying it would bring jobs": the verb has its object before the comma, and a name
    // or pronoun after the participle set off there belongs to the participle's clause (rule
    // object-before-participle-clause).
    if (!passive && ruleOn('object-before-participle-clause') && objectThenParticipleClause(after)) return undefined;
    // "condemned the ruling and said it would ask the World Court": after the verb's own object, "and" and a verb of
    // saying open a clause of their own, and a name after them is that clause's (rule object-before-said-clause).
    if (!passive && ruleOn('object-before-said-clause') && objectThenSaidClause(after)) return undefined;
    // "is monitoring the situation and has reached out to Whitcombe": after the verb's own object, "and" and a finite
    // verb open a clause of its own, and a name there is that verb's, not the first one's (rule object-before-coordinated-clause).
    if (!passive && ruleOn('object-before-coordinated-clause') && objectThenCoordinatedClause(after)) return undefined;
    // "bought the plant from Dunmore Oil": Dunmore Oil sold the plant to the subject, and is not what was bought.
    const fromAt = !passive && verb.types.some((t) => t.name === 'ACQUIRED') && ruleOn('seller-after-from') ? fromBeforeEntity(after) : -1;
    // "finance the purchase with a bank loan from Nordstrand Bank": the lender is where the money comes from, not what is funded.
    const funded = verb.types.some((t) => t.name === 'INVESTED_IN') && !passive && ruleOn('funder-after-from') && fromBeforeEntity(after) >= 0;
    if (funded) return undefined;
    // "Kerr, who joined from the Yorkshire Gazette": the party after "from" is the one left behind, not the one joined.
    if (verb.lemma === 'join' && !passive && ruleOn('joined-from-not-joined') && fromBeforeEntity(after) >= 0) return undefined;
    // "a format Brightline licensed from Tulpvision": the party after "from" with "license" is the licensor, who
    // provided the thing to the subject, not its recipient.
    const licensedFrom = !passive && verb.lemma === 'license' && ruleOn('provider-after-from') ? fromBeforeEntity(after) : -1;
    if (licensedFrom >= 0) {
      const object = objectWords(after.slice(0, licensedFrom));
      const properties = { verb: verb.lemma, ...(object && object.split(' ').length <= 5 ? { object } : {}), ...modality(cue) };
      return { types: [relationDef('PROVIDED')], reverse: true, properties, confidence: verbConfidence(false, verbAt), pattern: 'active-verb', cueAt: cue };
    }
    if (fromAt >= 0) {
      if (!buysFromSeller(verb.lemma)) return undefined;
      const object = objectWords(after.slice(0, fromAt));
      const properties = { verb: verb.lemma, ...(object && object.split(' ').length <= 5 ? { object } : {}), ...modality(cue) };
      return { types: [relationDef('SOLD_TO')], reverse: true, properties, confidence: verbConfidence(false, verbAt), pattern: 'active-verb', cueAt: cue };
    }
    // "agreed to sell its stake in London rail consortium Metro Lines to Velasco": the holding is the object, wherever
    // the company it is in stands; the recipient follows "to".
    const holding = !passive && itemAt(verb.types, 0).objectPreposition !== undefined && ruleOn('holding-in-object') && holdingInPhrase(after);
    if (holding) {
      const properties = { verb: verb.lemma, ...modality(cue) };
      return {
        types: verb.types,
        reverse: false,
        properties,
        confidence: verbConfidence(false, verbAt),
        pattern: 'active-verb',
        cueAt: cue,
        holdingFrom: cue + 1,
      };
    }
    // "was bought by Toulouse-based Ostara": a "-based" place is no agent either; the verb reaches the name after it.
    if (passive && isBasedPlace(view, right) && ruleOn('based-place-not-object')) return undefined;
    // The place's last word carries "-based" ("San Diego-based"), whatever its length.
    if (!passive && outsideVerbReach(verb.lemma, verb.types, after, itemAt(right.slots, 0).root === 'Location', words[right.end - 1])) return undefined;
    const properties: PairMatch['properties'] = { verb: verb.lemma, ...(namedRole ? { role: namedRole } : {}) };
    const def = itemAt(verb.types, 0);
    if (def.objectPreposition && !passive) {
      const prep = after.lastIndexOf(def.objectPreposition);
      const stop = after.findIndex((w) => NOUN_PREPOSITIONS.has(w) || w === 'by' || /ed$/.test(w) || CLAUSE_OPENERS.has(w));
      const object = objectWords(prep >= 0 ? after.slice(0, prep) : after.slice(0, stop < 0 ? after.length : stop));
      if (object && object.split(' ').length <= 5) properties.object = object;
    }
    Object.assign(properties, modality(cue));
    // "Solberg previously ran Intel's research lab": a person who runs an organisation leads it, not uses it.
    const personRuns = verb.lemma === 'run' && !passive && itemAt(left.slots, 0).root === 'Person' && ruleOn('person-runs-organisation');
    // "Russian forces attacked Kharkiv", "Hamas attacked Israel": an army's attack, or one on a place, is armed; "Rao
    // attacked Mehta" is words.
    const target = itemAt((passive ? left : right).slots, 0);
    // "Hamas fighters attacked an Israeli army post": an attack by a body's fighters, or on an armed force, is armed too
    // (rule armed-attack-on-force).
    const byFighters = !passive && ARMED_WORDS.has(words[left.end] ?? '');
    const armed =
      verb.lemma === 'attack' &&
      ruleOn('armed-attack') &&
      (isA(itemAt((passive ? right : left).slots, 0).entity.type, 'MilitaryUnit') ||
        (target.root === 'Location' && !target.possessive) ||
        ((byFighters || isA(target.entity.type, 'MilitaryUnit')) && ruleOn('armed-attack-on-force')));
    const attack = (t: RelationDef) => t.name === 'ATTACKED';
    // "Caldor publishes the Northern Courier", "the Courier is published by Caldor": a newspaper or channel that is the
    // object of publishing is the publisher's own outlet, not something it reports on.
    const outlet =
      verb.lemma === 'publish' &&
      isA(target.entity.type, 'MediaOrganization') &&
      (passive || after.every((w) => DETERMINERS.has(w))) &&
      ruleOn('publisher-owns-outlet');
    const types = outlet
      ? [relationDef('OWNS')]
      : personRuns
        ? verb.types.filter((t) => t.name !== 'USES')
        : armed
          ? [...verb.types.filter(attack), ...verb.types.filter((t) => !attack(t))]
          : verb.types;
    return {
      types,
      reverse: passive,
      properties,
      confidence: verbConfidence(passive, verbAt),
      pattern: passive ? 'passive-verb' : 'active-verb',
      cueAt: cue,
    };
  }
  // A bare nominalisation just before the right-hand entity: "assault on Portmar", "surveillance of Veldorians".
  for (let i = between.length - 1; i >= 0 && i >= between.length - 5; i--) {
    const noun = itemAt(between, i);
    const types = nounTypes(noun);
    if (!types || !NOUN_PREPOSITIONS.has(between[i + 1] ?? '')) continue;
    if (venueOfWin(types, between[i + 1], right)) continue;
    // "sells Metro stake to Velasco": a holding handed "to" someone is no holding of the name before it in them.
    if (HOLDING_NOUNS.has(noun) && between[i + 1] === 'to' && ruleOn('held-object-recipient')) continue;
    if (between[i + 1] === 'over' && rivalAfterOver(types)) continue;
    if (between.slice(i + 2).some((w) => NOUN_PREPOSITIONS.has(w) || verbTypes(w))) continue;
    // "Doe and the deputy secretary of Acme": after "and" the noun belongs to someone else.
    if (between.slice(0, i).some((w, k) => w === ',' || w === 'to' || w === 'and' || CLAUSE_OPENERS.has(w) || (looksVerbal(between, k) && /ed$/.test(w))))
      break;
    // "Eric Vance said strong sales in Ostrava had lifted results": a verb of saying with a subject of its own after it
    // opens a reported clause, whose noun the sayer did not do ("said its sales to X" keeps the sayer; rule
    // nominal-in-reported-clause).
    if (ruleOn('nominal-in-reported-clause') && between.slice(0, i).some((_w, k) => REPORTING.has(between[k]!) && opensClause(between, k))) break;
    return { types, reverse: false, properties: { verb: noun, ...modality(from + i) }, ...statedBy('nominal'), cueAt: from + i };
  }
  // "lodged a compensation claim worth €40m against Globex", "signed a $5bn supply deal with Globex": a noun of the
  // schema reaches the preposition that introduces its target over a sum or a qualifier; the subject does what it
  // names. Bounded look-back, so the work stays linear in the sentence.
  let prepositionAt = between.length - 1;
  while (prepositionAt > 0 && DETERMINERS.has(between[prepositionAt]!)) prepositionAt--;
  const preposition = between[prepositionAt] ?? '';
  if (prepositionAt > 1 && NOUN_PREPOSITIONS.has(preposition) && !afterPreposition && ruleOn('noun-reaches-target')) {
    for (let i = prepositionAt - 1; i >= Math.max(0, prepositionAt - 13); i--) {
      const w = itemAt(between, i);
      if (w === ',' || CLAUSE_OPENERS.has(w) || (i < prepositionAt - 1 && verbTypes(w) && looksVerbal(between, i))) break;
      const cue = nounCueTypes(w, preposition);
      if (!cue || (preposition === 'over' && rivalAfterOver(cue.types))) continue;
      if (judgedAction(between, i, cue.types)) return undefined;
      if (between.slice(0, i).some((x, k) => x === ',' || opensClause(between, k))) break;
      return {
        types: cue.types,
        reverse: cue.inverse,
        properties: { verb: `${w} ${preposition}`, ...governedModality(i, true) },
        ...statedBy('noun-reaches-target'),
        cueAt: from + i,
      };
    }
  }
  // A verb the schema has no type for.
  if (between.length >= 1 && between.length <= 6 && !between.includes(',')) {
    const i = between.findIndex(
      (w, k) =>
        (clauseAt < 0 || k < clauseAt) &&
        (k === 0 || !NOUN_MARKERS.has(itemAt(between, k - 1))) &&
        (/^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.test(w)) &&
        !NOT_RELATIONS.has(w),
    );
    if (i >= 0) {
      const after = between.slice(i + 1);
      const passive = after[after.length - 1] === 'by' || after[0] === 'by';
      return {
        types: [],
        reverse: passive,
        properties: { verb: lemmatise(itemAt(between, i)), ...modality(from + i) },
        ...statedBy('unknown-verb'),
        cueAt: from + i,
      };
    }
  }
  return undefined;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Nouns for the figures a company discloses of its own results ("reported a quarterly profit", "reported record sales"). */
const FINANCIAL_RESULTS = new Set(
  'profit profits loss losses earnings revenue revenues sales turnover income results ebitda margin margins deficit surplus writedown writedowns write-down write-downs impairment dividend'.split(
    ' ',
  ),
);
/** Most words of the object read after "reported" for a financial result ("a better-than-expected third-quarter profit"). */
const MAX_REPORTED_OBJECT = 6;
/** Words that end the object of "reported" (a comma, or a preposition that opens an adjunct: "on Tuesday", "from its …"). */
const AFTER_REPORTED_OBJECT = new Set([',', ';', 'on', 'from', 'for', 'with', 'by', 'after', 'as', 'despite', 'thanks', 'helped', 'and']);

/**
 * True when the object of the verb of reporting at `i` is a financial result ("reported a first-quarter loss") and the
 * right-hand entity is not what the figures are of ("the earnings of Acme", "losses at Acme", which stay a report on it).
 */
function reportsOwnFigures(between: readonly string[], i: number): boolean {
  let k = i + 1;
  let resultAt = -1;
  while (k < between.length && k <= i + MAX_REPORTED_OBJECT && !AFTER_REPORTED_OBJECT.has(between[k]!)) {
    if (FINANCIAL_RESULTS.has(between[k]!)) resultAt = k;
    k++;
  }
  if (resultAt < 0) return false;
  const rest = between.slice(resultAt + 1);
  const ofEntity = rest.length > 0 && /^(?:of|at|in)$/.test(rest[0]!) && rest.slice(1).every((w) => DETERMINERS.has(w));
  return !ofEntity;
}

/** A participle of owning, bare or after a word saying how much ("majority-owned", "wholly-owned", "state-controlled"). */
const OWNED_PARTICIPLE = /^(?:[a-z]+-)?(?:owned|controlled)$/;
/** Nouns for a part of a business that "of" ties to its owner. */
const OWNED_PARTS = new Set(['subsidiary', 'unit', 'division', 'arm', 'affiliate', 'business', 'company']);

/** Prepositions of place that a possessed place follows after a verb's object ("on the university's campus"). */
const PLACE_PREPOSITIONS = new Set(['on', 'at', 'near', 'inside', 'outside']);

/** True when `words`, between a verb and a possessor, are an object with an article and a preposition of place after it. */
function placeOfObject(words: readonly string[]): boolean {
  const end = words[words.length - 1] === 'the' ? words.length - 1 : words.length;
  return (
    end >= 3 && PLACE_PREPOSITIONS.has(words[end - 1] ?? '') && DETERMINERS.has(words[0] ?? '') && words.slice(1, end - 1).every((w) => /^[a-z-]+$/.test(w))
  );
}

/** Words that open a phrase of time around an event ("after a study", "following an inquiry"). */
const TIME_OF_EVENT = new Set(['after', 'before', 'following', 'since', 'during']);

/** True when `words`, before a passive's "by", end in a time word and a determined noun ("after a study"). */
function eventBeforeAgent(words: readonly string[]): boolean {
  const at = words.findIndex((w) => TIME_OF_EVENT.has(w));
  return at >= 0 && DETERMINERS.has(words[at + 1] ?? '') && words.length - at <= 4 && words.slice(at + 2).every((w) => /^[a-z-]+$/.test(w));
}

/** Most lower-case words of the kind of body written before a name ("the investment firm", "shopping centre operator"). */
const MAX_OWNER_KIND = 3;

/**
 * True when `words` are an article and a kind of organisation only ("the investment firm", "the state oil company"):
 * the owner's name after them is described, not replaced (rule owner-kind-after-by).
 */
function kindOfBodyOnly(words: readonly string[]): boolean {
  const kind = kindAfterArticles(words);
  return kind !== undefined && kind.articles > 0 && organisationKind(kind.words);
}

/**
 * The lower-case words of a kind after any articles ("the investment firm": one article, "investment firm"), when
 * there are one to `MAX_OWNER_KIND` of them and nothing else; undefined otherwise.
 */
function kindAfterArticles(words: readonly string[]): { articles: number; words: readonly string[] } | undefined {
  let at = 0;
  while (DETERMINERS.has(words[at] ?? '')) at++;
  const kind = words.slice(at);
  return kind.length >= 1 && kind.length <= MAX_OWNER_KIND && kind.every((w) => /^[a-z-]+$/.test(w)) ? { articles: at, words: kind } : undefined;
}

/** Whether the words end in a descriptor of a kind of organisation ("investment firm", "escalator manufacturer"). */
function organisationKind(kind: readonly string[]): boolean {
  const found = descriptorEndingAt(kind, kind.length);
  return found !== undefined && rootType(found.type) === 'Organization';
}

/**
 * The cue when `between` from `i` to its end says the right-hand entity owns the left: "majority-owned by" (a
 * compound participle before "by", which the phrase "owned by" does not match), or "owned subsidiary of", "wholly
 * owned unit of", "majority-owned affiliate of"; undefined otherwise.
 */
function ownedPartAt(between: readonly string[], i: number): string | undefined {
  const participle = itemAt(between, i);
  if (!OWNED_PARTICIPLE.test(participle)) return undefined;
  const rest = (k: number) => between.slice(k).every((w) => DETERMINERS.has(w)) || (ruleOn('owner-kind-after-by') && kindOfBodyOnly(between.slice(k)));
  if (participle.includes('-') && between[i + 1] === 'by' && rest(i + 2)) return `${participle} by`;
  const part = between[i + 1] ?? '';
  return OWNED_PARTS.has(part) && between[i + 2] === 'of' && rest(i + 3) ? `${participle} ${part} of` : undefined;
}

/** Words that may stand between a name and the title it is named to ("named Doe as its new chief executive"). */
const BEFORE_NAMED_TITLE = new Set(['as', 'its', 'the', 'a', 'an', 'their', 'new', 'next', 'interim', 'acting', 'permanent']);
/** Most such words. */
const MAX_BEFORE_NAMED_TITLE = 3;
/** Most words of a title a name is named to. */
const MAX_NAMED_TITLE = 5;

/**
 * The title written right after the name at `at` ("Ostrander chief executive", "Halden as its new president"), when
 * only "as", a determiner and "new" or "interim" stand before it; undefined otherwise.
 */
/** Past verbs besides "named" that give a person a post ("appointed Doe as chairman", "hired Doe as head of …"). */
const APPOINTING_VERBS = new Set(['appointed', 'hired', 'picked', 'tapped', 'chose', 'elected', 'promoted']);
/** Most words of an apposition set off between the one appointed and "as" their title. */
const MAX_APPOINTED_APPOSITION = 14;

/**
 * The title after an apposition set off by commas after a name, when ", as" closes it ("named Dana Whitcombe, a former
 * director of Orland, as its chief financial officer"); undefined otherwise (rule appointed-past-apposition).
 */
function titleAfterApposition(words: readonly string[], at: number): string | undefined {
  if (words[at] !== ',') return undefined;
  for (let k = at + 1; k <= at + MAX_APPOINTED_APPOSITION && k < words.length; k++) {
    const w = words[k]!;
    if (w === ',') return words[k + 1] === 'as' ? titleAfterName(words, k + 1) : undefined;
    if (w === '.' || w === ';' || w === '"' || CLAUSE_BREAKS.has(w)) return undefined;
  }
  return undefined;
}

function titleAfterName(words: readonly string[], at: number): string | undefined {
  let k = at;
  while (k < at + MAX_BEFORE_NAMED_TITLE && BEFORE_NAMED_TITLE.has(words[k] ?? '')) k++;
  let end = k;
  while (end < k + MAX_NAMED_TITLE && isTitleWordAt(words, end)) end++;
  // "appointed Elin Marstad as finance minister and named Torvald Egge …": an "and" the title words end with joins the
  // next verb phrase, not a second title (rule named-title-no-dangling-and).
  while (end > k + 1 && words[end - 1] === 'and' && ruleOn('named-title-no-dangling-and')) end--;
  const title = words.slice(k, end);
  return isTitle(title) ? title.join(' ') : undefined;
}

/** Units of a share in a poll or a vote ("41 percent", "38 per cent", "12 points", "212 seats"). */
const SHARE_UNITS = new Set(['percent', 'pct', '%', 'points', 'seats', 'votes']);

/** True when a number and a unit of a share stand at `at` ("41 percent", "38 per cent", "41%", "212 seats"). */
function shareFollows(words: readonly string[], at: number): boolean {
  const amount = words[at] ?? '';
  if (/^\d[\d.,]*%$/.test(amount)) return true;
  if (!/^\d[\d.,]*$/.test(amount)) return false;
  const unit = words[at + 1] ?? '';
  return SHARE_UNITS.has(unit) || (unit === 'per' && words[at + 2] === 'cent');
}

/**
 * The office title after "as" at `at` when "of" (and perhaps "the") joins it straight to the place `right`
 * ("as mayor of Holmvik", "as prime minister of Drevania"), or undefined.
 */
function officeOfPlace(words: readonly string[], at: number, right: Group): string | undefined {
  if (!right.slots.every((s) => s.root === 'Location')) return undefined;
  const role = titleAfterName(words, at);
  if (!role?.split(' ').some((w) => OFFICE_TITLES.has(w))) return undefined;
  const of = right.start - (words[right.start - 1] === 'the' ? 2 : 1);
  return words[of] === 'of' && words.slice(of - role.split(' ').length, of).join(' ') === role ? role : undefined;
}

/** Modals that put a reported clause in the future or the conditional ("said the strike would cost"). */
const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'can']);
/** Words a reported clause may run to before "and" and the sayer's second verb. */
const MAX_REPORTED = 14;

/**
 * Where the sayer's second verb stands in `between` ("said the strike would cost the port millions and accused the"):
 * a verb of saying that opens a clause first, a modal in that clause, then "and" and a past verb of the schema with no
 * other "and", comma or clause opener between; -1 otherwise (rule said-and-second-verb). With no modal the past verb
 * may be the reported subject's ("said Acme had cut jobs and closed plants").
 */
function sayersSecondVerb(between: readonly string[]): number {
  const said = between.findIndex((w) => w === 'said' || w === 'says');
  if (said < 0 || !opensClause(between as string[], said)) return -1;
  let modal = false;
  for (let j = said + 1; j + 1 < between.length && j <= said + MAX_REPORTED; j++) {
    const w = between[j]!;
    if (MODALS.has(w)) modal = true;
    else if (w === 'and') {
      const next = between[j + 1]!;
      return modal && (/^[a-z]{3,}ed$/.test(next) || IRREGULAR_PAST.test(next)) && verbTypes(next) ? j + 1 : -1;
    } else if (w === ',' || CLAUSE_BREAKS.has(w) || (CLAUSE_OPENERS.has(w) && !(w === 'that' && j === said + 1))) return -1;
  }
  return -1;
}

/** Types whose nouns name an action one may demand against a party ("an investigation into", "a ban on", "sanctions against"). */
const DEMANDABLE_ACTIONS = new Set(['INVESTIGATED', 'TERMINATED_SERVICE', 'PROTESTED', 'CHARGED', 'SUED', 'FINED']);
/** Nouns of such actions the schema's signals lack. */
const DEMANDED_ACTION_NOUNS = new Set(['release', 'removal', 'apology', 'moratorium', 'closure', 'withdrawal', 'sanction', 'action', 'crackdown']);
const ABOUT_PREPOSITIONS = new Set(['into', 'of', 'on', 'against', 'over', 'from']);

/**
 * True when the words after a verb of demanding are a noun of an action (with articles and modifiers before it) and a
 * preposition, then articles only: the entity after them is what the action is into or against, not the one asked
 * (rule demanded-action-object).
 */
function demandedActionBefore(after: readonly string[]): boolean {
  let k = after.length;
  while (k > 0 && DETERMINERS.has(after[k - 1]!)) k--;
  if (k < 2 || !ABOUT_PREPOSITIONS.has(after[k - 1]!)) return false;
  const noun = after[k - 2]!;
  const action = DEMANDED_ACTION_NOUNS.has(noun) || (nounTypes(noun)?.some((t) => DEMANDABLE_ACTIONS.has(t.name)) ?? false);
  return action && after.slice(0, k - 2).every((w) => /^[a-z-]+$/.test(w) && !NOUN_PREPOSITIONS.has(w) && w !== 'to');
}

/** Most lower-case words of the unnamed one asked between its article and "to" ("the state mining company"). */
const MAX_ASKED_NOUN_WORDS = 3;

/**
 * True when the words after a phrase of demanding open with an article or a possessive, one to three lower-case
 * words, "to" and a verb's base ("on the trader to build a plant in"): the one asked is that noun, and the entity
 * after the infinitive is in the act asked for.
 */
function askedNounBeforeInfinitive(after: readonly string[]): boolean {
  if (!DETERMINERS.has(after[0] ?? '')) return false;
  const to = after.indexOf('to');
  if (to < 2 || to - 1 > MAX_ASKED_NOUN_WORDS || to + 1 >= after.length) return false;
  return after.slice(1, to).every((w) => /^[a-z][a-z-]*$/.test(w) && !DETERMINERS.has(w) && !NOUN_PREPOSITIONS.has(w)) && /^[a-z]+$/.test(after[to + 1]!);
}

/** Names of bodies of workers ("Rail Workers Union", "Bakers Guild", "General Federation of Labour"). */
const LABOUR_BODY = /\b(?:unions?|guild|federation|confederation|workers|teamsters|syndicate)\b/i;
/** Names that say a body fights with arms or sits in government, whatever else they hold ("Kurdistan Workers' Party"). */
const ARMED_OR_POLITICAL = /\b(?:party|army|front|forces|brigades?|movement|militia|european|african)\b/i;
const STRIKE_WORDS = new Set(['strike', 'strikes', 'struck', 'striking', 'walkout', 'walkouts']);

/**
 * Where a strike word stands in `between` when `left` is a body of workers (an organisation, not an agency, a bloc or
 * an armed force) and the strike word is followed only by "against" or "at" and determiners before the right entity,
 * with no comma or new clause before it; -1 otherwise (rule labour-strike).
 */
function labourStrikeAt(left: Group, between: readonly string[]): number {
  const body = left.slots.every(
    (s) =>
      s.root === 'Organization' &&
      LABOUR_BODY.test(s.entity.name) &&
      !ARMED_OR_POLITICAL.test(s.entity.name) &&
      !(['GovernmentBody', 'MilitaryUnit', 'InternationalOrganization'] as const).some((kind) => isA(s.entity.type, kind)),
  );
  if (!body) return -1;
  let k = between.length;
  while (k > 0 && DETERMINERS.has(between[k - 1]!)) k--;
  const at = k - 2;
  if (at < 0 || !STRIKE_WORDS.has(between[at]!) || !/^(?:against|at)$/.test(between[k - 1]!)) return -1;
  return between.slice(0, at).some((w, i) => w === ',' || opensClause(between as string[], i)) ? -1 : at;
}

/** True when `w`, right after a name, is a common noun the name qualifies ("Senate committee"), not a verb or a function word. */
function qualifiesNoun(w: string): boolean {
  if (!/^[a-z]{3,}$/.test(w) || /(?:ed|ly|ing)$/.test(w) || IRREGULAR_PAST.test(w)) return false;
  if (verbTypes(w) || ADVERBS.has(w) || BE_FORMS.has(w) || REPORTING.has(w) || NOUN_PREPOSITIONS.has(w) || DETERMINERS.has(w)) return false;
  return !CLAUSE_OPENERS.has(w) && !/^(?:and|or|but|also|says|said|has|had|have|will|would|could|can|may|might|must|should|did|does|not)$/.test(w);
}

/** Words a doer may follow "by" with before its name ("by the industry group", "by Senator"). */
const MAX_BEFORE_AGENT = 4;
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose', 'that']);

/** True when the name at `start` is the doer of a participle ("backed by", "organised by the coalition"). */
function agentOfParticiple(words: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 1 - MAX_BEFORE_AGENT); k--) {
    const w = itemAt(words, k);
    if (w === 'by') return k > 0 && isParticiple(itemAt(words, k - 1));
    if (!/^\p{L}/u.test(w) || RELATIVE_PRONOUNS.has(w)) return false;
  }
  return false;
}

/**
 * True when the passive verb at `verbAt` is coordinated with what comes before ("and opposed by") or is the main
 * verb after an aside (", was endorsed by"): its subject is the sentence's, not a name in a relative clause.
 */
function secondPassiveOfSubject(between: readonly string[], verbAt: number): boolean {
  const before = between.slice(0, verbAt);
  if (before.some((w) => RELATIVE_PRONOUNS.has(w))) return false;
  const previous = before[before.length - 1] ?? '';
  return previous === 'and' || (BE_FORMS.has(previous) && previous !== "'s");
}

/** First words of partnership phrases that qualify an act rather than name one ("together with", "in partnership with"). */
const ADVERBIAL_PARTNERSHIP_OPENERS = new Set(['together', 'in', 'jointly']);
/** Prepositions whose object a name is and takes no partner ("into Nemunas Cargo"); not "of", "at" or "for" ("a consortium of Acme together with Beta", "developed at Stanford in partnership with Google"). */
const OBJECT_PREPOSITIONS = new Set(['into', 'against', 'on', 'from', 'to', 'over']);

/** The index of the word before the name at `start`, past determiners ("into the X": "into"). */
function wordBeforeDeterminers(words: readonly string[], start: number): number {
  let k = start - 1;
  while (k >= 0 && DETERMINERS.has(words[k]!)) k--;
  return k;
}

/** True when "and" and only forms of "be" or adverbs stand right before the phrase at `at` ("and is owned by"). */
function coordinatedBeforePassive(between: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (BE_FORMS.has(between[k]!) || ADVERBS.has(between[k]!))) k--;
  return k < at - 1 && between[k] === 'and';
}

/** Most lower-case words between a relative clause's verb and its object's name ("runs the online SpinHarbour"). */
const MAX_RELATIVE_OBJECT_LEAD = 4;

/** True when the name at `start` is the object of the verb right after ", which" or ", who" ("which runs the X"). */
function objectOfRelative(words: readonly string[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= MAX_RELATIVE_OBJECT_LEAD && /^[a-z-]+$/.test(words[k]!) && !RELATIVES.has(words[k]!)) {
    if (RELATIVES.has(words[k - 1] ?? '') && words[k - 2] === ',') return true;
    k--;
  }
  return false;
}

/** Most words between ", who" or ", which" and a name inside the clause it opens. */
const MAX_RELATIVE_LEAD = 6;

/**
 * True when the name at `start` stands inside a relative clause opened by ", who" or ", which" a few words before it,
 * with no comma between, and `between` closes that clause with a comma followed by a lower-case word.
 */
function insideClosedRelative(words: readonly string[], start: number, between: readonly string[]): boolean {
  let k = start - 1;
  while (k >= Math.max(1, start - MAX_RELATIVE_LEAD) && words[k] !== ',' && words[k] !== 'who' && words[k] !== 'which') k--;
  if (!(words[k] === 'who' || words[k] === 'which') || words[k - 1] !== ',') return false;
  const close = between.indexOf(',');
  return close >= 0 && /^\p{Ll}/u.test(between[close + 1] ?? '') && !COORDINATORS.has(between[close + 1]!);
}

/** Most words between the comma opening a description and a name inside the relative clause that follows its noun. */
const MAX_DESCRIBED_LEAD = 24;

/**
 * True when the name at `start` stands inside a relative clause that follows the noun of a description set off by a
 * comma (", a union that represents … around Gazipur"), with no comma between, and `between` closes that clause with a
 * comma followed by a lower-case word.
 */
function insideDescribedRelative(words: readonly string[], start: number, between: readonly string[]): boolean {
  let k = start - 1;
  while (k >= 1 && start - k <= MAX_DESCRIBED_LEAD && words[k] !== ',') k--;
  if (words[k] !== ',' || !ARTICLES.has(words[k + 1] ?? '')) return false;
  const relative = words.slice(k + 1, start).findIndex((w, i) => i >= 2 && i <= 4 && RELATIVES.has(w));
  if (relative < 0) return false;
  const close = between.indexOf(',');
  return close >= 0 && /^\p{Ll}/u.test(between[close + 1] ?? '') && !COORDINATORS.has(between[close + 1]!);
}

/**
 * Where the comma closing a relative clause that opens `between` (", which …,", ", who …," or ", whose …,") stands, when a
 * lower-case predicate follows it; -1 otherwise.
 */
function closedRelativeEnd(view: SentenceView, from: number, between: readonly string[]): number {
  const opener = between[1] === 'which' || between[1] === 'who' || (between[1] === 'whose' && ruleOn('whose-closed-relative-clause'));
  // ", a union that represents about 3,000 of the 5,200 staff at the hotels,": a description whose noun a relative
  // clause follows closes as the clause does, however long (rule apposition-relative-closed).
  const described = !opener && ruleOn('apposition-relative-closed') ? describedRelativeAt(between) : -1;
  if (between[0] !== ',' || (!opener && described < 0)) return -1;
  const close = between.indexOf(',', described > 0 ? described + 1 : 2);
  const next = view.sentence.tokens[from + close + 1]?.text ?? '';
  return close > 2 && close + 1 < between.length && /^\p{Ll}/u.test(next) && !COORDINATORS.has(next) ? close : -1;
}

/**
 * The index of the relative pronoun of ", a union that", ", the group which": the first within a description's first
 * words, after an apposition as the short form of apposition-relative-closed reads one ({@link appositionBefore}).
 */
function describedRelativeAt(between: readonly string[]): number {
  const relative = between.findIndex((w, i) => i >= 3 && i <= 5 && RELATIVES.has(w));
  return relative > 0 && appositionBefore(between, relative) ? relative : -1;
}

/** True when `between` ends in ", and the" and the right-hand group is followed by a verb: it is the subject of a new clause. */
function commaAndTheSubject(view: SentenceView, between: readonly string[], right: Group): boolean {
  let k = between.length;
  while (k > 0 && ARTICLES.has(between[k - 1]!)) k--;
  if (k === between.length || k < 3 || between[k - 1] !== 'and' || between[k - 2] !== ',') return false;
  const next = view.words[right.end] ?? '';
  return /^[a-z]{3,}ed$/.test(next) || IRREGULAR_PAST.test(next) || REPORTING.has(next) || ADVERBS.has(next) || BE_FORMS.has(next) || next === 'said';
}

/** Adverbs that may stand between "and" and a verb of saying ("and also said", "and later told"). */
const BEFORE_SAID = new Set(['also', 'later', 'then']);

/**
 * The words between a verb and a name: an object of the verb's own that opens with a determiner and names nothing
 * ("the decision", "the ruling, calling it political,"), then "and" and a verb of saying ("and said", "and also told"),
 * so the name stands in the clause of saying, not as the first verb's object.
 */
function objectThenSaidClause(after: readonly string[]): boolean {
  if (!OBJECT_OPENERS.has(after[0] ?? '')) return false;
  const andAt = after.findIndex((w, k) => {
    if (k < 2 || w !== 'and') return false;
    const next = BEFORE_SAID.has(after[k + 1] ?? '') ? after[k + 2] : after[k + 1];
    return SAYING.has(next ?? '');
  });
  return andAt >= 2 && after.slice(1, andAt).every((w) => !/^[A-Z]/.test(w));
}

/** Auxiliaries that open the verb of a coordinated clause ("and has reached out to", "and will meet"). */
const COORDINATED_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would']);

/**
 * The words between a verb and a name: an object of the verb's own that opens with a determiner and names nothing
 * ("the situation"), then "and", an auxiliary and a verb that is no cue of the schema ("and has reached out to"), so
 * the name stands in the second clause, not as the first verb's object. A second verb that is a cue relates the pair.
 */
function objectThenCoordinatedClause(after: readonly string[]): boolean {
  if (!OBJECT_OPENERS.has(after[0] ?? '')) return false;
  const andAt = after.indexOf('and');
  if (andAt < 2 || !after.slice(1, andAt).every((w) => /^[a-z][a-z-]*$/.test(w))) return false;
  const auxiliary = after[andAt + 1] ?? '';
  const second = after[andAt + 2] ?? '';
  return COORDINATED_AUXILIARIES.has(auxiliary) && /^[a-z]{3,}(?:ed|en)$/.test(second) && verbTypes(second) === undefined;
}

/** Determiners that open the object noun phrase of a verb ("the project", "its plan"). */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'both', 'all', 'each']);

/**
 * The words between a verb and a name: an object of the verb's own ("the project") that opens with a determiner and
 * holds only lower-case words, then a comma and a participle in -ing ("saying", "arguing"), so the name stands in the
 * participle's clause. A participle the schema has as a cue ("accusing", "praising") is left to relate the pair.
 */
function objectThenParticipleClause(after: readonly string[]): boolean {
  const comma = after.indexOf(',');
  if (comma < 2 || !OBJECT_OPENERS.has(after[0]!)) return false;
  const object = after.slice(1, comma);
  const participle = after[comma + 1] ?? '';
  // "criticised the deal, accusing Halvik": a participle that is a cue of its own still relates the pair.
  return object.every((w) => /^[a-z][a-z-]*$/.test(w)) && /^[a-z]{2,}ing$/.test(participle) && verbTypes(participle) === undefined;
}
