// Patterns that need no verb: titles and appositions ("Acme president Jane Doe", "Jane Doe, executive director of
// Acme"), possessives ("Acme's Widget", "Ohio's Acme"), and place names placed side by side ("Burlington, Vermont",
// "Acme in Ohio"). They look only at the few words between two neighbouring groups.
import { BASED_COMPOUND, isBasedPlace, type Group, type SentenceView, type Slot } from './sentence-view.js';
import { rootType } from '../schema/schema.js';
import { descriptorEndingAt, isProductDescriptor } from '../recognition/descriptors.js';
import { OCCUPATIONS, OFFICE_TITLES, ROLE_NOUNS, relationDef, verbTypes } from './signals.js';
import { QUOTE_MARKS, type EmitPair, type PairMatch } from './pair-match.js';
import { PATTERN_CONFIDENCE, statedBy } from './relation-confidences.js';
import { itemAt } from '../util/checked-index.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { placeOfUnnamedService } from './visited-places.js';
import { describes, placeQualifiesName } from './place-qualifier.js';
import { DASHES } from './dateline-prefix.js';
import { personTie, tieOpening } from './person-ties.js';
import { SAYING } from './channel-of-saying.js';
import { PARTY_QUALIFIERS, isPartyName } from './party-membership.js';
import {
  FUNCTION_WORDS,
  HONORIFICS,
  JURISDICTION_WORDS,
  LEGAL_TITLES,
  OFFICE_ABBREVIATIONS,
  PART_OF_PLACE_WORDS,
  PERIODICAL_WORDS,
  SPORT_POSITIONS,
  SPORT_POSITION_QUALIFIERS,
  PORTFOLIO_WORDS,
  TITLE_MODIFIERS,
} from '../recognition/lexicon/words.js';
import { RECOGNITION_RULES } from '../recognition/recognition-rules.js';

const ARTICLES = new Set(['a', 'an', 'the']);
/** Most describing words between a place's possessive and the nominal of its body ("consumer health"). */
const MAX_BODY_NOMINAL_MODIFIERS = 3;
/** Dashes that set an apposition off as a comma does (a hyphen spaced as a dash, a double hyphen, en and em dashes). */
const ROLE_PREPOSITIONS = new Set(['of', 'at', 'for', 'with', 'in', 'to']);
/** Compass points written with a hyphen ("south-east Algeria"). */
const HYPHENATED_DIRECTIONS = new Set([
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
]);
/** A word of a part of a place, or the article before one ("in the north of", "in northern"). */
const isDirection = (w: string) => w === 'the' || PART_OF_PLACE_WORDS.has(w) || HYPHENATED_DIRECTIONS.has(w);
/** A compass word alone, without the article isDirection lets through after "in" ("in the north of"). */
const isCompassWord = (w: string) => w !== 'the' && isDirection(w);
/** A part of a place ("in the southern part of Rwanda", "on the outskirts of Lagos"): the place holds it. */
const PART_NOUNS = new Set([
  'part',
  'parts',
  'region',
  'area',
  'corner',
  'edge',
  'outskirts',
  'suburbs',
  'heart',
  'centre',
  'center',
  'tip',
  'coast',
  'border',
]);
/** Nouns of a public stance toward another, with the type of relation the holder of the stance has toward it. */
const STANCE_NOUNS: Readonly<Record<string, 'CRITICISED' | 'WELCOMED' | 'PROTESTED'>> = {
  critic: 'CRITICISED',
  supporter: 'WELCOMED',
  backer: 'WELCOMED',
  opponent: 'PROTESTED',
};

/**
 * The stance an apposition gives a person toward the right-hand entity: ", a (longtime, vocal …) critic of (the)",
 * ", a supporter of", ", an opponent of" (rule apposition-stance-of).
 */
function stanceInApposition(between: readonly string[]): { noun: string; type: 'CRITICISED' | 'WELCOMED' | 'PROTESTED' } | undefined {
  const end = between[between.length - 1] === 'the' ? between.length - 1 : between.length;
  if (between[0] !== ',' || !ARTICLES.has(between[1] ?? '') || between[end - 1] !== 'of' || end < 4 || end > 6) return undefined;
  const noun = between[end - 2]!;
  const type = STANCE_NOUNS[noun];
  const modifiers = between.slice(2, end - 2);
  return type && modifiers.every((w) => /^[a-z-]+$/.test(w) && !ARTICLES.has(w)) ? { noun, type } : undefined;
}

/** Nouns for who makes a thing, singular and plural ("the makers of"), as an apposition names them (rule apposition-maker-of). */
const MAKER_NOUNS = new Set(`maker makers producer producers developer developers creator creators publisher publishers`.split(/\s+/));

/**
 * The noun when the words between a name and a product are an apposition naming its maker: ", the maker of", ", the
 * (British) producers of (the)", ", a developer of" (rule apposition-maker-of).
 */
function makerInApposition(between: readonly string[]): string | undefined {
  const end = between[between.length - 1] === 'the' ? between.length - 1 : between.length;
  if (between[0] !== ',' || !ARTICLES.has(between[1] ?? '') || between[end - 1] !== 'of' || end < 4 || end > 6) return undefined;
  const noun = between[end - 2]!;
  const modifiers = between.slice(2, end - 2);
  return MAKER_NOUNS.has(noun) && modifiers.every((w) => /^[a-z-]+$/.test(w) && !ARTICLES.has(w)) ? noun : undefined;
}

/** What a place is, named in an apposition ("Yerevan, the capital of Armenia", "Cullen, a village in Moray"). */
const PLACE_NOUNS = new Set([
  'capital',
  'city',
  'town',
  'village',
  'suburb',
  'province',
  'state',
  'region',
  'district',
  'county',
  'country',
  'nation',
  'island',
  'port',
  'republic',
  'municipality',
  'neighbourhood',
  'neighborhood',
  'borough',
  'territory',
  'enclave',
  'township',
  'hamlet',
  'commune',
  'prefecture',
  'parish',
]);
const ORIGIN = new Set(['of', 'from']);
/** The one who killed, named by the deed ("the victim's killer X", "X, assassin of the victim"). */
const KILLER_NOUNS = new Set(['assassin', 'killer', 'murderer']);
/** Where someone lives, after the place it is in ("Jane Doe's Leeds home"). */
const HOMES = new Set(['home', 'hometown', 'house', 'residence', 'apartment', 'flat', 'farm']);

/** Verbs of succession between two people ("Castell succeeded Pike", "who replaced Pike"). */
const SUCCESSION_VERBS = new Map([
  ['succeeded', 'succeed'],
  ['succeeds', 'succeed'],
  ['replaced', 'replace'],
  ['replaces', 'replace'],
]);

/** Adverbs of time between a copula and a title ("was previously", "is currently", "was once"). */
const TIME_ADVERBS = new Set(['previously', 'formerly', 'once', 'currently', 'now', 'still', 'also', 'later', 'briefly']);
/** Auxiliaries of a passive succession: "was replaced by", "has been succeeded by", "will be replaced by". */
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'be', 'been', 'has', 'had', 'have', 'will', 'would']);
/** Modals and the infinitive's "to" before a succession verb's base form: "will succeed", "is to replace". */
const SUCCESSION_MODALS = new Set(['will', 'would', 'to', 'shall']);
const SUCCESSION_BASE_FORMS = new Map([
  ['succeed', 'succeed'],
  ['replace', 'replace'],
]);

/** The succession verb of "was replaced by", "has been succeeded by" (the words between the two names), or undefined. */
function passiveSuccession(words: readonly string[]): string | undefined {
  const verb = words[words.length - 2] ?? '';
  if (words.length < 3 || words[words.length - 1] !== 'by' || !['succeeded', 'replaced'].includes(verb)) return undefined;
  return words.slice(0, -2).every((w) => PASSIVE_AUXILIARIES.has(w)) ? SUCCESSION_VERBS.get(verb) : undefined;
}

/**
 * Words that say how the one succeeded leaves or held the post, written before the title ("outgoing chief executive",
 * "retiring mayor", "veteran coach", "disgraced police chief"): they describe the one replaced and are no part of the
 * title (rule succession-past-descriptor).
 */
const LEAVING_DESCRIPTORS = new Set([
  'outgoing',
  'departing',
  'retiring',
  'veteran',
  'disgraced',
  'ousted',
  'embattled',
  'injured',
  'ailing',
  'long-serving',
  'incumbent',
  'resigning',
  'sacked',
  'suspended',
  'late',
]);
/** "took over from founder Ian Vey": the forms of "take" that, with "over from", state a succession. */
const TAKE_OVER_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/**
 * "took over from", "will take over from": the words of a succession that is no single verb, read as "succeed" from
 * the verb on (rule succession-past-descriptor); the words as they are otherwise.
 */
function takeOverAsSucceed(words: readonly string[]): readonly string[] {
  const at = words.findIndex((w, k) => TAKE_OVER_FORMS.has(w) && words[k + 1] === 'over' && words[k + 2] === 'from');
  if (at < 0 || !ruleOn('succession-past-descriptor')) return words;
  const verb = words[at] === 'take' ? 'succeed' : 'succeeded';
  return [...words.slice(0, at), verb, ...words.slice(at + 3)];
}

/**
 * The succession verb of "will succeed", "is to replace", "succeeds longtime chairman" (the words between the two
 * names): a verb of succession after a modal, or with the other's title between it and the name, or undefined.
 */
function successionPastTitle(between: readonly string[]): string | undefined {
  const words = takeOverAsSucceed(between);
  const at = words.findIndex((w) => SUCCESSION_VERBS.has(w) || SUCCESSION_BASE_FORMS.has(w));
  if (at < 0) return undefined;
  const verb = words[at]!;
  const before = words.slice(0, at);
  // "has taken over from": the auxiliaries of the perfect before "taken" state the succession as a modal does.
  const takenOver = words !== between && before.length > 0 && before.every((w) => PASSIVE_AUXILIARIES.has(w));
  const modal =
    takenOver ||
    (before.length > 0 && SUCCESSION_MODALS.has(before[before.length - 1]!) && before.every((w) => PASSIVE_AUXILIARIES.has(w) || SUCCESSION_MODALS.has(w)));
  const described = words.slice(at + 1).filter((w) => w !== 'the');
  // "outgoing chief executive", "veteran coach": what is said of the one replaced before the title; "took over from
  // Vey": the succession with nothing between.
  let opens = 0;
  while (opens < described.length - 1 && LEAVING_DESCRIPTORS.has(described[opens]!) && ruleOn('succession-past-descriptor')) opens++;
  const title = described.slice(opens);
  const plainTakeOver = words !== between && title.length === 0;
  const titleFits = title.length === 0 || isTitle(title);
  if (!titleFits || (!modal && (before.length > 0 || (title.length === 0 && !plainTakeOver)))) return undefined;
  if (!modal && !SUCCESSION_VERBS.has(verb)) return undefined;
  return SUCCESSION_VERBS.get(verb) ?? SUCCESSION_BASE_FORMS.get(verb);
}

/**
 * "Rao will succeed longtime Corvane leader Howard Pell", "Holt, who replaced outgoing Teskel finance chief Ana Moss,":
 * the employer's name inside the title of the one succeeded stands between the two people, so the pair patterns,
 * which see neighbouring names only, miss the succession. Read here with the employer's name left out of the title
 * (rule succession-past-employer).
 */
export function successionsPastEmployer(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('succession-past-employer') || !ruleOn('succession-modal-or-title')) return;
  const { groups, words } = view;
  for (let i = 0; i + 2 < groups.length; i++) {
    const successor = itemAt(groups, i);
    const employer = itemAt(groups, i + 1);
    const succeeded = itemAt(groups, i + 2);
    const people = [successor, succeeded].every((g) => g.slots.length === 1 && itemAt(g.slots, 0).root === 'Person');
    if (!people || !employer.slots.every((s) => s.root === 'Organization' && !s.possessive)) continue;
    const before = words.slice(successor.end, employer.start);
    const after = words.slice(employer.end, succeeded.start);
    // The employer's name opens the title ("longtime Corvane leader"): only title words follow it.
    if (after.length === 0 || !isTitle(after.filter((w) => !LEAVING_DESCRIPTORS.has(w)))) continue;
    const clause = before[0] === ',' && before[1] === 'who' ? before.slice(2) : before;
    const verb = successionPastTitle([...clause, ...after]);
    if (verb)
      emit(successor.slots, succeeded.slots, {
        types: [relationDef('RELATED_TO')],
        reverse: false,
        properties: { verb },
        ...statedBy('succession'),
        cueAt: successor.end,
      });
  }
}

/**
 * The tie of "successor as chief executive", "predecessor as deputy chair": a tie, "as" and the post it concerns, which
 * names no second person; undefined otherwise.
 */
function tieAsPost(words: readonly string[]): string | undefined {
  const as = words.indexOf('as');
  if (as < 1 || !isTitle(words.slice(as + 1).filter((w) => w !== 'the'))) return undefined;
  return personTie(words.slice(0, as));
}

/**
 * What may stand between "of"/"for"/"to" and a person's name: an article, a title or an occupation ("an adviser to
 * Mayor Gina Alvarez", "the son of billionaire Arthur Vale", "a lawyer for the late Ana Roy").
 */
