// Who does what a clause says, where the nearest name is not the doer: a second verb phrase joined by "and" keeps
// the first one's subject ("Doe studied at Yale and later joined Pfizer": Doe joined Pfizer, not Yale), and a
// relative clause keeps its own subject inside it ("Acme, which Globex bought, sued Initech": Globex sued no one).
import { CLAUSE_BREAKS, DETERMINERS } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { verbTypes } from './signals.js';
import { isTitleWord } from './structural-patterns.js';
import { MONTHS, OCCUPATIONS, TITLES, WEEKDAYS } from '../recognition/lexicon/words.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { descriptorEndingAt } from '../recognition/descriptors.js';
import { rootType } from '../schema/schema.js';

const PREPOSITIONS = new Set([
  'of',
  'in',
  'on',
  'at',
  'from',
  'with',
  'for',
  'to',
  'into',
  'over',
  'against',
  'about',
  'by',
  'like',
  'than',
  'after',
  'before',
  'under',
  'between',
]);
const RELATIVES = new Set(['which', 'who', 'whom', 'that', 'whose']);
const LINKING_ADVERBS = /^(?:later|then|also|subsequently|eventually|finally|soon|since|now|has|have|had|was|were|is|is|will|\p{Ll}+ly)$/u;
const IRREGULAR_PAST =
  /^(?:met|sent|led|held|took|gave|made|sold|bought|won|lost|told|wrote|left|fought|struck|shot|hit|paid|brought|kept|became|beat|ran|sued)$/;

const TIME_PREPOSITIONS = new Set(['in', 'on', 'during', 'since']);
const TIME_DEICTICS = new Set(['last', 'this', 'next', 'earlier', 'that']);
const TIME_UNITS = /^(?:year|month|week|weekend|spring|summer|autumn|fall|winter|decade|century)$/;
const isDate = (w: string) => MONTHS.has(w) || WEEKDAYS.has(w) || /^\d{1,4}$/.test(w);

/** Where a time phrase at `k` ends ("in 2019", "on Monday", "in March 2019", "last year"); `k` when none starts there. */
function pastTimePhrase(words: readonly string[], k: number, to: number): number {
  if (!ruleOn('time-phrase-in-coordination')) return k;
  let j = k;
  if (TIME_PREPOSITIONS.has(words[j] ?? '') && j + 1 < to && isDate(words[j + 1]!)) j++;
  else if (TIME_DEICTICS.has(words[j] ?? '') && j + 1 < to && TIME_UNITS.test(words[j + 1]!)) return j + 2;
  else return k;
  while (j < to && (isDate(words[j]!) || words[j] === ',' || partOfDay(words, j))) j++;
  return words[j - 1] === ',' ? j - 1 : j;
}

/** "on Monday evening", "on Friday night": a part of the day right after a weekday is part of the time phrase. */
function partOfDay(words: readonly string[], k: number): boolean {
  return PARTS_OF_DAY.test(words[k]!) && WEEKDAYS.has(words[k - 1] ?? '') && ruleOn('part-of-day-in-time-phrase');
}
const PARTS_OF_DAY = /^(?:morning|afternoon|evening|night)$/;

/** Words a gerund's complement may run to before "and" ("of intimidating local leaders"). */
const MAX_GERUND_COMPLEMENT = 6;

/**
 * Where the complement "of/for <gerund> …" after an object ends ("accused Teravale of intimidating local leaders and
 * urged …"), when "and" follows it within a few lower-case words; `k` when there is none (rule
 * gerund-complement-in-coordination).
 */
function gerundComplementEnd(words: readonly string[], k: number, to: number): number {
  if (!/^(?:of|for)$/.test(words[k] ?? '') || !/^\p{Ll}{3,}ing$/u.test(words[k + 1] ?? '') || !ruleOn('gerund-complement-in-coordination')) return k;
  for (let j = k + 2; j < Math.min(to, k + 2 + MAX_GERUND_COMPLEMENT); j++) {
    const w = words[j]!;
    if (w === 'and') return j;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || CLAUSE_BREAKS.has(w) || RELATIVES.has(w)) return k;
  }
  return k;
}

