// Tagger-first mentions: the statistical tagger's PER/ORG/LOC spans become the name chunks of a sentence. The runs
// of capitals found by chunk-names.ts only lend what the tagger does not see (a leading honorific or title, a
// possessive) and, through named rules, extend a span or keep a name the tagger missed.
import type { Token } from '../pipeline/stage-types.js';
import { currencyBeforeSum, fundingSeries, placeInCurrency, isInitial, trialPhase, type NameChunk } from './chunk-names.js';
import { CITY_NAMES, REGION_NAMES, US_STATES, US_STATE_ABBREVIATIONS } from './lexicon/places.js';
import { countryByName } from './lexicon/countries.js';
import { isKnownPlaceName } from './place-use.js';
import { countryOfWord } from './nationality-phrases.js';
import {
  COMMON_ACRONYMS,
  COUNCIL_TITLES,
  COUNCIL_WORDS,
  COMPANY_FORMS,
  COMPANY_NAME_ENDINGS,
  HONORIFICS,
  INSTITUTION_NAME_ENDINGS,
  MONTHS,
  ORG_SUFFIXES,
  ROLE_WORDS,
  PERSON_JOINING_PARTICLES,
  SENTENCE_OPENERS,
  ARTS_SENTENCE_OPENERS,
  JURISDICTION_WORDS,
  TITLES,
  TITLE_PREFIXES,
  WEEKDAYS,
  PERIODICAL_WORDS,
  GOODS_TRADE_WORDS,
  TRADE_HEADS_AFTER_GOODS,
  LEGISLATOR_ACRONYMS,
  PORTFOLIO_WORDS,
  BODY_FIELD_WORDS,
  FOREIGN_BODY_OPENERS,
  BODY_NAME_END_WORDS,
  PORTFOLIO_BODY_HEADS,
  TITLE_MODIFIERS,
} from './lexicon/words.js';
import type { Votes } from './name-evidence.js';
import { RECOGNITION_RULES } from './recognition-rules.js';
import { itemAt } from '../util/checked-index.js';
import { mapStable } from '../util/stable-arrays.js';
import { opensLowerCase } from '../util/letter-case.js';

const NAME_TAG = /^([BI])-(PER|ORG|LOC|MISC)$/;

/** A party's initial joined to a state's name or short form ("R-Ohio", "D-Calif."). */
const PARTY_STATE_TAG = /^[RDI]-(\p{Lu}\p{Ll}+)$/u;

/**
 * "Sen. Paul Ridley, R-Ohio, said": the party and state of a US lawmaker, set off after the name, is no name of its
 * own; read as one it was a person or an organisation (rule party-state-tag-no-name).
 */
function isPartyStateTag(tokens: readonly Token[], k: number): boolean {
  const state = PARTY_STATE_TAG.exec(tokens[k]?.text ?? '')?.[1]?.toLowerCase();
  if (!state || tokens[k - 1]?.text !== ',' || !RECOGNITION_RULES.partyStateTagNoName.on) return false;
  return US_STATES.has(state) || US_STATE_ABBREVIATIONS.has(state);
}

/**
 * Whether the words are a known city's, region's or US state's name. A country is left out: "U.S. Sen. Robert Lane"
 * is one mention in the news annotation it is measured on, and a verb's object there would become the country.
 */
function isKnownPlace(words: readonly Token[]): boolean {
  const place = words.map((t) => t.text.toLowerCase()).join(' ');
  return (CITY_NAMES.has(place) || REGION_NAMES.has(place) || US_STATES.has(place)) && !countryByName.has(place);
}

/**
 * "Nevada Gov. Ruth Calder": a known place right before a title, which the tagger read into the person's name, is read
 * as a place (rule place-outside-titled-person); its words carry the person's tag, which would type it a person.
 */
export function placeBeforeTitle(tokens: readonly Token[], chunk: NameChunk): boolean {
  const next = tokens[chunk.tokenEnd]?.text.toLowerCase() ?? '';
  return RECOGNITION_RULES.placeOutsideTitledPerson.on && TITLES.has(next) && isKnownPlace(tokens.slice(chunk.tokenStart, chunk.tokenEnd));
}

/** Whether the words from `from` to a person's name are a known place and a run of titles ("Vermont Gov.", "Ohio Attorney General"). */
function placeOpensTitles(tokens: readonly Token[], from: number, nameStart: number): boolean {
  const titleWord = (k: number) => {
    const lower = itemAt(tokens, k).text.toLowerCase();
    return (
      TITLES.has(lower) ||
      TITLE_PREFIXES.has(lower) ||
      JURISDICTION_WORDS.has(lower) ||
      (lower === '.' && k > from && TITLES.has(itemAt(tokens, k - 1).text.toLowerCase()))
    );
  };
  let run = nameStart;
  while (run > from && titleWord(run - 1)) run--;
  if (run === from || run === nameStart) return false;
  return isKnownPlace(tokens.slice(from, run));
}
const NUMBER = /^\+?\p{N}+(?:st|nd|rd|th)?$/u;

/** Last words of a body's name that the name of the place it belongs to may follow after "of". */
const BODY_HEADS = new Set(
  'association society union council institute chamber federation commission board academy college university league committee foundation church'.split(' '),
);

/**
 * "the Transport and General Workers' Union", "the Port and Harbour Union": the tagger reads a body's name that joins
 * two fields by "and" as a place or nothing, "and", and the body. One capitalised word that is no known place and
 * that the tagger reads as no person or organisation, then "and", then an organisation whose name ends in a body's
 * word, is one name (rule field-and-union-name).
 */
function bodyNamesWithAnd(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out = [...spans];
  for (const body of spans) {
    const front = body.start - 2;
    if (body.type !== 'ORG' || front < 0 || tokens[body.start - 1]?.text !== 'and') continue;
    if (!BODY_HEADS.has(itemAt(tokens, body.end - 1).text.toLowerCase())) continue;
    const word = itemAt(tokens, front).text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isKnownPlaceName(word)) continue;
    // The word stands alone: no capitalised word before it ("Halvern Transport and …" is two names).
    if (front > 0 && /^\p{Lu}/u.test(itemAt(tokens, front - 1).text) && !isInitial(tokens, front)) continue;
    const own = out.filter((s) => s.start <= front && s.end > front);
    if (own.some((s) => s.type === 'PER' || s.type === 'ORG' || s.start !== front || s.end !== front + 1)) continue;
    for (const s of own) out.splice(out.indexOf(s), 1);
    out.splice(out.indexOf(body), 1, { type: 'ORG', start: front, end: body.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
/** An apostrophe written as a token of its own, after a plural ("Dockers '"). */
const APOSTROPHE = /^['’]$/u;
/** Plurals not ending in "s", whose possessive is "'s" ("Women's", "Children's") (rule irregular-plural-possessive-body). */
const IRREGULAR_PLURALS = /^(?:Women|Men|Children|People)$/u;
/**
 * Whether the token at `mark` is the possessive of a capitalised plural right before it: "Dockers '" or, under rule
 * irregular-plural-possessive-body, "Women 's".
 */
function pluralPossessiveAt(tokens: readonly Token[], mark: number): boolean {
  const possessive = tokens[mark]?.text ?? '';
  const plural = tokens[mark - 1]?.text ?? '';
  if (APOSTROPHE.test(possessive)) return /^\p{Lu}\p{Ll}+s$/u.test(plural);
  return RECOGNITION_RULES.irregularPluralPossessiveBody.on && /^['’]s$/u.test(possessive) && IRREGULAR_PLURALS.test(plural);
}
/** Last words of the names of bodies of members that a plural in the possessive may open ("Dockers' Alliance"). */
const MEMBERS_BODY_HEADS = new Set(
  'alliance union association federation network forum council trust guild league coalition collective movement front committee society'.split(' '),
);
/**
 * More last words of bodies a plural in the possessive opens: "Citizens' Funeral Watch", "the Workers' Party",
 * "Parents' Action Group", "Westminster Magistrates' Court" (rule plural-possessive-more-heads).
 */
const MORE_MEMBERS_BODY_HEADS = new Set(['watch', 'party', 'group', 'court']);
/** Whether `word` (as written) is the last word of a body a plural in the possessive opens. */
const membersBodyHead = (word: string): boolean => {
  const lower = word.toLowerCase();
  return MEMBERS_BODY_HEADS.has(lower) || (RECOGNITION_RULES.pluralPossessiveMoreHeads.on && MORE_MEMBERS_BODY_HEADS.has(lower));
};

/**
 * "the Tema Dockers' Alliance": the tagger ends a name at a plural's apostrophe and reads the body's word after it
 * apart. A name ending in a capitalised plural, the apostrophe, and capitalised words ending in a word for a body of
 * members are one organisation's name (rule plural-possessive-body-name).
 */
function pluralPossessiveBodyNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  // Most sentences have no apostrophe standing alone: nothing to read.
  if (!tokens.some((t, k) => APOSTROPHE.test(t.text) || pluralPossessiveAt(tokens, k))) return spans;
  let out = [...spans];
  // "The Tema Dockers' Alliance fears": the tagger may read the whole name as a miscellaneous one.
  out = out.map((span) => {
    if (span.type !== 'MISC' || !membersBodyHead(itemAt(tokens, span.end - 1).text)) return span;
    for (let k = span.start + 1; k < span.end - 1; k++) {
      if (pluralPossessiveAt(tokens, k)) return { ...span, type: 'ORG' as const };
    }
    return span;
  });
  // "The Motorists' Safety Coalition": the tagger may leave the plural before the apostrophe out of every name.
  // "The Independent Agents' Forum said": it may read the body's word alone as a person's name and the capitals before
  // the plural as none (rule possessive-body-word-alone); the name then runs from the first of those capitals.
  const wordAlone = RECOGNITION_RULES.possessiveBodyWordAlone.on;
  out = out.map((span) => {
    const plural = span.start - 2;
    const alone = wordAlone && span.type === 'PER' && span.end - span.start === 1;
    if ((span.type !== 'ORG' && span.type !== 'MISC' && !alone) || plural < 0 || !membersBodyHead(itemAt(tokens, span.end - 1).text)) return span;
    if (!pluralPossessiveAt(tokens, span.start - 1)) return span;
    if (spans.some((s) => s.start <= plural && s.end > plural)) return span;
    let start = plural;
    while (alone && start > 0 && /^\p{Lu}\p{Ll}+$/u.test(itemAt(tokens, start - 1).text) && !/^the$/i.test(itemAt(tokens, start - 1).text)) start--;
    return { type: 'ORG' as const, start, end: span.end };
  });
  // "Nyota Women's Health Coalition filed": the name read from the plural on may leave the capitals right before it in
  // a span of their own; a name runs over them as it does in "the Tema Dockers' Alliance".
  for (const body of out) {
    if (body.type !== 'ORG' || !pluralPossessiveAt(tokens, body.start + 1)) continue;
    const before = out.find((s) => s.end === body.start && s.end - s.start <= 2);
    if (before) out = out.filter((s) => s !== before).map((s) => (s === body ? { type: 'ORG' as const, start: before.start, end: body.end } : s));
  }
  for (const left of out) {
    if (!out.includes(left) || !pluralPossessiveAt(tokens, left.end)) continue;
    const runEnd = capitalisedRunEnd(tokens, left.end + 1);
    if (runEnd === left.end + 1 || !membersBodyHead(itemAt(tokens, runEnd - 1).text)) continue;
    const inner = out.filter((s) => s !== left && s.start < runEnd && s.end > left.end);
    if (inner.some((s) => s.end > runEnd)) continue;
    out = out.filter((s) => !inner.includes(s)).map((s) => (s === left ? { type: 'ORG' as const, start: left.start, end: runEnd } : s));
  }
  return out;
}

/**
 * "Valparaíso-based Fundación Mar Austral", "by Grupo Mar Austral": a word for a kind of body that opens names in other
 * languages, capitalised, and the capitals after it are one organisation's name, however the tagger reads them (a
 * person's name, a word of its own or none), where no tagged span runs out of that run (rule
 * foreign-kind-word-opens-span).
 */
function foreignKindWordSpans(tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let out = spans;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const word = itemAt(tokens, k).text;
    if (!/^\p{Lu}\p{Ll}/u.test(word) || !FOREIGN_BODY_OPENERS.has(word.toLowerCase())) continue;
    const end = RECOGNITION_RULES.foreignNameConnectors.on ? connectedRunEnd(tokens, k + 1) : capitalisedRunEnd(tokens, k + 1);
    if (end === k + 1) continue;
    const inside = out.filter((s) => s.start < end && s.end > k);
    if (inside.some((s) => s.start < k || s.end > end)) continue;
    out = [...out.filter((s) => !inside.includes(s)), { type: 'ORG' as const, start: k, end }].sort((a, b) => a.start - b.start);
    k = end - 1;
  }
  return out;
}

/** Lower-case words that join the parts of a name in Spanish, Portuguese, French and Italian ("do", "de la", "dos"). */
const FOREIGN_NAME_CONNECTORS = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'di', 'della', 'delle', 'dei', 'degli', 'des', 'du', 'la', 'las', 'los', 'el']);
/** Most connectors read in a row ("de la", "de los"). */
const MAX_CONNECTORS = 2;

/**
 * The end of the capitals from `k` that go on past connectors of these languages to more capitals ("Pecuária do Alto
 * Jataúba", "dos Trabalhadores Rurais"): the name a foreign word for a body opens (rule foreign-name-connectors).
 */
function connectedRunEnd(tokens: readonly Token[], k: number): number {
  let end = capitalisedRunEnd(tokens, k);
  for (;;) {
    let j = end;
    while (j - end < MAX_CONNECTORS && FOREIGN_NAME_CONNECTORS.has(tokens[j]?.text ?? '')) j++;
    const next = j > end ? capitalisedRunEnd(tokens, j) : j;
    if (next === j) return end;
    end = next;
  }
}

/** Most capitalised words of a list's member before "and" that a tagged span holds ("Parcelo and Forkful Inc"). */
const MAX_LISTED_WORDS = 2;

/**
 * "Munchline, Parcelo and Forkful Inc filed the lawsuit": a span the tagger reads across "and" right after a name and
 * a comma is the end of a list, two names, not one firm's (rule listed-names-apart).
 */
function namesListedApart(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const andAt = tokens.slice(span.start, span.end).findIndex((t) => t.text === 'and') + span.start;
    const listed =
      span.type !== 'MISC' &&
      span.type !== 'PER' &&
      andAt > span.start &&
      andAt - span.start <= MAX_LISTED_WORDS &&
      andAt < span.end - 1 &&
      tokens[span.start - 1]?.text === ',' &&
      /^\p{Lu}/u.test(tokens[span.start - 2]?.text ?? '') &&
      spans.some((s) => s.end === span.start - 1 && (s.type === 'ORG' || s.type === 'PER')) &&
      tokens.slice(span.start, andAt).every((t) => /^\p{Lu}/u.test(t.text)) &&
      /^\p{Lu}/u.test(tokens[andAt + 1]?.text ?? '') &&
      // "Acme, Procter and Gamble and Unilever": an "and" after the span goes on with the list, of which it is one name.
      tokens[span.end]?.text !== 'and' &&
      // "the Senate Foreign Affairs, Defence and Trade Committee": a body's name that lists its fields is one name.
      !BODY_FIELD_WORDS.has(itemAt(tokens, andAt - 1).text.toLowerCase()) &&
      !BODY_NAME_END_WORDS.has(itemAt(tokens, span.end - 1).text.toLowerCase());
    if (!listed) {
      out.push(span);
      continue;
    }
    out.push({ ...span, end: andAt }, { ...span, start: andAt + 1 });
  }
  return out;
}

