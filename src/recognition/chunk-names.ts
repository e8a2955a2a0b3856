// Finds candidate names in a sentence: runs of capitalised tokens, joined across lower-case connectors
// ("Ministry of Finance", "Council on Foreign Relations"), with a leading number before a descriptor
// ("+44 Radio") or a trailing number after one ("Unit 731"). Honorifics and titles are split off as evidence.
import type { Sentence, Token } from '../pipeline/stage-types.js';
import { descriptorType } from './descriptors.js';
import { RECOGNITION_RULES } from './recognition-rules.js';
import {
  CAPITALISED_COMPANY_FORMS,
  COMMON_ACRONYMS,
  CURRENCY_WORDS,
  COUNCIL_TITLES,
  COUNCIL_WORDS,
  FUNCTION_WORDS,
  FURNITURE_WORDS,
  GROUP_MEMBERS,
  HONORIFICS,
  JURISDICTION_WORDS,
  LEGAL_TITLES,
  MONTHS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NAME_TITLES,
  JOBS,
  SENTENCE_OPENERS,
  ARTS_SENTENCE_OPENERS,
  TITLE_PREFIXES,
  CHIEF_TITLE_WORDS,
  TITLES,
  WEEKDAYS,
  NEWSPAPER_NAME_ENDINGS,
  ORG_SUFFIXES,
} from './lexicon/words.js';
import { itemAt } from '../util/checked-index.js';
import { opensUpperCase } from '../util/letter-case.js';

export interface NameChunk {
  tokenStart: number;
  tokenEnd: number;
  /** The chunk begins the sentence (or a quotation), where capitals prove nothing. */
  initial: boolean;
  /** An honorific ("Mr") or a capitalised title ("President") stood before the name. */
  honorific: boolean;
  title: boolean;
  /** Followed by a possessive "'s". */
  possessive: boolean;
  /**
   * Where a leading honorific or head-of-state title begins ("Mrs. Higgins", "President Lincoln"): the mention's
   * span includes it, the name (and so the entity) does not.
   */
  leadStart?: number;
  /** Tagger first: a run of capitals the tagger read as no name, kept only if the document names it elsewhere. */
  untagged?: boolean;
  /**
   * Lower-case words the tagger read at the end of the name and that were left out ("the NBC network"): the document
   * decides whether they stay out (rule lower-case-tail-outside-name).
   */
  lowerTail?: number;
}