/** True when `words[from..to)` is "[time] [,] and [adverbs] <verb> …": a second verb phrase, not a new subject. */
function secondVerbPhrase(words: readonly string[], from: number, to: number): boolean {
  let k = gerundComplementEnd(words, pastTimePhrase(words, from, to), to);
  if (words[k] === ',') k++;
  if (words[k] !== 'and') return false;
  k++;
  for (let moved = true; moved && k < to;) {
    const start = k;
    while (k < to && LINKING_ADVERBS.test(words[k]!) && !verbTypes(words[k]!)) k++;
    k = pastTimePhrase(words, k, to);
    moved = k > start;
  }
  const w = words[k] ?? '';
  return k < to && isFiniteVerb(w);
}

/**
 * True when the group stands after a preposition or a verb (an object, not a subject): "at Yale", "with the Acme". A
 * title before the name ("Australian senator Jane Doe", "the former minister Jane Doe") is part of how it is named,
 * and the word before the title decides.
 */
function isObject(view: SentenceView, group: Group): boolean {
  const words = view.words;
  let k = group.start - 1;
  while (k >= 0 && DETERMINERS.has(words[k]!)) k--;
  // "Former judge Marta Kovac", "businessman Emil Roth": an occupation or a title before the name is how it is named.
  const titled = (w: string) => isTitleWord(w) || (ruleOn('occupation-before-subject') && (OCCUPATIONS.has(w) || TITLES.has(w)));
  if (ruleOn('title-before-subject') && k >= 0 && titled(words[k]!)) {
    while (k >= 0 && titled(words[k]!)) k--;
    while (k >= 0 && /^\p{Lu}/u.test(view.sentence.tokens[k]!.text)) k--;
    while (k >= 0 && DETERMINERS.has(words[k]!)) k--;
  }
  // "The advocacy group Green Andes accused …", "the consumer group Fairpay": a word for a kind of body and one
  // modifier before it are how the name is introduced.
  const kind = k >= 0 && ruleOn('descriptor-before-subject') ? descriptorEndingAt(words, k + 1) : undefined;
  if (kind && rootType(kind.type) === 'Organization') {
    k -= kind.length;
    if (k >= 1 && /^\p{Ll}+$/u.test(words[k]!) && DETERMINERS.has(words[k - 1]!)) k--;
    while (k >= 0 && DETERMINERS.has(words[k]!)) k--;
  }
  return (
    k >= 0 &&
    (PREPOSITIONS.has(words[k]!) ||
      (/^\p{Ll}/u.test(words[k]!) && !CLAUSE_BREAKS.has(words[k]!) && words[k] !== ',' && !RELATIVES.has(words[k]!) && words[k] !== 'and'))
  );
}

/**
 * The subject a verb phrase after `left` belongs to, when it is not `left`: the first earlier group of the clause that
 * is no object, if "and" joins a second verb phrase right after `left` (an object of the first). Undefined otherwise.
 */
export function sharedSubject(view: SentenceView, leftIndex: number, right: Group): Group | undefined {
  const { words, groups } = view;
  const left = groups[leftIndex]!;
  if (!secondVerbPhrase(words, left.end, right.start) || !isObject(view, left)) return undefined;
  // "Estonia's labour minister, Irena Kask, met … and called on Norska": a possessor only qualifies the noun after it,
  // and the name after that noun is the subject; alone, the possessor is still the nearest reading.
  let possessor: Group | undefined;
  for (let g = 0; g < leftIndex; g++) {
    const candidate = groups[g]!;
    if (candidate.end <= view.bodyStart) continue;
    if (words.slice(candidate.end, left.start).some((w) => CLAUSE_BREAKS.has(w) || RELATIVES.has(w))) continue;
    if (isObject(view, candidate)) continue;
    if (!candidate.slots.every((slot) => slot.possessive) || !ruleOn('possessor-not-shared-subject')) return candidate;
    possessor ??= candidate;
  }
  return possessor;
}

/**
 * True when `left` is the subject of a relative clause ("which Globex acquired last year,") that closes with a comma
 * before `right`: what follows the comma belongs to the clause around it.
 */
export function closedRelativeClause(view: SentenceView, left: Group, right: Group): boolean {
  const { words } = view;
  let k = left.start - 1;
  while (k >= 0 && DETERMINERS.has(words[k]!)) k--;
  if (!RELATIVES.has(words[k] ?? '') || words[k - 1] !== ',') return false;
  return words.slice(left.end, right.start).includes(',');
}

/** Words that open the main clause's verb group right after a relative clause's closing comma. */
const MAIN_VERB_START = /^(?:has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|did|does|also|then|later|now|last)$/;