function describesPerson(words: readonly string[]): boolean {
  const rest = words[0] === 'the' ? words.slice(1) : words;
  return (
    rest.length <= 2 &&
    rest.every((w) => {
      const lower = w.toLowerCase().replace(/\.$/, '');
      if (OFFICE_TITLES.has(lower) || ROLE_NOUNS.has(lower) || OCCUPATIONS.has(lower) || TITLE_MODIFIERS.has(lower) || HONORIFICS.has(lower)) return true;
      // "billionaire", "veteran": a describing noun, not a word that opens a clause ("the company founded by").
      return /^[a-z]+$/.test(w) && !FUNCTION_WORDS.has(w) && !/(?:ed|ing)$/.test(w) && !ARTICLES.has(w);
    })
  );
}

/** Bodies one belongs to rather than works for. */
const MEMBERSHIP_BODIES = new Set(['party', 'alliance', 'coalition', 'union', 'league', 'bloc', 'caucus', 'club']);

/** Words that lead from a name to the title it holds ("is", "has been", "will become", "later"). */
const COPULAS = new Set([
  'is',
  'was',
  'became',
  'becomes',
  'become',
  'as',
  'has',
  'have',
  'had',
  'been',
  'be',
  'will',
  'would',
  'now',
  'also',
  'later',
  'then',
  'recently',
  'formally',
]);
/**
 * The words between a name and a possessing place's office that say the name holds it: "served as", "is", "became",
 * "was appointed", after an adverb of time or ", who" (rule linked-place-office). No future or conditional: "would
 * become" states no office held.
 */
const LINK_TO_TITLE =
  /^(?:, who )?(?:(?:previously|formerly|currently|once|now|also|later|then|recently|still) )?(?:is|was|became|becomes|remains|remained|(?:has|had) been|(?:has |had )?(?:served|serves|serving) as|(?:is|was|has been|had been) (?:appointed|named|elected|made|promoted to|sworn in as|confirmed as)(?: as)?)$/;
/** The forms of "be" and "have" that make an appointment word passive ("was named", "has been appointed"). */
const AUXILIARIES = new Set(['is', 'was', 'has', 'have', 'had', 'been', 'be']);
/** Being given a post: "was appointed director of", "has been named chief executive of", "was promoted to head of". */
const APPOINTED = new Set([
  'appointed',
  'reappointed',
  'named',
  'elected',
  're-elected',
  'reelected',
  'made',
  'promoted',
  'hired',
  'chosen',
  'nominated',
  'installed',
  'confirmed',
  'sworn',
  'in',
  'to',
]);
/** Participles of appointment that may open an apposition ("Ostrova, elected governor of Tamsk,", "Doe, named chief executive of Acme,"). */
const OPENING_APPOINTMENTS = new Set(['appointed', 'reappointed', 'named', 'elected', 're-elected', 'reelected', 'nominated', 'installed', 'sworn', 'chosen']);
/**
 * Professions of medicine and science that are jobs held at an institution ("a cardiologist at St Mary's Hospital",
 * "a virologist at Redvale University"), besides the schema's role nouns: the specialists' words by their endings
 * ("-ologist", "-iatrist", "-ician" but "politician") and the rest by name. "student" and "patient" are no jobs.
 */
const PROFESSIONS = new Set(['doctor', 'surgeon', 'nurse', 'pharmacist', 'dentist', 'midwife', 'paramedic', 'chemist', 'physicist', 'lecturer', 'specialist']);
const isProfession = (w: string): boolean => PROFESSIONS.has(w) || (/^[a-z]+(?:ologist|iatrist|ician)$/.test(w) && w !== 'politician');
/** The schema's role nouns and office titles ("king", "envoy" and "prosecutor" are offices, not employers' roles). */
const isRoleWord = (w: string): boolean => ROLE_NOUNS.has(w) || OFFICE_TITLES.has(w) || isRoleCompound(w);
/** "secretary-general", "attorney-general", "editor-in-chief": a role word joined to "general" or "in-chief" (rule general-compound-title). */
const ROLE_COMPOUND = /^([a-z]+)-(?:general|in-chief)$/;
const isRoleCompound = (w: string): boolean => {
  const head = ROLE_COMPOUND.exec(w)?.[1];
  return head !== undefined && (ROLE_NOUNS.has(head) || OFFICE_TITLES.has(head)) && ruleOn('general-compound-title');
};
/** A word of a title: a role noun of WORKS_FOR or an office title of HOLDS_ROLE_IN (both from the schema), or a modifier. */
export const isTitleWord = (w: string) => isRoleWord(w) || TITLE_MODIFIERS.has(w) || /^(?:vice|co|ex)-/.test(w);
/** The titles a portfolio names ("energy minister", "transport secretary"). */
const PORTFOLIO_HEADS = new Set(['minister', 'ministers', 'secretary']);
/**
 * "energy minister", "water minister", "transport secretary": a plain noun right before a minister's or secretary's
 * title names the portfolio, whatever the portfolio is (rule `portfolio-before-minister`). Function words, verb forms
 * and adverbs ("told minister", "newly appointed minister") are not portfolios.
 */
const isPortfolio = (w: string, next: string | undefined) =>
  next !== undefined &&
  PORTFOLIO_HEADS.has(next) &&
  /^[a-z]{3,}$/.test(w) &&
  !FUNCTION_WORDS.has(w) &&
  !/(?:ed|ly)$/.test(w) &&
  ruleOn('portfolio-before-minister');
/**
 * "Minister for Foreign Affairs", "Minister of Health", "Secretary for Home and Local Government": "of" or "for" after a
 * minister's or secretary's title and the portfolio's words after it are words of the title (rule
 * `portfolio-after-minister`), so "Nepal's Minister for Home Affairs Sharada Pokhrel" holds the office as "Nepal's home
 * minister Sharada Pokhrel" does. The portfolio's words come from the lexicon; "and" may join two of them.
 */
function isPortfolioAfterTitle(words: readonly string[], k: number): boolean {
  const portfolioAt = (i: number) => PORTFOLIO_WORDS.has(words[i] ?? '');
  let at = k;
  if (words[at] === 'of' || words[at] === 'for') {
    if (!portfolioAt(at + 1)) return false;
  } else {
    if (!portfolioAt(at) && !((words[at] === 'and' || words[at] === '&') && portfolioAt(at + 1))) return false;
    while (at > 0 && (portfolioAt(at) || words[at] === 'and' || words[at] === '&')) at--;
    if (words[at] !== 'of' && words[at] !== 'for') return false;
  }
  return PORTFOLIO_HEADS.has(words[at - 1] ?? '') && ruleOn('portfolio-after-minister');
}
/** Titles of an office sent abroad or over one field, which a plain noun before names ("climate envoy", "trade representative"). */
const FIELD_OFFICE_HEADS = new Set(['envoy', 'envoys', 'representative']);
/**
 * "climate envoy", "peace envoy", "trade representative": a plain noun right before such a title names its
 * field, as a portfolio before "minister" does (rule `field-before-envoy`), so "U.S. climate envoy Robert Kessler"
 * holds the office as "U.S. envoy Robert Kessler" does.
 */
const isField = (w: string, next: string | undefined) =>
  next !== undefined &&
  FIELD_OFFICE_HEADS.has(next) &&
  /^[a-z]{3,}$/.test(w) &&
  !FUNCTION_WORDS.has(w) &&
  // "Washington appoints envoy Tom Hale": a verb's forms are no field.
  !/(?:ed|ly|ing|s)$/.test(w) &&
  ruleOn('field-before-envoy');
/** Titles of a post over one field of an organisation's work ("policy director", "campaign manager"). */
const FIELD_POST_HEADS = new Set(['director', 'directors', 'manager', 'coordinator']);
/** Words that open a noun phrase, so the word after them is no verb ("the group's policy director", "its campaign manager"). */
const PHRASE_OPENERS = new Set(["'s", "'", 'its', 'their', 'his', 'her', 'the', 'a', 'an']);
/**
 * "the group's policy director", "its campaign manager": a plain noun between the opener of a noun phrase and such a
 * post names the field of the post and is part of the title (rule `field-before-director`). The opener keeps out a
 * verb before a bare title ("Acme will appoint director Jane Doe"); words already cut out as a title (k = 0) open
 * it, so a verb's forms in -s, -ed and -ing ("Acme appoints director Jane Doe") are never read as a field.
 */
const isFieldOfPost = (words: readonly string[], k: number) =>
  FIELD_POST_HEADS.has(words[k + 1] ?? '') &&
  (k === 0 || PHRASE_OPENERS.has(words[k - 1] ?? '')) &&
  /^[a-z]{3,}$/.test(words[k] ?? '') &&
  !FUNCTION_WORDS.has(words[k] ?? '') &&
  !/(?:ed|ly|ing|s)$/.test(words[k] ?? '') &&
  ruleOn('field-before-director');
/** Possessives that open a noun phrase: the words after them up to a title modify it and are no verb. */
const POSSESSIVE_OPENERS = new Set(["'s", "'", 'its', 'their', 'his', 'her']);
/** Most plain nouns a possessor's title may take for its field ("human rights", "public affairs"). */
const MAX_FIELD_WORDS = 2;
/** A plain noun that may name a post's field: lower case, three letters or more, no function word, adverb or participle. */
const isPlainFieldWord = (w: string) => /^[a-z]{3,}$/.test(w) && !FUNCTION_WORDS.has(w) && !/(?:ed|ly|ing)$/.test(w);
/**
 * "the Council of Europe's human rights commissioner", "its migration researcher", "Amnesty's refugee officer": one or
 * two plain nouns between a possessive and a role noun or office title name the field of the post and are part of the
 * title (rule `field-after-possessor`). After a possessive no verb can stand there, so a plural ("rights", "affairs")
 * is a field too.
 */
function isFieldAfterPossessor(words: readonly string[], k: number): boolean {
  // A field word is no title word itself: "its chief sustainability officer" is rule chief-function-officer's.
  const isFieldNoun = (w: string) => isPlainFieldWord(w) && !isRoleWord(w);
  if (!isFieldNoun(words[k] ?? '')) return false;
  let open = k - 1;
  while (open >= 0 && k - open <= MAX_FIELD_WORDS && isFieldNoun(words[open] ?? '')) open--;
  if (!POSSESSIVE_OPENERS.has((words[open] ?? '').toLowerCase())) return false;
  let head = k + 1;
  while (head - open - 1 < MAX_FIELD_WORDS && isFieldNoun(words[head] ?? '')) head++;
  return isRoleWord(words[head] ?? '') && ruleOn('field-after-possessor');
}
/** "district attorney", "circuit judge": a court's reach before a legal title is a word of the title. */
const isJurisdiction = (w: string, next: string | undefined) =>
  JURISDICTION_WORDS.has(w) && LEGAL_TITLES.has(next ?? '') && RECOGNITION_RULES.jurisdictionBeforeLegalTitle.on;
/** A word of a title at `k`, the word after it deciding for a portfolio ("energy" before "minister") or a jurisdiction. */
export const isTitleWordAt = (words: readonly string[], k: number) =>
  isTitleWord(words[k] ?? '') ||
  isPortfolio(words[k] ?? '', words[k + 1]) ||
  isPortfolioAfterTitle(words, k) ||
  isField(words[k] ?? '', words[k + 1]) ||
  isFieldOfPost(words, k) ||
  isFieldAfterPossessor(words, k) ||
  isJurisdiction(words[k] ?? '', words[k + 1]) ||
  isOfficerFunction(words, k) ||
  isMovementBeforeTitle(words, k) ||
  isStaffChief(words[k] ?? '');

/** Words for an armed or political movement that are no title themselves ("rebel", "separatist", "opposition"). */
const MOVEMENT_WORDS = new Set(['rebel', 'rebels', 'separatist', 'separatists', 'insurgent', 'insurgents', 'guerrilla', 'guerrillas', 'militia', 'opposition']);
/**
 * "Tamsk rebel leader Kasimir Holt", "Civic Front opposition leader Mira Sandor", "separatist chief-of-staff": a word
 * for a movement right before a title says whose side the post is on and is part of the title (rule
 * movement-before-title), so the place or the body before it is read as before "leader" alone.
 */
function isMovementBeforeTitle(words: readonly string[], k: number): boolean {
  const next = words[k + 1] ?? '';
  return MOVEMENT_WORDS.has(words[k] ?? '') && (isRoleWord(next) || isStaffChief(next)) && ruleOn('movement-before-title');
}
/** "chief-of-staff", written with hyphens, is the title "chief of staff" (rule movement-before-title). */
const isStaffChief = (w: string): boolean => w === 'chief-of-staff' && ruleOn('movement-before-title');

/**
 * "chief scientific officer", "chief commercial officer": the one lower-case word between "chief" and "officer" names
 * the officer's function and is part of the title (rule chief-function-officer).
 */
function isOfficerFunction(words: readonly string[], k: number): boolean {
  return words[k - 1] === 'chief' && words[k + 1] === 'officer' && /^[a-z]+$/.test(words[k] ?? '') && ruleOn('chief-function-officer');
}
/** The role as written, without possessives or a dangling "and" ("member and" in "member and CAP supporter"). */
function titleText(words: string[]): string {
  const kept = words.filter((w) => w !== "'s" && w !== "'");
  while (kept.length > 1 && (kept[kept.length - 1] === 'and' || kept[kept.length - 1] === '-')) kept.pop();
  return kept.join(' ').replace(/ ,/g, ',');
}