/** Prepositions that join two names but stand inside no place's name ("Sea of Japan" holds "of"). */
const NOT_IN_PLACE_NAMES = new Set(['for', 'with', 'to', 'by', 'from', 'at']);

/** Words an acronym leaves out of a name's initials ("Office for the Coordination of Humanitarian Affairs", OCHA). */
const ACRONYM_SKIPPED = new Set(['of', 'for', 'the', 'and', 'on', 'in', '&']);

/**
 * "the United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": the tagger cuts a long name at its
 * "for the" and "of", but the acronym in brackets after it spells the name out. The capitalised words before the
 * brackets whose initials, joined words left out, are the acronym's letters are one name, with any name the tagger
 * runs into their first word (rule acronym-defines-name).
 */
function namesSpelledByAcronym(tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let out: TaggedSpan[] | undefined;
  for (let k = 2; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || !/^\p{Lu}{3,7}$/u.test(tokens[k + 1]!.text)) continue;
    const letters = tokens[k + 1]!.text.toLowerCase();
    let start = -1;
    let matched = 0;
    for (let j = k - 1; j >= 0 && matched < letters.length; j--) {
      const word = tokens[j]!.text;
      if (ACRONYM_SKIPPED.has(word)) continue;
      if (!/^\p{Lu}\p{L}*$/u.test(word) || word[0]!.toLowerCase() !== letters[letters.length - 1 - matched]) break;
      matched++;
      start = j;
    }
    if (matched !== letters.length) continue;
    const current = out ?? spans;
    const overlapping = current.filter((s) => s.start < k && s.end > start);
    // Only names the tagger read in part and cut: one span over the whole is already right, and words it reads as no
    // name at all are left to it.
    const named = overlapping.filter((s) => s.type !== 'MISC');
    if (!named.length || (overlapping.length === 1 && overlapping[0]!.start <= start && overlapping[0]!.end === k)) continue;
    if (overlapping.some((s) => s.end > k)) continue;
    const from = Math.min(start, ...overlapping.map((s) => s.start));
    out = [...current.filter((s) => !overlapping.includes(s)), { type: named[named.length - 1]!.type, start: from, end: k }].sort((a, b) => a.start - b.start);
  }
  return out ?? spans;
}

/** Words that join a body's kind to its fields inside its name ("Commission for Museums", "Ministry of Culture"). */
const FIELD_CONNECTORS = new Set(['of', 'for']);

/**
 * "the National Commission for Museums and Monuments", "the Ministry of Culture and Media": the tagger ends a body's
 * name at the "and" between its fields and leaves the last field untagged. An organisation's name joined to its
 * fields by "of" or "for", then "and" and one capitalised word the tagger reads as no name, before a word in lower case
 * or a mark, is one name (rule untagged-field-after-and).
 */
function untaggedFieldsAfterAnd(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'ORG' || tokens[span.end]?.text !== 'and') return span;
    const field = tokens[span.end + 1]?.text ?? '';
    if (!/^\p{Lu}\p{Ll}+$/u.test(field) || isKnownPlaceName(field) || CAPITALISED.test(tokens[span.end + 2]?.text ?? '')) return span;
    const connected = tokens.slice(span.start + 1, span.end - 1).some((t) => FIELD_CONNECTORS.has(t.text));
    if (!connected || spans.some((s) => s.start <= span.end + 1 && s.end > span.end + 1 && s.type !== 'MISC')) return span;
    return { ...span, end: span.end + 2 };
  });
}

/** Titles a portfolio follows after "of" or "for" ("Minister for Foreign Affairs", "Secretary of Health"). */
const PORTFOLIO_TITLES = new Set(['minister', 'ministers', 'secretary']);

/**
 * How many tokens from `start` are a portfolio's words, when `start` follows a minister's or secretary's title and "of"
 * or "for" ("Minister for | Foreign Affairs Joseph Kamau"); 0 otherwise (rule portfolio-after-title-outside-name).
 */
function portfolioLength(tokens: readonly Token[], start: number, end: number): number {
  if (start < 2 || !/^(?:of|for)$/.test(itemAt(tokens, start - 1).text)) return 0;
  if (!PORTFOLIO_TITLES.has(itemAt(tokens, start - 2).text.toLowerCase())) return 0;
  let k = start;
  const portfolioAt = (i: number) => i < end && /^\p{Lu}/u.test(itemAt(tokens, i).text) && PORTFOLIO_WORDS.has(itemAt(tokens, i).text.toLowerCase());
  while (portfolioAt(k) || (/^(?:and|&)$/.test(tokens[k]?.text ?? '') && k > start && portfolioAt(k + 1))) k++;
  return k - start;
}

/** An ordinal written in figures ("23rd", "82nd", "1st"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
/** Heads of the names of bodies and districts numbered by an ordinal ("Judicial District", "Airborne Division"). */
const NUMBERED_HEADS = new Set(
  `district division brigade battalion regiment corps fleet army squadron wing circuit precinct ward infantry cavalry
  artillery command group battalions congress parliament assembly session`.split(/\s+/),
);

/**
 * Whether the token before a name at `start` is an ordinal in figures after "the" and the name's last word heads a
 * numbered body or district ("the 23rd Judicial District", "the 82nd Airborne Division").
 */
function ordinalBeforeBody(tokens: readonly Token[], start: number, end: number): boolean {
  if (!RECOGNITION_RULES.ordinalOpensBodyName.on || !ORDINAL.test(tokens[start - 1]?.text ?? '')) return false;
  if (!/^the$/i.test(tokens[start - 2]?.text ?? '')) return false;
  if (NUMBERED_HEADS.has(itemAt(tokens, end - 1).text.toLowerCase())) return true;
  // "the 4th Federal Civil Court", "the 9th Civil Court of Curitiba": courts of a place are numbered too, and their
  // head may stand before "of" and the place (rule ordinal-opens-court-name).
  if (!RECOGNITION_RULES.ordinalOpensCourtName.on) return false;
  const of = tokens.slice(start, end).findIndex((t) => t.text === 'of');
  const head = itemAt(tokens, of > 0 ? start + of - 1 : end - 1).text.toLowerCase();
  return NUMBERED_COURT_HEADS.has(head);
}
/** Heads of the names of courts numbered by an ordinal ("Civil Court", "Criminal Chamber"). */
const NUMBERED_COURT_HEADS = new Set(['court', 'chamber', 'tribunal']);

/** A cabinet's word before a secretary's title ("Health Cabinet Secretary Peter Kamau"), part of the title. */
const CABINET_WORD = 'cabinet';

/**
 * Where a name ending at `end` ends once the portfolio words before a capitalised minister's or secretary's title and
 * its holder's name are left out ("Health Cabinet | Secretary Peter Kamau"), or `end` when none are (rule
 * portfolio-before-title-outside-name). "Labour" alone before the title is as often the party's.
 */