/** A past form or a cue verb in the third person ("joined", "sold", "sues"). */
export function isFiniteVerb(w: string): boolean {
  return /^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR_PAST.test(w) || (verbTypes(w) !== undefined && /s$/.test(w));
}

/** Verbs of saying that do not end in "-ed": the main verb of most news sentences ("Acme, which …, said …"). */
const SAYING = /^(?:said|says|told|tells)$/;

/** True when `w`, right after the comma that closes a clause, opens the main clause's verb group. */
export function opensMainVerb(w: string): boolean {
  return MAIN_VERB_START.test(w) || isFiniteVerb(w) || (SAYING.test(w) && ruleOn('saying-after-clause'));
}

/** The group before `leftIndex` that ends right at `end`, if any. */
function groupEndingAt(groups: readonly Group[], leftIndex: number, end: number, words?: readonly string[]): Group | undefined {
  for (let g = leftIndex - 1; g >= 0; g--) if (groups[g]!.end === end) return groups[g];
  // "The Technikbund union, which represents …": a word for the kind of body after the name is the name's noun, and
  // the clause still describes the name (rule relative-after-kind-noun).
  const noun = words?.[end - 1] ?? '';
  if (words && /^\p{Ll}+$/u.test(noun) && KIND_NOUNS_AFTER_NAME.has(noun) && ruleOn('relative-after-kind-noun'))
    for (let g = leftIndex - 1; g >= 0; g--) if (groups[g]!.end === end - 1) return groups[g];
  return undefined;
}
/** Words for a kind of body written right after its name ("the Technikbund union", "the Halvek group"). */
const KIND_NOUNS_AFTER_NAME = new Set(['union', 'group', 'company', 'firm', 'party', 'alliance', 'association', 'federation', 'network', 'coalition', 'bank']);

/**
 * The antecedent of a relative clause that `left` closes ("Acme, which develops games for Globex, has sued Initech":
 * Acme sued, not Globex): when a comma and a verb follow `left` and ", which" or ", who" stands a few words back with
 * no comma between, the group before that comma is the subject of what follows. The look-back is bounded.
 */
export function relativeAntecedent(view: SentenceView, leftIndex: number, right: Group): Group | undefined {
  const { words, groups } = view;
  const left = groups[leftIndex]!;
  if (words[left.end] !== ',' || left.end + 1 >= right.start) return undefined;
  const next = words[left.end + 1]!;
  const bare = !opensMainVerb(next) && ruleOn('plural-relative-bare-verb') && verbTypes(next)?.lemma === next;
  // "Karst Capital, which owns 6 percent of Tessaro, publicly called for …": an adverb in -ly between the closing comma
  // and the verb leaves the verb the main clause's (rule adverb-after-relative-clause).
  const adverbed = /^\p{Ll}{2,}ly$/u.test(next) && left.end + 2 < right.start && opensMainVerb(words[left.end + 2]!) && ruleOn('adverb-after-relative-clause');
  if (!opensMainVerb(next) && !bare && !adverbed) return undefined;
  const relative = relativeOpening(words, left, groups);
  if (relative < 0) return undefined;
  // "Valdemoor, who are owned by Curtis Langford, play Brenton Rovers": a bare verb agrees with the plural the
  // clause's own verb shows ("who are", "which have"); after "who is" it would be no verb of the antecedent.
  if (bare && !PLURAL_AFTER_RELATIVE.test(words[relative + 1] ?? '')) return undefined;
  return groupEndingAt(groups, leftIndex, relative - 1, words);
}

/**
 * Where the ", which" or ", who" that opens the relative clause `left` stands in is written, a bounded look back with
 * no comma or clause break between; -1 when there is none.
 */
function relativeOpening(words: readonly string[], left: Group, groups: readonly Group[]): number {
  for (let k = left.start - 1; k >= Math.max(1, left.start - 20); k--) {
    const w = words[k]!;
    // "which runs trains linking Leeds, Manchester and Sheffield,": a comma between two listed names goes on with the
    // list, inside the clause (rule relative-past-listed-names).
    if (w === ',' && listComma(groups, k) && ruleOn('relative-past-listed-names')) continue;
    if (w === ',' || CLAUSE_BREAKS.has(w)) return -1;
    if (w === 'which' || w === 'who') return words[k - 1] === ',' ? k : -1;
  }
  return -1;
}