/** Words that end a list of fields: a clause or another name begins, not one more field. */
const NOT_A_FIELD = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'where',
  'when',
  'said',
  'says',
  'is',
  'was',
  'has',
  'had',
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
]);
/** Most lower-case words in one field of a list ("global policy and communications"). */
const MAX_LISTED_FIELD_WORDS = 5;
/**
 * "senior vice president of sales, marketing and partnerships", "head of global policy and communications": a title,
 * "of", then fields in lower case joined by commas and a final "and" (or "&"). Such a title runs past a title's usual
 * five words; the commas belong to the list only when the last field carries the "and" (rule title-of-field-list).
 */
function isTitleOfFieldList(words: string[]): boolean {
  const of = words.indexOf('of');
  if (of < 1 || !isTitle(words.slice(0, of))) return false;
  const fields: string[][] = [[]];
  for (const word of words.slice(of + 1)) {
    if (word === ',') fields.push([]);
    else if (word === '&' || (/^[a-z-]+$/.test(word) && !NOT_A_FIELD.has(word))) itemAt(fields, fields.length - 1).push(word === '&' ? 'and' : word);
    else return false;
  }
  const last = itemAt(fields, fields.length - 1);
  // "sales, marketing, and partnerships": a comma may stand before the last "and" too.
  const opensField = (field: string[], k: number) => field[0] !== 'and' || (k === fields.length - 1 && field.length > 1);
  return last.includes('and') && fields.every((field, k) => field.length > 0 && field.length <= MAX_LISTED_FIELD_WORDS && opensField(field, k));
}

/**
 * "a partner at the law firm", "an economist at the investment bank": the kind of body written between the article
 * and the employer's name is no part of the title, so the words end in the preposition and its article again (rule
 * `descriptor-before-employer`).
 */
function withoutKindOfBody(rest: string[]): string[] {
  let at = rest.length - 2;
  while (at >= 0 && !(ROLE_PREPOSITIONS.has(rest[at]!) && ARTICLES.has(rest[at + 1]!))) at--;
  const kind = at >= 0 ? rest.slice(at + 2) : [];
  if (kind.length < 1 || kind.length > 3 || !kind.every((w) => /^[a-z-]+$/.test(w))) return rest;
  const type = descriptorEndingAt(kind, kind.length)?.type;
  return type !== undefined && rootType(type) === 'Organization' ? rest.slice(0, at + 2) : rest;
}

/** What a noun of a possessing organisation, set off after a name, says the name is to it. */
const POSSESSED_PARTS: Record<string, { type: 'OWNS' | 'INVESTED_IN'; reverse: boolean }> = {
  unit: { type: 'OWNS', reverse: true },
  subsidiary: { type: 'OWNS', reverse: true },
  division: { type: 'OWNS', reverse: true },
  arm: { type: 'OWNS', reverse: true },
  affiliate: { type: 'OWNS', reverse: true },
  parent: { type: 'OWNS', reverse: false },
  owner: { type: 'OWNS', reverse: false },
  shareholder: { type: 'INVESTED_IN', reverse: false },
  investor: { type: 'INVESTED_IN', reverse: false },
};
/** What closes a possessor's noun of ownership set off after a name. */
const PART_CLOSERS = new Set([',', '.']);
/** Words that go on to place the name an article's noun of ownership describes ("a Crispwell subsidiary based in"). */
export const PLACED_AFTER_PART = new Set(['based', 'headquartered']);
/** Heads a noun of ownership may take ("parent company", "investment arm"). */
const PART_HEADS = new Set(['company', 'firm', 'group']);
/** Most lower-case words before the noun ("largest", "snack", "frozen-food"). */
const MAX_PART_MODIFIERS = 3;

/**
 * The noun after a possessing organisation (`right`, with "'s" or "'") that closes an apposition ("Velmora Foods'
 * snack unit,", "Meridane's largest shareholder,", "Velmora's parent company."), or after an organisation an article
 * opens the apposition with (`articled`: "a Crispwell subsidiary based in"), and what it says (rule
 * apposition-possessed-part); undefined otherwise.
 */
function possessedPart(view: SentenceView, right: Group, articled: boolean): { noun: string; type: 'OWNS' | 'INVESTED_IN'; reverse: boolean } | undefined {
  const { words } = view;
  if (itemAt(right.slots, right.slots.length - 1).possessive === articled) return undefined;
  let k = right.end;
  if (words[k] === "'s" || words[k] === "'") k++;
  let close = k;
  while (close < k + MAX_PART_MODIFIERS + 2 && /^[a-z-]+$/.test(words[close] ?? '') && !verbTypes(words[close]!) && !holdingPhraseCloses(words, close)) close++;
  // "a Crispwell subsidiary based in Karsholm": after an article the description may go on with where the name is.
  // The sentence may end the description without a stop.
  const closed = close === words.length || PART_CLOSERS.has(words[close]!) || holdingPhraseCloses(words, close);
  if (!closed && !(articled && PLACED_AFTER_PART.has(words[close] ?? ''))) return undefined;
  const last = close - 1;
  const noun = PART_HEADS.has(words[last] ?? '') && POSSESSED_PARTS[words[last - 1] ?? ''] ? last - 1 : last;
  const said = POSSESSED_PARTS[words[noun] ?? ''];
  if (!said || noun < k || noun - k > MAX_PART_MODIFIERS) return undefined;
  return { noun: words[noun]!, ...said };
}

/** Most words of a holding's phrase after "with" ("with a 31 % stake"). */
const MAX_HOLDING_WORDS = 6;

/**
 * Whether a phrase of what an investor holds, opened by "with" at `at`, closes the apposition at a comma: "Sahyadri
 * Ventures, CampusGrid's largest investor with a 31% stake, will sell" (rule possessed-part-with-holding). Numbers,
 * "%" and words that read as no verb stand in it.
 */
function holdingPhraseCloses(words: readonly string[], at: number): boolean {
  if (words[at] !== 'with' || !ruleOn('possessed-part-with-holding')) return false;
  for (let k = at + 1; k <= at + MAX_HOLDING_WORDS && k < words.length; k++) {
    const word = words[k]!;
    if (word === ',') return k > at + 1 && /^(?:stake|holding|shares|share|interest|percent|%)$/.test(words[k - 1]!);
    if (!/^(?:[a-z-]+|[\d.,]+%?|%)$/.test(word) || verbTypes(word)) return false;
  }
  return false;
}

/** Most words of a trade before a noun of a part between an owner's name and its part's ("mining unit"). */
const MAX_PART_TRADE = 2;

/**
 * The noun of a part an owner holds (unit, subsidiary, division, arm, affiliate) that ends `between`, after at most two
 * lower-case words of a trade that read as no verb ("subsidiary", "mining unit"); undefined otherwise.
 */
function partNounBetween(between: readonly string[]): string | undefined {
  const noun = between[between.length - 1] ?? '';
  const said = POSSESSED_PARTS[noun];
  if (!said || said.type !== 'OWNS' || !said.reverse || between.length > MAX_PART_TRADE + 1) return undefined;
  return between.slice(0, -1).every((w) => /^[a-z][a-z-]*$/.test(w) && !verbTypes(w) && !NOT_TRADE_WORDS.has(w)) ? noun : undefined;
}
/** Lower-case words that join or relate rather than name a trade. */
const NOT_TRADE_WORDS = new Set([
  'and',
  'or',
  'of',
  'the',
  'a',
  'an',
  'its',
  'their',
  'to',
  'for',
  'with',
  'from',
  'by',
  'in',
  'on',
  'at',
  'as',
  'said',
  'says',
]);

/**
 * The investor's noun between a possessor and the name set off after it ("'s largest shareholder ,", "its biggest
 * investor ,"), and what it says of the name to the possessor (rule possessed-part-before-name); undefined otherwise.
 */
function possessedPartBefore(given: readonly string[], possessive: boolean): { noun: string; type: 'OWNS' | 'INVESTED_IN'; reverse: boolean } | undefined {
  // "Meridane's largest shareholder, the fund manager Grayhaven Capital,": an article and a few lower-case words that
  // say what kind of body the name is stand between the comma and the name (rule possessed-part-before-described-name).
  const between = ruleOn('possessed-part-before-described-name') ? withoutDescriptionAfterComma(given) : given;
  // "its largest shareholder,": the pronoun is the possessor without "'s".
  const mark = between[0] === "'s" || between[0] === "'" ? 1 : 0;
  if (!possessive || between.length < mark + 2 || between[between.length - 1] !== ',') return undefined;
  const words = between.slice(mark, -1);
  if (words.length > MAX_PART_MODIFIERS + 1 || !words.every((w) => /^[a-z-]+$/.test(w) && !verbTypes(w))) return undefined;
  const last = words.length - 1;
  const noun = PART_HEADS.has(words[last]!) && POSSESSED_PARTS[words[last - 1] ?? ''] ? last - 1 : last;
  const said = POSSESSED_PARTS[words[noun] ?? ''];
  // Owning nouns set off before the name ("Varro's insurance unit, Kestrel Life") are possessive-part's to read.
  return said?.type === 'INVESTED_IN' ? { noun: words[noun]!, ...said } : undefined;
}

/** Most lower-case words of a description between a comma and a name ("the Norwegian oil fund"). */
const MAX_DESCRIPTION_WORDS = 3;
/** The words up to and with the last comma, when an article and at most three lower-case words follow it; else all. */
function withoutDescriptionAfterComma(between: readonly string[]): readonly string[] {
  const comma = between.lastIndexOf(',');
  const rest = between.slice(comma + 1);
  if (comma < 0 || !ARTICLES.has(rest[0] ?? '') || rest.length < 2 || rest.length > MAX_DESCRIPTION_WORDS + 1) return between;
  return rest.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !FUNCTION_WORDS.has(w)) ? between.slice(0, comma + 1) : between;
}
/**
 * "Ohio Gov. Jane Doe", "Texas Sen. Jane Doe": the short form of an office before a name read as the office it stands
 * for (rule abbreviated-office-title), so the title is an office held toward the place and not a home there.
 */
function officesWritten(words: string[]): string[] {
  if (!ruleOn('abbreviated-office-title')) return words;
  const read: string[] = [];
  for (const [k, w] of words.entries()) {
    // The tokens are "gov" and "."; the full stop goes with the short form it ends.
    if (w === '.' && OFFICE_ABBREVIATIONS.has(words[k - 1] ?? '')) continue;
    read.push(OFFICE_ABBREVIATIONS.get(w) ?? w);
  }
  return read;
}

/** A run of title words containing at least one role noun ("executive director", "former chief"). */
export function isTitle(words: string[]): boolean {
  return words.length > 0 && words.length <= 5 && words.every((_w, k) => isTitleWordAt(words, k)) && words.some((w) => isRoleWord(w) || isStaffChief(w));
}

/** Most words read after a possessive for a title it opens ("its national security adviser"). */
const MAX_POSSESSED_TITLE = 5;
/**
 * Whether the words from `from` on open a title as read after a possessive ("its foreign minister ,", "its national
 * security adviser ,"): the longest run of title words there holds a role noun or an office title.
 */
export function opensPossessedTitle(words: readonly string[], from: number): boolean {
  const read = ["'s", ...words.slice(from, from + MAX_POSSESSED_TITLE)];
  let k = 1;
  while (k < read.length && isTitleWordAt(read, k)) k++;
  return read.slice(1, k).some(isRoleWord);
}

/** Most plain nouns that name a possessed title's field after "of" ("director of enforcement", "head of mergers and acquisitions"). */
const MAX_OF_FIELD_WORDS = 3;
/**
 * The title text of words that are a possessed title, "of" and its field in plain nouns ("director of enforcement"),
 * or undefined. The field holds no role word ("head of the board's chairman") and no article: "director of the fund"
 * names another body's post.
 */
function titleOfField(words: string[]): string | undefined {
  const of = words.indexOf('of');
  if (of < 1) return undefined;
  const field = words.slice(of + 1);
  if (field.length === 0 || field.length > MAX_OF_FIELD_WORDS || field[0] === 'and' || field[field.length - 1] === 'and') return undefined;
  if (!field.every((w) => w === 'and' || (isPlainFieldWord(w) && !isRoleWord(w)))) return undefined;
  return isPossessedTitle(words.slice(0, of)) ? words.join(' ') : undefined;
}

/**
 * Words for when a post was taken up or is left, which open a possessed title ("Acme's new chief executive, Jane Doe",
 * "the club's incoming chairman") as they would any noun (rule tenure-word-in-possessed-title).
 */
const TENURE_WORDS = new Set(['new', 'incoming', 'outgoing', 'current', 'newly-appointed', 'newly-elected']);

/** Whether `words`, written right after a possessive ("Acme's", "its"), are a title: a field may open it (rule field-after-possessor). */
function isPossessedTitle(words: string[]): boolean {
  const title = words.length > 1 && TENURE_WORDS.has(words[0]!) && ruleOn('tenure-word-in-possessed-title') ? words.slice(1) : words;
  const read = ["'s", ...title];
  return title.length > 0 && title.length <= 5 && title.every((_w, k) => isTitleWordAt(read, k + 1)) && title.some(isRoleWord);
}