function portfolioBeforeTitleEnd(tokens: readonly Token[], start: number, end: number): number {
  const portfolioAt = (i: number) => {
    const word = itemAt(tokens, i).text;
    return /^\p{Lu}/u.test(word) && (PORTFOLIO_WORDS.has(word.toLowerCase()) || (i === end - 1 && word.toLowerCase() === CABINET_WORD));
  };
  // "Energy and Mines Minister": portfolios joined by "and" are one portfolio, whether the name's span ends before the
  // "and" or runs across it (rule portfolios-joined-by-and).
  const andAt = (i: number) => /^(?:and|&)$/.test(tokens[i]?.text ?? '') && RECOGNITION_RULES.portfoliosJoinedByAnd.on;
  let titleAt = end;
  while (andAt(titleAt) && tokens[titleAt + 1] && portfolioAt(titleAt + 1)) {
    titleAt += 2;
    while (tokens[titleAt] && portfolioAt(titleAt)) titleAt++;
  }
  const title = tokens[titleAt]?.text ?? '';
  const holder = tokens[titleAt + 1]?.text === ',' ? tokens[titleAt + 2] : tokens[titleAt + 1];
  if (!/^\p{Lu}/u.test(title) || !PORTFOLIO_TITLES.has(title.toLowerCase()) || !holder || !/^\p{Lu}\p{Ll}/u.test(holder.text)) return end;
  let k = end;
  while (k > start && (portfolioAt(k - 1) || (k < end && andAt(k - 1) && k - 2 >= start && portfolioAt(k - 2)))) k--;
  if (k === end || (k === end - 1 && /^labou?r$/i.test(itemAt(tokens, k).text))) return end;
  // "Homeland Security Secretary": what is left before the portfolio must be a place, or the words are a body's name.
  // "Australian Communications Minister": a people's adjective says whose minister, as a place does, and alone it is
  // no name either (rule portfolio-after-adjective).
  if (k === start + 1 && countryOfWord(itemAt(tokens, start).text, true) !== undefined && RECOGNITION_RULES.portfolioAfterAdjective.on) return start;
  return k === start || isKnownPlace(tokens.slice(start, k)) ? k : end;
}

/** Continents and world regions a subsidiary's name may end in after "of" ("Sumitomo Corp of America"). */
const WORLD_REGIONS = new Set(['north america', 'south america', 'latin america', 'europe', 'asia', 'africa', 'the americas', 'australasia']);

const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|abu|bin|ibn|bint)-\p{Lu}/u;

export interface TaggedSpan {
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  readonly start: number;
  readonly end: number;
}

/** What a tag says: whether it begins a name, and the name's type; null for "O" and anything else. */
type TagReading = { readonly begins: boolean; readonly type: TaggedSpan['type'] } | null;

/**
 * Each distinct tag's reading, worked out once: a sentence's tags are read into spans three times over (for the
 * legal-form and possessor retaggings, then for the chunks), and a match of NAME_TAG per token each time was a share
 * of recognition. The tagger writes a handful of distinct tags; the table is bounded all the same.
 */
const TAG_READINGS = new Map<string, TagReading>();
const MAX_TAG_READINGS = 64;

function readTag(tag: string): TagReading {
  let reading = TAG_READINGS.get(tag);
  if (reading === undefined) {
    const m = NAME_TAG.exec(tag);
    reading = m ? { begins: m[1] === 'B', type: m[2] as TaggedSpan['type'] } : null;
    if (TAG_READINGS.size < MAX_TAG_READINGS) TAG_READINGS.set(tag, reading);
  }
  return reading;
}