/** Whether the comma at `k` stands right between two names, as in a list ("Leeds, Manchester and Sheffield"). */
function listComma(groups: readonly Group[], k: number): boolean {
  return groups.some((g) => g.end === k) && groups.some((g) => g.start === k + 1);
}

/** Most lower-case words between a name inside a relative clause and the comma that closes the clause. */
const MAX_WORDS_BEFORE_CLOSE = 5;

/**
 * Where the relative clause that `left` stands in closes, when lower-case words of the noun `left` qualifies follow it
 * ("which represents 2,000 of Ligurian Coastal's crew and shore staff, criticised"): the index of the closing comma,
 * or -1. Nothing but such words stands between `left` and the comma.
 */
export function relativeCloseAfterWords(view: SentenceView, left: Group): number {
  const { words } = view;
  let k = left.end;
  if (words[k] === "'s" || words[k] === "'") k++;
  const start = k;
  while (
    k < words.length &&
    k - start < MAX_WORDS_BEFORE_CLOSE &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(words[k]!) &&
    !CLAUSE_BREAKS.has(words[k]!) &&
    !RELATIVES.has(words[k]!)
  )
    k++;
  return k > start && words[k] === ',' ? k : -1;
}

/**
 * The antecedent of a relative clause that closes a few words after `left` ("The Seafarers' Federation, which
 * represents 2,000 of Ligurian Coastal's crew and shore staff, criticised the sale and urged the Italian government"):
 * as relativeAntecedent, with the words of the noun `left` qualifies between it and the closing comma (rule
 * relative-clause-antecedent-past-noun).
 */
export function relativeAntecedentPastNoun(view: SentenceView, leftIndex: number, right: Group): Group | undefined {
  const { words, groups } = view;
  const left = groups[leftIndex]!;
  const close = relativeCloseAfterWords(view, left);
  if (close < 0 || close + 1 >= right.start || !opensMainVerb(words[close + 1]!)) return undefined;
  const relative = relativeOpening(words, left, groups);
  return relative < 0 ? undefined : groupEndingAt(groups, leftIndex, relative - 1, words);
}

/** Verbs right after "who" or "which" that show its antecedent plural (rule plural-relative-bare-verb). */
const PLURAL_AFTER_RELATIVE = /^(?:are|were|have)$/;

/** Past participles that do not end in "-ed" and open a description ("run by", "known as", "born in"). */
const IRREGULAR_PARTICIPLE = /^(?:run|known|born|built|chosen|given|taken|written|seen|shown|set|split|spun|grown|drawn)$/;

/**
 * The subject a verb after a participle clause belongs to ("Varkon, founded by Emil Roth in 1998, supplies software to
 * …": Varkon supplies, not Roth): when `left` (with a time phrase after it) closes the clause with a comma, a verb
 * follows, and ", founded" / ", led" / ", owned" stands a few words back with no comma between, the group before that
 * comma is the subject. The look-back is bounded.
 */
export function participleAntecedent(view: SentenceView, leftIndex: number, right: Group): Group | undefined {
  const { words, groups } = view;
  const left = groups[leftIndex]!;
  const close = pastTimePhrase(words, left.end, right.start);
  if (words[close] !== ',' || close + 1 >= right.start) return undefined;
  const next = words[close + 1]!;
  if (!opensMainVerb(next)) return undefined;
  for (let k = left.start - 1; k >= Math.max(1, left.start - 12); k--) {
    const w = words[k]!;
    if (w === ',' || CLAUSE_BREAKS.has(w) || RELATIVES.has(w)) return undefined;
    if (!(/^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR_PAST.test(w) || IRREGULAR_PARTICIPLE.test(w)) || words[k - 1] !== ',') continue;
    return groupEndingAt(groups, leftIndex, k - 1);
  }
  return undefined;
}