const PLACE_RANK: Record<string, number> = { City: 1, Region: 2, Location: 2, Country: 3 };
/** True when a place of type `outer` can contain one of type `inner` (a country is not in a city, nor in another country). */
export function canContain(outer: string, inner: string): boolean {
  const o = PLACE_RANK[outer] ?? 2;
  const i = PLACE_RANK[inner] ?? 2;
  return o > i || (o === i && o === 2);
}

/** The words after "in" up to a place that holds what precedes: "northern", "the southern part of", "the outskirts of the". */
/** Participles of founding a body (not "launched" or "started", which a service in a market is too). */
const FOUNDED = new Set(['founded', 'established', 'formed', 'incorporated']);

/**
 * Whether `words` are ", founded in 2016 in", "founded in", "was established in 1998 in": a participle of founding,
 * perhaps a year after "in", and "in" before the place.
 */
function foundedIn(words: readonly string[]): boolean {
  const k = words[0] === ',' ? 1 : 0;
  if (!FOUNDED.has(words[k] ?? '')) return false;
  const rest = words.slice(k + 1);
  return (rest.length === 1 && rest[0] === 'in') || (rest.length === 3 && rest[0] === 'in' && /^\d{4}$/.test(rest[1]!) && rest[2] === 'in');
}

function isInPlace(words: string[]): boolean {
  const ofAt = words.indexOf('of');
  if (ofAt < 0) return words.length <= 2 && words.every(isDirection);
  const rest = words.slice(ofAt + 1);
  return (
    ofAt >= 1 &&
    ofAt <= 3 &&
    PART_NOUNS.has(words[ofAt - 1]!) &&
    words.slice(0, ofAt - 1).every(isDirection) &&
    (rest.length === 0 || (rest.length === 1 && rest[0] === 'the'))
  );
}

/** The rest of a place's apposition up to the place that holds it: "capital of", "fishing village in the". */
function isPlaceApposition(words: string[]): boolean {
  const tail = words[words.length - 1] === 'the' ? words.slice(0, -1) : words;
  const preposition = tail[tail.length - 1];
  const noun = tail[tail.length - 2];
  return (
    tail.length >= 2 &&
    tail.length <= 5 &&
    (preposition === 'of' || preposition === 'in') &&
    PLACE_NOUNS.has(noun ?? '') &&
    tail.slice(0, -1).every((w) => /^[a-z-]+$/.test(w))
  );
}

const BE_WORDS = new Set(['is', 'was', 'being', 'remains']);
/** "hometown", "home state", "native country": the place someone comes from. */
function isHomePlace(words: readonly string[]): boolean {
  if (words.length === 1) return words[0] === 'hometown' || words[0] === 'birthplace';
  return (
    words.length === 2 &&
    (words[0] === 'home' || words[0] === 'native') &&
    ['state', 'town', 'city', 'country', 'county', 'village', 'island', 'province'].includes(words[1]!)
  );
}

/**
 * The words between two names without an aside in brackets right after the first ("Yang Jian ( 2799 ) of the …") or,
 * after a person, an age set off by commas.
 */
function withoutAside(between: string[], leftIsPerson: boolean): string[] {
  const close = between[0] === '(' ? between.indexOf(')') : -1;
  if (close > 0 && close < between.length - 1) return between.slice(close + 1);
  // "Haldane, 61, the founder of Acme": a person's age set off by commas (rule age-aside).
  if (leftIsPerson && between[0] === ',' && /^\d{1,3}$/.test(between[1] ?? '') && between[2] === ',' && between.length > 3 && ruleOn('age-aside'))
    return between.slice(2);
  return between;
}

/**
 * The title in "[the] <title> of [the]" right before `at`, when an article, a comma or the sentence's start opens it;
 * "for" as well ("a spokeswoman for Acme, Jane Doe", rule title-for-org-name).
 */
function titleBeforeOf(words: readonly string[], at: number): string | undefined {
  let k = words[at - 1] === 'the' ? at - 1 : at;
  // "his former coach at Halden Rovers, Piet Moran": a title "at" a club or an employer, opened by a possessive
  // determiner, is the post of the name set off after it (rule possessed-title-at-org-name).
  const atOrg = words[k - 1] === 'at' && ruleOn('possessed-title-at-org-name');
  if (words[k - 1] !== 'of' && !(words[k - 1] === 'for' && ruleOn('title-for-org-name')) && !atOrg) return undefined;
  const title: string[] = [];
  for (k -= 2; k >= 0 && title.length < 5 && isTitleWordAt(words, k); k--) title.unshift(words[k]!);
  const opened = k < 0 || ARTICLES.has(words[k]!) || words[k] === ',';
  if (atOrg) return POSSESSIVE_DETERMINERS.has(words[k] ?? '') && isTitle(title) ? title.join(' ') : undefined;
  return opened && isTitle(title) ? title.join(' ') : undefined;
}

/** Words before an organisation that make the title after it a past one ("Former Corvallo United coach"). */
const FORMER_WORDS = new Set(['former', 'ex']);

/** Possessive determiners that open a title held by someone else ("his former coach at X, Y"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/**
 * True when two names side by side are items of a longer list ("Aloha, America West, Piedmont"): a name set off by a
 * comma before the first or after the second. A chain of ever larger places ("Burlington, Vermont, U.S.") is no
 * list, and "Jackson, Wyo., and Gunnison, Colo." is a list of pairs, each kept.
 */
function inNameList(view: SentenceView, left: Group, right: Group): boolean {
  const { groups, words } = view;
  const at = groups.indexOf(left);
  const before = groups[at - 1];
  const after = groups[at + 2];
  const listed = (g: Group | undefined): g is Group =>
    g !== undefined && (itemAt(g.slots, 0).root === 'Location' || itemAt(g.slots, 0).root === 'Organization');
  const rank = (g: Group) => (itemAt(g.slots, 0).root === 'Location' ? (PLACE_RANK[itemAt(g.slots, 0).entity.type] ?? 2) : 0);
  const chained = (inner: Group, outer: Group) => rank(inner) > 0 && rank(outer) > rank(inner);
  return (
    (listed(before) && before.end === left.start - 1 && words[before.end] === ',' && !chained(before, left)) ||
    (listed(after) && after.start === right.end + 1 && words[right.end] === ',' && !chained(right, after)) ||
    // "linking Leeds, Manchester and Sheffield": names joined by "and" after the comma close a list (rule
    // comma-before-coordinated-names).
    (right.slots.length > 1 && ruleOn('comma-before-coordinated-names'))
  );
}

/** The office in "the finance minister of" right before a place at `at` ("the finance minister of Norway"), or undefined. */
function officeOfPlace(words: readonly string[], at: number): string | undefined {
  if (words[at - 1] !== 'of' && words[at - 1] !== 'for') return undefined;
  const title: string[] = [];
  let k = at - 2;
  while (k >= 0 && title.length < 5 && isTitleWordAt(words, k)) title.unshift(words[k--]!);
  if (!isTitle(title) || !title.some((w) => OFFICE_TITLES.has(w)) || !ARTICLES.has(words[k] ?? '')) return undefined;
  return titleText(title);
}

/** The title with an office of HOLDS_ROLE_IN written right before a name at `at` ("President", "Prime Minister"), or undefined. */
function officeBeforeName(view: SentenceView, person: Group): string | undefined {
  const title: string[] = [];
  // "President Amara Nwosel": a head of state's title may be held in the mention's own span.
  let at = person.start;
  while (at < person.end - 1 && title.length < 5 && isTitleWordAt(view.words, at)) title.push(view.words[at++]!);
  let k = person.start - 1;
  // "(Reuters) - President Amara Nwosel": a dash or an "and" opens no title.
  for (; k >= 0 && title.length < 5 && isTitleWordAt(view.words, k) && view.words[k] !== '-' && view.words[k] !== 'and'; k--) title.unshift(view.words[k]!);
  // "Security Council President Tono Eitel of Germany": a name before the title says whose office it is, and the place
  // after the name is then only where the person is from.
  if (/^\p{Lu}/u.test(view.sentence.tokens[k]?.text ?? '')) return undefined;
  return isTitle(title) && title.some((w) => OFFICE_TITLES.has(w)) ? titleText(title) : undefined;
}

/** Nouns for a kind of body that the schema's descriptors leave out or share with another type ("network"). */

/** Words for a division of a country written between a place's name and "of" and its country ("the Sandova region of Veldania"). */
const PLACE_DIVISIONS = new Set('region province district state county prefecture department municipality oblast governorate canton territory'.split(' '));

const BODY_KIND_HEADS = new Set(
  `operator operators utility studio studios startup start-up investor consortium broker brokerage house network chain producer
  brand label outfit miner exporter importer distributor publisher brewer shipper shipbuilder hospital clinic school`.split(/\s+/),
);

/**
 * True when `place` is one place named as a name, no possessor, and `between` is one to three lower-case describing
 * nouns whose last is a kind of organisation ("ferry operator", "lender", "hospital group"): "Kenya coach" ends in a
 * person's title and no body follows it.
 */
function placeDescribesBody(place: Group, between: readonly string[], based = false): boolean {
  if (place.slots.length !== 1) return false;
  const slot = itemAt(place.slots, 0);
  // "the Orsk weekly Kronika", "the Tamsk daily Vesti": a word for a periodical ("daily", "weekly", which the describing
  // test takes for adverbs) is a kind of outlet (rule place-periodical-org).
  const periodical = (w: string) => PERIODICAL_WORDS.has(w) && ruleOn('place-periodical-org');
  if (slot.possessive || slot.mention.kind !== 'name' || between.length < 1 || between.length > 3 || !between.every((w) => describes(w) || periodical(w)))
    return false;
  const head = itemAt(between, between.length - 1);
  const type = descriptorEndingAt(between, between.length)?.type;
  if (periodical(head)) return true;
  // "Rotterdam-based freight forwarder Kraanveld Logistics": "-based" says the noun phrase after it is based there,
  // whatever kind of body its head noun names (rule based-place-any-kind-noun).
  if (based && ruleOn('based-place-any-kind-noun')) return true;
  return BODY_KIND_HEADS.has(head) || (type !== undefined && rootType(type) === 'Organization');
}

/** Verbs of putting a programme out, as written, by their lemma ("aired on Channel 9", "Lumina streams the series"). */
const BROADCAST_VERBS = new Map(
  Object.entries({
    air: 'air',
    airs: 'air',
    aired: 'air',
    airing: 'air',
    broadcast: 'broadcast',
    broadcasts: 'broadcast',
    broadcasting: 'broadcast',
    screen: 'screen',
    screens: 'screen',
    screened: 'screen',
    stream: 'stream',
    streams: 'stream',
    streamed: 'stream',
    streaming: 'stream',
    shown: 'show',
    premiered: 'premiere',
    premieres: 'premiere',
  }),
);
/** Words that may stand before such a verb: auxiliaries and adverbs of time ("was first aired on", "will also stream"). */
const BEFORE_BROADCAST_VERB = new Set(
  `is was are were be been being has have had will would can could to first also later now originally previously currently still only then`.split(/\s+/),
);
/** Kinds of programme written between the verb and the programme's name ("will stream the documentary series"). */
const PROGRAMME_KINDS = new Set(['series', 'show', 'drama', 'documentary', 'programme', 'program', 'film', 'sitcom', 'podcast', 'miniseries']);

/**
 * The verb, by its lemma, of a programme put out by a broadcaster or a platform, from the words between the two
 * (quotation marks left out): after the programme, "aired on", "was broadcast by", "which streams on", ", the drama
 * that became a hit on"; before it (`programmeFirst` false), "aired", "will stream the". Undefined for any other words.
 */
function broadcastVerb(between: readonly string[], programmeFirst: boolean): string | undefined {
  let words = between.filter((w) => !QUOTE_MARKS.has(w));
  if (programmeFirst) {
    // ", the Irish crime drama that became a hit on", ", which airs on": a description or a relative clause after the name.
    if (words[0] === ',') {
      const relative = words.findIndex((w) => w === 'which' || w === 'that');
      const described = words.slice(1, relative);
      const describes =
        relative === 1 || (relative > 1 && relative <= 6 && ARTICLES.has(described[0]!) && described.slice(1).every((w) => /^[a-z-]+$/.test(w)));
      if (!describes) return undefined;
      words = words.slice(relative + 1);
    }
    const preposition = words.pop();
    if (preposition !== 'on' && preposition !== 'by') return undefined;
    // "became a surprise hit on Channel 9": a hit is a programme that drew viewers there.
    const hit = words.at(-1) === 'hit' && /^(?:became|becomes|become|was|is|proved)$/.test(words[0] ?? '') && ARTICLES.has(words[1] ?? '');
    if (hit && words.length <= 5 && ruleOn('programme-on-broadcaster')) return 'hit on';
    const verb = BROADCAST_VERBS.get(words.at(-1) ?? '');
    return verb && words.slice(0, -1).every((w) => BEFORE_BROADCAST_VERB.has(w)) ? verb : undefined;
  }
  // "will stream the series", "aired the documentary series": after the verb, an article and a programme's kind.
  const at = words.findIndex((w) => !BEFORE_BROADCAST_VERB.has(w));
  const verb = BROADCAST_VERBS.get(words[at] ?? '');
  const kind = words.slice(at + 1);
  const object = kind.length === 0 || (ARTICLES.has(kind[0]!) && (kind.length === 1 || (kind.length <= 4 && PROGRAMME_KINDS.has(kind.at(-1)!))));
  return verb && verb !== 'show' && object && kind.slice(1).every((w) => /^[a-z-]+$/.test(w)) ? verb : undefined;
}