const UPPER = /^\p{Lu}/u;
/** Arabic and other name particles fused to the next part: "al-Assad", "bin-Talal", "el-Sisi". */
const PARTICLE_NAME = /^(al|el|ad|as|ash|at|abu|bin|ibn|bint|ben|da|de|di|du|van|von)-\p{Lu}/u;
const OPENERS = /^["“‘'`([—–-]$/u;
const DASH = /^(?:-|--|—|–)$/u;

/** True for a token that can be part of a name: capitalised, not a modifier like "Israeli-occupied" or "Pro-X". */
export function isNameWord(text: string): boolean {
  // Most tokens are plain lower-case words: neither capitalised nor a hyphenated particle.
  const first = text.charCodeAt(0);
  if (first >= 97 && first <= 122 && !text.includes('-')) return false;
  if (PARTICLE_NAME.test(text)) return true;
  if (!opensUpperCase(text)) return false;
  // "AU0202111694": a wire-service reference code, not a word.
  if (/[^\x00-\x7f]/.test(text) ? /\p{N}{5,}/u.test(text) : /\d{5,}/.test(text)) return false;
  const lower = text.toLowerCase();
  // "on Mondays and Thursdays": a weekday's plural is a date too.
  if (MONTHS.has(lower) || WEEKDAYS.has(lower) || (lower.endsWith('days') && WEEKDAYS.has(lower.slice(0, -1)))) return false;
  // "Bracken Valley Co-operative": a word of a business's kind written with a hyphen ends names as "Dairies" does.
  if (lower === 'co-operative' || lower === 'co-op') return true;
  if (/^\p{Lu}[\p{L}]*-\p{Ll}/u.test(text)) return false; // Israeli-occupied, Hebrew-language
  if (/^(pro|anti|non|ex|post|pre|neo)-/i.test(text)) return false;
  if (text === text.toUpperCase() && text.length > 1 && (FURNITURE_WORDS.has(lower) || COMMON_ACRONYMS.has(lower))) return false;
  // "sales of CDs and DVDs", "the SUVs it makes": the plural of a common noun's acronym is no name either (rule
  // plural-common-acronym).
  if (/^\p{Lu}{2,5}s$/u.test(text) && COMMON_ACRONYMS.has(lower.slice(0, -1)) && RECOGNITION_RULES.pluralCommonAcronym.on) return false;
  return true;
}

/** Head words of institutions whose names continue across "of"/"for"/"on" ("Museum of Modern Art"). */
const INSTITUTION_HEADS = new Set([
  'museum',
  'centre',
  'center',
  'school',
  'college',
  'academy',
  'society',
  'federation',
  'league',
  'committee',
  'board',
  'fund',
  'house',
  'church',
  'chamber',
  'front',
  'order',
  'republic',
  'kingdom',
  'state',
  'states',
  'bureau',
  // Public bodies named after what they oversee: "Superintendency of the Environment", "Directorate of Fisheries".
  'superintendency',
  'superintendence',
  'inspectorate',
  'directorate',
  'secretariat',
  'secretary',
  'department',
  'minister',
  'ministry',
  'friends',
  'sisters',
  'brothers',
  'daughters',
  'sons',
  'people',
  'party',
  // Places named across "of": "Sea of Japan", "Gulf of Mexico", "Isle of Man", "Strait of Hormuz", "Palace of Fine Arts".
  'sea',
  'gulf',
  'bay',
  'isle',
  'isles',
  'strait',
  'straits',
  'cape',
  'lake',
  'palace',
  'city',
  'port',
  'mount',
]);

/**
 * A connector joins two capitalised parts when the left part is headed by an institution word, or follows "named", or
 * (for a campaign's "for") follows the people who belong to it ("activists from No Tech for Apartheid").
 */
function joinsAcross(tokens: Token[], start: number, connectorAt: number): boolean {
  if (NAME_PARTICLES.has(itemAt(tokens, connectorAt).text)) return true;
  const head = itemAt(tokens, connectorAt - 1).text.toLowerCase();
  // "the Office of the Director of Public Prosecutions", "the Office of the Auditor General for Wales": an office named
  // after its holder's title goes on past the title (rule office-of-a-title).
  if (TITLES.has(head)) return RECOGNITION_RULES.officeOfATitle.on && OFFICE_OF_TITLE_HEADS.has(itemAt(tokens, start).text);
  // "Kia Motor Corp of South Korea": a company form closes the name; the place after "of" is where the company is from.
  if (RECOGNITION_RULES.companyFormClosesName.on && CAPITALISED_COMPANY_FORMS.has(head.replace(/\.$/, ''))) return false;
  if (descriptorType(head) || INSTITUTION_HEADS.has(head)) return true;
  if (
    itemAt(tokens, connectorAt).text === 'for' &&
    /^(?:from|of|with|for)$/.test(tokens[start - 1]?.text ?? '') &&
    GROUP_MEMBERS.has((tokens[start - 2]?.text ?? '').toLowerCase())
  )
    return true;
  // "the advocacy group Parents for Safe Screens": after a word for a group, "for" goes on with the group's name.
  if (itemAt(tokens, connectorAt).text === 'for' && RECOGNITION_RULES.groupNameWithFor.on && groupWordBefore(tokens, start)) return true;
  return /^(named|called|dubbed)$/i.test(tokens[start - 1]?.text ?? '');
}

/** Heads of a body named after its holder's title ("Office of the Director of …"), capitalised. */
const OFFICE_OF_TITLE_HEADS = new Set(['Office', 'Bureau', 'Chambers']);

/** True when a lower-case word for a campaign or a body of people ("advocacy group", "coalition") ends right before `start`. */
function groupWordBefore(tokens: readonly Token[], start: number): boolean {
  const last = tokens[start - 1]?.text ?? '';
  if (!/^\p{Ll}+$/u.test(last)) return false;
  const type = descriptorType(`${tokens[start - 2]?.text ?? ''} ${last}`) ?? descriptorType(last);
  return type === 'AdvocacyGroup' || type === 'Organization';
}

/** Generational suffixes that close a person's name ("Martin Luther King Jr."), never a name of their own. */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;

/** A word that may open or continue a title at `k`: a title prefix, or a jurisdiction before a legal title ("District Attorney"). */
function isTitlePrefixAt(tokens: readonly Token[], k: number): boolean {
  const lower = itemAt(tokens, k).text.toLowerCase();
  if (TITLE_PREFIXES.has(lower)) return true;
  if (chiefTitleWordAt(tokens, k)) return true;
  if (RECOGNITION_RULES.councilTitleBeforeName.on && COUNCIL_WORDS.has(lower) && COUNCIL_TITLES.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return true;
  return RECOGNITION_RULES.jurisdictionBeforeLegalTitle.on && JURISDICTION_WORDS.has(lower) && LEGAL_TITLES.has(tokens[k + 1]?.text.toLowerCase() ?? '');
}

/**
 * "Chief Financial Officer", "Chief Operating Officer": a word of CHIEF_TITLE_WORDS after "Chief" (and any such words
 * between) continues the title (rule chief-officer-title).
 */
function chiefTitleWordAt(tokens: readonly Token[], k: number): boolean {
  if (!RECOGNITION_RULES.chiefOfficerTitle.on || !CHIEF_TITLE_WORDS.has(itemAt(tokens, k).text.toLowerCase())) return false;
  let j = k - 1;
  while (j >= 0 && CHIEF_TITLE_WORDS.has(itemAt(tokens, j).text.toLowerCase())) j--;
  return j >= 0 && itemAt(tokens, j).text.toLowerCase() === 'chief';
}

/** Whether the word at `k` ends a run of titles: a title, or "Executive" after "Chief" (rule chief-officer-title). */
function endsTitleRun(tokens: readonly Token[], k: number): boolean {
  const lower = itemAt(tokens, k).text.toLowerCase();
  return TITLES.has(lower) || (lower === 'executive' && chiefTitleWordAt(tokens, k));
}

/** A run of title words after the first word and before at least one more capitalised word. */
/** Lower-case words that may join a body's name to a title inside the same run of capitals. */
const CONNECTOR_BEFORE_TITLE = new Set(['of', 'for', 'the']);

/** A title word, with a council member's under the rule council-title-before-name ("Councilwoman Jo Lee"). */
function isTitleWord(lower: string): boolean {
  return TITLES.has(lower) || (RECOGNITION_RULES.councilTitleBeforeName.on && COUNCIL_TITLES.has(lower));
}

function innerTitle(tokens: Token[], start: number, end: number): { titleStart: number; personStart: number } | undefined {
  // "Martin Luther King Jr": a title word right before a generational suffix is a surname.
  if (NAME_SUFFIX.test(itemAt(tokens, end - 1).text) && end - start > 2) end--;
  for (let k = start + 1; k < end - 1; k++) {
    const lower = itemAt(tokens, k).text.toLowerCase();
    if (!isTitleWord(lower) && !isTitlePrefixAt(tokens, k)) continue;
    let run = k;
    while (run < end - 1 && (isTitleWord(itemAt(tokens, run).text.toLowerCase()) || isTitlePrefixAt(tokens, run))) run++;
    if (
      tokens.slice(k, run).some((t) => isTitleWord(t.text.toLowerCase())) &&
      /^\p{Lu}\p{Ll}/u.test(itemAt(tokens, run).text) &&
      !/^(of|for|on)$/.test(itemAt(tokens, run).text)
    ) {
      return { titleStart: k, personStart: run };
    }
    k = run;
  }
  return undefined;
}

/** A title or honorific written short and followed by its full stop ("Gov.", "Sen.", "Dr."). */
function isTitleAbbreviation(tokens: Token[], i: number): boolean {
  const lower = itemAt(tokens, i).text.toLowerCase();
  return tokens[i + 1]?.text === '.' && itemAt(tokens, i + 1).start === itemAt(tokens, i).end && (TITLES.has(`${lower}.`) || HONORIFICS.has(`${lower}.`));
}

const ALL_CAPS = /^\p{Lu}[\p{Lu}-]{2,}$/u;
/** Company forms and Roman numerals written in capitals belong to the name before them. */
const CAPS_SUFFIX = new RegExp(`^(?:${[...CAPITALISED_COMPANY_FORMS].map((form) => form.toUpperCase()).join('|')}|[IVXL]+)$`);

/** Where a run of title-case words gives way to a run of words in capitals, or `start` when it does not. */
function capitalsSplit(tokens: Token[], start: number, end: number): number {
  let k = start;
  while (k < end && /^\p{Lu}\p{Ll}/u.test(itemAt(tokens, k).text)) k++;
  if (k === start || k === end) return start;
  for (let j = k; j < end; j++) if (!ALL_CAPS.test(itemAt(tokens, j).text) || CAPS_SUFFIX.test(itemAt(tokens, j).text)) return start;
  return k;
}

/**
 * The start of a single leading title or honorific kept in the mention's span ("President Lincoln", "Mrs. Higgins"),
 * when `lead` is one such word right before the name: the mention is the text as written, the name stays bare. After a possessive or another name ("Acme's President Jane Doe") the title stays outside, where the
 * relation patterns read it as a role.
 */
function leadOf(tokens: Token[], lead: number, start: number): { leadStart: number } | Record<string, never> {
  if (lead >= start) return {};
  const words = tokens
    .slice(lead, start)
    .map((t) => t.text)
    .filter((t) => t !== '.');
  const lower = words[0]?.toLowerCase() ?? '';
  if (words.length !== 1 || !(NAME_TITLES.has(lower) || HONORIFICS.has(lower) || HONORIFICS.has(`${lower}.`))) return {};
  const before = tokens[lead - 1]?.text ?? '';
  if (/^['’]s?$/.test(before) || isNameWord(before)) return {};
  return { leadStart: lead };
}

/** Cheap test before the Unicode one: an ASCII first character other than "+" or a digit starts no number. */
function startsNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 128 || first === 43 || (first >= 48 && first <= 57);
}

/** Whether token `i` opens a sentence: after its start, a stop, or a dateline and its dash. */
export function isInitial(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENERS.test(itemAt(tokens, j).text)) j--;
  if (j < 0 || /^[:;.!?]$/.test(itemAt(tokens, j).text)) return true;
  // "GERMANY - Bunds extended losses", "LONDON ( Reuters ) - Shares fell": after a dateline or topic written in
  // capitals and a dash, the text begins a sentence.
  if (!RECOGNITION_RULES.sentenceAfterCapitalsDash.on || !DASH.test(tokens[i - 1]?.text ?? '')) return false;
  if (tokens.slice(0, i - 1).every((token) => !/\p{Ll}/u.test(token.text))) return true;
  // "OSLO, Norway — Crowds gathered": a dateline whose place is in capitals and its country or state in Title Case.
  return RECOGNITION_RULES.sentenceAfterTitleCaseDateline.on && isTitleCaseDateline(tokens.slice(0, i - 1));
}

/** The most words a dateline with a date may have: "SAN JOSE, Calif., Oct 8 (Reuters)" has eleven. */
const DATED_DATELINE_WORDS = 12;

/**
 * A dateline of a few words: the place in capitals, then only capitalised words, initials, commas and brackets, and
 * (rule dateline-with-date) the day of the month after a month's name ("SANTA LUZ, Oct 5 (Reuters) -").
 */
function isTitleCaseDateline(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || tokens.length > DATED_DATELINE_WORDS || !/^\p{Lu}{2,}$/u.test(itemAt(tokens, 0).text)) return false;
  const dayOfMonth = (k: number) =>
    RECOGNITION_RULES.datelineWithDate.on && /^\d{1,2}$/.test(itemAt(tokens, k).text) && MONTHS.has(tokens[k - 1]?.text.toLowerCase() ?? '');
  // "DORNFELD, Germany, Oct 8 (Reuters) -": a day of the month proves a dateline that also names its country and its
  // agency, longer than one without a date may be.
  const dated = RECOGNITION_RULES.longDatedDateline.on && tokens.some((_, k) => dayOfMonth(k));
  if (tokens.length > (dated ? DATED_DATELINE_WORDS : 8)) return false;
  // "Calif." read as two words: the stop of an abbreviation written onto it.
  const abbreviationStop = (k: number) => dated && itemAt(tokens, k).text === '.' && k > 0 && itemAt(tokens, k - 1).end === itemAt(tokens, k).start;
  return tokens.every((token, k) => /^(?:[,()]|\p{Lu}[\p{L}.'’-]*)$/u.test(token.text) || dayOfMonth(k) || abbreviationStop(k));
}

/**
 * "Rs 500 crore", "Rs.40 lakh", "KSh 2bn": a written currency right before a sum is no name (rule
 * currency-word-before-sum); the tagger often reads "Rs" as an organisation.
 */
export function currencyBeforeSum(tokens: readonly { text: string }[], i: number): boolean {
  if (!RECOGNITION_RULES.currencyWordBeforeSum.on || !CURRENCY_WORDS.has((tokens[i]?.text ?? '').toLowerCase().replace(/\.$/, ''))) return false;
  const next = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
  return /^\p{N}/u.test(tokens[next]?.text ?? '');
}

/** Units of money a country's name qualifies after a sum ("2.4 U.S. cents", "300 million Hong Kong dollars"). */
const MONEY_UNITS = new Set(
  `dollar dollars cent cents pound pounds pence euro euros yen yuan renminbi franc francs peso pesos rupee rupees rand real reais
  ruble rubles rouble roubles lira won ringgit baht dinar dinars dirham dirhams riyal riyals krona kronor krone kroner shekel shekels`.split(/\s+/),
);
/** Words of a sum ("2.4", "300", "million", "bn"). */
const SUM_WORD = /^(?:\p{N}[\p{N}.,]*|million|billion|trillion|bn|mn|m|thousand|hundred)$/iu;

/**
 * "2.4 U.S. cents", "300 million Hong Kong dollars": the place between a sum and a unit of money names the currency,
 * not the place (rule place-in-currency-no-name).
 */
export function placeInCurrency(tokens: readonly { text: string }[], start: number, end: number): boolean {
  if (!RECOGNITION_RULES.placeInCurrencyNoName.on || !MONEY_UNITS.has((tokens[end]?.text ?? '').toLowerCase())) return false;
  return SUM_WORD.test(tokens[start - 1]?.text ?? '');
}

/**
 * "a Phase 3 trial", "a Phase II study": the stage of a clinical trial, capitalised by custom, names nothing (rule
 * trial-phase-no-name), whether the capitals or the tagger mark it out.
 */
export function trialPhase(tokens: readonly { text: string }[], start: number, end: number): boolean {
  if (tokens[start]?.text !== 'Phase' || !RECOGNITION_RULES.trialPhaseNoName.on) return false;
  if (end - start === 1) return /^(?:[1-4]|I|II|III|IV)$/.test(tokens[end]?.text ?? '');
  return end - start === 2 && /^(?:I|II|III|IV)$/.test(tokens[start + 1]?.text ?? '');
}

/**
 * "a Series B funding round", "its Series A round": "Series" and a capital letter before "round", "funding" or
 * "financing" name the stage of a round of funding, no organisation (rule funding-series-no-name).
 */
export function fundingSeries(tokens: readonly { text: string }[], start: number, end: number): boolean {
  return (
    end - start === 2 &&
    tokens[start]?.text === 'Series' &&
    /^[A-H]\d?$/.test(tokens[start + 1]?.text ?? '') &&
    /^(?:round|rounds|funding|financing|fundraising|investment)$/i.test(tokens[end]?.text ?? '') &&
    RECOGNITION_RULES.fundingSeriesNoName.on
  );
}

/** Splits one sentence's tokens into candidate name chunks; `taken[i]` marks tokens already used by a phrase rule. */
export function chunkNames(sentence: Sentence, taken: readonly boolean[]): NameChunk[] {
  const tokens = sentence.tokens;
  const chunks: NameChunk[] = [];
  // "US$30m", "HK$5bn": a currency's prefix, not a place.
  const currencyPrefix = (i: number) => tokens[i + 1]?.text === '$' && itemAt(tokens, i + 1).start === itemAt(tokens, i).end;
  const nameAt = (i: number) => i < tokens.length && !taken[i] && isNameWord(itemAt(tokens, i).text) && !currencyPrefix(i) && !currencyBeforeSum(tokens, i);
  /**
   * "March of Dimes", "August Capital", "May Department Stores": a month or weekday opens a name when "of" and a name
   * follow it, or a capitalised run that ends in a word saying what kind of body it is. The length it takes, or 0.
   */
  const monthOpensName = (i: number): number => {
    if (!RECOGNITION_RULES.monthInName.on || taken[i]) return 0;
    const lower = itemAt(tokens, i).text.toLowerCase();
    if (!/^\p{Lu}/u.test(itemAt(tokens, i).text) || (!MONTHS.has(lower) && !WEEKDAYS.has(lower))) return 0;
    if (tokens[i + 1]?.text === 'of' && nameAt(i + 2)) return 3;
    let k = i + 1;
    while (nameAt(k)) k++;
    const last = itemAt(tokens, k - 1).text.toLowerCase();
    // "the Sunday Ledger": a newspaper's name may open with the day it comes out (rule newspaper-name-ending).
    const newspaper = NEWSPAPER_NAME_ENDINGS.has(last) && RECOGNITION_RULES.newspaperNameEnding.on;
    return k > i + 1 && (ORG_SUFFIXES.has(last) || descriptorType(last) !== undefined || newspaper) ? k - i : 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    let start = i;
    // "+44 Radio", "6th Fleet": a number or ordinal right before a descriptor opens the name.
    const leadingNumber =
      !taken[i] &&
      startsNumber(itemAt(tokens, i).text) &&
      /^\+?\p{N}+(?:st|nd|rd|th)?$/u.test(itemAt(tokens, i).text) &&
      nameAt(i + 1) &&
      descriptorType(itemAt(tokens, i + 1).text) !== undefined;
    const month = !leadingNumber && !nameAt(i) ? monthOpensName(i) : 0;
    if (!leadingNumber && !nameAt(i) && !month) continue;
    let end = i + 1;
    if (leadingNumber) end = i + 2;
    if (month) end = i + month;
    for (;;) {
      // "Illinois Gov. James Thompson": a title abbreviation starts the next name rather than ending this one.
      if (nameAt(end) && end > start && isTitleAbbreviation(tokens, end)) break;
      if (nameAt(end) && itemAt(tokens, end).start <= itemAt(tokens, end - 1).end + 1) {
        end++;
        continue;
      }
      // A full stop after an initial ("John F. Kennedy") or a leading title abbreviation ("Gov. Ann Doe") stays inside.
      if (
        tokens[end]?.text === '.' &&
        itemAt(tokens, end).start === itemAt(tokens, end - 1).end &&
        nameAt(end + 1) &&
        (/^\p{Lu}$/u.test(itemAt(tokens, end - 1).text) || (end - 1 === start && isTitleAbbreviation(tokens, end - 1)))
      ) {
        end += 2;
        continue;
      }
      const word = tokens[end]?.text;
      // "Unit 731"; with number-after-media-word, "Channel 4", "Radio 1": the number names the unit or the station.
      const before = descriptorType(itemAt(tokens, end - 1).text);
      const numbered = before === 'MilitaryUnit' || (before === 'MediaOrganization' && RECOGNITION_RULES.numberAfterMediaWord.on && (word?.length ?? 0) <= 3);
      // "Teamsters Local 727", "Workers Union Local 117": a union's branch is named by its number (rule
      // number-after-union-local).
      const unionLocal = RECOGNITION_RULES.numberAfterUnionLocal.on && end - 1 > start && itemAt(tokens, end - 1).text === 'Local' && (word?.length ?? 0) <= 4;
      if (word && !taken[end] && /^\p{N}+$/u.test(word) && (numbered || unionLocal)) {
        end++;
        continue;
      }
      // Connectors join two capitalised parts: "Ministry of Finance", "Bank of the West".
      const lower = word?.toLowerCase();
      if (lower && lower !== 'and' && NAME_CONNECTORS.has(lower) && word === lower) {
        const after = tokens[end + 1]?.text === 'the' ? end + 2 : end + 1;
        if (nameAt(after) && joinsAcross(tokens, i, end)) {
          end = after + 1;
          continue;
        }
      }
      break;
    }
    const initial = isInitial(tokens, start);
    let honorific = false;
    let title = false;
    // Leading function words, honorifics and titles are not part of the name.
    // "Prime Minister", "Deputy Foreign Minister": a run of title words ending in a title.
    // "General Accounting Office", "General Motors Corp": a title word opening an organisation's name stays.
    // "Premier League", "General Foundation": a word that ends the names of bodies says so as well as a descriptor does.
    const organisation =
      /^(?:Organization|Company|GovernmentBody|MilitaryUnit|MediaOrganization|AdvocacyGroup|InternationalOrganization|SportsTeam)$/.test(
        descriptorType(itemAt(tokens, end - 1).text) ?? '',
      ) ||
      (RECOGNITION_RULES.titleBeforeBodySuffix.on && end - start > 1 && ORG_SUFFIXES.has(itemAt(tokens, end - 1).text.toLowerCase()));
    let run = start;
    while (!organisation && run < end - 1 && (TITLES.has(itemAt(tokens, run).text.toLowerCase()) || isTitlePrefixAt(tokens, run))) run++;
    while (run > start && !endsTitleRun(tokens, run - 1)) run--;
    if (run > start + 1) {
      title = true;
      start = run;
    }
    const lead = start;
    while (start < end) {
      const lower = itemAt(tokens, start).text.toLowerCase().replace(/\.$/, '');
      if (HONORIFICS.has(lower) || HONORIFICS.has(`${lower}.`)) honorific = true;
      else if (TITLES.has(lower) && end - start > 1 && !organisation) title = true;
      else if (
        (FUNCTION_WORDS.has(lower) && (initial || end - start === 1) && !(lower === 'new' && end - start > 1)) ||
        (lower === 'former' && end - start > 1) ||
        // "Composer Thomas is a native of…": an occupation opening a sentence is capitalised as the first word, not as a name.
        (initial &&
          start === i &&
          end - start > 1 &&
          ((RECOGNITION_RULES.openingWordOutsideName.on ? SENTENCE_OPENERS : JOBS).has(lower) ||
            (RECOGNITION_RULES.artsWordOpensSentence.on && ARTS_SENTENCE_OPENERS.has(lower))))
      ) {
        /* sentence-initial "The", "But", "In", and "Former" before a name: dropped */
      } else break;
      start++;
      while (start < end && itemAt(tokens, start).text === '.') start++;
    }
    while (end > start && NAME_CONNECTORS.has(itemAt(tokens, end - 1).text.toLowerCase()) && !UPPER.test(itemAt(tokens, end - 1).text)) end--;
    if (trialPhase(tokens, start, end) || fundingSeries(tokens, start, end)) {
      i = end - 1;
      continue;
    }
    // "Moscow INTERFAX", "Tokyo MAINICHI SHIMBUN": a dateline place followed by a source written in capitals.
    const caps = capitalsSplit(tokens, start, end);
    if (caps > start) {
      chunks.push({ tokenStart: start, tokenEnd: caps, initial: initial && start === i, honorific, title, possessive: false });
      start = caps;
    }
    const possessive = /^['’][sS]$/.test(tokens[end]?.text ?? '');
    // A title inside the run splits it: "Acme Chief Executive Jane Doe" is an organisation, then a person.
    // "Rimal General Trading", "Halden Chief Holdings": a title word inside a run ending in a word that ends the names of
    // bodies is a word of that body's name (rule inner-title-in-body-name).
    const bodyEnding = RECOGNITION_RULES.innerTitleInBodyName.on && end - start > 2 && ORG_SUFFIXES.has(itemAt(tokens, end - 1).text.toLowerCase());
    const inner = bodyEnding ? undefined : innerTitle(tokens, start, end);
    if (inner) {
      // "the ruling Liberty Party of President Anselm Rouke": the "of" before the person's title joins no name.
      let bodyEnd = inner.titleStart;
      while (RECOGNITION_RULES.connectorBeforeInnerTitle.on && bodyEnd > start + 1 && CONNECTOR_BEFORE_TITLE.has(itemAt(tokens, bodyEnd - 1).text)) bodyEnd--;
      if (bodyEnd > start)
        chunks.push({ tokenStart: start, tokenEnd: bodyEnd, initial: initial && start === i, honorific: false, title: false, possessive: false });
      chunks.push({ tokenStart: inner.personStart, tokenEnd: end, initial: false, honorific: false, title: true, possessive });
    } else if (end > start && !(end - start === 1 && /^\p{Lu}$/u.test(itemAt(tokens, start).text))) {
      chunks.push({ tokenStart: start, tokenEnd: end, initial: initial && start === i, honorific, title, possessive, ...leadOf(tokens, lead, start) });
    }
    i = end - 1;
  }
  return chunks;
}