/** Words that describe the one a participle acts on, before the name ("defeating incumbent Anton Zupan"). */
const BEFORE_RIVAL = new Set(['incumbent', 'rival', 'former', 'fellow', 'defending', 'champion', 'top', 'seeded', 'compatriot', 'opponent']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/** "-ing" words after a comma that introduce no action of the subject ("including", "according to"). */
const NOT_PARTICIPLES = new Set(['including', 'according', 'following', 'regarding', 'concerning', 'excluding', 'pending', 'during', 'notwithstanding']);

/**
 * The subject of a present participle phrase closing a clause ("Kovac won Slovenia's run-off, defeating Anton Zupan":
 * Kovac defeated Zupan, not Slovenia): when ", <verb>ing" of a cue verb follows `left` before `right`, with no clause
 * break between, and `right` is the participle's object, the doer is the clause's first group that is no object.
 */
export function participlePhraseSubject(view: SentenceView, leftIndex: number, right: Group): Group | undefined {
  const { words, groups } = view;
  const left = groups[leftIndex]!;
  let comma = -1;
  for (let k = left.end; k < right.start - 1; k++) {
    const w = words[k]!;
    if (CLAUSE_BREAKS.has(w) || RELATIVES.has(w)) return undefined;
    if (w !== ',') continue;
    const next = words[k + 1]!;
    if (!/^\p{Ll}{3,}ing$/u.test(next) || NOT_PARTICIPLES.has(next) || !verbTypes(next)) return undefined;
    comma = k;
    break;
  }
  if (comma < 0) return undefined;
  // The participle's own object follows it ("defeating incumbent Anton Zupan"), not a name further on ("ending a brief
  // crisis, an Arafat adviser said") or a possessor of what it acts on ("beating Fletcher's aggregate").
  const before = words.slice(comma + 2, right.start);
  const possessor = right.slots.some((s) => s.possessive || (s.mention.kind !== 'name' && POSSESSIVE_PRONOUNS.has(s.mention.text.toLowerCase())));
  if (before.length > 3 || !before.every((w) => DETERMINERS.has(w) || isTitleWord(w) || BEFORE_RIVAL.has(w)) || possessor) return undefined;
  for (let g = 0; g < leftIndex; g++) {
    const candidate = groups[g]!;
    if (candidate.end <= view.bodyStart) continue;
    if (words.slice(candidate.end, comma).some((w) => CLAUSE_BREAKS.has(w) || RELATIVES.has(w) || w === ',')) continue;
    if (!isObject(view, candidate)) return candidate;
  }
  return undefined;
}

/**
 * "Kishore Bhandari, a legislator from the ruling Lok Shakti Party, who accused Deshmane …": "who" after an
 * organisation that closes the apposition of a person ("Person, a/the … Organisation, who") refers to the person, not
 * the organisation, which "who" does not name (rule who-after-apposition). Returns the person's group, or undefined.
 */
export function personBeforeApposition(view: SentenceView, leftIndex: number): Group | undefined {
  const { words, groups } = view;
  const left = groups[leftIndex]!;
  const person = groups[leftIndex - 1];
  if (!person || left.slots[0]?.root !== 'Organization' || person.slots[0]?.root !== 'Person') return undefined;
  if (words[left.end] !== ',' || words[left.end + 1] !== 'who' || words[person.end] !== ',') return undefined;
  const apposition = words.slice(person.end + 1, left.start);
  if (apposition.length < 2 || apposition.length > 8 || !/^(?:a|an|the)$/.test(apposition[0]!) || apposition.includes(',')) return undefined;
  return ruleOn('who-after-apposition') ? person : undefined;
}

/** Most title words between an organisation's possessive and the comma before "who" ("chief executive officer"). */
const MAX_POSSESSED_TITLE_WORDS = 4;

/**
 * "said Captain Derek Sauvé, the union's president, who called on Transport Canada": "who" after a title the
 * possessive of an organisation opens, set off after a person, refers to the person (rule who-after-possessed-title).
 * Returns the person's group and where the clause after "who" starts, or undefined.
 */
export function personBeforePossessedTitle(view: SentenceView, leftIndex: number): { person: Group; clauseStart: number } | undefined {
  const { words, groups } = view;
  const left = groups[leftIndex]!;
  const person = groups[leftIndex - 1];
  if (!person || left.slots[0]?.root !== 'Organization' || person.slots[0]?.root !== 'Person' || words[person.end] !== ',') return undefined;
  if (!words.slice(person.end + 1, left.start).every((w) => DETERMINERS.has(w))) return undefined;
  let k = left.end;
  if (words[k] !== "'s" && words[k] !== "'") return undefined;
  k++;
  const titleStart = k;
  while (k < words.length && k - titleStart < MAX_POSSESSED_TITLE_WORDS && isTitleWord(words[k]!)) k++;
  if (k === titleStart || words[k] !== ',' || words[k + 1] !== 'who') return undefined;
  return ruleOn('who-after-possessed-title') ? { person, clauseStart: k + 1 } : undefined;
}

/**
 * Verbs of leaving a post, and the verbs of taking one whose infinitive after them says where the leaver went: "left
 * Brightline in January to join Tallgrass", "quit the party to become leader of …" (rule left-to-join).
 */
const LEAVING_VERBS = new Set('left leaves leaving quit quits quitting resigned resigns departed departs stepped exited'.split(' '));
const JOINING_INFINITIVES = new Set(['join', 'become', 'head', 'lead', 'run']);
/** How far back from "to" the verb of leaving is looked for: "left Brightline Studios in January to join". */
const LEAVING_REACH = 10;
/** True when the word at `i` of the sentence's words is such an infinitive after a verb of leaving in its clause. */
export function joinsAfterLeaving(words: readonly string[], i: number): boolean {
  if (!JOINING_INFINITIVES.has(words[i] ?? '') || words[i - 1] !== 'to' || !ruleOn('left-to-join')) return false;
  for (let k = i - 2; k >= Math.max(0, i - LEAVING_REACH); k--) {
    const w = words[k]!;
    if (w === ',' || CLAUSE_BREAKS.has(w)) return false;
    if (LEAVING_VERBS.has(w)) return true;
  }
  return false;
}

/**
 * The one who left, when `left` is the object of a verb of leaving and "to join" (or "to become", "to head") follows it
 * before `right`: "Penhale, who left Brightline Studios in January to join Tallgrass", "Doe quit Acme to join Globex".
 * The earlier group is the subject if only words without a comma, or a relative pronoun, stand between it and the verb.
 */
export function leaverOfJoin(view: SentenceView, leftIndex: number, right: Group): Group | undefined {
  const { words, groups } = view;
  const left = groups[leftIndex]!;
  const to = words.indexOf('to', left.end);
  if (to < 0 || to + 1 >= right.start || !joinsAfterLeaving(words, to + 1)) return undefined;
  // Between the infinitive and the one joined only lower-case words ("to join rival studio Tallgrass").
  if (!words.slice(to + 2, right.start).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !CLAUSE_BREAKS.has(w))) return undefined;
  let k = left.start - 1;
  while (k >= 0 && (DETERMINERS.has(words[k]!) || words[k] === 'from' || words[k] === 'down')) k--;
  if (k < 0 || !LEAVING_VERBS.has(words[k]!)) return undefined;
  const candidate = leftIndex > 0 ? groups[leftIndex - 1]! : undefined;
  if (!candidate || candidate.end <= view.bodyStart) return undefined;
  const gap = words.slice(candidate.end, k);
  const relative = (gap.length === 1 && RELATIVES.has(gap[0]!)) || (gap.length === 2 && gap[0] === ',' && RELATIVES.has(gap[1]!));
  if (relative) return candidate;
  if (gap.some((w) => w === ',' || CLAUSE_BREAKS.has(w) || RELATIVES.has(w) || /^\p{Lu}/u.test(w))) return undefined;
  return isObject(view, candidate) ? undefined : candidate;
}

/**
 * The person before "of", "from" or a bracket of a place ("Ana Korin of Veldania beat Mila Tosk", "Ivo Marek ( Tamsia )
 * beat Jan Polk"): the place only says where the person is from, and the verb right after it is the person's (rule
 * origin-place-subject).
 */
export function originPlaceSubject(view: SentenceView, leftIndex: number, right: Group): Group | undefined {
  const { words, groups } = view;
  const left = groups[leftIndex]!;
  const person = groups[leftIndex - 1];
  if (!person || !left.slots.every((s) => s.root === 'Location' && !s.possessive)) return undefined;
  if (!person.slots.every((s) => s.root === 'Person' && !s.possessive)) return undefined;
  const link = words.slice(person.end, left.start);
  const bracket = link.length === 1 && link[0] === '(' && words[left.end] === ')';
  if (!bracket && !(link.length === 1 && (link[0] === 'of' || link[0] === 'from'))) return undefined;
  const verbAt = left.end + (bracket ? 1 : 0);
  const verb = words[verbAt] ?? '';
  if (verbAt >= right.start || !/^\p{Ll}+$/u.test(verb) || verb.endsWith('ing') || !verbTypes(verb)) return undefined;
  return person;
}