/** Pronouns that name a person as the possessor of the noun after them. */
const POSSESSIVE_PERSON_PRONOUNS = new Set(['his', 'her', 'their']);

/**
 * Words for a kind of product that may end the words between a possessor and a product's name ("its electric pickup
 * Rovan", "Ashby's Fieldcast app"), besides the schema's descriptors of a product ("service", "app", "platform").
 */
const PRODUCT_KIND_NOUNS = new Set(
  `car cars vehicle vehicles pickup truck sedan suv engine engines console game games show shows series film drug vaccine
  database handset smartphone laptop tablet brand flagship chatbot browser headset`.split(/\s+/),
);
/** Words that make the product named after the possessor's noun another's ("Nimbrel's rival product Lens"). */
const NOT_OWN_PRODUCT = new Set(['rival', 'rivals', 'competing', 'competitor', "competitor's", 'former']);
/** Words that end or link noun phrases, none of which describes a product ("its stake in", "and"). */
const NOT_DESCRIBING_PRODUCT = new Set(
  'the a an this that these those its their his her our which who whom whose and or but than as of in on at for to from with by into over about'.split(' '),
);
/** Most lower-case words read between a possessor and a product's name ("its fastest-growing streaming app"). */
const MAX_PRODUCT_WORDS = 4;

/** True when `words` are a few lower-case words ending in a word for a kind of product, none making it another's. */
function ownProductNoun(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    words.length > 0 &&
    words.length <= MAX_PRODUCT_WORDS &&
    words.every((w) => /^[a-z][a-z-]*$/.test(w) && !NOT_OWN_PRODUCT.has(w) && !NOT_DESCRIBING_PRODUCT.has(w)) &&
    (isProductDescriptor(last) || PRODUCT_KIND_NOUNS.has(last))
  );
}

/**
 * True when `between` ("'s streaming service", "its streaming app ,", ", whose electric pickup") holds the possessor's
 * word for a kind of product right before the product's name (rule possessed-product-noun).
 */
function ownProductNounBefore(view: SentenceView, left: Group, between: readonly string[]): boolean {
  const slot = itemAt(left.slots, left.slots.length - 1);
  const words = between[between.length - 1] === ',' ? between.slice(0, -1) : between;
  if (words[0] === ',' && words[1] === 'whose') return ownProductNoun(words.slice(2));
  // "Halden Media launched its streaming app, Vossa Play,": an "its" that restates the organisation before the verb is
  // no mention of its own, and the words after it are still that organisation's. "Lakeshire's rival, Sunmark TV,
  // launched its …": the name set off by commas is the verb's subject too.
  const setOff = words[0] === ',' && view.words[left.start - 1] === ',' ? 1 : 0;
  const restated = words.indexOf('its');
  const verbBefore = words.slice(setOff, restated).every((w) => /^[a-z]+$/.test(w) && !NOT_DESCRIBING_PRODUCT.has(w));
  if (!slot.possessive && restated > setOff && restated <= setOff + 3 && verbBefore && left.slots.length === 1 && slot.root === 'Organization')
    return ownProductNoun(words.slice(restated + 1));
  if (!slot.possessive) return false;
  if (words[0] === "'s" || words[0] === "'") return ownProductNoun(words.slice(1));
  return slot.mention.kind === 'pronoun' && view.words[slot.start] === 'its' && ownProductNoun(words);
}

/**
 * True when ", Kestrel's most profitable product ," follows the product's name (its own word for a kind of product
 * may stand between: "The Kivo app, …"): the words after the possessor end in a product's kind.
 */
function ownProductNounAfter(view: SentenceView, right: Group, between: readonly string[]): boolean {
  const named = between.slice(0, -1);
  if (between[between.length - 1] !== ',' || (named.length > 0 && !ownProductNoun(named))) return false;
  if (!itemAt(right.slots, right.slots.length - 1).possessive) return false;
  const after = view.words.slice(right.end + 1, right.end + 2 + MAX_PRODUCT_WORDS);
  const close = after.findIndex((w) => w === ',' || w === '.');
  return view.words[right.end] === "'s" && close > 0 && ownProductNoun(after.slice(0, close));
}

/** Copulas that link a tie to the name after it ("His cellmate was Hector Salas"). */
const TIE_COPULAS = new Set(['was', 'is', 'were', 'are']);

/**
 * The tie of "cellmate was", "fellow pupils at intelligence school was": a tie, at most a short lower-case phrase of
 * where it was shared (or "there"), and a copula, nothing else.
 */
function copularTie(words: readonly string[]): string | undefined {
  if (words.length < 2 || !TIE_COPULAS.has(words[words.length - 1]!)) return undefined;
  // "His cellmate there was …": the place word only says where the tie was held.
  const head = words[words.length - 2] === 'there' ? words.slice(0, -2) : words.slice(0, -1);
  const at = head.findIndex((w) => w === 'at' || w === 'in');
  if (at < 0) return personTie(head);
  const where = head.slice(at + 1);
  return where.length > 0 && where.length <= 3 && where.every((w) => /^\p{Ll}+$/u.test(w)) ? personTie(head.slice(0, at)) : undefined;
}

/** Words that set a contestant against another without a verb of the schema ("against", "v", "drew … with"). */
const CONTEST_WORDS = new Set(['against', 'v', 'vs', 'versus', 'draw', 'draws', 'drew', 'drawn']);
/** How far back from a name a contest's verb or word is looked for ("drew 0-0 with", "lost 2-1 to"). */
const CONTEST_REACH = 5;

/**
 * Whether a verb of contest ("beat", "drew … with", "play") or "against" stands within a few words before the name at
 * `start`: the name is the other side of a match, and "X in Kessel" after it names where the match was played, not
 * where X is based ("Tessia drew 0-0 with Calvia in Port Aven", "Norland play Tessia in Grenvik"; rule
 * match-venue-not-seat).
 */
/**
 * Whether `place` follows `side` through "in" alone and a contest stands before `side` (rule match-venue-not-seat):
 * the pair classifier's seat there is the match's venue.
 */
export function matchVenue(view: SentenceView, side: Slot, place: Slot): boolean {
  const gap = view.words.slice(side.end, place.start);
  return gap[0] === 'in' && gap.slice(1).every((w) => w === 'the') && contestantBefore(view.words, side.start);
}

function contestantBefore(words: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - CONTEST_REACH); k--) {
    const w = words[k]!;
    if (/^[.;:!?]$/.test(w)) return false;
    if (CONTEST_WORDS.has(w) || verbTypes(w)?.types.some((t) => t.family === 'competition')) return true;
  }
  return false;
}

/**
 * A player's position, perhaps after a few words that qualify it ("defender", "replacement scrum-half", "400m
 * hurdler"): the last word a position, the others qualifiers or distances.
 */
function isSportPosition(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.length > 3 || !SPORT_POSITIONS.has(last)) return false;
  return words.slice(0, -1).every((w) => SPORT_POSITION_QUALIFIERS.has(w) || /^\d{2,5}m$/.test(w));
}

/** Honorifics, and "professor" as one, written before a name and left out of its mention. */
const HONORIFIC_BEFORE_NAME = new Set([...HONORIFICS, 'professor']);