/** Spans of an IOB2 tag sequence (an I- after O or another type opens a span, as conlleval reads it). */
export function taggedSpans(tags: readonly string[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: { type: TaggedSpan['type']; start: number } | undefined;
  for (let k = 0; k <= tags.length; k++) {
    const m = k < tags.length ? readTag(tags[k]!) : null;
    if (open && (!m || m.begins || m.type !== open.type)) {
      spans.push({ ...open, end: k });
      open = undefined;
    }
    if (m && !open) open = { type: m.type, start: k };
  }
  return spans;
}

/** No acronym defined in brackets: what a caller that reads no whole document, or reads none, passes. */
export const NO_DEFINED_ACRONYMS: ReadonlySet<string> = new Set();

/**
 * The chunks of a sentence, tagger first. Each PER/ORG/LOC span is a chunk, taking the honorific, title and
 * possessive of the capitals' chunk it lies in; a chunk of capitals the tagger reads as MISC is kept for the MISC
 * rules of find-drafts; one it reads as no name at all is kept only under `untagged-chunk-with-evidence`.
 */
export function chunksFromTags(
  tokens: readonly Token[],
  chunks: readonly NameChunk[],
  tags: readonly string[],
  taken: readonly boolean[],
  evidence: (chunk: NameChunk) => { votes: Votes; strong: Votes },
  definedAcronyms: ReadonlySet<string> = NO_DEFINED_ACRONYMS,
): NameChunk[] {
  const tagged = RECOGNITION_RULES.stateAfterPlace.on ? stateAbbreviationsApart(tokens, taggedSpans(tags)) : taggedSpans(tags);
  const untitled = RECOGNITION_RULES.titleQualifierOutOfBody.on ? withoutTrailingTitleQualifier(tokens, tagged) : tagged;
  const parted =
    RECOGNITION_RULES.splitAtPartyPreposition.on || RECOGNITION_RULES.splitAtPastVerb.on || RECOGNITION_RULES.splitAtPeriodicalWord.on
      ? apartAtPartyPrepositions(tokens, untitled)
      : untitled;
  const apart =
    RECOGNITION_RULES.splitBetweenBusinessNames.on || RECOGNITION_RULES.splitBetweenInstitutionNames.on ? apartBetweenBusinessNames(tokens, parted) : parted;
  const listedApart = RECOGNITION_RULES.listedNamesApart.on ? namesListedApart(tokens, apart) : apart;
  const councilled = RECOGNITION_RULES.councilTitleBeforeName.on ? apartAtCouncilTitle(tokens, listedApart) : listedApart;
  const opened = RECOGNITION_RULES.foreignKindWordOpensSpan.on ? foreignKindWordSpans(tokens, councilled) : councilled;
  const possessed = RECOGNITION_RULES.pluralPossessiveBodyName.on ? pluralPossessiveBodyNames(tokens, opened) : opened;
  const fielded = RECOGNITION_RULES.untaggedFieldAfterAnd.on ? untaggedFieldsAfterAnd(tokens, possessed) : possessed;
  const unions = RECOGNITION_RULES.fieldAndUnionName.on ? bodyNamesWithAnd(tokens, fielded) : fielded;
  const joined = RECOGNITION_RULES.bodyNameWithAnd.on ? bodyNamesJoinedByAnd(tokens, unions) : unions;
  const spelled = RECOGNITION_RULES.acronymDefinesName.on ? namesSpelledByAcronym(tokens, joined) : joined;
  const spans = RECOGNITION_RULES.knownPlaceWhole.on ? knownPlacesWhole(tokens, spelled) : spelled;
  const result: NameChunk[] = [];
  const used = new Set<NameChunk>();
  let byStart: Map<number, TaggedSpan[]> | undefined;
  const spansStartingAt = (at: number): readonly TaggedSpan[] => {
    if (!byStart) {
      byStart = new Map();
      for (const span of spans) byStart.set(span.start, [...(byStart.get(span.start) ?? []), span]);
    }
    return byStart.get(at) ?? [];
  };
  const weightOf = (votes: Votes) => Math.max(0, ...votes.values());
  // A line in capitals or a table row proves nothing by its capitals.
  let lower = 0;
  for (const t of tokens) if (opensLowerCase(t.text)) lower++;
  const shouted = lower * 4 < tokens.length;
  // "SOCCER - KNUP BACK IN SWISS SQUAD": in a line of capitals the run of capitals is the whole headline, and its last
  // word ("SQUAD", "UNITED") marks no name out of it: the tagger's spans stand.
  const capitalsProveSpan = !(RECOGNITION_RULES.taggerSpansInCapitals.on && shouted && tokens.every((t) => !HAS_LOWER_CASE.test(t.text)));
  if (RECOGNITION_RULES.describedChunkSpan.on && capitalsProveSpan) {
    // "a campaign group named No Coal for Profit": a name its descriptor or head noun marks out keeps its span.
    for (const chunk of chunks) {
      if (chunk.tokenEnd - chunk.tokenStart < 2 || weightOf(evidence(chunk).strong) < 3) continue;
      // "Health Cabinet Secretary Peter Kamau": a portfolio marks out no body, whatever word it ends in.
      if (RECOGNITION_RULES.portfolioBeforeTitleOutsideName.on && portfolioBeforeTitleEnd(tokens, chunk.tokenStart, chunk.tokenEnd) !== chunk.tokenEnd)
        continue;
      // It lengthens the tagger's spans, never cuts one ("Food and Drug Administration" is not cut at "and").
      const overlapping = spans.filter((s) => s.type !== 'MISC' && s.start < chunk.tokenEnd && s.end > chunk.tokenStart);
      if (!overlapping.length || overlapping.some((s) => s.start < chunk.tokenStart || s.end > chunk.tokenEnd)) continue;
      // "in Ho Chi Minh City for Brightwater Outfitters": a place the tagger reads whole, then a preposition no place's
      // name holds ("for", not "of") and another of its spans, are two names the chunker joined (rule
      // place-span-apart-in-chunk).
      const placeThenOther =
        overlapping.length > 1 &&
        overlapping[0]!.type === 'LOC' &&
        NOT_IN_PLACE_NAMES.has(tokens[overlapping[0]!.end]?.text ?? '') &&
        overlapping[1]!.start === overlapping[0]!.end + 1;
      if (placeThenOther && RECOGNITION_RULES.placeSpanApartInChunk.on) continue;
      // "Councillor Imogen Tate, the council's cabinet member,": the apposition marks out the person, and the title
      // before the tagger's span stays outside the name (rule described-span-leaves-title).
      const first = itemAt(tokens, chunk.tokenStart).text.toLowerCase();
      const titleFirst = TITLES.has(first) || COUNCIL_TITLES.has(first);
      if (titleFirst && overlapping.every((s) => s.type === 'PER' && s.start > chunk.tokenStart) && RECOGNITION_RULES.describedSpanLeavesTitle.on) continue;
      used.add(chunk);
      result.push(chunk);
    }
  }
  for (const span of spans) {
    if (span.type === 'MISC') continue;
    let start = span.start;
    let end = span.end;
    // "the Department for Culture, Media and Sport": a department's name lists its portfolios with commas and "and";
    // the tagger ends it at the first comma and reads the rest as places (rule listed-portfolio-name).
    if (RECOGNITION_RULES.dateOutsideName.on) {
      // "Moscow March 5 ( ITAR-TASS )": a dateline's month is no part of the place ("March of Dimes" keeps its own).
      while (end - start > 1 && MONTHS.has(itemAt(tokens, end - 1).text.toLowerCase()) && /^\p{N}/u.test(tokens[end]?.text ?? '')) end--;
    }
    if (RECOGNITION_RULES.articleOutsideName.on) {
      // "The Department of Finance": the article is no part of the name, as CoNLL marks names. A capital "The" inside
      // a sentence is written as part of the name ("at The Hague", "at The Oval"), and stays.
      while (end - start > 1 && /^the$/i.test(itemAt(tokens, start).text) && (itemAt(tokens, start).text === 'the' || isSentenceStart(tokens, start))) start++;
    }
    if (span.type === 'PER' && RECOGNITION_RULES.nameParticleJoin.on) {
      // "Khalid bin Rashid", "Faisal al-Hamdan": a particle the tagger cuts a person's name at joins the parts again.
      for (;;) {
        // Only a person starting one or two words on can join ("bin", "van der"); the spans starting there are looked
        // up, not searched for, as a search through every later span made a sentence-long list of names quadratic.
        let next: TaggedSpan | undefined;
        for (let at = end + 1; at <= end + 2 && !next; at++)
          next = spansStartingAt(at).find((s) => s.type === 'PER' && onlyParticlesBetween(tokens, end, s.start));
        if (next) {
          end = next.end;
          continue;
        }
        if (PARTICLE_NAME.test(tokens[end]?.text ?? '')) {
          end++;
          continue;
        }
        break;
      }
    }
    if (
      RECOGNITION_RULES.openingWordOutsideName.on &&
      end - start > 1 &&
      (isSentenceStart(tokens, start) || (RECOGNITION_RULES.openingWordAfterDateline.on && isInitial(tokens, start))) &&
      (SENTENCE_OPENERS.has(itemAt(tokens, start).text.toLowerCase()) ||
        (RECOGNITION_RULES.artsWordOpensSentence.on && ARTS_SENTENCE_OPENERS.has(itemAt(tokens, start).text.toLowerCase())))
    ) {
      // "Rival Nestle said", "Composer Ann Lee said": an occupation or a word for a company that opens a sentence
      // before a name is no part of it, though the tagger reads its capital into the name.
      start++;
    }
    // "Handset maker Delmar Mobile said", "Software firm Kelvane said": a word for goods that opens a sentence before a
    // word for a business is the business's trade, a common noun, not a name (rule goods-word-before-trade).
    if (goodsBeforeTrade(tokens, start, end)) continue;
    if (trialPhase(tokens, start, end)) continue;
    if (span.type === 'ORG' && RECOGNITION_RULES.wholeRunOrganisation.on && !shouted) {
      // "told TNT Sports", "on ESPN Deportes": capitalised words the tagger leaves out just before an organisation it
      // tags, inside a sentence written in lower case, are the front of its name.
      let front = start;
      while (front > start - 2 && front > 0 && leftOutFront(tokens, tags, front - 1)) front--;
      if (front < start && !isSentenceStart(tokens, front)) start = front;
    }
    // "the Charity Commission for Northern Ireland", "the Law Society of England and Wales": under
    // body-places-for-and, "for" joins as "of" does, and a second place after "and" is in the name too.
    const placesForAnd = RECOGNITION_RULES.bodyPlacesForAnd.on;
    const connector = tokens[end]?.text;
    if (span.type === 'ORG' && RECOGNITION_RULES.bodyOfPlace.on && (connector === 'of' || (connector === 'for' && placesForAnd))) {
      // "the Law Society of Kenya", "the Football Association of Ireland": a body's name goes on with the place it
      // is of, where the tagger cuts it before "of".
      const place = spans.find((s) => s.start === end + 1 && s.type === 'LOC');
      if (place && BODY_HEADS.has(itemAt(tokens, end - 1).text.toLowerCase())) {
        end = place.end;
        const second = placesForAnd && tokens[end]?.text === 'and' ? spans.find((s) => s.start === end + 1 && s.type === 'LOC') : undefined;
        if (second && !/^\p{Lu}/u.test(tokens[second.end]?.text ?? '')) end = second.end;
      }
    }
    let lowerTail = 0;
    if (RECOGNITION_RULES.lowerCaseTailOutsideName.on && !shouted) {
      // "the Varnet network claimed": a name does not end in a common noun; "Acme plc" ends in a company form.
      // A span in lower case throughout ("the interior ministry") is the tagger's reading of a common noun, left whole.
      let kept = end;
      while (kept - start > 1 && LOWER_CASE_WORD.test(itemAt(tokens, kept - 1).text) && !COMPANY_FORMS.has(itemAt(tokens, kept - 1).text)) kept--;
      if (!LOWER_CASE_WORD.test(itemAt(tokens, kept - 1).text)) [lowerTail, end] = [end - kept, kept];
    }
    if (span.type === 'ORG' && RECOGNITION_RULES.titleTailOutsideOrganisation.on) {
      // "The United Nations Secretary-General, Maria Costa,": the office after a body's name is no part of it.
      while (end - start > 1 && isTitleToken(itemAt(tokens, end - 1).text) && !/^(?:of|the|for|&|and)$/i.test(itemAt(tokens, end - 2).text)) end--;
    }
    if (RECOGNITION_RULES.roleAcronymNoName.on && !shouted && end - start === 1 && isRoleAcronym(itemAt(tokens, start).text)) continue;
    // "ousts AI start-up's founder", "the IPO priced": an acronym of a common noun is a word, not a name (rule
    // common-acronym-no-name); the chunker's capitals already pass it by. One the text defines in brackets after a name
    // ("Directorate (DNA)") is that name.
    if (
      RECOGNITION_RULES.commonAcronymNoName.on &&
      !shouted &&
      end - start === 1 &&
      isCommonAcronym(itemAt(tokens, start).text) &&
      !definedAcronyms.has(itemAt(tokens, start).text)
    )
      continue;
    // "said Chief Financial Officer Stefan Kroll": a title's first word that the tagger reads as a name of its own,
    // right before the title's other words, is no name (rule lone-title-word-no-name).
    if (RECOGNITION_RULES.loneTitleWordNoName.on && !shouted && end - start === 1 && opensTitle(tokens, start)) continue;
    // "said Detective Inspector Ruth Alcott": a rank the tagger reads as a name of its own, right before another
    // capitalised rank or title, is part of the title (rule rank-before-title-no-name).
    if (RECOGNITION_RULES.rankBeforeTitleNoName.on && !shouted && end - start === 1 && rankBeforeTitle(tokens, start)) continue;
    // "Lumora Chief Executive Park Ji-hoon": a person's span opened by the head of a title whose qualifier stands right
    // before it ("Chief") begins after the title (rule title-head-outside-person).
    if (span.type === 'PER' && end - start > 1 && RECOGNITION_RULES.titleHeadOutsidePerson.on && titleHeadOpens(tokens, start)) start++;
    // "a Series B funding round": the stage of a round of funding is no name (rule funding-series-no-name).
    if (fundingSeries(tokens, start, end)) continue;
    if (isPartyStateTag(tokens, start)) continue;
    // "a PhD student", "an MBA from Calloway": a degree written as its abbreviation is no name (rule degree-acronym-no-name).
    if (RECOGNITION_RULES.degreeAcronymNoName.on && end - start === 1 && DEGREE_ACRONYMS.has(itemAt(tokens, start).text)) continue;
    // "700 MHz spectrum", "1.4 million TEU": a unit's symbol is no name (rule unit-symbol-no-name).
    if (RECOGNITION_RULES.unitSymbolNoName.on && end - start === 1 && UNIT_SYMBOLS.has(itemAt(tokens, start).text)) continue;
    // "told MPs", "the Leeds MP said": a member of a legislature written as its abbreviation is no name, though the
    // tagger reads it as an organisation (rule legislator-acronym-no-name).
    // "the Harrogate MP", "Labour MEPs": the abbreviation after a place or a party is no part of its name either.
    if (RECOGNITION_RULES.legislatorAcronymNoName.on && end - start > 1 && LEGISLATOR_ACRONYMS.has(itemAt(tokens, end - 1).text)) end--;
    if (RECOGNITION_RULES.legislatorAcronymNoName.on && end - start === 1 && LEGISLATOR_ACRONYMS.has(itemAt(tokens, start).text)) continue;
    while (start < end && taken[start]) start++;
    while (end > start && taken[end - 1]) end--;
    if (start === end || result.some((c) => c.tokenStart < end && c.tokenEnd > start)) continue;
    // "US$30 million", "HK$2bn": a currency's prefix is no place.
    if (RECOGNITION_RULES.currencyPrefix.on && tokens[end]?.text === '$' && itemAt(tokens, end).start === itemAt(tokens, end - 1).end) continue;
    if (RECOGNITION_RULES.portfolioAfterTitleOutsideName.on) {
      // "Minister for Foreign Affairs Joseph Kamau": the portfolio after the title and "for" is no part of the name.
      const skip = portfolioLength(tokens, start, end);
      if (skip === end - start) continue;
      start += skip;
    }
    if (RECOGNITION_RULES.portfolioBeforeTitleOutsideName.on) {
      // "Environment Minister Carolina Sepúlveda", "NSW Local Government Minister Rachel Dunstan": the portfolio before
      // a minister's or secretary's title is the title's, not a body's name; a place before it stays a name.
      const kept = portfolioBeforeTitleEnd(tokens, start, end);
      if (kept === start) continue;
      end = kept;
    }
    // "Rs 500 crore": a written currency before a sum is no name either.
    if (end - start === 1 && currencyBeforeSum(tokens, start)) continue;
    if (placeInCurrency(tokens, start, end)) continue;
    let lead: number | undefined;
    if (span.type === 'PER' && RECOGNITION_RULES.titleInsidePerson.on) {
      // "Dalmore District Attorney Alma Ruiz": the person's name begins after the last title inside the span.
      for (let k = end - 2; k >= start; k--) {
        // "Martin Luther King Jr.": a title word before a generational suffix is a surname.
        if (!TITLES.has(itemAt(tokens, k).text.toLowerCase()) || /^(?:Jr|Sr|II|III|IV)\.?$/.test(itemAt(tokens, k + 1).text)) continue;
        lead = start;
        start = k + 1;
        break;
      }
      // "Vermont Gov. Nora Pell": a known place before the title is no part of the person's mention, nor is the title,
      // which the relation patterns then read between the place and the name, as when the tagger's span holds the
      // name alone (rule place-outside-titled-person).
      if (lead !== undefined && RECOGNITION_RULES.placeOutsideTitledPerson.on && placeOpensTitles(tokens, lead, start)) {
        lead = undefined;
        if (tokens[start]?.text === '.' && end - start > 1) start++;
      }
    }
    if (RECOGNITION_RULES.honorificOutsideName.on) {
      // "said Mr Tomas Ekberg": an honorific the tagger reads into the name stays in the span, not in the name.
      while (end - start > 1 && HONORIFICS.has(itemAt(tokens, start).text.toLowerCase())) lead ??= start++;
      if (lead !== undefined && tokens[start]?.text === '.' && end - start > 1) start++;
    }
    // What the rules above trimmed away entirely ("Mr ." alone) is no name.
    if (start >= end) continue;
    const chunk = chunks.find((c) => c.tokenStart < end && c.tokenEnd > start);
    if (chunk) used.add(chunk);
    if (chunk && RECOGNITION_RULES.numberInName.on) {
      // "+44 Review", "Unit 731": the chunker joined a number to a descriptor; the tagger leaves it out.
      // "Genk 1 Club Brugge 1": a number between two names, as in a table of results, is a score, not a part of either.
      const scoreAt = (k: number) => RECOGNITION_RULES.scoreBetweenNames.on && /^\p{Lu}/u.test(tokens[k]?.text ?? '');
      if (chunk.tokenStart < start && tokens.slice(chunk.tokenStart, start).every((t) => NUMBER.test(t.text)) && !scoreAt(chunk.tokenStart - 1))
        start = chunk.tokenStart;
      // The number is read from the chunk holding the span's last word: "The Brewery and Malt Workers Union Local 117"
      // is one span over two chunks.
      const last = chunks.find((c) => c.tokenStart < end && c.tokenEnd >= end) ?? chunk;
      if (last.tokenEnd > end && tokens.slice(end, last.tokenEnd).every((t) => NUMBER.test(t.text)) && !scoreAt(last.tokenEnd)) end = last.tokenEnd;
    }
    // "McDonald's said", "Sotheby's sold", "Boatmen's was": a possessive followed by no possessed noun but a verb or a
    // stop is part of a business's name.
    // A place keeps its possessive ("Results of the Czech Republic's"), and a person's full name too.
    const business = span.type === 'ORG' || (span.type === 'PER' && end - start === 1);
    if (RECOGNITION_RULES.possessiveFormName.on && business && !shouted && possessiveFormName(tokens, end)) end++;
    const sameStart = chunk?.tokenStart === start;
    result.push({
      tokenStart: start,
      tokenEnd: end,
      initial: sameStart ? chunk.initial : isSentenceStart(tokens, lead ?? start),
      honorific: lead !== undefined || Boolean(sameStart && chunk.honorific),
      title: Boolean(sameStart && chunk.title),
      // A lone apostrophe after a space opens a quotation; "'s" after a space is still the possessive, as text
      // tokenised word by word writes it ("Austria 's Immuno").
      possessive:
        /^['’]s?$/.test(tokens[end]?.text ?? '') &&
        (itemAt(tokens, end).start === itemAt(tokens, end - 1).end || (RECOGNITION_RULES.spacedPossessive.on && /^['’]s$/.test(itemAt(tokens, end).text))),
      ...(lead !== undefined ? { leadStart: lead } : sameStart && chunk.leadStart !== undefined ? { leadStart: chunk.leadStart } : {}),
      ...(lowerTail ? { lowerTail } : {}),
    });
  }
  const taggedStarts = new Set(result.map((c) => c.tokenStart));
  for (const chunk of chunks) {
    if (used.has(chunk) || result.some((c) => c.tokenStart < chunk.tokenEnd && c.tokenEnd > chunk.tokenStart)) continue;
    // "Kenya's Minister for Foreign Affairs, said": the portfolio alone is no name, whoever reads its capitals.
    if (RECOGNITION_RULES.portfolioAfterTitleOutsideName.on && portfolioLength(tokens, chunk.tokenStart, chunk.tokenEnd) === chunk.tokenEnd - chunk.tokenStart)
      continue;
    if (RECOGNITION_RULES.portfolioBeforeTitleOutsideName.on && portfolioBeforeTitleEnd(tokens, chunk.tokenStart, chunk.tokenEnd) === chunk.tokenStart)
      continue;
    if (RECOGNITION_RULES.degreeAcronymNoName.on && chunk.tokenEnd - chunk.tokenStart === 1 && DEGREE_ACRONYMS.has(itemAt(tokens, chunk.tokenStart).text))
      continue;
    if (RECOGNITION_RULES.unitSymbolNoName.on && chunk.tokenEnd - chunk.tokenStart === 1 && UNIT_SYMBOLS.has(itemAt(tokens, chunk.tokenStart).text)) continue;
    if (goodsBeforeTrade(tokens, chunk.tokenStart, chunk.tokenEnd)) continue;
    if (placeInCurrency(tokens, chunk.tokenStart, chunk.tokenEnd)) continue;
    if (
      RECOGNITION_RULES.legislatorAcronymNoName.on &&
      chunk.tokenEnd - chunk.tokenStart === 1 &&
      LEGISLATOR_ACRONYMS.has(itemAt(tokens, chunk.tokenStart).text)
    )
      continue;
    if (isPartyStateTag(tokens, chunk.tokenStart)) continue;
    const misc = tags.slice(chunk.tokenStart, chunk.tokenEnd).some((t) => t.endsWith('-MISC'));
    const supported = RECOGNITION_RULES.untaggedChunkWithEvidence.on && weightOf(evidence(chunk).votes) >= 3;
    // "having bought Amey in 2003": capitals inside a sentence written in lower case mark a name the tagger missed.
    const capitalised =
      RECOGNITION_RULES.untaggedCapitalisedName.on &&
      !chunk.initial &&
      !shouted &&
      !(RECOGNITION_RULES.leftOutBeforeName.on && leftOutBeforeName(tokens, chunk, taggedStarts)) &&
      !(RECOGNITION_RULES.untaggedOfficeNoName.on && endsInOffice(tokens, chunk));
    // "Major League Baseball", "General Consumer Price Index": where the tagger reads the title word before the
    // capitals into one MISC name with them, the word opens that name and marks no person.
    const titleInMisc =
      RECOGNITION_RULES.titleInsideMiscName.on &&
      misc &&
      (chunk.title || chunk.honorific) &&
      (tags[chunk.tokenStart - 1] ?? '').endsWith('-MISC') &&
      tags[chunk.tokenStart] === 'I-MISC';
    if (titleInMisc) result.push({ ...chunk, title: false, honorific: false });
    else if (misc || supported || capitalised) result.push(chunk);
    // "Okafor left early.": a name the tagger reads elsewhere in the document is decided there (find-drafts.ts).
    else if (RECOGNITION_RULES.namedElsewhere.on) result.push({ ...chunk, untagged: true });
  }
  const named = RECOGNITION_RULES.controllerOutsideName.on ? mapStable(result, (chunk) => withoutController(tokens, chunk)) : result;
  const listed = RECOGNITION_RULES.listedPortfolioName.on ? withListedPortfolios(tokens, named) : named;
  // "the 23rd Judicial District", "the 82nd Airborne Division": an ordinal before a body's or a district's name is its
  // first word (rule ordinal-opens-body-name), whichever reading found the name.
  const numbered = mapStable(listed, (c) =>
    ordinalBeforeBody(tokens, c.tokenStart, c.tokenEnd) && !taken[c.tokenStart - 1] ? { ...c, tokenStart: c.tokenStart - 1, initial: false } : c,
  );
  const sorted = numbered.sort((a, b) => a.tokenStart - b.tokenStart);
  return RECOGNITION_RULES.possessiveBodyWordAlone.on && RECOGNITION_RULES.pluralPossessiveBodyName.on ? withPossessiveBodyNames(tokens, sorted) : sorted;
}

/**
 * "The Distance Learners' Forum, which says …": where no tagged span holds them, the capitals before a plural's
 * apostrophe and a body's word after it are two chunks of one name; they are joined (rule possessive-body-word-alone).
 */
function withPossessiveBodyNames(tokens: readonly Token[], chunks: NameChunk[]): NameChunk[] {
  if (!tokens.some((t) => APOSTROPHE.test(t.text))) return chunks;
  const out: NameChunk[] = [];
  for (let c = 0; c < chunks.length; c++) {
    const first = chunks[c]!;
    const second = chunks[c + 1];
    const joins =
      second !== undefined &&
      second.tokenStart === first.tokenEnd + 1 &&
      !first.possessive &&
      APOSTROPHE.test(itemAt(tokens, first.tokenEnd).text) &&
      /^\p{Lu}\p{Ll}+s$/u.test(itemAt(tokens, first.tokenEnd - 1).text) &&
      MEMBERS_BODY_HEADS.has(itemAt(tokens, second.tokenEnd - 1).text.toLowerCase());
    if (!joins) {
      out.push(first);
      continue;
    }
    out.push({ ...first, tokenEnd: second.tokenEnd, possessive: second.possessive, untagged: first.untagged && second.untagged });
    c++;
  }
  return out;
}

/**
 * "the Department for Culture, Media and Sport": a department's name lists its portfolios with commas and "and"; the
 * tagger ends it at the first comma and reads the rest as places, so the name runs on to the list's end and the names
 * inside the list are dropped (rule listed-portfolio-name).
 */
function withListedPortfolios(tokens: readonly Token[], chunks: readonly NameChunk[]): NameChunk[] {
  const out = [...chunks];
  for (const chunk of chunks) {
    const end = listedPortfolioEnd(tokens, chunk.tokenStart, chunk.tokenEnd);
    if (end === chunk.tokenEnd) continue;
    const longer = { ...chunk, tokenEnd: end, possessive: /^['’]s?$/.test(tokens[end]?.text ?? '') };
    for (let k = out.length - 1; k >= 0; k--) {
      const other = itemAt(out, k);
      if (other === chunk) out[k] = longer;
      else if (other.tokenStart >= chunk.tokenEnd && other.tokenEnd <= end) out.splice(k, 1);
    }
  }
  return out;
}

/** "the BJP-controlled Parliament", "Kremlin-backed Channel Nine": the compound says who controls the body it opens. */
function withoutController(tokens: readonly Token[], chunk: NameChunk): NameChunk {
  if (chunk.tokenEnd - chunk.tokenStart < 2 || !CONTROLLER_COMPOUND.test(itemAt(tokens, chunk.tokenStart).text)) return chunk;
  const { leadStart: _lead, ...rest } = chunk;
  return { ...rest, tokenStart: chunk.tokenStart + 1, initial: false, honorific: false, title: false };
}

/** A compound of a name and a participle of control or backing ("BJP-controlled", "Saudi-led", "Kremlin-backed"). */
const CONTROLLER_COMPOUND = /^\p{Lu}[\p{L}\p{N}.&]*-(?:controlled|led|backed|owned|run|funded|sponsored|dominated|allied|supported|financed)$/u;

/** Any lower-case letter: a line without one is written in capitals. */
const HAS_LOWER_CASE = /\p{Ll}/u;

/** A word written all in lower-case letters (not "iPhone", not "de-facto"-like particles joined to capitals). */
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * Offices held by the one person at a body's head or speaking for it; not "General" ("Mercantile & General") or
 * "Star" ("Red Star"), which end names as often as they are titles.
 */
const HEAD_OFFICES = new Set(
  'president vice-president chairman chairwoman secretary secretary-general spokesman spokeswoman spokesperson minister director governor ambassador commissioner envoy chancellor mayor ceo'.split(
    ' ',
  ),
);

const CAPITALISED = /^\p{Lu}/u;

/** Where a run of capitalised words from `k` ends ("Rural Affairs"); `k` when none starts there. */
function capitalisedRunEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length && CAPITALISED.test(itemAt(tokens, j).text)) j++;
  return j;
}

/**
 * The end of a department's name that goes on past the span with a list of portfolios (", Media and Sport", ", Food
 * and Rural Affairs"): at least one ", Capitals" and then "and Capitals". `end` when the span is no department's
 * ("Department for"/"Ministry of") or the list does not close with "and".
 */
function listedPortfolioEnd(tokens: readonly Token[], start: number, end: number): number {
  if (!PORTFOLIO_BODY_HEADS.has(itemAt(tokens, start).text.toLowerCase()) || !/^(?:for|of)$/.test(tokens[start + 1]?.text ?? '')) return end;
  let k = end;
  // The tagger may have read the first commas into the name already ("Ministry of Agriculture, Fisheries").
  let listed = tokens.slice(start, end).filter((t) => t.text === ',').length;
  while (tokens[k]?.text === ',' && capitalisedRunEnd(tokens, k + 1) > k + 1) {
    k = capitalisedRunEnd(tokens, k + 1);
    listed++;
  }
  if (!listed && tokens[k]?.text === 'and' && RECOGNITION_RULES.portfolioPairName.on) {
    // "the Ministry of Fisheries and Maritime Economy": two portfolios joined by "and" alone, the second ending in a
    // word of a field, so that "the Ministry of Transport and Lockheed Martin" stay two (rule portfolio-pair-name).
    const after = capitalisedRunEnd(tokens, k + 1);
    const fields = after - (k + 1);
    const first = end - (start + 2);
    return fields >= 1 && fields <= 3 && first >= 1 && first <= 3 && BODY_FIELD_WORDS.has(itemAt(tokens, after - 1).text.toLowerCase()) ? after : end;
  }
  if (!listed || tokens[k]?.text !== 'and' || capitalisedRunEnd(tokens, k + 1) === k + 1) return end;
  return capitalisedRunEnd(tokens, k + 1);
}

/** Qualifiers of a title that no body's name ends in: "Managing" of "Managing Director", "Operating" of "Chief Operating Officer". */
const TRAILING_TITLE_QUALIFIERS = new Set(['managing', 'operating', 'financial', 'founding', 'interim', 'acting', 'deputy', 'chief']);

/**
 * "Swan Coast Managing Director Rebecca Thornbury": a body's span the tagger runs into the first word of a title, before
 * the title's head and a name, ends before it (rule title-qualifier-out-of-body).
 */
function withoutTrailingTitleQualifier(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((span) => {
    if (span.type === 'PER' || span.end - span.start < 2) return span;
    const last = itemAt(tokens, span.end - 1).text;
    const head = tokens[span.end]?.text ?? '';
    const name = tokens[span.end + 1]?.text ?? '';
    const titled =
      /^\p{Lu}\p{Ll}/u.test(last) &&
      TRAILING_TITLE_QUALIFIERS.has(last.toLowerCase()) &&
      /^\p{Lu}\p{Ll}/u.test(head) &&
      (ROLE_WORDS.has(head.toLowerCase()) || TITLES.has(head.toLowerCase())) &&
      /^\p{Lu}/u.test(name);
    return titled ? { ...span, end: span.end - 1 } : span;
  });
}

/** A capitalised word that qualifies a title ("Chief", "Deputy") at `k`, before another word of a title ("Financial"). */
function opensTitle(tokens: readonly Token[], k: number): boolean {
  const titleWord = (text: string | undefined) => text !== undefined && /^\p{Lu}/u.test(text) && TITLE_MODIFIERS.has(text.toLowerCase());
  const next = tokens[k + 1]?.text;
  return titleWord(itemAt(tokens, k).text) && (titleWord(next) || (next !== undefined && /^\p{Lu}/u.test(next) && ROLE_WORDS.has(next.toLowerCase())));
}

/** Whether the capitalised word at `k` is a rank or title, and so is the capitalised word after it ("Detective Inspector"). */
function rankBeforeTitle(tokens: readonly Token[], k: number): boolean {
  const rank = (text: string | undefined) => text !== undefined && /^\p{Lu}\p{Ll}/u.test(text) && TITLES.has(text.toLowerCase());
  return rank(itemAt(tokens, k).text) && rank(tokens[k + 1]?.text);
}

/** Whether the word at `k` heads a title ("Executive", "Officer") and a capitalised qualifier of titles stands before it ("Chief"). */
function titleHeadOpens(tokens: readonly Token[], k: number): boolean {
  const word = itemAt(tokens, k).text;
  const before = tokens[k - 1]?.text ?? '';
  return (
    /^\p{Lu}\p{Ll}/u.test(word) &&
    (ROLE_WORDS.has(word.toLowerCase()) || TITLES.has(word.toLowerCase())) &&
    /^\p{Lu}\p{Ll}/u.test(before) &&
    TITLE_MODIFIERS.has(before.toLowerCase())
  );
}

/** A capitalised office held by one person at a body's head ("Secretary-General", "Chairman"). */
function isTitleToken(text: string): boolean {
  return /^\p{Lu}/u.test(text) && HEAD_OFFICES.has(text.toLowerCase());
}

/**
 * "Estonia's Finance Minister, Irena Kask,", "The Prime Minister said": capitals the tagger reads as no name that end
 * in an office held by one person are that person's title; "Office of the President" names the office's body.
 */
function endsInOffice(tokens: readonly Token[], chunk: NameChunk): boolean {
  const last = chunk.tokenEnd - 1;
  if (!isTitleToken(itemAt(tokens, last).text)) return false;
  return chunk.tokenEnd - chunk.tokenStart === 1 || !/^(?:of|the|for|&|and)$/i.test(itemAt(tokens, last - 1).text);
}

/** "CEO", "CFO": an office or role written as an acronym, never a name on its own. */
/**
 * Academic degrees written as their abbreviations, as written (case matters: "MSc", not "MSC"). "MA", "BA" and "MD"
 * also write places and companies and are left out.
 */
const DEGREE_ACRONYMS = new Set(['PhD', 'PhDs', 'MBA', 'MBAs', 'MSc', 'BSc', 'MPhil', 'DPhil', 'LLM', 'LLB']);
/** Units written as their symbols, as written (case matters: "MW" is a unit, "Mw" is not written). */
const UNIT_SYMBOLS = new Set(['Hz', 'kHz', 'MHz', 'GHz', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'TWh', 'TEU', 'TEUs']);

function isCommonAcronym(text: string): boolean {
  return /^\p{Lu}{2,5}$/u.test(text) && COMMON_ACRONYMS.has(text.toLowerCase());
}

function isRoleAcronym(text: string): boolean {
  return /^\p{Lu}{2,4}$/u.test(text) && (TITLES.has(text.toLowerCase()) || ROLE_WORDS.has(text.toLowerCase()));
}

/** A capitalised word the tagger reads as no name that is no title, honorific, month, weekday or article. */
function leftOutFront(tokens: readonly Token[], tags: readonly string[], k: number): boolean {
  const text = itemAt(tokens, k).text;
  const lower = text.toLowerCase();
  return (
    tags[k] === 'O' &&
    /^\p{Lu}[\p{L}\p{N}&.-]*$/u.test(text) &&
    !TITLES.has(lower) &&
    !HONORIFICS.has(lower) &&
    !MONTHS.has(lower) &&
    !WEEKDAYS.has(lower) &&
    lower !== 'the'
  );
}

/**
 * Capitals the tagger left out just before a name it tagged, joined by "of" or "for" ("Archbishop of Cape Town",
 * "Treaty of Versailles") or by a title ("Agriculture Secretary Jane Doe"): the tagger read them as a title or a
 * common noun written in capitals, not as a name of their own.
 */
function leftOutBeforeName(tokens: readonly Token[], chunk: NameChunk, taggedStarts: ReadonlySet<number>): boolean {
  const next = tokens[chunk.tokenEnd]?.text ?? '';
  const k = chunk.tokenEnd + 1;
  if (next === 'of' || next === 'for') return taggedStarts.has(k) || (tokens[k]?.text === 'the' && taggedStarts.has(k + 1));
  return TITLES.has(next.toLowerCase()) && (taggedStarts.has(k) || taggedStarts.has(k + 1));
}

/**
 * "Bethany, Conn.", "Grants, N.M. He said": the abbreviation of a state after a place and a comma is a place of its
 * own, whatever the tagger joins it to or reads it as.
 */
function stateAbbreviationsApart(tokens: readonly Token[], spans: TaggedSpan[]): TaggedSpan[] {
  const result: TaggedSpan[] = [];
  const states: TaggedSpan[] = [];
  for (let k = 2; k < tokens.length; k++) {
    const text = itemAt(tokens, k).text;
    if (itemAt(tokens, k - 1).text !== ',' || !/^\p{Lu}/u.test(itemAt(tokens, k - 2).text)) continue;
    if (!US_STATE_ABBREVIATIONS.has(text.replace(/\./g, '').toLowerCase()) || !(text.endsWith('.') || tokens[k + 1]?.text === '.')) continue;
    // "Calif." keeps its full stop in the mention, as text tokenised for training writes the abbreviation.
    const stop = RECOGNITION_RULES.stateAbbreviationWithStop.on && tokens[k + 1]?.text === '.' && itemAt(tokens, k + 1).start === itemAt(tokens, k).end;
    states.push({ type: 'LOC', start: k, end: k + (stop ? 2 : 1) });
  }
  if (!states.length) return spans;
  for (const span of spans) {
    const state = states.find((s) => s.start >= span.start && s.start < span.end);
    if (!state) result.push(span);
    else if (state.start - 1 > span.start) result.push({ ...span, end: state.start - 1 });
  }
  return [...result, ...states].sort((a, b) => a.start - b.start);
}

/** What follows a business's name written as a possessive ("McDonald's said", "at Sotheby's."): a verb or a stop. */
const AFTER_POSSESSIVE_FORM = /^(?:said|says|was|is|has|had|will|would|could|reported|announced|sold|cut|rose|fell|made|won|lost|[.,;:]|)$/;

/** Whether "'s" at `end` belongs to the name before it: nothing possessed follows, only a verb or a stop. */
function possessiveFormName(tokens: readonly Token[], end: number): boolean {
  return /^['’]s$/.test(tokens[end]?.text ?? '') && AFTER_POSSESSIVE_FORM.test(tokens[end + 1]?.text ?? '');
}

/** Lower-case words that stand between two parties and never inside a name written in a sentence. */
const PARTY_PREPOSITIONS = new Set(['against', 'into']);
/**
 * A lower-case verb in the past between two names ("Acme Corp sold Globex Ltd"): never a word of a name, which
 * writes its words with capitals (rule split-at-past-verb).
 */
const PAST_VERB = /^(?:[a-z]{2,}ed|sold|bought|said|told|won|lost|made|paid|took|gave|sent|met|led|held|left|ran|hit|struck|became|began|brought|built|kept)$/;

/**
 * "a lawsuit filed by Ossia Marsh against Dellmark Industries", "an investigation by the Harbour Times into Dellmark":
 * a span the tagger runs across a lower-case "against" or "into", or a verb in the past ("Acme Corp sold Globex Ltd"),
 * is two names, one on each side (names that hold these words write them with a capital: "Campaign Against Arms
 * Trade").
 */
function apartAtPartyPrepositions(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const result: TaggedSpan[] = [];
  for (const span of spans) {
    let start = span.start;
    for (let k = span.start + 1; k < span.end - 1; k++) {
      const word = itemAt(tokens, k).text;
      const party = RECOGNITION_RULES.splitAtPartyPreposition.on && PARTY_PREPOSITIONS.has(word);
      // "the Tamsk daily Vesti": a lower-case word for a periodical between capitalised words parts the paper's place
      // from the paper (rule split-at-periodical-word).
      const periodical = RECOGNITION_RULES.splitAtPeriodicalWord.on && PERIODICAL_WORDS.has(word) && /^\p{Lu}/u.test(itemAt(tokens, k + 1).text);
      if (!party && !periodical && !(RECOGNITION_RULES.splitAtPastVerb.on && PAST_VERB.test(word))) continue;
      result.push({ ...span, start, end: k });
      start = k + 1;
    }
    result.push({ ...span, start });
  }
  return result;
}

/** Most lower-case words inside a known place's name ("Dar es Salaam", "Rio de Janeiro"). */
const MAX_PLACE_CONNECTORS = 2;

/**
 * "Dar es Salaam", "Rio de Janeiro": where the tagger reads a city the lexicon knows as two spans on either side of its
 * lower-case words, the two are one place (rule known-place-whole).
 */
function knownPlacesWhole(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const result: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i]!;
    const next = spans[i + 1];
    const gap = next ? next.start - first.end : 0;
    if (next && gap >= 1 && gap <= MAX_PLACE_CONNECTORS && tokens.slice(first.end, next.start).every((t) => /^\p{Ll}+$/u.test(t.text))) {
      const text = tokens
        .slice(first.start, next.end)
        .map((t) => t.text)
        .join(' ');
      // "the Democratic Republic of the Congo", "Bosnia and Herzegovina": a country's name is one too (rule
      // known-country-whole).
      if (CITY_NAMES.has(text.toLowerCase()) || (RECOGNITION_RULES.knownCountryWhole.on && countryByName.has(text.toLowerCase()))) {
        result.push({ type: 'LOC', start: first.start, end: next.end });
        i++;
        continue;
      }
    }
    result.push(first);
  }
  return result;
}

/** Last words of a project's or a plan's name (rule project-name-with-and). */
const PROJECT_NAME_ENDS = new Set(['initiative', 'programme', 'program', 'project', 'plan', 'strategy']);

/**
 * "US Customs and Border Protection", "Immigration and Customs Enforcement", "Centers for Disease Control and
 * Prevention": where the tagger reads a public body's name as two spans on either side of "and", the first ending in a
 * word of a field and the second in a word that ends a body's name, the two are one organisation (rule
 * body-name-with-and). Each word of both is capitalised, so a list of two bodies written in lower case is untouched.
 */
function bodyNamesJoinedByAnd(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const capital = (k: number) => k >= 0 && k < tokens.length && /^\p{Lu}/u.test(itemAt(tokens, k).text);
  const and = (k: number) => /^(?:and|&)$/.test(tokens[k]?.text ?? '');
  const field = (k: number) => BODY_FIELD_WORDS.has((tokens[k]?.text ?? '').toLowerCase());
  // "the Canadian Brewery and Beverage Workers Union": a union of workers is a body's name whose fields "and" joins
  // (rule workers-union-with-and); "the IMF and European Union" is not one.
  const workersUnion = (k: number) =>
    RECOGNITION_RULES.workersUnionWithAnd.on && /^union$/i.test(tokens[k]?.text ?? '') && /^(?:workers|employees)['’]?$/i.test(tokens[k - 1]?.text ?? '');
  const bodyEnd = (k: number) => BODY_NAME_END_WORDS.has((tokens[k]?.text ?? '').toLowerCase()) || workersUnion(k);
  // "the Belt and Road Initiative": a project's name holds a word of any kind before "and", where that word names
  // no known place (rule project-name-with-and).
  const knownPlaceWord = (k: number) => {
    const word = (tokens[k]?.text ?? '').toLowerCase();
    return CITY_NAMES.has(word) || REGION_NAMES.has(word) || US_STATES.has(word) || countryByName.has(word);
  };
  const projectWord = (k: number, last: number) =>
    RECOGNITION_RULES.projectNameWithAnd.on &&
    PROJECT_NAME_ENDS.has((tokens[last]?.text ?? '').toLowerCase()) &&
    !knownPlaceWord(k) &&
    !isSentenceStart(tokens, k);
  // "the Australian Charities and Not-for-profits Commission", "the Australian Competition and Consumer Commission": a
  // run of capitals opened by "the" and joined by "and" to a body's name is the first half of that name, whatever its
  // words, where its last word names no known place (rule body-name-after-the-with-and); "Corvane and Federal Trade
  // Commission" is not written with "the" before the first name.
  // Where the run of capitals that ends at `k` starts, within its sentence.
  // "The Iron and Metal Trades Alliance, which …": a capitalised "The" opening the sentence is the article, not the
  // name's first word (rule opening-the-before-body-with-and).
  const openingThe = (k: number) => RECOGNITION_RULES.openingTheBeforeBodyWithAnd.on && tokens[k]?.text === 'The' && isSentenceStart(tokens, k);
  const capitalsFrom = (k: number) => {
    let first = k;
    while (capital(first - 1) && !isSentenceStart(tokens, first) && !openingThe(first - 1)) first--;
    return first;
  };
  // The run before "and" is no known place of several words either ("the Czech Republic and …").
  const knownPlaceRun = (k: number) =>
    isKnownPlaceName(
      tokens
        .slice(capitalsFrom(k), k + 1)
        .map((t) => t.text)
        .join(' '),
    );
  // "The Kremlin and Foreign Ministry said": after a "The" opening the sentence, one word the tagger reads as a name of
  // its own is that name, not a field ("The Ghana Ports and Harbours Authority" joins).
  const taggedWhole = (k: number) => capitalsFrom(k) === k && spans.some((s) => s.start === k && s.end === k + 1 && s.type !== 'MISC');
  const afterTheWord = (k: number) =>
    RECOGNITION_RULES.bodyNameAfterTheWithAnd.on &&
    !knownPlaceWord(k) &&
    !knownPlaceRun(k) &&
    (tokens[capitalsFrom(k) - 1]?.text === 'the' || (openingThe(capitalsFrom(k) - 1) && !taggedWhole(k)));
  const joined: TaggedSpan[] = [];
  // One organisation from `start` to `end`, in place of the spans it covers.
  const joinAsOne = (start: number, end: number) => {
    while (joined.length && itemAt(joined, joined.length - 1).end > start) joined.pop();
    joined.push({ type: 'ORG', start, end });
  };
  for (const span of spans) {
    // Every word capitalised but the connectors inside a body's name ("Centers for Disease Control").
    const written = (k: number) => capital(k) || /^(?:of|for|the|on)$/.test(itemAt(tokens, k).text);
    const everyWord = (fits: (k: number) => boolean) => [...Array(span.end - span.start).keys()].every((k) => fits(span.start + k));
    // "the Culture, Media and Sport Committee": a field set off by a comma before a body's name that joins its fields
    // with "and", the whole opened by "the", is the name's first word (rule body-name-comma-list).
    const commaList =
      span.type !== 'PER' &&
      bodyEnd(span.end - 1) &&
      tokens[span.start - 1]?.text === ',' &&
      capital(span.start - 2) &&
      everyWord((k) => written(k) || and(k)) &&
      tokens.slice(span.start, span.end).some((t) => t.text === 'and') &&
      RECOGNITION_RULES.bodyNameCommaList.on &&
      afterTheWord(span.start - 2);
    if (commaList) {
      joinAsOne(capitalsFrom(span.start - 2), span.end);
      continue;
    }
    if (span.type === 'PER' || !everyWord(written)) {
      joined.push(span);
      continue;
    }
    let { start, end } = span;
    // The field's words before "and", tagged or not: "Customs and Border Protection" at the head of a sentence.
    if (and(start - 1) && bodyEnd(end - 1) && (field(start - 2) || projectWord(start - 2, end - 1) || afterTheWord(start - 2)) && capital(start - 2)) {
      start = capitalsFrom(start - 2);
    }
    // The body's words after "and", tagged or not: "Centers for Disease Control and Prevention".
    if (and(end) && field(end - 1) && capital(end + 1)) {
      let k = end + 1;
      while (capital(k)) k++;
      if (bodyEnd(k - 1)) end = k;
    }
    if (start === span.start && end === span.end) {
      joined.push(span);
      continue;
    }
    joinAsOne(start, end);
  }
  return joined.filter((span, k) => k === 0 || span.start >= itemAt(joined, k - 1).end);
}

/** The span ending at `end` ends in a word for a public body ("Commission", "Authority"), under its rule. */
function fieldsOfPublicBody(tokens: readonly Token[], end: number): boolean {
  return RECOGNITION_RULES.fieldsOfPublicBodyWhole.on && BODY_NAME_END_WORDS.has(itemAt(tokens, end - 1).text.toLowerCase());
}

/**
 * "included Halvorsen Capital and Brightfield Partners", "joined Harwick from Stenmark Industries": a span the tagger
 * runs across a lower-case "from", or across "and" after a word that ends businesses' names, with a name of two words
 * or more after it opening with another word, is two names. "Union Bank and Trust Company" (the second part opens with
 * such a word) and "Food and Drug Administration" stay whole.
 */
function apartBetweenBusinessNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const result: TaggedSpan[] = [];
  const businesses = RECOGNITION_RULES.splitBetweenBusinessNames.on;
  const endsBusiness = (k: number) => businesses && COMPANY_NAME_ENDINGS.has(itemAt(tokens, k).text.toLowerCase());
  // "researchers from Carsby University and Delvin Institute": two institutions' names (rule
  // split-between-institution-names); "Carsby College and Hospital Trust" (the second part opens with such a word) stays whole.
  const endsInstitution = (k: number) =>
    RECOGNITION_RULES.splitBetweenInstitutionNames.on && INSTITUTION_NAME_ENDINGS.has(itemAt(tokens, k).text.toLowerCase());
  for (const span of spans) {
    let start = span.start;
    for (let k = start + 1; k < span.end - 2; k++) {
      const word = itemAt(tokens, k).text;
      const afterInstitution = word === 'and' && k > start + 1 && endsInstitution(k - 1);
      if (!((word === 'from' && businesses) || (word === 'and' && k > start + 1 && endsBusiness(k - 1)) || afterInstitution)) continue;
      const next = itemAt(tokens, k + 1).text;
      if (!/^\p{Lu}/u.test(next) || ORG_SUFFIXES.has(next.toLowerCase())) continue;
      if (afterInstitution && INSTITUTION_NAME_ENDINGS.has(next.toLowerCase())) continue;
      // "the Securities and Exchange Commission": a public body named for two fields joined by "and" ends in a word
      // for a body, a few words on; it is one name (rule fields-of-public-body-whole).
      if (word === 'and' && !afterInstitution && span.end - k <= 3 && fieldsOfPublicBody(tokens, span.end)) continue;
      result.push({ ...span, start, end: k });
      start = k + 1;
    }
    result.push({ ...span, start });
  }
  return result;
}

/** Legal forms a company's name ends in, as wire stories write them before "of" and the company's town. */
const LEGAL_FORMS = new Set(['inc', 'ltd', 'corp', 'co', 'plc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'llc', 'spa', 'bhd', 'pty', 'cos']);

/**
 * "Velmont Holdings Ltd of Calgary said", "Tarrow Valve Co of Lisle, Ill.": where the tagger runs an organisation across
 * a legal form and a lower-case "of" before capitalised words, the tags are rewritten to the company, then the town it
 * is of (rule legal-form-of-place): a company's name ends at its legal form, and every later reading of the tags (the
 * spans, each name's coarse type) sees the place as a place. A country or a world region after "of" ("Sumitomo Corp of
 * America", "Power Corp of Canada") is part of a subsidiary's name and stays, as does a name with "of" before the form
 * ("Bank of Tamsk Corp"). Returns the tags given when nothing is rewritten.
 */
export function legalFormOfPlaceTags(tokens: readonly Token[], tags: string[]): string[] {
  let result = tags;
  for (const span of taggedSpans(tags)) {
    if (span.type !== 'ORG') continue;
    const at = tokens.slice(span.start + 1, span.end - 1).findIndex(
      (t, k) =>
        t.text === 'of' &&
        LEGAL_FORMS.has(
          itemAt(tokens, span.start + k)
            .text.replace(/\.$/, '')
            .toLowerCase(),
        ),
    );
    if (at < 0) continue;
    const of = span.start + 1 + at;
    const place = tokens.slice(of + 1, span.end).map((t) => t.text);
    const named = place.join(' ').toLowerCase();
    if (!place.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || countryByName.has(named) || WORLD_REGIONS.has(named)) continue;
    if (result === tags) result = [...tags];
    result[of] = 'O';
    for (let k = of + 1; k < span.end; k++) result[k] = k === of + 1 ? 'B-LOC' : 'I-LOC';
  }
  return result;
}

/** Particles of Spanish, Portuguese and Italian place names ("Viña del Mar", "Santiago de Compostela"). */
const PLACE_PARTICLES = new Set(['del', 'de', 'da', 'do', 'dos', 'das', 'di', 'della']);
const PLACE_ARTICLES = new Set(['la', 'las', 'los', 'le']);

/**
 * "Viña del Mar", "Mar del Plata": the tagger ends a place at the particle inside its name and reads the rest as
 * another place or no name. A place, a particle (and an article) in lower case, then a capitalised word the tagger
 * reads as a place or no name are one place (rule place-particle-join): the tags are rewritten to one place, so the
 * spans and the name's coarse type read it whole. Returns the tags given when nothing is rewritten.
 */
export function placeParticleTags(tokens: readonly Token[], tags: string[]): string[] {
  return particleJoinTags(tokens, tags, 'LOC', PLACE_PARTICLES);
}

/** Rewrites a span of `type` cut at one of `particles` and the capitalised word after it (and its span) as one span. */
function particleJoinTags(tokens: readonly Token[], tags: string[], type: 'LOC' | 'ORG', particles: ReadonlySet<string>): string[] {
  // Most sentences have no particle: their spans are not read.
  if (!tokens.some((t) => particles.has(t.text))) return tags;
  let result = tags;
  for (const span of taggedSpans(tags)) {
    if (span.type !== type || !particles.has(tokens[span.end]?.text ?? '')) continue;
    const at = PLACE_ARTICLES.has(tokens[span.end + 1]?.text ?? '') ? span.end + 2 : span.end + 1;
    // "São José dos Pinhais": the lone capitalised word after a place's particle reads to the tagger as a surname
    // (rule place-particle-before-person-tag); a person's name does not go on from a place by "dos".
    const personAfterPlace = type === 'LOC' && tags[at] === 'B-PER' && RECOGNITION_RULES.placeParticleBeforePersonTag.on;
    if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[at]?.text ?? '') || !(tags[at] === 'O' || tags[at]?.endsWith(`-${type}`) || personAfterPlace)) continue;
    let to = at + 1;
    const after = personAfterPlace ? 'PER' : type;
    if (tags[at] !== 'O') while (tags[to] === `I-${after}`) to++;
    if (result === tags) result = [...tags];
    for (let k = span.end; k < to; k++) result[k] = `I-${type}`;
  }
  return result;
}

/** Particles inside Spanish, Portuguese and French names of bodies ("Usuarios en Red", "Médicos por la Paz"). */
const BODY_PARTICLES = new Set(['de', 'del', 'en', 'para', 'por', 'da', 'do', 'des', 'du', 'pour']);

/**
 * "Usuarios en Red": the tagger ends a body's name at a particle inside it and reads the rest as another body or no
 * name. A body, a particle (and an article) in lower case, then a capitalised word the tagger reads as a body or no
 * name are one body (rule body-particle-join). Returns the tags given when nothing is rewritten.
 */
export function bodyParticleTags(tokens: readonly Token[], tags: string[]): string[] {
  return particleJoinTags(tokens, tags, 'ORG', BODY_PARTICLES);
}

/** A word that may go on a person's name after a title: capitalised, then in lower case ("Diane", "O'Neill", "Carrow-Hay"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*$/u;
/** Words of a person's name taken after a title at most: forename, a middle name, surname. */
const MAX_NAME_AFTER_TITLE = 4;

/**
 * "Labour MP Diane Carrow", "Yesterday, Local MP Diane Carrow said", "the Harrogate MSP Tom Heller": the abbreviation of
 * a member of a legislature before capitalised words is that member's title, and the words are the member's name
 * (rule legislator-acronym-before-name). The tagger, which saw few such titles, runs a span across the abbreviation
 * (as an organisation or as MISC) or leaves the name untagged; the abbreviation's tag is rewritten to none and the
 * name's to a person, so a party or a place before the title keeps its own span. Returns the tags given when nothing
 * is rewritten.
 */
export function legislatorTitleTags(tokens: readonly Token[], tags: string[]): string[] {
  let result = tags;
  for (let at = 0; at + 1 < tokens.length; at++) {
    if (!LEGISLATOR_ACRONYMS.has(itemAt(tokens, at).text)) continue;
    let end = at + 1;
    while (end < tokens.length && end - at <= MAX_NAME_AFTER_TITLE && NAME_WORD.test(itemAt(tokens, end).text)) end++;
    // A lone capitalised word after the title is a surname only where the tagger reads it as part of a name.
    if (end - at < 2 || (end - at === 2 && (tags[at + 1] ?? 'O') === 'O')) continue;
    if (result === tags) result = [...tags];
    result[at] = 'O';
    for (let k = at + 1; k < end; k++) result[k] = k === at + 1 ? 'B-PER' : 'I-PER';
    // A span the tagger ran on past the name ends with it.
    if (result[end]?.startsWith('I-')) result[end] = `B-${result[end]!.slice(2)}`;
  }
  return result;
}

/**
 * "Tacoma's Norvane Corp said", "Denver's Harlow Instruments Inc": a known place (a city, a region, a US state or a
 * country by the gazetteers) in the possessive right before a company's name (one the tagger reads as an organisation,
 * ending in a legal form or a word only businesses end in) is the company's town, whatever the tagger reads the place
 * as at the head of a sentence (an organisation, a person): the tags of the place are rewritten to a place (rule
 * place-possessor-of-company). A person after the possessive ("Baltimore's Eddie Murray", a side's player) is left to
 * the tagger. Returns the tags given when nothing is rewritten.
 */
export function placePossessorOfCompanyTags(tokens: readonly Token[], tags: string[]): string[] {
  let result = tags;
  const spans = taggedSpans(tags);
  for (const [i, span] of spans.entries()) {
    if (span.type === 'LOC' || span.type === 'MISC' || !/^['’]s$/.test(tokens[span.end]?.text ?? '')) continue;
    const company = spans[i + 1];
    if (!company || company.type !== 'ORG' || company.start !== span.end + 1) continue;
    const last = itemAt(tokens, company.end - 1)
      .text.replace(/\.$/, '')
      .toLowerCase();
    if (!LEGAL_FORMS.has(last) && !COMPANY_NAME_ENDINGS.has(last)) continue;
    const named = tokens
      .slice(span.start, span.end)
      .map((t) => t.text)
      .join(' ')
      .toLowerCase();
    if (!CITY_NAMES.has(named) && !REGION_NAMES.has(named) && !US_STATES.has(named) && !countryByName.has(named)) continue;
    if (result === tags) result = [...tags];
    for (let k = span.start; k < span.end; k++) result[k] = k === span.start ? 'B-LOC' : 'I-LOC';
  }
  return result;
}

/**
 * "arrested Brenton City Councilwoman Desma Achterberg": a span the tagger runs across a council member's title (with
 * "City", "Town" or "County" before it) before a capitalised name is the council's place, then the person (rule
 * council-title-before-name); the title is neither.
 */
function apartAtCouncilTitle(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const result: TaggedSpan[] = [];
  for (const span of spans) {
    const at = tokens
      .slice(span.start, span.end - 1)
      .findIndex((t, k) => COUNCIL_TITLES.has(t.text.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(itemAt(tokens, span.start + k + 1).text));
    if (at < 0) {
      // "Holloway Springs City | Councilman Desmond Achterberg": a span that ends in the council word before a title
      // left outside it ends before that word.
      const councilWordLast =
        span.end - span.start > 1 &&
        COUNCIL_WORDS.has(itemAt(tokens, span.end - 1).text.toLowerCase()) &&
        COUNCIL_TITLES.has(tokens[span.end]?.text.toLowerCase() ?? '') &&
        /^\p{Lu}\p{Ll}/u.test(tokens[span.end + 1]?.text ?? '');
      result.push(councilWordLast ? { ...span, end: span.end - 1 } : span);
      continue;
    }
    const title = span.start + at;
    const titleStart = title > span.start && COUNCIL_WORDS.has(itemAt(tokens, title - 1).text.toLowerCase()) ? title - 1 : title;
    if (titleStart > span.start) result.push({ type: 'LOC', start: span.start, end: titleStart });
    result.push({ type: 'PER', start: title + 1, end: span.end });
  }
  return result;
}

/** Whether a token opens its sentence, after any opening quotes or brackets. */
/**
 * Whether the one word from `start` to `end` opens a sentence as a word for goods before a lower-case word for a
 * business ("Handset maker Delmar Mobile"): the business's trade, no name (rule goods-word-before-trade).
 */
function goodsBeforeTrade(tokens: readonly Token[], start: number, end: number): boolean {
  return (
    RECOGNITION_RULES.goodsWordBeforeTrade.on &&
    end - start === 1 &&
    (isSentenceStart(tokens, start) || isInitial(tokens, start)) &&
    GOODS_TRADE_WORDS.has(itemAt(tokens, start).text.toLowerCase()) &&
    TRADE_HEADS_AFTER_GOODS.has(tokens[end]?.text ?? '')
  );
}

function isSentenceStart(tokens: readonly Token[], k: number): boolean {
  for (let i = 0; i < k; i++) if (!/^["“‘'`(\[—–-]$/u.test(itemAt(tokens, i).text)) return false;
  return true;
}

/** Whether every token from `from` up to `to` (exclusive) joins two parts of a person's name ("van", "de", …). */
function onlyParticlesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!PERSON_JOINING_PARTICLES.has(itemAt(tokens, k).text)) return false;
  return true;
}