/** Structural match for two neighbouring groups, or undefined. */
export function matchStructure(view: SentenceView, left: Group, right: Group): PairMatch | undefined {
  const written = withoutAside(view.words.slice(left.end, right.start), itemAt(left.slots, 0).root === 'Person');
  // "The institute's director, Professor Samuel Otieno,": an honorific before the name is no word of the title
  // (rule honorific-not-title).
  const between =
    itemAt(right.slots, 0).root === 'Person' && written.length > 1 && HONORIFIC_BEFORE_NAME.has(written[written.length - 1]!) && ruleOn('honorific-not-title')
      ? written.slice(0, -1)
      : written;
  const L = itemAt(left.slots, 0).root;
  const R = itemAt(right.slots, 0).root;
  const cueAt = left.end;
  const possessed = between[0] === "'s" || between[0] === "'" ? between.slice(1) : between;
  // "Acme's chief executive, Jane Doe", "the Acme chairman, Jane Doe": the title set off by a comma before the name.
  const titled = possessed.length > 1 && possessed[possessed.length - 1] === ',' ? possessed.slice(0, -1) : possessed;
  const worksFor = relationDef('WORKS_FOR');
  const locatedIn = relationDef('LOCATED_IN');
  const livesIn = relationDef('LIVES_IN');
  const holdsRole = relationDef('HOLDS_ROLE_IN');
  // "Jane Doe, a member of the Green Party": membership, not a post.
  const roleTypes = (role: string) => (/^members?$/.test(role.split(' ').pop() ?? '') ? [relationDef('MEMBER_OF'), worksFor] : [worksFor, holdsRole]);
  // "Crispwell Snacks, Velmora Foods' snack unit,", "Grayhaven, Meridane's largest shareholder,": what the possessor's
  // noun set off after a name says of the two.
  // "Pellin Bakeries, a Crispwell subsidiary based in Karsholm", "Tamsel Insurance, the Kestova unit.": the owner's name
  // before the noun, after an article.
  const articled = between.length === 2 && between[0] === ',' && ARTICLES.has(between[1]!);
  const part =
    L === 'Organization' && R === 'Organization' && ((between.length === 1 && between[0] === ',') || articled)
      ? possessedPart(view, right, articled)
      : undefined;
  if (part && ruleOn('apposition-possessed-part')) {
    return { types: [relationDef(part.type)], reverse: part.reverse, properties: { verb: part.noun }, ...statedBy('apposition-possessed-part'), cueAt };
  }
  // "Meridane's largest shareholder, Grayhaven Capital,", "its biggest investor, Velmora Foods,": the investor's noun
  // before the name it is set off from says the same, the other way round.
  const partBefore =
    L === 'Organization' && R === 'Organization' && left.slots.length === 1 ? possessedPartBefore(between, itemAt(left.slots, 0).possessive) : undefined;
  if (partBefore && ruleOn('possessed-part-before-name')) {
    return {
      types: [relationDef(partBefore.type)],
      reverse: !partBefore.reverse,
      properties: { verb: partBefore.noun },
      ...statedBy('possessed-part-before-name'),
      cueAt,
    };
  }
  // "Acme president Jane Doe", "Acme's chief executive Jane Doe"
  const afterPossessive = possessed !== between || itemAt(left.slots, left.slots.length - 1).possessive;
  // "the Halvern Bank's director of enforcement, Martin Pell", "Acme's head of mergers and acquisitions, Jane Doe": a
  // possessed title may name its field after "of" in plain lower-case nouns (rule possessed-title-of-field).
  // "AMSA general manager of operations Helen Tranter": the organisation's name before the title says whose it is, as
  // the possessive does (rule org-title-of-field-name).
  const fieldedOnName = !afterPossessive && titled === between && ruleOn('org-title-of-field-name');
  const fielded = (afterPossessive && ruleOn('possessed-title-of-field')) || fieldedOnName ? titleOfField(titled) : undefined;
  if (fielded && L === 'Organization' && R === 'Person') {
    return { types: roleTypes(fielded), reverse: true, properties: { role: fielded }, ...statedBy('possessed-title-of-field'), cueAt };
  }
  if (L === 'Organization' && R === 'Person' && (isTitle(titled) || (afterPossessive && isPossessedTitle(titled)))) {
    // "Former Corvallo United coach Emil Sarn": "former" before the organisation makes the whole title a past one, as
    // "his former coach at Corvallo United" keeps it (rule former-before-org-title).
    const past = FORMER_WORDS.has(view.words[left.start - 1] ?? '') && titled[0] !== 'former' && ruleOn('former-before-org-title');
    const role = past ? `former ${titleText(titled)}` : titleText(titled);
    return { types: roleTypes(titleText(titled)), reverse: true, properties: { role }, ...statedBy('title-before-name'), cueAt };
  }
  // "the Anti-Corruption Bureau, whose director, Fennick Arlow, said": "whose" stands for the organisation's "'s".
  const whose = between[0] === ',' && between[1] === 'whose' ? between.slice(2) : [];
  const whoseTitle = whose.length > 1 && whose[whose.length - 1] === ',' ? whose.slice(0, -1) : whose;
  if (L === 'Organization' && R === 'Person' && whoseTitle.length > 0 && isTitle(whoseTitle) && ruleOn('whose-title-name')) {
    return { types: roleTypes(titleText(whoseTitle)), reverse: true, properties: { role: titleText(whoseTitle) }, ...statedBy('whose-title-name'), cueAt };
  }
  // "the former Acme executive has …": a title that refers back to a person (coreference) holds the organisation in it.
  const nominal = itemAt(right.slots, 0).mention.kind === 'nominal' ? view.words.slice(right.start, right.end) : [];
  if (L === 'Organization' && R === 'Person' && nominal.length > 0 && isTitle([...titled, ...nominal])) {
    const role = titleText([...titled, ...nominal]);
    return { types: roleTypes(role), reverse: true, properties: { role }, ...statedBy('title-nominal'), cueAt };
  }
  // "the deputy secretary of the Acme Foundation, Jane Doe": the title before the organisation, the name set off after it.
  if (L === 'Organization' && R === 'Person' && between.length === 1 && between[0] === ',') {
    const role = titleBeforeOf(view.words, left.start);
    if (role) return { types: [worksFor], reverse: true, properties: { role }, ...statedBy('title-of-org-name'), cueAt };
  }
  if (L === 'Person' && (R === 'Organization' || R === 'Location')) {
    // "Jane Doe, executive director of Acme", "Jane Doe, a spokesman for the Acme", "Jane Doe is the president of Acme"
    // "Jane Doe - a former Yale historian", "Jane Doe -- a spokesman for Acme --": a dash sets an apposition off as a comma does.
    // A double hyphen comes as two tokens.
    let lead = between[0] === ',' ? 1 : 0;
    if (lead === 0 && ruleOn('dash-apposition')) while (DASHES.has(between[lead] ?? '')) lead++;
    // "his former coach at Halden Rovers", "Breel's agent at Corvo": a title right after a possessor is another's post,
    // no apposition describing the possessor (rule possessor-title-not-apposition).
    const possessor = itemAt(left.slots, left.slots.length - 1);
    const possesses = possessor.possessive || (possessor.mention.kind !== 'name' && POSSESSIVE_DETERMINERS.has(possessor.mention.text.toLowerCase()));
    const possessorsPost = lead === 0 && possesses && ruleOn('possessor-title-not-apposition');
    let rest = between.slice(lead);
    if (rest[0] === 'who') rest = rest.slice(1);
    // "is", "became", "was appointed", "has been named", "was promoted to": the title that follows is the person's.
    // An appointment word counts only after "is"/"has been": "Obama nominated the head of Goldman" names another head.
    // "Ostrova, elected governor of Tamsk last year,": a participle of appointment that opens the apposition is passive
    // as "who was elected" is (rule participle-appointed-apposition).
    let auxiliary = lead === 1 && OPENING_APPOINTMENTS.has(between[lead] ?? '') && ruleOn('participle-appointed-apposition');
    let linked = false;
    while (rest.length > 2) {
      const head = itemAt(rest, 0);
      // "Deshane was previously vice president of …": an adverb of time after the copula (rule adverb-after-copula).
      const adverb = linked && TIME_ADVERBS.has(head) && ruleOn('adverb-after-copula');
      if (!COPULAS.has(head) && !(auxiliary && APPOINTED.has(head)) && !adverb) break;
      auxiliary ||= AUXILIARIES.has(head);
      linked ||= COPULAS.has(head);
      rest = rest.slice(1);
    }

    if (rest[0] !== undefined && ARTICLES.has(rest[0])) rest = rest.slice(1);
    // "one of the founders of Dunmore Stores", "was one of the co-founders of": the plural role is the person's own,
    // as "a founder of" says (rule one-of-the-role).
    if (rest[0] === 'one' && rest[1] === 'of' && rest[2] === 'the' && rest.length >= 5 && ruleOn('one-of-the-role')) {
      const plural = rest[rest.length - 2] ?? '';
      const single = plural.endsWith('s') ? plural.slice(0, -1) : '';
      if (ROLE_NOUNS.has(single) || isRoleCompound(single)) rest = [...rest.slice(3, -2), single, ...rest.slice(-1)];
    }
    if (R === 'Organization' && ruleOn('descriptor-before-employer')) rest = withoutKindOfBody(rest);
    if (rest[rest.length - 1] === 'the' || rest[rest.length - 1] === "'s") rest = rest.slice(0, -1);
    const preposition = rest[rest.length - 1];
    const roleWords = rest.slice(0, -1);
    const looseTitle =
      roleWords.length <= 6 && roleWords.some((w) => ROLE_NOUNS.has(w)) && isTitleWord(itemAt(roleWords, 0)) && roleWords.every((w) => /^[a-z-]+$/.test(w));
    // "Jane Doe and the secretary of Acme" names two people; "and" inside a title ("chair and chief of") is kept.
    // A place takes only "of"/"for" ("prime minister of France"); "a researcher in London" says where, not whom for.
    const prepositionFits =
      R === 'Organization'
        ? preposition !== undefined && ROLE_PREPOSITIONS.has(preposition)
        : (preposition === 'of' || preposition === 'for') &&
          roleWords.some((w) => OFFICE_TITLES.has(w)) &&
          // "a spokeswoman for the Tarnby fire service": the office is in the service the place only locates.
          !(ruleOn('service-place-not-office') && placeOfUnnamedService(view.words, right.end)) &&
          // "the chief executive and co-founder of the California-based company": the place only says where the company
          // is (rule based-place-no-office).
          !(isBasedPlace(view, right) && ruleOn('based-place-no-office'));
    // "Dr. James Whitlow, a cardiologist at St. Brendan's Hospital": a profession at an institution is a job there.
    const professionAt =
      R === 'Organization' &&
      preposition === 'at' &&
      roleWords.length <= 3 &&
      isProfession(roleWords[roleWords.length - 1] ?? '') &&
      roleWords.every((w) => /^[a-z-]+$/.test(w)) &&
      ruleOn('profession-at-employer');
    const fieldListTitle = R === 'Organization' && isTitleOfFieldList(roleWords) && ruleOn('title-of-field-list');
    if (!possessorsPost && rest.length >= 2 && rest[0] !== 'and' && prepositionFits && (isTitle(roleWords) || looseTitle || professionAt || fieldListTitle)) {
      const role = titleText(rest.slice(0, -1));
      return { types: roleTypes(role), reverse: false, properties: { role }, ...statedBy('apposition-title-of'), cueAt };
    }
    // "Jane Doe, Acme's chief executive" / "Jane Doe, the Acme chairman"
    const after = view.words.slice(right.end, right.end + 4);
    // "Jane Doe, Halvern Foods' chief executive": a plural's possessive is its apostrophe alone.
    const possessed = after[0] === "'s" || after[0] === "'";
    const afterTitle = possessed ? after.slice(1) : after;
    const titleLength = afterTitle.findIndex((_w, k) => !isTitleWordAt(afterTitle, k));
    const title = afterTitle.slice(0, titleLength < 0 ? afterTitle.length : titleLength);
    // "Jane Doe, a senior Acme official": title modifiers may come before the organisation too.
    const opened = between.slice(lead);
    const setOff =
      lead > 0 && (opened.length === 0 || (ARTICLES.has(opened[0]!) && opened.length <= 3 && opened.slice(1).every((w) => TITLE_MODIFIERS.has(w))));
    // "Guy Brandt, the Denver attorney": a place before a title says where the person works and lives, not an office.
    // "…, a Commission spokesman said.": a title followed by a verb of saying is the subject of a reporting clause, an
    // unnamed speaker, not a description of the name before the comma.
    const reports = ruleOn('reporting-clause-not-apposition') && SAYING.has(view.words[right.end + (possessed ? 1 : 0) + title.length] ?? '');
    if (setOff && R === 'Organization' && !reports) {
      // "Petra Lind, the newspaper's editor-in-chief": a hyphenated compound of a role noun is one too.
      if (title.some((w) => ROLE_NOUNS.has(w) || isRoleCompound(w)))
        return { types: roleTypes(titleText(title)), reverse: false, properties: { role: titleText(title) }, ...statedBy('apposition-org-title'), cueAt };
    }
    // "Marta Oliveira, Portugal's ambassador to Angola": an office of the place that possesses it, set off after the name.
    const office = possessed && title.some((w) => OFFICE_TITLES.has(w)) && isTitle(title);
    if (setOff && R === 'Location' && office && !reports && ruleOn('apposition-place-office')) {
      return { types: [holdsRole], reverse: false, properties: { role: titleText(title) }, ...statedBy('apposition-place-office'), cueAt };
    }
    // "Marta Kolin served as Portugal's ambassador to Angola", "Berg, who was Sweden's foreign minister,": a verb that
    // links the name to the office of the possessing place states it as plainly as the comma does.
    const ownsTitle = view.words[right.end + 1 + title.length] !== "'s";
    if (R === 'Location' && office && ownsTitle && !reports && LINK_TO_TITLE.test(between.join(' ')) && ruleOn('linked-place-office')) {
      return { types: [holdsRole], reverse: false, properties: { role: titleText(title) }, ...statedBy('apposition-place-office'), cueAt };
    }
    // "Jane Doe of Acme"
    if (R === 'Organization' && (between.length === 1 || (between.length === 2 && between[1] === 'the')) && between[0] === 'of') {
      return { types: [worksFor], reverse: false, properties: {}, ...statedBy('name-of-org'), cueAt };
    }
    // "Greta Solvik of the ruling Unity Party": a word for the party's place in politics between "the" and its name
    // (rule party-tie-member, which reads the tie as membership).
    const party = R === 'Organization' && isPartyName(itemAt(right.slots, 0).entity.name);
    if (party && between.length === 3 && between[0] === 'of' && between[1] === 'the' && PARTY_QUALIFIERS.has(between[2]!) && ruleOn('party-tie-member')) {
      return { types: [worksFor], reverse: false, properties: {}, ...statedBy('name-of-org'), cueAt };
    }
  }
  if (L === 'Person' && R === 'Person') {
    // "King assassin James Earl Ray", "Lennon's killer, Mark Chapman": the second killed the first.
    const deed = titled.length === 1 ? titled[0]! : titled.length === 2 && ARTICLES.has(titled[0]!) ? titled[1]! : '';
    if (KILLER_NOUNS.has(deed) && between[0] !== ',') {
      return { types: [relationDef('KILLED')], reverse: true, properties: {}, ...statedBy('killer-before-name'), cueAt };
    }
    // "John Wilkes Booth, assassin of Lincoln", "Mark Chapman, the killer of John Lennon"
    const rest = between[0] === ',' ? between.slice(ARTICLES.has(between[1] ?? '') ? 2 : 1) : [];
    if (rest.length === 2 && KILLER_NOUNS.has(rest[0]!) && rest[1] === 'of') {
      return { types: [relationDef('KILLED')], reverse: false, properties: {}, ...statedBy('apposition-killer-of'), cueAt };
    }
    if (ruleOn('person-tie')) {
      // "Keene's lawyer, Tobias Renfrew", "Keene's husband Albert Soames": the second holds the tie to the first.
      // "His lawyer, Corrado Benni,": a possessive pronoun holds the tie as "'s" does (rule pronoun-possessor-tie).
      const leftSlot = itemAt(left.slots, 0);
      const pronounPossessor =
        leftSlot.mention.kind === 'pronoun' && POSSESSIVE_PERSON_PRONOUNS.has(view.words[leftSlot.start] ?? '') && ruleOn('pronoun-possessor-tie');
      const possessedTie = (leftSlot.possessive && between[0]?.startsWith("'")) || pronounPossessor;
      const tie = possessedTie ? (personTie(titled) ?? (ruleOn('tie-as-post') ? tieAsPost(titled) : undefined)) : undefined;
      if (tie) return { types: [relationDef('RELATED_TO')], reverse: true, properties: { role: tie }, ...statedBy('person-tie'), cueAt };
      // "His cellmate was Hector Salas", "One of his fellow pupils at intelligence school was Vadim Orlov": the name the
      // copula links to the tie holds it (rule copular-tie).
      const linked = possessedTie && !itemAt(right.slots, 0).possessive && ruleOn('copular-tie') ? copularTie(titled) : undefined;
      if (linked) return { types: [relationDef('RELATED_TO')], reverse: true, properties: { role: linked }, ...statedBy('copular-tie'), cueAt };
      // "Tobias Renfrew, Keene's lawyer,": the tie after the second name's possessive.
      // "Gareth Olwen, her former chief of staff,": a possessive pronoun there holds it as "'s" does (rule
      // pronoun-possessor-apposition-tie).
      const rightSlot = itemAt(right.slots, 0);
      const pronounAfter =
        rightSlot.mention.kind === 'pronoun' && POSSESSIVE_PERSON_PRONOUNS.has(view.words[rightSlot.start] ?? '') && ruleOn('pronoun-possessor-apposition-tie');
      if (between.length === 1 && between[0] === ',' && (rightSlot.possessive || pronounAfter)) {
        const from = pronounAfter && !rightSlot.possessive ? right.end : right.end + 1;
        const owned = tieOpening(view.words.slice(from, from + 5));
        if (owned) return { types: [relationDef('RELATED_TO')], reverse: false, properties: { role: owned }, ...statedBy('person-tie'), cueAt };
      }
      // "Tobias Renfrew, a lawyer for Keene", "Renfrew, the son of Keene": the tie set off before the first's name.
      const link = rest.findIndex((w) => /^(?:for|of|to)$/.test(w));
      const of = link > 0 && describesPerson(rest.slice(link + 1)) ? personTie(rest.slice(0, link)) : undefined;
      if (of) return { types: [relationDef('RELATED_TO')], reverse: false, properties: { role: of }, ...statedBy('person-tie'), cueAt };
    }
    // "Castell succeeded Roland Pike", "Castell, who replaced Pike,": one person took the other's place.
    const succession = between[0] === ',' && between[1] === 'who' ? between.slice(2) : between;
    if (ruleOn('succession') && succession.length === 1 && SUCCESSION_VERBS.has(succession[0]!)) {
      return {
        types: [relationDef('RELATED_TO')],
        reverse: false,
        properties: { verb: SUCCESSION_VERBS.get(succession[0]!)! },
        ...statedBy('succession'),
        cueAt,
      };
    }
    // "Pike was replaced by Castell", "Pike, who was succeeded by Castell,": the one after "by" took the place.
    const passive = ruleOn('passive-succession') ? passiveSuccession(succession) : undefined;
    if (passive) return { types: [relationDef('RELATED_TO')], reverse: true, properties: { verb: passive }, ...statedBy('succession'), cueAt };
    // "Narva will succeed longtime chairman Tomas Pryle", "Narva, who is to replace Pryle,": a modal or "to" before the
    // verb, the other's title after it.
    const beforeTitle = ruleOn('succession-modal-or-title') ? successionPastTitle(succession) : undefined;
    if (beforeTitle) return { types: [relationDef('RELATED_TO')], reverse: false, properties: { verb: beforeTitle }, ...statedBy('succession'), cueAt };
  }
  // "Ruth Ambler, a longtime critic of Zentrix,": the person's stance toward what the noun is of.
  const stance = L === 'Person' && ruleOn('apposition-stance-of') ? stanceInApposition(between) : undefined;
  if (stance) return { types: [relationDef(stance.type)], reverse: false, properties: { verb: stance.noun }, ...statedBy('apposition-stance-of'), cueAt };
  // "Quillfeather Audio, the makers of Deadline Detectives,": the name the apposition describes made the product.
  const makerNoun = R === 'Product' && L !== 'Location' && ruleOn('apposition-maker-of') ? makerInApposition(between) : undefined;
  if (makerNoun) return { types: [relationDef('DEVELOPED')], reverse: false, properties: { verb: makerNoun }, ...statedBy('apposition-maker-of'), cueAt };
  // "Doe's Green Party", "Doe's BJP party": a person's party, union or league is one they belong to.
  if (L === 'Person' && R === 'Organization' && itemAt(left.slots, 0).possessive && between.length === 1) {
    const head = view.words[right.end] ?? '';
    const last = itemAt(right.slots, 0).entity.name.split(/\s+/).pop()!.toLowerCase();
    if (MEMBERSHIP_BODIES.has(head) || MEMBERSHIP_BODIES.has(last))
      return { types: [relationDef('MEMBER_OF')], reverse: false, properties: {}, ...statedBy('possessive-party'), cueAt };
  }
  // "Fernwick's Ostler unit", "Corvane's Telluric subsidiary": the name between the possessor and its noun of a part
  // names a part the possessor owns (rule possessed-named-part).
  const namedPart = L === 'Organization' && R === 'Organization' ? POSSESSED_PARTS[view.words[right.end] ?? ''] : undefined;
  if (
    namedPart?.type === 'OWNS' &&
    namedPart.reverse &&
    itemAt(left.slots, 0).possessive &&
    between.length === 1 &&
    between[0]!.startsWith("'") &&
    ruleOn('possessed-named-part')
  ) {
    return { types: [relationDef('OWNS')], reverse: false, properties: { verb: view.words[right.end]! }, ...statedBy('possessed-named-part'), cueAt };
  }
  // "Corbane Group said its Kestrel Mining unit would close a shaft": "its" before the name is the possessor as "'s" is
  // (rule its-named-part).
  const its = left.slots.length === 1 && itemAt(left.slots, 0).mention.kind === 'pronoun' && /^(?:its|their)$/i.test(view.words[left.start] ?? '');
  if (namedPart?.type === 'OWNS' && namedPart.reverse && its && between.length === 0 && ruleOn('its-named-part')) {
    return { types: [relationDef('OWNS')], reverse: false, properties: { verb: view.words[right.end]! }, ...statedBy('its-named-part'), cueAt };
  }
  // "Corbane subsidiary Kestrel Mining reported a loss", "Ostley mining unit Brixley said": a noun of a part, perhaps
  // with a word of its trade, between two organisations' names says the second is the first's part (rule
  // owner-part-before-name).
  const partNoun = L === 'Organization' && R === 'Organization' && !itemAt(left.slots, 0).possessive ? partNounBetween(between) : undefined;
  if (partNoun && ruleOn('owner-part-before-name')) {
    return { types: [relationDef('OWNS')], reverse: false, properties: { verb: partNoun }, ...statedBy('owner-part-before-name'), cueAt };
  }
  // "Kestrel's streaming service Kivo", "its streaming app, Sunmark Play", "Pemberly Motors, whose electric pickup
  // Rovan": a word for a kind of product between the possessor and the product's name says the possessor's own product.
  // "The Kivo app, Kestrel's most profitable product,": the same set off after the product's name.
  if (R === 'Product' && ownProductNounBefore(view, left, between) && ruleOn('possessed-product-noun')) {
    return { types: [relationDef('DEVELOPED')], reverse: false, properties: {}, ...statedBy('possessive-product'), cueAt };
  }
  if (L === 'Product' && R === 'Organization' && ownProductNounAfter(view, right, between) && ruleOn('possessed-product-noun')) {
    return { types: [relationDef('DEVELOPED')], reverse: true, properties: {}, ...statedBy('possessive-product'), cueAt };
  }
  // "Acme's Widget": the owner makes or owns what it possesses.
  // "its Widget": the possessive pronoun owns the name right after it as "Acme's Widget" does.
  const ownedByPronoun = itemAt(left.slots, 0).possessive && itemAt(left.slots, 0).mention.kind === 'pronoun' && between.length === 0;
  if (itemAt(left.slots, 0).possessive && ((between.length <= 2 && between[0]?.startsWith("'")) || ownedByPronoun)) {
    // "Vistaview's rival Zentro", "its former Widget": a word that makes the possessed another's is no maker's (rule
    // possessed-rival-no-maker).
    const anothers = NOT_OWN_PRODUCT.has(between[1] ?? '') && ruleOn('possessed-rival-no-maker');
    if (R === 'Product' && !anothers) return { types: [relationDef('DEVELOPED')], reverse: false, properties: {}, ...statedBy('possessive-product'), cueAt };
    // "Beijing's Tiananmen Square": a possessed place of no rank of its own (a square, a valley) lies in its possessor.
    const holds = canContain(itemAt(left.slots, 0).entity.type, itemAt(right.slots, 0).entity.type) || itemAt(right.slots, 0).entity.type === 'Location';
    if (L === 'Location' && (R === 'Organization' || (R === 'Location' && holds)))
      return { types: [locatedIn], reverse: true, properties: {}, ...statedBy('possessive-place'), cueAt };
  }
  // "Ohio, Jane Doe's home state", "with Ohio being Jane Doe's home state"
  if (L === 'Location' && R === 'Person' && between.length === 1 && (between[0] === ',' || BE_WORDS.has(between[0]!)) && itemAt(right.slots, 0).possessive) {
    const after = view.words.slice(right.end + 1, right.end + 3);
    if (isHomePlace(after) || isHomePlace(after.slice(0, 1)))
      return { types: [livesIn], reverse: true, properties: {}, ...statedBy('place-persons-home'), cueAt };
  }
  // "Ohio Senator Jane Doe", "Britain's Jane Doe", "Leeds teacher Jane Doe", "Illinois born Jane Doe"
  const onlyPossessive = between.length === 1 && possessed.length === 0;
  // "France defender Luc Marand", "Scotland replacement scrum-half Jo Reid": a player's position after a place names the
  // side the player represents (rule place-sport-position), not a home as "Leeds teacher Jane Doe" does.
  if (L === 'Location' && R === 'Person' && between.length > 0 && isSportPosition(between) && ruleOn('place-sport-position')) {
    return { types: [holdsRole], reverse: true, properties: { role: between.join(' ') }, ...statedBy('place-sport-position'), cueAt };
  }
  const described = officesWritten(titled[0] === 'born' ? titled.slice(1) : titled);
  // "France coach Jane Doe", "the country's foreign minister, Jane Doe": a title toward a place is an office held there.
  // "Norway's foreign ministry spokesman, Jane Doe": after the place's possessive a field may open the title, as it may
  // after an organisation's (rule possessed-field-office-of-place).
  const placeTitle = isTitle(described) || (afterPossessive && isPossessedTitle(described) && ruleOn('possessed-field-office-of-place'));
  if (L === 'Location' && R === 'Person' && described.length > 0 && placeTitle && described.some((w) => OFFICE_TITLES.has(w))) {
    return { types: [holdsRole], reverse: true, properties: { role: titleText(described) }, ...statedBy('place-title-name'), cueAt };
  }
  // "Germany's finance minister" where coreference made the title itself the person: the office is held there too.
  const ownTitle = itemAt(right.slots, 0).mention.kind === 'nominal' ? view.words.slice(right.start, right.end) : [];
  if (L === 'Location' && R === 'Person' && onlyPossessive && isTitle(ownTitle) && ownTitle.some((w) => OFFICE_TITLES.has(w))) {
    return { types: [holdsRole], reverse: true, properties: { role: titleText(ownTitle) }, ...statedBy('place-title-name'), cueAt };
  }
  // "the Dunmore East MP said", "the Leeds mayor said", where coreference made the title the person: a place right
  // before an office's title names where the office is held, not a home (rule place-before-nominal-office).
  if (
    L === 'Location' &&
    R === 'Person' &&
    between.length === 0 &&
    !itemAt(left.slots, 0).possessive &&
    isTitle(ownTitle) &&
    ownTitle.some((w) => OFFICE_TITLES.has(w)) &&
    ruleOn('place-before-nominal-office')
  ) {
    return { types: [holdsRole], reverse: true, properties: { role: titleText(ownTitle) }, ...statedBy('place-title-name'), cueAt };
  }
  // "a resident of Belmira, Giorgio Tessan,": the home named in words before the name.
  if (L === 'Location' && R === 'Person' && residentBefore(view.words, left.start, between) && ruleOn('resident-of-place-name')) {
    return { types: [livesIn], reverse: true, properties: { verb: 'resident' }, ...statedBy('resident-of-place-name'), cueAt };
  }
  // "The finance minister of Norway, Ingrid Solvang, said": the office of the place set off before the name.
  if (L === 'Location' && R === 'Person' && between.length === 1 && between[0] === ',') {
    const office = officeOfPlace(view.words, left.start);
    if (office) return { types: [holdsRole], reverse: true, properties: { role: office }, ...statedBy('office-of-place-apposition'), cueAt };
  }
  if (
    L === 'Location' &&
    R === 'Person' &&
    (described.length === 0 || onlyPossessive || isTitle(described) || (described.length === 1 && OCCUPATIONS.has(described[0]!)))
  ) {
    return { types: [livesIn], reverse: true, properties: {}, ...statedBy('place-name'), cueAt };
  }
  if (L === 'Person' && R === 'Location') {
    // "Jane Doe, a Leeds teacher", "Jane Doe, the Ohio businessman who …": the place qualifies what the person is.
    const next = view.words.slice(right.end, right.end + 3);
    const stop = next.findIndex((w) => !/^[a-z-]+$/.test(w));
    const qualified = stop < 0 ? next : next.slice(0, stop);
    if (between.length === 2 && between[0] === ',' && ARTICLES.has(between[1]!) && qualified.some((w) => OCCUPATIONS.has(w) || ROLE_NOUNS.has(w))) {
      return { types: [livesIn], reverse: false, properties: {}, ...statedBy('apposition-place-occupation'), cueAt };
    }
    // "Jane Doe's hometown of Leeds", "Jane Doe's home state of Ohio"
    if (itemAt(left.slots, 0).possessive && between[between.length - 1] === 'of' && isHomePlace(between.slice(1, -1))) {
      return { types: [livesIn], reverse: false, properties: {}, ...statedBy('possessive-home-of'), cueAt };
    }
    // "Jane Doe's Leeds home"
    if (onlyPossessive && HOMES.has(view.words[right.end] ?? '')) {
      return { types: [livesIn], reverse: false, properties: {}, ...statedBy('possessive-place-home'), cueAt };
    }
  }
  const inner = itemAt(left.slots, 0).entity.type;
  const outer = itemAt(right.slots, 0).entity.type;
  // "the Sandova region of Veldania", "the Kessel district of Marovia": a word for a division of a country between two
  // place names puts the first inside the second; the pair classifier, which saw few of these, read it the other way
  // round or not at all (rule place-division-of-place). A country is never put inside the place after "of".
  if (
    L === 'Location' &&
    R === 'Location' &&
    between.length === 2 &&
    PLACE_DIVISIONS.has(between[0]!) &&
    between[1] === 'of' &&
    !itemAt(left.slots, 0).possessive &&
    inner !== 'Country' &&
    ruleOn('place-division-of-place')
  ) {
    return { types: [locatedIn], reverse: false, properties: {}, ...statedBy('place-division-of-place'), cueAt };
  }
  // A place of no known rank (a palace, a plant, an ocean) is put in another or holds another only when the sentence
  // says so in words ("the Palace of Fine Arts, in San Francisco", "Madagascar, an island nation in the Indian Ocean").
  // A place named after another does not hold it ("Japan in the Sea of Japan").
  const statedIn =
    L === 'Location' &&
    R === 'Location' &&
    (inner === 'Location' || outer === 'Location') &&
    !canContain(outer, inner) &&
    !(inner === 'Country' && outer === 'City') &&
    !itemAt(right.slots, 0).entity.name.includes(itemAt(left.slots, 0).entity.name);
  if ((L === 'Location' || L === 'Organization') && R === 'Location' && (L === 'Organization' || canContain(outer, inner) || statedIn)) {
    // "Burlington, Vermont", "Mohammadia, south-east Algeria", "Acme in Ohio", "a plant in northern Ohio"
    if (!statedIn && between[0] === ',' && between.length <= 2 && between.slice(1).every(isCompassWord) && !inNameList(view, left, right))
      return {
        types: [locatedIn],
        reverse: false,
        properties: {},
        confidence: PATTERN_CONFIDENCE[L === 'Location' ? 'place-comma-place' : 'org-comma-place'].value,
        pattern: 'place-comma-place',
        cueAt,
      };
  }
  // "at Edgbaston, Birmingham", "The Oval, London": a place of no known rank set off before a city by a comma alone is
  // a ground, a district or a building of that city (a region is not written before its city).
  if (L === 'Location' && inner === 'Location' && outer === 'City' && between.length === 1 && between[0] === ',' && !inNameList(view, left, right)) {
    return { types: [locatedIn], reverse: false, properties: {}, ...statedBy('unranked-place-comma-city'), cueAt };
  }
  if ((L === 'Location' || L === 'Organization') && R === 'Location' && (L === 'Organization' || canContain(outer, inner) || statedIn)) {
    // "the Palace of Fine Arts, in San Francisco": the comma sets off where it is.
    const located = between[0] === 'is' || between[0] === 'was' || (between[0] === ',' && L === 'Location') ? between.slice(1) : between;
    if (
      located[0] === 'in' &&
      isInPlace(located.slice(1)) &&
      !(L === 'Organization' && toldRightBefore(view.words, left.start)) &&
      !(ruleOn('match-venue-not-seat') && contestantBefore(view.words, left.start))
    ) {
      return { types: [locatedIn], reverse: false, properties: {}, ...statedBy('in-place'), cueAt };
    }
    // "Kestrel Atomics, founded in 2016 in Oakville,": where a body was founded is where it is (rule founded-in-place).
    if (L === 'Organization' && ruleOn('founded-in-place') && foundedIn(located)) {
      return { types: [locatedIn], reverse: false, properties: { verb: 'founded in' }, ...statedBy('founded-in-place'), cueAt };
    }
    // "Yerevan, the capital of Armenia", "Cullen, a fishing village in Moray": an apposition says what the place is.
    // ("Tamsk, capital of Marovia", without the article, is rule apposed-place-part-of's.)
    if (L === 'Location' && between[0] === ',' && ARTICLES.has(between[1] ?? '') && isPlaceApposition(between.slice(2))) {
      return { types: [locatedIn], reverse: false, properties: {}, ...statedBy('apposition-place-of'), cueAt };
    }
  }
  // "Acme, a Denver-based maker of drones": the place in the apposition's modifier.
  if (
    L === 'Organization' &&
    R === 'Location' &&
    // "the San Jose-based designer": a place of several words carries "-based" on its last (rule based-place-of-several-words).
    BASED_COMPOUND.test(view.words[ruleOn('based-place-of-several-words') ? right.end - 1 : right.start] ?? '') &&
    between[0] === ',' &&
    between.length === 2 &&
    ARTICLES.has(itemAt(between, 1))
  ) {
    return { types: [locatedIn], reverse: false, properties: {}, ...statedBy('apposition-based-in'), cueAt };
  }
  // "Corbel Bank, Tamsk's biggest lender,", "Velmont Corp, the Tamsk maker of pumps,": a place that opens a description
  // of a body set off after the body's name says where the body is (rule apposition-place-description).
  if (L === 'Organization' && R === 'Location' && ruleOn('apposition-place-description') && placeOpensDescription(view, between, right)) {
    return { types: [locatedIn], reverse: false, properties: {}, ...statedBy('apposition-place-description'), cueAt };
  }
  if (
    L === 'Location' &&
    R === 'Organization' &&
    (between.length === 0 || (between.length === 1 && between[0] === '(')) &&
    !(ruleOn('wire-credit-not-placed') && wireCredit(view, right))
  ) {
    return { types: [locatedIn], reverse: true, properties: {}, ...statedBy('place-before-org'), cueAt };
  }
  // "Spain's consumer health regulator" where the regulator is a body the article names: the place in the possessive
  // before the few words that call the body is where the body is (rule place-possessive-body-nominal).
  if (
    L === 'Location' &&
    R === 'Organization' &&
    itemAt(left.slots, left.slots.length - 1).possessive &&
    itemAt(right.slots, 0).mention.kind === 'nominal' &&
    /^['’]s?$/.test(between[0] ?? '') &&
    between.length <= MAX_BODY_NOMINAL_MODIFIERS + 1 &&
    between.slice(1).every((w) => /^[a-z-]+$/.test(w) && !ARTICLES.has(w)) &&
    ruleOn('place-possessive-body-nominal')
  ) {
    return { types: [locatedIn], reverse: true, properties: {}, ...statedBy('place-possessive-body-nominal'), cueAt };
  }
  // "“Harbour Lights” aired on Channel 9", "Lumina will stream the series": the broadcaster or platform put the
  // programme out. The schema has no type for it: RELATED_TO from the broadcaster, with the verb.
  const programmeFirst = L === 'Product' && R === 'Organization' && !itemAt(right.slots, 0).possessive;
  const broadcast =
    programmeFirst || (L === 'Organization' && R === 'Product' && !itemAt(left.slots, 0).possessive) ? broadcastVerb(between, programmeFirst) : undefined;
  if (broadcast && ruleOn('programme-on-broadcaster')) {
    return { types: [relationDef('RELATED_TO')], reverse: programmeFirst, properties: { verb: broadcast }, ...statedBy('programme-on-broadcaster'), cueAt };
  }
  // "Lisbon ferry operator Transmar", "Glasgow-based lender Clydeway": a place named before a few nouns that end in a
  // kind of body, right before the body's name, says where the body is.
  if (L === 'Location' && R === 'Organization' && placeDescribesBody(left, between, isBasedPlace(view, left)) && ruleOn('place-descriptor-org')) {
    return { types: [locatedIn], reverse: true, properties: {}, ...statedBy('place-descriptor-org'), cueAt };
  }
  // "2. Jane Doe ( Norway ) 1:23.45", "Ernie Els ( South Africa ) 68": in results and lists, the place in brackets is
  // where the person is from.
  if (L === 'Person' && R === 'Location' && between.length === 1 && between[0] === '(' && view.words[right.end] === ')') {
    return { types: [livesIn], reverse: false, properties: {}, ...statedBy('name-bracket-place'), cueAt };
  }
  // "Jane Doe, a retired teacher from Ohio"
  if (
    L === 'Person' &&
    R === 'Location' &&
    between[0] === ',' &&
    between.length <= 7 &&
    between[between.length - 1] === 'from' &&
    between.slice(1, -1).every((w) => /^[a-z-]+$/.test(w))
  ) {
    return { types: [livesIn], reverse: false, properties: {}, ...statedBy('apposition-from-place'), cueAt };
  }
  // "President Amara Nwosel of Talvania", "Governor Ruth Amberly of Kestrel County": the place after "of" is where the
  // office written before the name is held, not the holder's home.
  const office = between.length === 1 && between[0] === 'of' && L === 'Person' && R === 'Location' ? officeBeforeName(view, left) : undefined;
  if (office && ruleOn('office-title-name-of-place')) {
    return { types: [holdsRole], reverse: false, properties: { role: office }, ...statedBy('office-title-name-of-place'), cueAt };
  }
  // "signed Erik Sand from Bodo side Nordlys FK": a place that only qualifies the name after it says where that body
  // is, not where the person comes from (rule origin-place-qualifies-name).
  // Asked last: every pair reaches here, and the place's next group is searched for.
  if (
    L === 'Person' &&
    R === 'Location' &&
    between.length <= 2 &&
    ORIGIN.has(between.at(-1) ?? '') &&
    (between.length === 1 || between[0] === ',') &&
    !(ruleOn('origin-place-qualifies-name') && placeQualifiesName(view, right, view.groups[view.groups.indexOf(right) + 1]))
  ) {
    return { types: [livesIn], reverse: false, properties: {}, ...statedBy('name-of-place'), cueAt };
  }
  // "battery maker Hanbit Cells of South Korea": a country after "of" that the name does not take in says where the
  // body is from (rule organisation-of-place). A possessive after it ("Acme of Chile's copper") makes it an owner
  // instead; a town or a region after "of" is as often a branch's or an office's ("the Bishop of Leeds").
  if (
    L === 'Organization' &&
    outer === 'Country' &&
    between.length === 1 &&
    between[0] === 'of' &&
    left.slots.length === 1 &&
    right.slots.length === 1 &&
    !itemAt(left.slots, 0).possessive &&
    !itemAt(right.slots, 0).possessive &&
    ruleOn('organisation-of-place')
  ) {
    return { types: [locatedIn], reverse: false, properties: { verb: 'of' }, ...statedBy('organisation-of-place'), cueAt };
  }
  return undefined;
}

/**
 * "OSLO (Reuters) - …", "DARMSTADT, Germany (AP) -- …": the bracket after a dateline credits the agency that filed the
 * story. An agency files from wherever its reporters are, so the dateline's place is not where it is based (a credit
 * without brackets, "Tokyo MAINICHI SHIMBUN", still places a local paper).
 */
function wireCredit(view: SentenceView, credit: Group): boolean {
  const tokens = view.sentence.tokens;
  const opening = tokens[0]?.text ?? '';
  return (
    /\p{Lu}{2}/u.test(opening) &&
    !/\p{Ll}/u.test(opening) &&
    view.words[credit.start - 1] === '(' &&
    view.words[credit.end] === ')' &&
    DASHES.has(view.words[credit.end + 1] ?? '')
  );
}

/** Nouns that say a person lives in the place they are joined to by "of" ("a resident of", "a native of"). */
const RESIDENT_NOUNS = new Set(['resident', 'native', 'inhabitant']);

/**
 * True when a person's home is named before the name: "a resident of Belmira, Giorgio Tessan" (an article, the noun
 * and "of" before the place, a comma alone between the place and the name).
 */
function residentBefore(words: readonly string[], placeStart: number, between: readonly string[]): boolean {
  if (between.length !== 1 || between[0] !== ',' || words[placeStart - 1] !== 'of') return false;
  // "a longtime resident of": one modifier may stand between the article and the noun.
  const noun = RESIDENT_NOUNS.has(words[placeStart - 2] ?? '') ? placeStart - 2 : -1;
  if (noun < 0) return false;
  const article = ARTICLES.has(words[noun - 1] ?? '')
    ? noun - 1
    : ARTICLES.has(words[noun - 2] ?? '') && /^[a-z-]+$/.test(words[noun - 1] ?? '')
      ? noun - 2
      : -1;
  return article >= 0;
}

/** Verbs of telling whose object, a news agency mostly, is told "in" the place of the telling ("told Reuters in Oslo"). */
const TELLING = new Set(['told', 'tell', 'tells', 'telling']);

/**
 * True when a verb of telling, perhaps with an article, stands right before `start` ("told Reuters in Rotterdam",
 * "telling the Tamsk Herald in Oslo"): the place after "in" is where the telling was done, not the seat of the one told
 * (rule told-outlet-not-placed).
 */
function toldRightBefore(words: readonly string[], start: number): boolean {
  const before = words[start - 1] === 'the' ? start - 2 : start - 1;
  return TELLING.has(words[before] ?? '') && ruleOn('told-outlet-not-placed');
}

/** Most lower-case words of a description after its place ("biggest state-owned lender"). */
const MAX_PLACE_DESCRIPTION = 3;

/**
 * True when `between` is a comma, perhaps with an article, and `right`, a single place, opens a description of a body
 * (in the possessive: "Tamsk's biggest lender"; after an article: "the Tamsk maker of pumps"), closed by a comma, a
 * stop, "of" or the sentence's end: one to three lower-case words that end in a word for a kind of organisation.
 */
function placeOpensDescription(view: SentenceView, between: readonly string[], right: Group): boolean {
  const slot = itemAt(right.slots, 0);
  if (right.slots.length !== 1 || between[0] !== ',') return false;
  const possessed = slot.possessive && between.length === 1;
  if (!possessed && !(!slot.possessive && between.length === 2 && ARTICLES.has(itemAt(between, 1)))) return false;
  let k = right.end;
  if (view.words[k] === "'s" || view.words[k] === "'") k++;
  const start = k;
  while (k < view.words.length && k - start < MAX_PLACE_DESCRIPTION && /^[a-z][a-z-]*$/.test(view.words[k]!) && view.words[k] !== 'of') k++;
  const close = view.words[k];
  if (k === start || !(close === undefined || close === ',' || close === '.' || close === 'of')) return false;
  const kind = view.words.slice(start, k);
  const type = descriptorEndingAt(kind, kind.length)?.type;
  return type !== undefined && rootType(type) === 'Organization';
}
