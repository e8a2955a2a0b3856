// Coreference that carries facts: a nationality adjective joins its population group when the article names the
// group ("Palestinian phone calls" → Palestinians); a definite nominal ("the company", "the ministry") joins the
// compatible entity that is the subject of its sentence or of the nearest earlier one; so do "he"/"she" for people
// and "it"/"its" for organisations. A definite title ("the former Acme executive", "the prime minister's") joins the
// person an earlier sentence gave that title, or the person its sentence continues from when it opens the sentence.
// Each such mention is marked kind 'nominal' or 'pronoun' (adjectives stay names).
import type { SegmentedDocument, Token } from '../pipeline/stage-types.js';
import { isA, rootType, type EntityTypeName } from '../schema/schema.js';
import { OFFICE_TITLES, ROLE_NOUNS } from '../relations/signals.js';
import { furnitureTest } from './furniture-index.js';
import { countryByAdjective, countryByPlural, type CountryEntry } from './lexicon/countries.js';
import { COMMUNITIES, PARTY_NAME_ENDING, REPORTING_AFTER_NOMINAL, TITLE_MODIFIERS } from './lexicon/words.js';
import { RECOGNITION_RULES } from './recognition-rules.js';
import type { DraftCluster } from './link-in-document.js';
import type { MentionDraft } from './mention-draft.js';
import { itemAt } from '../util/checked-index.js';
import { mapStable } from '../util/stable-arrays.js';
import { datelineBodyStart } from '../relations/dateline-prefix.js';
import { countryOfWord } from './nationality-phrases.js';
import { firstIndexNotBefore } from '../util/sorted-search.js';

// Maps, not objects: every word of an article is looked up, and an object would also answer "constructor".
const NOMINALS = new Map<string, EntityTypeName>(
  Object.entries({
    company: 'Company',
    firm: 'Company',
    corporation: 'Company',
    ministry: 'GovernmentBody',
    department: 'GovernmentBody',
    agency: 'GovernmentBody',
    military: 'MilitaryUnit',
    army: 'MilitaryUnit',
    navy: 'MilitaryUnit',
    unit: 'MilitaryUnit',
    outlet: 'MediaOrganization',
    newspaper: 'MediaOrganization',
    magazine: 'MediaOrganization',
    publication: 'MediaOrganization',
    broadcaster: 'MediaOrganization',
    country: 'Country',
    city: 'City',
    organisation: 'Organization',
    organization: 'Organization',
    group: 'Organization',
    government: 'GovernmentBody',
    administration: 'GovernmentBody',
    chamber: 'GovernmentBody',
    parliament: 'GovernmentBody',
    regulator: 'GovernmentBody',
    watchdog: 'Organization',
    union: 'Organization',
    party: 'Organization',
  }),
);
/**
 * Words news uses for a business by its trade or for a bloc ("the lender", "the carmaker", "the bloc"): each refers
 * back like "the company" does (rule trade-nominals).
 */
const TRADE_NOMINALS = new Map<string, EntityTypeName>(
  Object.entries({
    lender: 'Company',
    insurer: 'Company',
    carmaker: 'Company',
    automaker: 'Company',
    airline: 'Company',
    retailer: 'Company',
    supermarket: 'Company',
    miner: 'Company',
    brewer: 'Company',
    publisher: 'Company',
    chain: 'Company',
    drugmaker: 'Company',
    chipmaker: 'Company',
    steelmaker: 'Company',
    conglomerate: 'Company',
    club: 'SportsTeam',
    team: 'SportsTeam',
    bloc: 'InternationalOrganization',
  }),
);

/**
 * More words for a business by its trade ("the carrier", "the manufacturer", "the utility"), read as the words above
 * are (rule more-trade-nominals).
 */
const MORE_TRADE_NOMINALS = new Set(
  `carrier operator manufacturer maker producer supplier distributor developer utility broadcaster trader builder housebuilder
  exporter importer processor wholesaler refiner shipbuilder distiller start-up startup`.split(/\s+/),
);

/**
 * Last words of the names of businesses of a trade ("Aerlinn Air" is an airline, "Corvo Motors" a carmaker): a trade
 * nominal refers to a business its name puts in that trade before another business named since (rule
 * trade-named-business).
 */
const TRADE_NAME_ENDINGS = new Map<string, ReadonlySet<string>>(
  Object.entries({
    airline: new Set(['air', 'airways', 'airlines', 'airline', 'aviation']),
    carmaker: new Set(['motors', 'automotive', 'cars']),
    automaker: new Set(['motors', 'automotive', 'cars']),
    lender: new Set(['bank', 'bancorp', 'lending']),
    insurer: new Set(['insurance', 'assurance']),
    miner: new Set(['mining', 'minerals', 'metals']),
    brewer: new Set(['brewing', 'brewery', 'breweries']),
    publisher: new Set(['press', 'publishing', 'publishers', 'books']),
    chain: new Set(['hotels', 'stores', 'supermarkets', 'restaurants', 'inns', 'resorts', 'pharmacies', 'cinemas']),
    drugmaker: new Set(['pharma', 'pharmaceutical', 'pharmaceuticals', 'therapeutics']),
    chipmaker: new Set(['semiconductor', 'semiconductors', 'microelectronics', 'chips']),
    steelmaker: new Set(['steel', 'steelworks']),
    retailer: new Set(['stores', 'retail', 'supermarkets']),
    supermarket: new Set(['stores', 'supermarkets']),
  }),
);

/**
 * Last words of the names of record labels ("Tallow Records", "Westbrook Music"): "the label" refers only to a company
 * so named, never to the band or the firm that owns it (rule record-label-nominal). A label on a packet has no such name.
 */
const RECORD_LABEL_ENDINGS = new Set(['records', 'recordings', 'music']);

/** Words for what a campaign group is about, written between "the" and "group" ("the rights group", "the consumer group"). */
const CAMPAIGN_MODIFIERS = new Set(['rights', 'advocacy', 'campaign', 'consumer', 'environmental', 'lobby', 'pressure', 'patients', 'watchdog']);

/** "the club" of nations, "welcome to the club", "the team at Acme": a club or a team is only what is already known as a team. */
const KNOWN_KIND_TRADE_NOMINALS = new Set(['club', 'team']);

/**
 * Nominals that refer only to an entity whose name holds the word ("the bank" to "Lakemont Bank", "the court" to
 * "Pune court", rule named-kind-nominal): a bank or a court is named as one, and "the bank" after a company of
 * another kind is no reference to it.
 */
const NAMED_KIND_NOMINALS = new Map<string, EntityTypeName>([
  ['bank', 'Organization'],
  ['court', 'GovernmentBody'],
  ['tribunal', 'GovernmentBody'],
  ['commission', 'GovernmentBody'],
]);
/**
 * "the office", "the bureau" and "the committee" refer, like "the court", only to an organisation whose name holds the
 * word ("the office's general counsel" after "the Lorimer County District Attorney's Office"; rule
 * office-kind-nominal): a prosecutor's office, an anti-corruption bureau or an ethics committee is named as one.
 */
const OFFICE_KIND_NOMINALS = new Map<string, EntityTypeName>([
  ['office', 'Organization'],
  ['bureau', 'Organization'],
  ['committee', 'Organization'],
]);
/**
 * "the board" and "the authority" refer, like "the office", only to an organisation whose name holds the word ("the
 * board's chairwoman" after "the National Transport Safety Board"; rule board-kind-nominal): a safety board or an
 * aviation authority is named as one, and a company's board of directors is no body of its own.
 */
const BOARD_KIND_NOMINALS = new Map<string, EntityTypeName>([
  ['board', 'Organization'],
  ['authority', 'Organization'],
]);
/**
 * "the university", "the institute", "the foundation" and "the observatory" refer, like "the office", only to an
 * organisation whose name holds the word ("the institute's director" after "the Tromvik Polar Institute"; rule
 * institution-kind-nominal): a university or a research institute is named as one, and is no company, agency or party
 * the text names besides.
 */
const INSTITUTION_KIND_NOMINALS = new Map<string, EntityTypeName>([
  ['university', 'Organization'],
  ['college', 'Organization'],
  ['institute', 'Organization'],
  ['academy', 'Organization'],
  ['foundation', 'Organization'],
  ['hospital', 'Organization'],
  ['observatory', 'Organization'],
  ['centre', 'Organization'],
  ['center', 'Organization'],
  ['clinic', 'Organization'],
  ['laboratory', 'Organization'],
]);
/**
 * "the guild", "the association", "the federation" and "the society" refer, like "the institute", only to an
 * organisation whose name holds the word ("the guild's general secretary" after "the Featured Writers Guild"; rule
 * association-kind-nominal): a body of members is named as one, and is no company or band the text names besides.
 */
const ASSOCIATION_KIND_NOMINALS = new Map<string, EntityTypeName>([
  ['guild', 'Organization'],
  ['association', 'Organization'],
  ['federation', 'Organization'],
  ['society', 'Organization'],
]);
/**
 * "the council" and "the trust" refer, like "the guild", only to an organisation whose name holds the word ("the
 * council's secretary general" after "the Malaysian Consumers Action Council", "the trust's chair" after "the Millbrook
 * Supporters' Trust"; rule council-kind-nominal): a council or a trust is named as one.
 */
const COUNCIL_KIND_NOMINALS = new Map<string, EntityTypeName>([
  ['council', 'Organization'],
  ['trust', 'Organization'],
]);
/**
 * "the coalition", "the collective", "the network", "the forum", "the alliance", "the movement" and "the front" refer,
 * like "the guild", only to an organisation whose name holds the word ("the network's coordinator" after "the Lagos
 * Residents' Safety Network"; rule movement-kind-nominal): a campaign of members is named as one, and "the network"
 * of a telecoms story is no body unless one is so named.
 */
const MOVEMENT_KIND_NOMINALS = new Map<string, EntityTypeName>([
  ['coalition', 'Organization'],
  ['collective', 'Organization'],
  ['network', 'Organization'],
  ['forum', 'Organization'],
  ['alliance', 'Organization'],
  ['movement', 'Organization'],
  ['front', 'Organization'],
]);
/**
 * "the museum", "the gallery", "the library", "the orchestra" and "the theatre" refer, like "the institute", only to
 * an organisation whose name holds the word ("museum director Helga Brandt" after "the Kessler Museum of World
 * Cultures"; rule museum-kind-nominal): a house of the arts is named as one.
 */
const MUSEUM_KIND_NOMINALS = new Map<string, EntityTypeName>([
  ['museum', 'Organization'],
  ['gallery', 'Organization'],
  ['library', 'Organization'],
  ['orchestra', 'Organization'],
  ['theatre', 'Organization'],
  ['theater', 'Organization'],
]);
/**
 * Words for a kind of product, programme or vehicle ("the app", "the series", "the rocket"): each refers to the one
 * product named before whose name holds the word or that the word described where it was named ("the Orbix app", "a
 * telemedicine app, Daktari Live"), when exactly one does (rule product-kind-nominal). The words of one line are one
 * kind: a show called a drama where it was named is "the series" after.
 */
const PRODUCT_KINDS = [
  'app application platform software',
  'device handset phone smartphone',
  'rocket vehicle launcher',
  'car truck vehicle sedan',
  'aircraft jet plane',
  'drone',
  'satellite',
  'show series programme program drama documentary docuseries miniseries sitcom podcast',
  'film movie documentary thriller',
  'drug medicine treatment vaccine',
  'chip processor',
  'game',
  'model tool',
];
const PRODUCT_KIND_NOMINALS = new Map<string, ReadonlySet<string>>();
for (const line of PRODUCT_KINDS) {
  const kind = line.split(' ');
  for (const word of kind) PRODUCT_KIND_NOMINALS.set(word, new Set([...(PRODUCT_KIND_NOMINALS.get(word) ?? []), ...kind]));
}
/**
 * How many tokens from a product's name its kind word may stand ("the Orbix booking app", "Orbix, a booking app",
 * "“Harbour Lights,” the Irish crime drama").
 */
const PRODUCT_KIND_REACH = 6;
/** Titles of one who speaks for a body and is named after them ("a ministry spokesman, Jane Doe"). */
const SPEAKER_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'lawyer', 'adviser', 'advisor']);
/** Titles of a post at a body, which a word for the kind of body may stand before ("council leader", "police chief"). */
const POST_TITLES = new Set([
  ...SPEAKER_TITLES,
  ...`leader president chairman chairwoman chair director chief head boss secretary treasurer commissioner manager`.split(' '),
]);
/** Words for a kind of business no name holds, which before a post's title name the post at the business named last. */
const GENERIC_POST_KINDS = new Map<string, EntityTypeName>([
  ['company', 'Company'],
  ['firm', 'Company'],
]);
/** Words for a kind of body that refer back only before a title ("Police Chief Dana Okafor"): alone they are too loose. */
const TITLE_ONLY_KIND_WORDS = new Set(['police']);

/**
 * Whether the word at `i` stands before a title of a post and the capitalised name of its holder ("Council leader Imran
 * Qadir", "council president, Sergio Cruz,"), and after no capitalised word whose name it would end.
 */
function kindTitleBeforeName(tokens: readonly Token[], i: number): boolean {
  if (!POST_TITLES.has(tokens[i + 1]?.text.toLowerCase() ?? '')) return false;
  const holder = tokens[i + 2]?.text === ',' ? tokens[i + 3] : tokens[i + 2];
  if (!holder || !/^\p{Lu}\p{Ll}/u.test(holder.text)) return false;
  const before = tokens[i - 1]?.text ?? '';
  // "A ministry spokesman, Arvid Kollman,": an unnamed speaker's title after "a" is kind-word-before-title's.
  if (/^an?$/i.test(before)) return false;
  return i === 0 || !/^\p{Lu}/u.test(before) || before === 'The';
}
/** Nominals of government that take only a body known as one or named with the word (rule ministry-only-of-bodies). */
const MINISTRY_NOMINALS = new Set(['ministry']);
/** Nominals that never take a body of another kind ("the government" is not the last organisation named). */
const GOVERNMENT_NOMINALS = new Set(['government', 'administration']);
/** Words of the names of courts, legislatures and prosecutors' offices, government bodies that are no government. */
const NOT_GOVERNMENTS =
  /\b(?:court|tribunal|jury|parliament|assembly|senate|congress|house|chamber|council|commission|attorney|prosecutor|prosecutors|police|office)\b/i;
/** "the unit" is a company's business as often as an army's: it refers only to what is already known as a unit. */
const KNOWN_KIND_NOMINALS = new Set(['unit']);
/** "the union" and "the party" are bodies of members: never a business, an agency, an outlet, an army or a team. */
const MEMBERS_BODY_NOMINALS = new Set(['union', 'party']);
const NOT_MEMBERS_BODIES: readonly EntityTypeName[] = ['Company', 'GovernmentBody', 'MediaOrganization', 'MilitaryUnit', 'SportsTeam'];
/** Words that name a body of members ("Metal Trades Federation", "UAW Local 12"): such a name is what "the union" is. */
const MEMBERS_BODY_WORDS =
  /\b(?:unions?|federation|confederation|guild|alliance|association|league|congress|party|workers|teamsters|local|syndicate|brotherhood)\b/i;
/** Words that may follow a nominal head; anything else makes it a modifier ("the company blog"). */
const AFTER_NOMINAL =
  /^([.,;:!?)"”’]|['’]s|said|says|has|had|have|is|was|were|are|will|would|could|should|may|might|later|also|added|did|does|not|which|that|who|in|on|at|to|for|with|by|of|and|but|or|after|before|last|this|then|had|declined|denied|confirmed|announced|told)$/i;
/**
 * Words that open another clause or report speech: a definite nominal after one of them may refer to a name earlier in
 * its sentence ("Acme said the company would …", "Acme fell after the firm warned …"). "told" is left out: what
 * follows it is the one told ("Acme told the regulator"), not the teller.
 */
const CLAUSE_BREAK_WORDS = new Set(
  'that which who whom whose where when whenever while as after before because since until unless if although though and but or so said says say announced added warned confirmed stated insisted argued'.split(
    ' ',
  ),
);
const CLAUSE_BREAK_MARKS = /^[,;:()\u2013\u2014"\u201c\u201d-]$/u;

/** Whether a mention starting at `start` opens its sentence, after "The" at most: the sentence's subject, most often. */
function opensSentence(tokens: readonly Token[], start: number): boolean {
  return tokens[0]?.start === start || (/^the$/i.test(tokens[0]?.text ?? '') && tokens[1]?.start === start);
}

/**
 * Whether a clause break stands between a name ending at `end` and token `upTo` of its sentence. Without one the
 * nominal is in the name's own clause, after its verb ("Harlow Group backed Fennick's claim against the regulator"),
 * and is not that name when the name is the subject that opens the sentence: English would say "itself" (rule
 * nominal-not-own-clause-subject). A name further in may be inside a clause of its own ("data the group gave the
 * Agriculture Department shows the department erred") and is left to the other rules.
 */
function clauseBreakBetween(tokens: readonly Token[], end: number, upTo: number): boolean {
  let from = 0;
  while (from < upTo && tokens[from]!.start < end) from++;
  // "The Acme Group, which has 40 staff, urged the regulator": a clause or a description set off by two commas right
  // after the name leaves the verb after it the name's own (rule set-off-subject-keeps-clause).
  if (tokens[from]?.text === ',' && RECOGNITION_RULES.setOffSubjectKeepsClause.on) {
    let close = from + 1;
    while (close < upTo && !/^[,;:.()"“”]$/u.test(tokens[close]!.text)) close++;
    if (close < upTo && tokens[close]!.text === ',') from = close + 1;
  }
  for (let k = from; k < upTo; k++) {
    const token = tokens[k]!;
    if (CLAUSE_BREAK_MARKS.test(token.text) || CLAUSE_BREAK_WORDS.has(token.text.toLowerCase())) return true;
  }
  return false;
}

/** A place written into a modifier of what is based there ("Houston-based", "Ohio-headquartered"). */
const BASED_MODIFIER = /^\p{Lu}[\p{L}.'’]*-(?:based|headquartered)$/u;
/** Forms of the verbs of demanding whose "that" clause says what the one asked must do ("demanded that the company …"). */
const DEMANDING = /^(?:demand|demands|demanded|demanding|urge|urges|urged|urging|ask|asks|asked|asking|insist|insists|insisted|insisting)$/;

/**
 * "demanded that the university cancel the contract": a nominal right after the "that" of a verb of demanding, with a
 * verb in its base form after it, is the subject of what is demanded (rule nominal-asked-to-act).
 */
function askedToAct(tokens: readonly Token[], i: number): boolean {
  return (
    RECOGNITION_RULES.nominalAskedToAct.on &&
    /^the$/i.test(tokens[i - 1]?.text ?? '') &&
    tokens[i - 2]?.text === 'that' &&
    DEMANDING.test(tokens[i - 3]?.text ?? '') &&
    /^[a-z]{3,}$/.test(tokens[i + 1]?.text ?? '') &&
    !/(?:ed|ing)$/.test(tokens[i + 1]!.text)
  );
}

/** A verb in the past right after the nominal makes it a subject: "the company sold", "the agency fined". */
const PAST_VERB = /^(?:[a-z]{3,}ed|sold|bought|made|paid|took|gave|won|lost|sent|met|led|held|kept|brought|struck|sued|began|became|built|hit|cut|set|put)$/;
const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers']);
type Gender = 'male' | 'female';
const PRONOUN_GENDER = new Map<string, Gender>([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
]);
const HONORIFIC_GENDER = new Map<string, Gender>([
  ['mr', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['ms', 'female'],
  ['mrs', 'female'],
  ['miss', 'female'],
  ['dame', 'female'],
  ['lady', 'female'],
]);

/**
 * The gender each person has been referred to with so far, by a pronoun or an honorific. A lone surname ("Ortega"
 * before it joins "Marisol Ortega") takes the gender of the last person first given one whose name ends with it.
 */
class Genders {
  private readonly byCluster = new Map<DraftCluster, Gender>();
  private readonly bySurname = new Map<string, DraftCluster>();

  set(cluster: DraftCluster, gender: Gender): void {
    if (!this.byCluster.has(cluster)) this.bySurname.set(cluster.canonical.split(/\s+/).pop()!, cluster);
    this.byCluster.set(cluster, gender);
  }

  of(cluster: DraftCluster): Gender | undefined {
    const own = this.byCluster.get(cluster);
    if (own || /\s/.test(cluster.canonical)) return own;
    const named = this.bySurname.get(cluster.canonical);
    return named && this.byCluster.get(named);
  }
}

/**
 * The antecedent of a personal pronoun of `gender` (rule pronoun-gender): people referred to with the other gender
 * before are left out, and where the pronoun's sentence names someone already referred to with this gender while its
 * subject is of no known gender, that one is taken ("Marsh congratulated Ortega … her government" after "Ortega …
 * She …").
 */
function byGender(people: Entry[], gender: Gender, genders: Genders, sentence: number): Entry | undefined {
  const fitting = people.filter((e) => (genders.of(e.cluster) ?? gender) === gender);
  const first = subjectOrRecent(fitting, sentence);
  if (!first || genders.of(first.cluster)) return first;
  const here = fitting.find((e) => e.mention.sentence === sentence && genders.of(e.cluster) === gender);
  if (here || !RECOGNITION_RULES.pronounGenderInAntecedentSentence.on) return here ?? first;
  // "Current Prime Minister Lena Frost said Weller had been a great statesman. He is survived by his wife": in the
  // sentence the antecedent is taken from, one already referred to with this gender is the one the text goes on about,
  // before a subject never so referred to (rule pronoun-gender-in-antecedent-sentence).
  return fitting.find((e) => e.mention.sentence === first.mention.sentence && genders.of(e.cluster) === gender) ?? first;
}
/**
 * "Gareth Olwen, her former chief of staff,": the person named right before the comma that opens an apposition with a
 * possessive pronoun. The apposition says who that person is to someone else, so the pronoun is not that person
 * (rule possessor-not-apposed-name).
 */
function apposedPerson(earlier: readonly Entry[], tokens: readonly Token[], i: number): DraftCluster | undefined {
  const lower = itemAt(tokens, i).text.toLowerCase();
  if ((lower !== 'his' && lower !== 'her') || tokens[i - 1]?.text !== ',' || i < 2) return undefined;
  const nameEnd = itemAt(tokens, i - 2).end;
  return earlier.find((e) => e.cluster.type === 'Person' && e.mention.end === nameEnd)?.cluster;
}
/** Words after "it" that make it the subject of a clause ("it is offloading", "it said", "it has"), not "it's a risk". */
/** Most lower-case words of an unnamed sayer ("the data protection authority"). */
const MAX_UNNAMED_SAYER = 4;
const SAYS_BEFORE_IT = new Set(['said', 'says', 'added', 'announced', 'confirmed', 'stated']);

/**
 * True when "it" at `i` follows a verb of saying whose subject is "the" and lower-case words only, opening the sentence
 * or a clause after a comma ("The regulator said it", "Separately, the data protection authority said it"): the body
 * spoken of is named by no name, and "it" refers to it, not to an organisation named before (rule it-of-unnamed-sayer).
 */
function unnamedSayerBefore(tokens: readonly Token[], i: number): boolean {
  if (!SAYS_BEFORE_IT.has(tokens[i - 1]?.text ?? '')) return false;
  let k = i - 2;
  while (k >= 0 && i - 2 - k < MAX_UNNAMED_SAYER && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]?.text ?? '') && tokens[k]!.text !== 'the') k--;
  if (k === i - 2 || tokens[k]?.text.toLowerCase() !== 'the') return false;
  return k === 0 || tokens[k - 1]?.text === ',';
}

/**
 * True when the sentence opens with "the" and a lower-case word for a body ("The panel accepted …", "The tribunal
 * rejected the claim") and "it" at `i` comes after a comma or a conjunction of that sentence ("…, yet it has still
 * ended his season", "… and it also suspended"): the body the sentence is about is named by no name, and "it" continues
 * from it, not from an organisation named before (rule it-after-unnamed-body-subject).
 */
function unnamedBodySubjectBefore(tokens: readonly Token[], i: number): boolean {
  // A quotation may open the sentence ("\"The panel accepted …").
  const open = /^["“‘']$/.test(tokens[0]?.text ?? '') ? 1 : 0;
  if (tokens[open]?.text.toLowerCase() !== 'the') return false;
  let k = open + 1;
  while (k < i && k <= MAX_UNNAMED_SAYER && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]?.text ?? '') && !UNNAMED_BODY_NOUNS.has(tokens[k]!.text)) k++;
  if (!UNNAMED_BODY_NOUNS.has(tokens[k]?.text ?? '')) return false;
  return tokens.slice(k + 1, i).some((t) => t.text === ',' || CLAUSE_JOINS.has(t.text));
}
/** Lower-case words for a body that judges or rules, which a sentence may open with and go on to call "it". */
const UNNAMED_BODY_NOUNS = new Set(['panel', 'tribunal', 'committee', 'jury', 'commission', 'board', 'court', 'inquiry', 'hearing']);
/** Conjunctions that open a second clause of the same subject. */
const CLAUSE_JOINS = new Set(['and', 'but', 'yet', 'so', 'while', 'although', 'though']);

/** The "it" of an unnamed sayer ("The regulator said it") before "its" at `i` in the same sentence, or -1. */
function unnamedSayerItBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]?.text.toLowerCase() === 'it') return unnamedSayerBefore(tokens, k) ? k : -1;
  return -1;
}

const AFTER_IT =
  /^(?:has|had|is|was|will|would|could|said|says|also|later|then|plans|wants|expects|hopes|announced|agreed|added|did|does|reported|[a-z]{3,}ed)$/;
/** A title word: a role noun, an office or a word that qualifies one ("former", "chief", "defence"). */
/** Irregular past forms, which a verb after "it" as a subject takes as often as one in -ed ("it sold", "it bought"). */
const IRREGULAR_PAST_AFTER_IT = new Set(
  'sold bought won lost made took paid kept held led left gave told began became grew fell rose sought struck spent built met ran chose sent brought got'.split(
    ' ',
  ),
);
const isTitleWord = (w: string) => ROLE_NOUNS.has(w) || OFFICE_TITLES.has(w) || TITLE_MODIFIERS.has(w);
/** What may follow a definite title that refers back ("the minister said", "the prime minister's ties"). */
const AFTER_TITLE =
  /^(?:[.;:!?)"”]|['’]s|['’]|said|says|has|had|have|is|was|will|would|could|also|later|added|told|did|does|declined|denied|confirmed|announced|[a-z]{3,}ed)$/;
const WINDOW = 4;

type Entry = { cluster: DraftCluster; mention: MentionDraft };

/**
 * "NEW YORK (Reuters) - Acme agreed to buy Globex as it seeks …": an organisation in the dateline that opens a
 * sentence is the agency that filed the story, never what "it", "its" or "the company" in the story stands for.
 */
function datelineCredit(doc: SegmentedDocument): (entry: Entry) => boolean {
  if (!RECOGNITION_RULES.datelineCreditNoAntecedent.on) return () => false;
  const spans = doc.sentences.flatMap((sentence) => {
    const body = datelineBodyStart(sentence.tokens);
    return body > 0 ? [{ start: itemAt(sentence.tokens, 0).start, end: itemAt(sentence.tokens, body - 1).end }] : [];
  });
  return ({ cluster, mention }) => rootType(cluster.type) === 'Organization' && spans.some((s) => mention.start >= s.start && mention.end <= s.end);
}

/** Tests tokens, visited in text order, against mentions sorted by start: linear over a whole document. */
function occupancy(drafts: MentionDraft[]): (start: number, end: number) => boolean {
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  return (start, end) => {
    while (next < sorted.length && itemAt(sorted, next).start < end) reach = Math.max(reach, itemAt(sorted, next++).end);
    return reach > start;
  };
}

/** The entries of sentence `sentence`, of entries in text order, in that order. */
function entriesOfSentence(entries: readonly Entry[], sentence: number): Entry[] {
  const found: Entry[] = [];
  for (let k = firstIndexNotBefore(entries, (e) => e.mention.sentence < sentence); k < entries.length && itemAt(entries, k).mention.sentence === sentence; k++)
    found.push(itemAt(entries, k));
  return found;
}

/** Earlier name mentions within WINDOW sentences of `sentence`, found by binary search over names sorted by start. */
function earlier(names: Entry[], offset: number, sentence: number): Entry[] {
  const found: Entry[] = [];
  for (let k = firstIndexNotBefore(names, (e) => e.mention.start < offset) - 1; k >= 0; k--) {
    const entry = itemAt(names, k);
    if (sentence - entry.mention.sentence > WINDOW) break;
    found.push(entry);
  }

  return found.reverse();
}

/**
 * The antecedent among compatible earlier mentions: the first in the current sentence (its subject, most often),
 * else the first in the nearest earlier sentence that has one ("X agreed to buy Y. The company ..." is X).
 */
function subjectOrRecent(candidates: Entry[], sentence: number): Entry | undefined {
  const here = candidates.filter((e) => e.mention.sentence === sentence);
  if (here.length) return here[0];
  const last = candidates.at(-1);
  return last ? candidates.find((e) => e.mention.sentence === last.mention.sentence) : undefined;
}

/** Verbs of reporting after which "it" is most often the reporter: "Germany said it would …". */
const REPORTING_BEFORE_IT = new Set(['said', 'says', 'announced', 'confirmed', 'stated', 'pledged', 'promised', 'warned', 'added']);

/**
 * "Germany said it would supply Ukraine", "Russia says that its forces …": "it" or "its" right after a verb of
 * reporting (and "that") whose subject, written right before the verb, is a country refers to that country, not to
 * the organisation the text last named (rule country-reports-it).
 */
function reportingCountryBefore(candidates: () => Entry[], tokens: readonly Token[], i: number, sentence: number): Entry | undefined {
  const verbAt = /^that$/i.test(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  if (!REPORTING_BEFORE_IT.has(tokens[verbAt]?.text ?? '')) return undefined;
  return candidates().find((e) => e.mention.sentence === sentence && e.mention.tokenEnd === verbAt && isA(e.cluster.type, 'Country'));
}

/**
 * Whether the product of `entry` is of a kind by a word of the kind in its name ("Orbix App") or written within a few
 * tokens of this mention in its sentence ("the Orbix app", "the app Orbix", "a booking app, Orbix").
 */
function describedAs(doc: SegmentedDocument, entry: Entry, kind: ReadonlySet<string>): boolean {
  if (
    entry.cluster.canonical
      .toLowerCase()
      .split(/\s+/)
      .some((w) => kind.has(w))
  )
    return true;
  const tokens = doc.sentences[entry.mention.sentence]?.tokens ?? [];
  const { tokenStart, tokenEnd } = entry.mention;
  const near = [...tokens.slice(Math.max(0, tokenStart - PRODUCT_KIND_REACH), tokenStart), ...tokens.slice(tokenEnd, tokenEnd + PRODUCT_KIND_REACH)];
  if (near.some((t) => kind.has(t.text.toLowerCase()))) return true;
  return (
    (kind.has('show') || kind.has('film')) && RECOGNITION_RULES.broadcastPassiveProgramme.on && broadcastPassiveAfter(tokens.slice(tokenEnd, tokenEnd + 5))
  );
}

/** Most words between "band" and the name it describes ("the rock band Crowfield", "band The Gannets"). */
const BAND_REACH = 2;

/** Whether a mention of the entry stands right after the word "band", an article at most between (rule band-nominal). */
function namedAfterBandWord(doc: SegmentedDocument, entry: Entry): boolean {
  const tokens = doc.sentences[entry.mention.sentence]?.tokens ?? [];
  const before = tokens.slice(Math.max(0, entry.mention.tokenStart - BAND_REACH), entry.mention.tokenStart).map((t) => t.text.toLowerCase());
  const at = before.lastIndexOf('band');
  return at >= 0 && before.slice(at + 1).every((w) => w === 'the');
}

/** Participles of putting out a programme or a film, which only a programme or a film undergoes ("was first aired"). */
const BROADCAST_PARTICIPLES = new Set(['aired', 'screened', 'broadcast', 'televised', 'premiered']);
/** Auxiliaries and adverbs that may stand between a name and such a participle ("has since been aired"). */
const BEFORE_BROADCAST_PARTICIPLE = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'been', 'first', 'originally', 'later', 'also', 'since', 'then']);

/**
 * Whether the words after a name make it the subject of a passive of broadcasting ("Home Swap was first screened in
 * 2004", "Night Ledger was aired by Tonn FM"): the name is then a programme's, a show "the show" refers to (rule
 * broadcast-passive-programme).
 */
function broadcastPassiveAfter(after: readonly Token[]): boolean {
  const words = after.map((t) => t.text);
  const at = words.findIndex((w) => !BEFORE_BROADCAST_PARTICIPLE.has(w));
  return at > 0 && /^(?:was|were|is|are|has|had)$/.test(words[0] ?? '') && BROADCAST_PARTICIPLES.has(words[at] ?? '');
}

/** Words that may stand between a nationality and the name it describes ("Spanish builder Ferrovan"). */
const NATIONALITY_REACH = 3;

/**
 * Whether this mention of `entry` is tied to `country` where it stands: "Spain's Ferrovan", "Spanish builder
 * Ferrovan", "Ferrovan, Spain's biggest builder," or "Ferrovan, the Spanish builder,".
 */
function tiedToCountry(doc: SegmentedDocument, entry: Entry, country: CountryEntry): boolean {
  const tokens = doc.sentences[entry.mention.sentence]?.tokens ?? [];
  const { tokenStart, tokenEnd } = entry.mention;
  const isName = (k: number) => country.names.includes(tokens[k]?.text ?? '') && /^['’]s$/.test(tokens[k + 1]?.text ?? '');
  const isAdjective = (k: number) => country.adjectives.includes(tokens[k]?.text ?? '');
  // Before the name: only lower-case words between the nationality and the name.
  for (let k = tokenStart - 1; k >= Math.max(0, tokenStart - 1 - NATIONALITY_REACH); k--) {
    if (isAdjective(k) || (k >= 1 && isName(k - 1) && k - 1 === tokenStart - 2)) return true;
    if (!/^[a-z-]+$/.test(tokens[k]?.text ?? '')) break;
  }
  // Set off right after the name.
  if (tokens[tokenEnd]?.text !== ',') return false;
  const first = tokenEnd + 1;
  return isName(first) || (/^(?:the|a|an)$/i.test(tokens[first]?.text ?? '') && isAdjective(first + 1));
}

/** Adds `entry` to `list` and returns it. */
function pushed(list: Entry[], entry: Entry): Entry {
  list.push(entry);
  return entry;
}

/** The entry of the pronoun `token` (at `i` in `sentence`) referring to `cluster`, with why: "it refers to Acme, …". */
function pronounOf(cluster: DraftCluster, sentence: number, i: number, token: Token, why: string): Entry {
  return reference(cluster, tokenDraft(sentence, i, token), 'pronoun', `"${token.text}" refers to ${cluster.canonical}, ${why}`);
}

/** The entry of a mention that refers to `cluster` by another word than its name: the draft's span, the cluster's name. */
function reference(
  cluster: DraftCluster,
  draft: Omit<MentionDraft, 'canonical' | 'key' | 'kind' | 'reason'>,
  kind: MentionDraft['kind'],
  reason: string,
): Entry {
  return { cluster, mention: { ...draft, canonical: cluster.canonical, key: cluster.key, kind, reason } };
}

/** A one-token draft; built only for the few tokens that become mentions, as the loop below visits them all. */
function tokenDraft(sentence: number, i: number, token: Token) {
  return {
    sentence,
    tokenStart: i,
    tokenEnd: i + 1,
    start: token.start,
    end: token.end,
    text: token.text,
    votes: new Map(),
    initial: false,
    possessive: false,
  } as const;
}

/**
 * Where "the <noun>'s" (a common noun that possesses, "the bill's") stands before `i` in the sentence: the index of its
 * article, or -1. "its" after it refers to that thing, not to an organisation named before it (rule
 * its-after-thing-possessor).
 */
function thingPossessorAt(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 2; k--) {
    if (!/^['’]s$/.test(itemAt(tokens, k).text)) continue;
    const noun = itemAt(tokens, k - 1).text;
    if (/^\p{Ll}+$/u.test(noun) && /^(?:the|this|that)$/i.test(itemAt(tokens, k - 2).text)) return k - 2;
  }
  return -1;
}

/** First-person plural words, which inside a quotation stand for the body the speaker speaks for. */
const FIRST_PERSON_PLURAL = new Set(['we', 'our', 'us', 'ours']);
/** "we" with a verb written on to it, which the tokeniser keeps as one word (rule contracted-first-person). */
const CONTRACTED_FIRST_PERSON = /^we['’](?:re|ve|ll|d)$/;
const QUOTE_MARK = /^["“”]$/;
/** Verbs of saying that attribute a quotation ("…," said Lind; Corvane said in a statement: "…"). */
const ATTRIBUTING = new Set(['said', 'says', 'added', 'stated', 'explained', 'noted', 'wrote', 'told']);
/** Most tokens of an attribution outside the quotation: a longer one tells more than who spoke. */
const MAX_ATTRIBUTION = 20;
/**
 * Words that make the attribution more than a speaker and a title ("said Lind, who has criticised Corvane") or make the
 * speaker a holder of public office, whose "we" is a country or a party the attribution does not settle.
 */
const NOT_A_PLAIN_ATTRIBUTION = new Set(
  'who whom whose which that after before because when while although against about but minister senator mayor governor lawmaker legislator mp premier chancellor ambassador councillor congressman congresswoman prime former ex customer customers client clients shareholder shareholders investor investors supplier contractor rival critic user users resident residents employee employees worker workers'.split(
    ' ',
  ),
);

/** Words before a name that make it the one spoken to or about ("told Reuters", "in an interview with the Ledger"), not the speaker's. */
const ADDRESSED_BEFORE = new Set(['told', 'to', 'with', 'on', 'by', 'from', 'in', 'interview']);

/** The quotation marks around token `i` (the closing one may be missing at the sentence's end); undefined outside a quotation. */
function quotationAround(tokens: readonly Token[], i: number): { open: number; close: number } | undefined {
  const marks = tokens.flatMap((t, k) => (QUOTE_MARK.test(t.text) ? [k] : []));
  const opening = marks.filter((k) => k < i);
  if (opening.length % 2 === 0) return undefined;
  return { open: opening.at(-1)!, close: marks.find((k) => k > i) ?? tokens.length };
}

/**
 * The organisation a quotation holding token `i` is attributed to: the sentence's words outside the quotation are a
 * plain attribution (a verb of saying, names, a title) that names exactly one organisation, by any name ("Corvane said
 * in a statement: \"We …\"", "\"Our …,\" a Corvane spokeswoman said", "\"We …,\" said Mara Lind, vice president at
 * Corvane"). Undefined when `i` is outside a quotation or the attribution names no organisation or more than one
 * (rule quoted-first-person-organisation).
 */
function quotedSpeakerOrganisation(tokens: readonly Token[], i: number, here: readonly Entry[]): Entry | undefined {
  const quotation = quotationAround(tokens, i);
  if (!quotation) return undefined;
  const { open, close } = quotation;
  const outside = (k: number) => k < open || k > close;
  const attribution = tokens.filter((_, k) => outside(k) && !/^\p{P}$/u.test(tokens[k]!.text)).map((t) => t.text.toLowerCase());
  if (attribution.length > MAX_ATTRIBUTION || !attribution.some((w) => ATTRIBUTING.has(w))) return undefined;
  if (attribution.some((w) => NOT_A_PLAIN_ATTRIBUTION.has(w))) return undefined;
  const named = here.filter((e) => outside(e.mention.tokenStart) && e.cluster.type !== 'Person');
  const addressed = (e: Entry) => {
    const k = e.mention.tokenStart - (tokens[e.mention.tokenStart - 1]?.text.toLowerCase() === 'the' ? 2 : 1);
    return ADDRESSED_BEFORE.has(tokens[k]?.text.toLowerCase() ?? '');
  };
  if (named.some(addressed)) return undefined;
  const bodies = new Set(named.map((e) => e.cluster));
  const only = named[0];
  return bodies.size === 1 && only && rootType(only.cluster.type) === 'Organization' ? only : undefined;
}

/** Adds adjective, nominal and pronoun mentions to the clusters of one document. */
export function addCoreference(doc: SegmentedDocument, clusters: DraftCluster[]): void {
  const occupied = occupancy(clusters.flatMap((c) => c.mentions));
  const inFurniture = furnitureTest(doc.furniture);
  const adjectiveOf = new Map<string, DraftCluster>();
  for (const cluster of clusters) {
    if (cluster.type !== 'Group') continue;
    const country = countryByPlural.get(cluster.key);
    for (const adjective of country?.adjectives ?? []) adjectiveOf.set(adjective, cluster);
    for (const [plural, adjective] of COMMUNITIES) if (plural.toLowerCase() === cluster.key) adjectiveOf.set(adjective, cluster);
  }
  const credited = datelineCredit(doc);
  // Filled by a loop, in one layout (stable-arrays.ts).
  const names: Entry[] = [];
  for (const cluster of clusters)
    for (const mention of cluster.mentions) {
      const entry = { cluster, mention };
      if (!credited(entry)) names.push(entry);
    }
  names.sort((a, b) => a.mention.start - b.mention.start);
  // The names that hold a word ("council"), gathered once per word: a word asked for in every paragraph reads the
  // document's names once, not once a paragraph.
  const holdingWord = new Map<string, Entry[]>();
  /** The organisations named before `offset` whose names hold `word`, in text order. */
  const bodiesNamedWith = (word: string, offset: number): Entry[] => {
    let holding = holdingWord.get(word);
    if (!holding) {
      const pattern = new RegExp(`\\b${word}\\b`, 'i');
      holding = names.filter((e) => pattern.test(e.cluster.canonical));
      holdingWord.set(word, holding);
    }
    const before = holding.slice(
      0,
      firstIndexNotBefore(holding, (e) => e.mention.start < offset),
    );
    return before.filter((e) => rootType(e.cluster.type) === 'Organization');
  };
  const added: Entry[] = [];
  // Pronouns resolved so far, in text order: "Doe joined Acme. He …. His …" chains through the first "He".
  const resolved: Entry[] = [];
  const genders = new Genders();
  for (const cluster of clusters) {
    const honorific = mapStable(cluster.mentions, (m) => HONORIFIC_GENDER.get(m.text.split(/[\s.]/)[0]!.toLowerCase())).find((g) => g !== undefined);
    if (honorific) genders.set(cluster, honorific);
  }
  // The body "the union" or "the party" last referred to: a strike story says "the union" of one body throughout, long
  // after its name (rule members-body-chain).
  const lastBody = new Map<string, Entry>();
  const before = (offset: number, sentence: number): Entry[] =>
    [...earlier(names, offset, sentence), ...earlier(resolved, offset, sentence)].sort((a, b) => a.mention.start - b.mention.start);
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    // Every entry is added while its own sentence is read, so this sentence's are those added from here on; with the
    // names of the sentence found by binary search, nothing below reads the whole document for each sentence.
    const addedBefore = added.length;
    const addedHere = (): Entry[] => added.slice(addedBefore);
    const namesHere = (): Entry[] => entriesOfSentence(names, sentence.index);
    /** A nominal at token `i` that refers to `cluster`, its mention opening at "the" before it when `withArticle`. */
    const referBack = (cluster: DraftCluster, i: number, withArticle: boolean, why: string): void => {
      const token = itemAt(tokens, i);
      const start = itemAt(tokens, i - 1).start;
      const draft = withArticle
        ? { ...tokenDraft(sentence.index, i, token), tokenStart: i - 1, start, text: doc.text.slice(start, token.end) }
        : tokenDraft(sentence.index, i, token);
      resolved.push(pushed(added, reference(cluster, draft, 'nominal', why)));
    };
    // First-person words whose quotation is attributed to no organisation by name: read again once the sentence's
    // nominals are resolved, since "the company" of '"We …," the company said' comes after them (rule nominal-sayer-first-person).
    const unattributed: { i: number; token: Token }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = itemAt(tokens, i);
      if (occupied(token.start, token.end) || inFurniture(token.start, token.end)) continue;
      const group = adjectiveOf.get(token.text);
      if (group) {
        added.push(
          reference(group, tokenDraft(sentence.index, i, token), 'name', `the adjective "${token.text}" refers to the ${group.canonical} named in the article`),
        );
        continue;
      }
      const lower = token.text.toLowerCase();
      const previous = tokens[i - 1]?.text.toLowerCase();
      const next = tokens[i + 1]?.text ?? '.';
      // "the British show", "the US network": a country's word between "the" and the kind word says where the thing is
      // from and leaves the nominal definite (rule country-word-nominal); the country keeps its own token.
      const countryWord =
        /^the$/i.test(tokens[i - 2]?.text ?? '') &&
        (countryOfWord(tokens[i - 1]?.text ?? '', true) ?? countryOfWord(tokens[i - 1]?.text ?? '', false)) !== undefined &&
        RECOGNITION_RULES.countryWordNominal.on;
      // "the film “Winter Harbour”": a kind word before a quoted or a capitalised name describes that name.
      const kindWord = (previous === 'the' || countryWord) && PRODUCT_KIND_NOMINALS.has(lower);
      const describesName = kindWord && /^["“]$/.test(next) && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '');
      if (kindWord && !describesName && (AFTER_NOMINAL.test(next) || PAST_VERB.test(next)) && RECOGNITION_RULES.productKindNominal.on) {
        const described = earlier(names, token.start, sentence.index).filter(
          (e) => rootType(e.cluster.type) === 'Product' && describedAs(doc, e, PRODUCT_KIND_NOMINALS.get(lower)!),
        );
        const products = new Set(described.map((e) => e.cluster));
        if (products.size === 1) {
          const antecedent = itemAt(described, described.length - 1);
          referBack(
            antecedent.cluster,
            i,
            !countryWord,
            `"the ${lower}" refers to ${antecedent.cluster.canonical}, the one product named before as one of its kind`,
          );
        }
        continue;
      }
      // "Folk band The Larks … the band said": "the band" refers to the one body named right after the word
      // "band" before (rule band-nominal).
      if (lower === 'band' && previous === 'the' && (AFTER_NOMINAL.test(next) || PAST_VERB.test(next)) && RECOGNITION_RULES.bandNominal.on) {
        // A band is introduced once, often paragraphs before: every earlier name counts, not only the nearby window.
        const described = names.filter((e) => e.mention.start < token.start && rootType(e.cluster.type) === 'Organization' && namedAfterBandWord(doc, e));
        if (new Set(described.map((e) => e.cluster)).size === 1) {
          const antecedent = itemAt(described, described.length - 1);
          referBack(antecedent.cluster, i, true, `"the band" refers to ${antecedent.cluster.canonical}, the one body named before as a band`);
        }
        continue;
      }
      // The word is looked up before the rule's switch: this runs for every word of the article.
      const officeWord = OFFICE_KIND_NOMINALS.get(lower);
      const boardWord = BOARD_KIND_NOMINALS.get(lower);
      const institutionWord = INSTITUTION_KIND_NOMINALS.get(lower);
      const associationWord = ASSOCIATION_KIND_NOMINALS.get(lower);
      const councilWord = COUNCIL_KIND_NOMINALS.get(lower);
      const movementWord = MOVEMENT_KIND_NOMINALS.get(lower);
      const museumWord = MUSEUM_KIND_NOMINALS.get(lower);
      const namedKindWord =
        NAMED_KIND_NOMINALS.get(lower) ??
        (officeWord && RECOGNITION_RULES.officeKindNominal.on ? officeWord : undefined) ??
        (boardWord && RECOGNITION_RULES.boardKindNominal.on ? boardWord : undefined) ??
        (institutionWord && RECOGNITION_RULES.institutionKindNominal.on ? institutionWord : undefined) ??
        (associationWord && RECOGNITION_RULES.associationKindNominal.on ? associationWord : undefined) ??
        (councilWord && RECOGNITION_RULES.councilKindNominal.on ? councilWord : undefined) ??
        (movementWord && RECOGNITION_RULES.movementKindNominal.on ? movementWord : undefined) ??
        (museumWord && RECOGNITION_RULES.museumKindNominal.on ? museumWord : undefined);
      const namedKind = namedKindWord && RECOGNITION_RULES.namedKindNominal.on ? namedKindWord : undefined;
      const labelWord = lower === 'label' && RECOGNITION_RULES.recordLabelNominal.on;
      const tradeWord =
        TRADE_NOMINALS.get(lower) ??
        (labelWord ? 'Company' : undefined) ??
        (MORE_TRADE_NOMINALS.has(lower) && RECOGNITION_RULES.moreTradeNominals.on ? 'Company' : undefined);
      const wanted = NOMINALS.get(lower) ?? namedKind ?? (tradeWord && RECOGNITION_RULES.tradeNominals.on ? tradeWord : undefined);
      // "A ministry spokesman, Arvid Kollman,": the kind of body before an unnamed speaker's title is the body named
      // before whose name holds the word (rule kind-word-before-title).
      if (wanted && previous === 'a' && SPEAKER_TITLES.has(tokens[i + 1]?.text ?? '') && RECOGNITION_RULES.kindWordBeforeTitle.on) {
        const named = earlier(names, token.start, sentence.index).filter(
          (e) => rootType(e.cluster.type) === 'Organization' && new RegExp(`\\b${lower}\\b`, 'i').test(e.cluster.canonical),
        );
        const antecedent = subjectOrRecent(named, sentence.index);
        if (antecedent)
          added.push(
            reference(
              antecedent.cluster,
              tokenDraft(sentence.index, i, token),
              'nominal',
              `"a ${lower} ${tokens[i + 1]?.text}" speaks for ${antecedent.cluster.canonical}, whose name holds the word`,
            ),
          );
        continue;
      }
      // "Council leader Imran Qadir said", "Police Chief Dana Okafor", "the union's branch secretary": a word for a kind of
      // body right before a title and the holder's name refers to the last body named before whose name holds the word
      // (rule kind-word-title-before-name); the name after the title then holds the post there.
      const titleKind = wanted !== undefined || TITLE_ONLY_KIND_WORDS.has(lower);
      if (titleKind && RECOGNITION_RULES.kindWordTitleBeforeName.on && kindTitleBeforeName(tokens, i)) {
        const named = bodiesNamedWith(lower, token.start);
        const bodies = new Set(named.map((e) => e.cluster));
        if (bodies.size === 1) {
          const body = itemAt(named, 0).cluster;
          added.push(
            reference(
              body,
              tokenDraft(sentence.index, i, token),
              'nominal',
              `"${token.text} ${tokens[i + 1]?.text}" names a post at ${body.canonical}, the one body named before whose name holds the word`,
            ),
          );
          continue;
        }
        // "company spokesman Pieter de Groot said": a word no body's name holds ("company", "firm") names a post at the
        // body of that kind "the company" would refer to: the subject of the sentence, or the one named last nearby.
        const kind = GENERIC_POST_KINDS.get(lower);
        const ofKind = kind && !bodies.size ? earlier(names, token.start, sentence.index).filter((e) => isA(e.cluster.type, kind)) : [];
        const body = subjectOrRecent(ofKind, sentence.index);
        if (body && new Set(ofKind.filter((e) => e.mention.sentence === body.mention.sentence).map((e) => e.cluster)).size === 1) {
          added.push(
            reference(
              body.cluster,
              tokenDraft(sentence.index, i, token),
              'nominal',
              `"${token.text} ${tokens[i + 1]?.text}" names a post at ${body.cluster.canonical}, the ${kind} named last`,
            ),
          );
          continue;
        }
      }
      // "The Houston-based company earned …": a "-based" modifier between "the" and the nominal says where the body is
      // and leaves the nominal definite (rule based-modifier-nominal); the place keeps its own token.
      const basedModifier =
        wanted !== undefined &&
        BASED_MODIFIER.test(tokens[i - 1]?.text ?? '') &&
        /^the$/i.test(tokens[i - 2]?.text ?? '') &&
        RECOGNITION_RULES.basedModifierNominal.on;
      // "Mwila Banda, the rights group's lead lawyer": a word for what a campaign is about between "the" and "group"
      // leaves the nominal definite (rule campaign-modifier-nominal).
      const campaignModifier =
        wanted !== undefined &&
        lower === 'group' &&
        CAMPAIGN_MODIFIERS.has(previous ?? '') &&
        /^the$/i.test(tokens[i - 2]?.text ?? '') &&
        RECOGNITION_RULES.campaignModifierNominal.on;
      // "The Spanish group has been keen to …": a nationality between "the" and the nominal refers back to the one
      // fitting body the article tied to that country where it named it ("Spain's Ferrovan", "Ferrovan, Spain's biggest
      // builder,") (rule nationality-modifier-nominal).
      const nationality =
        wanted !== undefined && /^the$/i.test(tokens[i - 2]?.text ?? '') && RECOGNITION_RULES.nationalityModifierNominal.on
          ? countryByAdjective.get(previous ?? '')
          : undefined;
      // "the city of Leeds", "the government of Chad": the name after "of" says which one is meant, so the nominal
      // refers to no earlier name (rule nominal-defined-by-of-name).
      const definedByName = next === 'of' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && RECOGNITION_RULES.nominalDefinedByOfName.on;
      if (
        wanted &&
        !definedByName &&
        (previous === 'the' || basedModifier || campaignModifier || countryWord || nationality) &&
        (AFTER_NOMINAL.test(tokens[i + 1]?.text ?? '.') || PAST_VERB.test(tokens[i + 1]?.text ?? '') || askedToAct(tokens, i))
      ) {
        const before = earlier(names, token.start, sentence.index).filter(
          (e) =>
            e.mention.sentence !== sentence.index ||
            !RECOGNITION_RULES.nominalNotOwnClauseSubject.on ||
            !opensSentence(tokens, e.mention.start) ||
            clauseBreakBetween(tokens, e.mention.end, i - 1),
        );
        // Every name tied to the country counts, whatever its type: a body typed wrongly must not let another win.
        const tied = nationality ? new Set(before.filter((e) => tiedToCountry(doc, e, nationality)).map((e) => e.cluster)) : undefined;
        // An entity known only as an organisation may be the company or the agency the text goes on to call it.
        const exact = before.filter((e) => isA(e.cluster.type, wanted));
        // "the government" is only a government body named as such: which country's it is, the text rarely says.
        // "the ministry" after "Valmont Digital" and "Kessler & Haupt": a ministry is a body of government already
        // known as one, or one whose name holds the word, never a firm known only as an organisation.
        const ministry = MINISTRY_NOMINALS.has(lower) && RECOGNITION_RULES.ministryOnlyOfBodies.on;
        const holdsWord = (e: Entry) => rootType(e.cluster.type) === 'Organization' && new RegExp(`\\b${lower}\\b`, 'i').test(e.cluster.canonical);
        const nearby = namedKind ? before.filter(holdsWord) : [];
        // "the council" paragraphs after "Wattleford City Council" was named: a body named with the word is named once
        // and called by the word after; with none in reach, the one body named so far that holds it is meant, and two
        // leave it unresolved (rule named-kind-whole-text).
        const farther = namedKind && !nearby.length && RECOGNITION_RULES.namedKindWholeText.on ? bodiesNamedWith(lower, token.start) : [];
        const wholeText = new Set(farther.map((e) => e.cluster)).size === 1 ? farther.slice(-1) : [];
        // "the navy" paragraphs after "the Brazilian Navy": with no body of the nominal's kind in reach, the one body of
        // that kind named so far whose name holds the word is meant, before a body of a coarser type in reach (rule
        // kind-nominal-whole-text).
        const kindFarther =
          !namedKind && !exact.length && wanted !== 'Organization' && RECOGNITION_RULES.kindNominalWholeText.on
            ? bodiesNamedWith(lower, token.start).filter((e) => isA(e.cluster.type, wanted))
            : [];
        const kindWholeText = new Set(kindFarther.map((e) => e.cluster)).size === 1 ? kindFarther.slice(-1) : [];
        const ordinary = namedKind
          ? nearby.length
            ? nearby
            : wholeText
          : ministry
            ? before.filter(
                (e) => isA(e.cluster.type, wanted) || (e.cluster.type === 'Organization' && new RegExp(`\\b${lower}\\b`, 'i').test(e.cluster.canonical)),
              )
            : exact.length ||
                GOVERNMENT_NOMINALS.has(lower) ||
                (KNOWN_KIND_NOMINALS.has(lower) && RECOGNITION_RULES.unitOnlyOfUnits.on) ||
                KNOWN_KIND_TRADE_NOMINALS.has(lower)
              ? exact
              : before.filter(
                  (e) =>
                    e.cluster.type !== wanted &&
                    isA(wanted, e.cluster.type) &&
                    e.cluster.type !== 'Location' &&
                    // "Greta Solvik of the Unity Party said the army would retake the town": the army is not the party.
                    !(wanted !== 'Organization' && PARTY_NAME_ENDING.test(e.cluster.canonical) && RECOGNITION_RULES.kindNominalNotParty.on),
                );
        const candidates = kindWholeText.length ? kindWholeText : ordinary;
        const membersBody = MEMBERS_BODY_NOMINALS.has(lower) && RECOGNITION_RULES.unionNoBusiness.on;
        // "accused the government of using the courts": a court, a legislature or a prosecutor's office is no government.
        const governed =
          GOVERNMENT_NOMINALS.has(lower) && RECOGNITION_RULES.governmentNotCourt.on
            ? candidates.filter((e) => !NOT_GOVERNMENTS.test(e.cluster.canonical))
            : candidates;
        const fitting = membersBody ? governed.filter((e) => !NOT_MEMBERS_BODIES.some((kind) => isA(e.cluster.type, kind))) : governed;
        const tradeEndings = tradeWord && RECOGNITION_RULES.tradeNamedBusiness.on ? TRADE_NAME_ENDINGS.get(lower) : undefined;
        const named = fitting.filter(
          (e) => e.cluster.canonical.toLowerCase().includes(lower) || tradeEndings?.has(e.cluster.canonical.toLowerCase().split(' ').pop() ?? ''),
        );
        const ofMembers = membersBody ? fitting.filter((e) => MEMBERS_BODY_WORDS.test(e.cluster.canonical)) : [];
        // "Halvorsen Capital and Brightfield Partners, the firm set up by …": a nominal set off right after a name is
        // that name, unless it opens a reporting clause (", the company said").
        const apposed =
          tokens[i - 2]?.text === ',' && !REPORTING_AFTER_NOMINAL.has(tokens[i + 1]?.text ?? '') && RECOGNITION_RULES.apposedNominalAntecedent.on
            ? before.find(
                (e) =>
                  e.mention.end === tokens[i - 3]?.end &&
                  rootType(e.cluster.type) === 'Organization' &&
                  (isA(e.cluster.type, wanted) || isA(wanted, e.cluster.type)),
              )
            : undefined;
        // A body whose name holds the word ("Union of Port Workers" for "the union") in reach wins; else the body the
        // word referred to last time, before other bodies of members named since.
        const chained = membersBody && RECOGNITION_RULES.membersBodyChain.on && !named.length ? lastBody.get(lower) : undefined;
        // "the London-based label": only a company whose name ends as a record label's ("Tallow Records").
        const labels = labelWord
          ? before.filter(
              (e) => rootType(e.cluster.type) === 'Organization' && RECORD_LABEL_ENDINGS.has(e.cluster.canonical.toLowerCase().split(' ').pop() ?? ''),
            )
          : undefined;
        // "said Sanne Vermeulen, the group's director" after a campaign group and a company: "the group" is the
        // campaign, whatever business was named since (rule group-nominal-prefers-campaign).
        const campaigns =
          lower === 'group' && RECOGNITION_RULES.groupNominalPrefersCampaign.on ? fitting.filter((e) => isA(e.cluster.type, 'AdvocacyGroup')) : [];
        const found = labels
          ? subjectOrRecent(labels, sentence.index)
          : (apposed ??
            chained ??
            subjectOrRecent(campaigns.length ? campaigns : named.length ? named : ofMembers.length ? ofMembers : fitting, sentence.index));
        // Under a nationality only the one body tied to that country will do; two such bodies leave it unresolved.
        // An organisation not yet typed as finely as the nominal ("the German company" of an Organization) still fits.
        const onlyTied =
          tied?.size === 1
            ? before.find(
                (e) => tied.has(e.cluster) && rootType(e.cluster.type) === 'Organization' && (isA(e.cluster.type, wanted) || isA(wanted, e.cluster.type)),
              )
            : undefined;
        // A nationality no named body is tied to ("Pellam Foods … The Danish company") only says where the body is from
        // (rule country-word-nominal): the nominal then refers as "the company" would.
        const antecedent = tied && (tied.size > 0 || !countryWord) ? onlyTied : found;
        if (antecedent) {
          if (isA(wanted, antecedent.cluster.type) && antecedent.cluster.type !== 'Country') antecedent.cluster.type = wanted;
          // "the Spanish group" is one mention from its article, unless the nationality is a mention of its own.
          const nationalityFree = nationality !== undefined && !occupied(itemAt(tokens, i - 1).start, itemAt(tokens, i - 1).end);
          // "the rights group" is one mention from its article, as "the Spanish group" is.
          const from = nationalityFree || campaignModifier ? i - 2 : i - 1;
          const start = itemAt(tokens, from).start;
          const entry = pushed(
            added,
            reference(
              antecedent.cluster,
              basedModifier || (nationality ? !nationalityFree : countryWord)
                ? tokenDraft(sentence.index, i, token)
                : { ...tokenDraft(sentence.index, i, token), tokenStart: from, start, text: doc.text.slice(start, token.end) },
              'nominal',
              apposed
                ? `"the ${lower}" is set off right after ${antecedent.cluster.canonical}`
                : nationality
                  ? `"the ${previous} ${lower}" refers to ${antecedent.cluster.canonical}, the one body named before as ${nationality.name}'s`
                  : `"the ${lower}" refers to the most recent ${wanted}: ${antecedent.cluster.canonical}`,
            ),
          );
          if (membersBody) lastBody.set(lower, entry);
          // "… the regulator has imposed this year. In March it fined Sutter Lane": "it" continues from the body a
          // nominal last referred to, not from the body last named (rule nominal-antecedent-of-it).
          if (RECOGNITION_RULES.nominalAntecedentOfIt.on) resolved.push(entry);
        }
        continue;
      }
      if (
        RECOGNITION_RULES.organisationPronoun.on &&
        ((lower === 'it' &&
          (AFTER_IT.test(tokens[i + 1]?.text ?? '') ||
            (RECOGNITION_RULES.itBeforeIrregularPast.on && IRREGULAR_PAST_AFTER_IT.has(tokens[i + 1]?.text ?? '')))) ||
          (lower === 'its' && /^[\p{L}\d]/u.test(tokens[i + 1]?.text ?? '')))
      ) {
        const organisations = before(token.start, sentence.index).filter((e) => rootType(e.cluster.type) === 'Organization');
        // "sued Tallis Capital and its founder": "its" joined by "and" to an organisation right before is that one's.
        const coordinated =
          lower === 'its' && RECOGNITION_RULES.coordinatedIts.on && /^(?:and|or)$/.test(tokens[i - 1]?.text ?? '')
            ? organisations.find((e) => e.mention.sentence === sentence.index && e.mention.tokenEnd === i - 1)
            : undefined;
        // "opposed the bill's enforcement section but supported its goals": "its" is the thing's named before it.
        const thing = lower === 'its' && !coordinated && RECOGNITION_RULES.itsAfterThingPossessor.on ? thingPossessorAt(tokens, i) : -1;
        const nearerName = organisations.some((e) => e.mention.sentence === sentence.index && e.mention.tokenStart > thing);
        const reporter = RECOGNITION_RULES.countryReportsIt.on
          ? reportingCountryBefore(() => before(token.start, sentence.index), tokens, i, sentence.index)
          : undefined;
        // "The regulator said it had fined Halvor Bank": "it" after a body named by no name that says so is that body.
        const unnamedSayer =
          lower === 'it' &&
          RECOGNITION_RULES.itOfUnnamedSayer.on &&
          unnamedSayerBefore(tokens, i) &&
          !addedHere().some((a) => a.mention.tokenStart < i && a.mention.tokenEnd >= i - MAX_UNNAMED_SAYER);
        // "The panel accepted the evidence, yet it banned him": "it" continues from the unnamed body the sentence opens with.
        const unnamedBody =
          lower === 'it' &&
          RECOGNITION_RULES.itAfterUnnamedBodySubject.on &&
          unnamedBodySubjectBefore(tokens, i) &&
          !organisations.some((e) => e.mention.sentence === sentence.index && e.mention.tokenStart < i) &&
          !addedHere().some((a) => a.mention.tokenStart < i && rootType(a.cluster.type) === 'Organization');
        // "The foundation also said it had renewed its partnership": "its" after that "it", no body named between, is the same body's.
        const sayerIt = lower === 'its' && !coordinated && RECOGNITION_RULES.itsOfUnnamedSayer.on ? unnamedSayerItBefore(tokens, i) : -1;
        const unnamedSayerIts =
          sayerIt >= 0 &&
          !organisations.some((e) => e.mention.sentence === sentence.index && e.mention.tokenStart > sayerIt - MAX_UNNAMED_SAYER - 1) &&
          !addedHere().some((a) => a.mention.tokenStart >= sayerIt - MAX_UNNAMED_SAYER - 1);
        const antecedent =
          reporter ??
          ((thing >= 0 && !nearerName) || unnamedSayer || unnamedSayerIts || unnamedBody
            ? undefined
            : (coordinated ?? subjectOrRecent(organisations, sentence.index)));
        if (antecedent) {
          resolved.push(pushed(added, pronounOf(antecedent.cluster, sentence.index, i, token, 'the organisation its clause continues from')));
        }
        continue;
      }
      const firstPerson = FIRST_PERSON_PLURAL.has(lower) || (CONTRACTED_FIRST_PERSON.test(lower) && RECOGNITION_RULES.contractedFirstPerson.on);
      if (firstPerson && RECOGNITION_RULES.quotedFirstPersonOrganisation.on) {
        const speaker = quotedSpeakerOrganisation(tokens, i, namesHere());
        if (speaker) added.push(pronounOf(speaker.cluster, sentence.index, i, token, 'the organisation the quotation it stands in is attributed to'));
        else if (RECOGNITION_RULES.nominalSayerFirstPerson.on && quotationAround(tokens, i)) unattributed.push({ i, token });
        continue;
      }
      const owned = RECOGNITION_RULES.titleApposition.on ? possessiveTitle(tokens, i, occupied) : undefined;
      const namedLater = owned && nameInApposition(doc.text, names, token.end, owned.head);
      if (owned && namedLater) {
        const first = itemAt(tokens, owned.start);
        added.push(
          reference(
            namedLater.cluster,
            { ...tokenDraft(sentence.index, i, token), tokenStart: owned.start, start: first.start, text: doc.text.slice(first.start, token.end) },
            'nominal',
            `"${doc.text.slice(first.start, token.end)}" is ${namedLater.cluster.canonical}, whom a later "the ${owned.head}, ${namedLater.cluster.canonical}" names`,
          ),
        );
        continue;
      }
      const title = RECOGNITION_RULES.titleCoreference.on ? definiteTitle(tokens, i, occupied) : undefined;
      if (title) {
        const people = earlier(names, token.start, sentence.index).filter((e) => e.cluster.type === 'Person');
        const antecedent =
          titledPerson(doc.text, people, title.head) ??
          (title.opensSentence
            ? subjectOrRecent(
                people.filter((e) => e.mention.sentence < sentence.index),
                sentence.index,
              )
            : undefined);
        if (antecedent) {
          const first = itemAt(tokens, title.start);
          added.push(
            reference(
              antecedent.cluster,
              { ...tokenDraft(sentence.index, i, token), tokenStart: title.start, start: first.start, text: doc.text.slice(first.start, token.end) },
              'nominal',
              `"the ${doc.text.slice(first.start, token.end)}" refers to ${antecedent.cluster.canonical}, the person the text gave that title or continues from`,
            ),
          );
        }
        continue;
      }
      if (PRONOUNS.has(lower)) {
        const mentionedBefore = before(token.start, sentence.index);
        const apposed = RECOGNITION_RULES.possessorNotApposedName.on ? apposedPerson(mentionedBefore, tokens, i) : undefined;
        const people = mentionedBefore.filter((e) => e.cluster.type === 'Person' && e.cluster !== apposed);
        const antecedent = RECOGNITION_RULES.pronounGender.on
          ? byGender(people, PRONOUN_GENDER.get(lower)!, genders, sentence.index)
          : subjectOrRecent(people, sentence.index);
        if (antecedent) {
          genders.set(antecedent.cluster, PRONOUN_GENDER.get(lower)!);
          resolved.push(pushed(added, pronounOf(antecedent.cluster, sentence.index, i, token, 'the nearest person before it')));
        }
      }
    }
    if (unattributed.length > 0) {
      const here = [...namesHere(), ...addedHere().filter((e) => e.mention.kind === 'nominal')];
      for (const { i, token } of unattributed) {
        const speaker = quotedSpeakerOrganisation(tokens, i, here);
        // '"Our partners at Marlow Freight …," the company said': a nominal that took the one company named inside the
        // quotation took the wrong one, since a body does not name itself where it says "we".
        const quotation = quotationAround(tokens, i)!;
        const namedInside = here.some((e) => e.cluster === speaker?.cluster && e.mention.tokenStart > quotation.open && e.mention.tokenStart < quotation.close);
        if (speaker && !namedInside)
          added.push(pronounOf(speaker.cluster, sentence.index, i, token, 'the organisation the quotation it stands in is attributed to'));
      }
    }
  }
  if (RECOGNITION_RULES.placeBodyNamedNext.on) added.push(...placeBodiesNamedNext(doc, names, clusters));
  for (const { cluster, mention } of added) cluster.mentions.push(mention);
}

/** Words for a public body a lede writes as a place's before it names it ("Spain's consumer health regulator"). */
const AHEAD_BODY_HEADS = new Set(['regulator', 'watchdog', 'authority', 'agency', 'commission']);
/** Most lower-case words between the place's possessive and the head ("consumer health", "competition and markets"). */
const MAX_AHEAD_BODY_MODIFIERS = 3;
/** Words that name a court, which a public body brings its case before. */
const COURT_WORDS = /\b(?:court|tribunal)\b/i;
/** Most sentences after the nominal's own within which the body is named. */
const AHEAD_BODY_REACH = 2;

/**
 * Rule place-body-named-next: "Spain's consumer health regulator on Wednesday fined Alynia. The State Commission for
 * Health Consumer Protection (CEPSC) said …": a place's possessive and a word for a public body, with no public body
 * named before it, refer to the first public body named after it in its sentence or the next two, which news names
 * once the lede has said what it did.
 */
function placeBodiesNamedNext(doc: SegmentedDocument, names: readonly Entry[], clusters: readonly DraftCluster[]): Entry[] {
  const found: Entry[] = [];
  const bodies = names.filter((e) => isA(e.cluster.type, 'GovernmentBody'));
  const firstBody = bodies[0];
  if (firstBody === undefined) return found;
  // A scan of its own, built only where a public body is named: the occupancy test reads mentions in text order, once.
  const occupied = occupancy(clusters.flatMap((c) => c.mentions));
  for (const sentence of doc.sentences) {
    if (sentence.index > firstBody.mention.sentence) break;
    const tokens = sentence.tokens;
    for (let i = 2; i < tokens.length; i++) {
      const token = itemAt(tokens, i);
      if (!AHEAD_BODY_HEADS.has(token.text.toLowerCase()) || token.start > firstBody.mention.start || occupied(token.start, token.end)) continue;
      const next = tokens[i + 1]?.text ?? '.';
      if (!(AFTER_NOMINAL.test(next) || PAST_VERB.test(next) || /^[a-z]+s$/.test(next))) continue;
      let k = i - 1;
      while (k > 0 && i - k <= MAX_AHEAD_BODY_MODIFIERS && /^[a-z-]+$/.test(itemAt(tokens, k).text) && itemAt(tokens, k).text !== 'the') k--;
      const possessive = itemAt(tokens, k);
      if (!/^['’]s$/.test(possessive.text)) continue;
      const place = names.find((e) => e.mention.sentence === sentence.index && e.mention.tokenEnd === k && rootType(e.cluster.type) === 'Location');
      if (!place) continue;
      // "has sued Wattle & Gum in the Federal Court": a court is where the body brings its case, not the body.
      const body = bodies.find(
        (e) => e.mention.start > token.end && e.mention.sentence <= sentence.index + AHEAD_BODY_REACH && !COURT_WORDS.test(e.cluster.canonical),
      );
      if (!body) continue;
      const why = `"${place.mention.text}'s … ${token.text}" is named next: ${body.cluster.canonical}`;
      found.push(reference(body.cluster, tokenDraft(sentence.index, i, token), 'nominal', why));
    }
  }
  return found;
}

/**
 * "the former Acme executive has", "the prime minister's ties": a definite title with no name after it, ending at
 * token `i`. Returns where the title's own words start (after "the" and any name inside it) and whether "the" opens
 * the sentence (then the title is the sentence's subject, continuing from the person the text was about).
 */
function definiteTitle(
  tokens: readonly Token[],
  i: number,
  occupied: (start: number, end: number) => boolean,
): { start: number; head: string; opensSentence: boolean } | undefined {
  const head = itemAt(tokens, i).text.toLowerCase();
  if (!(ROLE_NOUNS.has(head) || OFFICE_TITLES.has(head)) || (TITLE_MODIFIERS.has(head) && !ROLE_NOUNS.has(head))) return undefined;
  const next = tokens[i + 1]?.text ?? '.';
  if (isTitleWord(next.toLowerCase()) || !AFTER_TITLE.test(next)) return undefined;
  let start = i;
  let k = i - 1;
  for (; k >= 0 && i - k <= 6; k--) {
    const w = itemAt(tokens, k).text;
    if (w.toLowerCase() === 'the') break;
    if (isTitleWord(w.toLowerCase())) {
      if (start === k + 1) start = k;
      continue;
    }
    // A name inside the title ("the former Acme executive") qualifies it; any other word means no title.
    if (!occupied(itemAt(tokens, k).start, itemAt(tokens, k).end) || !/^\p{Lu}/u.test(w)) return undefined;
  }
  if (k < 0 || itemAt(tokens, k).text.toLowerCase() !== 'the' || (tokens[k - 1] && /^(?:of|to|for|with|as|by)$/i.test(itemAt(tokens, k - 1).text)))
    return undefined;
  return { start, head, opensSentence: k === 0 || /^["“‘]$/.test(tokens[k - 1]?.text ?? '') };
}

/** The latest earlier person whose name stood right after the same title word ("Prime Minister Arjun Mehta"). */
function titledPerson(text: string, people: Entry[], head: string): Entry | undefined {
  const title = new RegExp(`\\b${head}\\s*$`, 'i');
  for (let k = people.length - 1; k >= 0; k--) {
    const { mention } = people[k]!;
    const before = text.slice(Math.max(0, mention.start - 24), mention.start);
    if (title.test(before) || new RegExp(`^${head}\\b`, 'i').test(mention.text)) return people[k];
  }
  return undefined;
}

/**
 * "Germany's finance minister warned", "Acme's chief executive said": a title owned by a name ("X's") with no name
 * of its own, ending at token `i`. Returns where the title's words start and its head word.
 */
function possessiveTitle(tokens: readonly Token[], i: number, occupied: (start: number, end: number) => boolean): { start: number; head: string } | undefined {
  const head = itemAt(tokens, i).text.toLowerCase();
  if (!(ROLE_NOUNS.has(head) || OFFICE_TITLES.has(head)) || (TITLE_MODIFIERS.has(head) && !ROLE_NOUNS.has(head))) return undefined;
  const next = tokens[i + 1]?.text ?? '.';
  if (isTitleWord(next.toLowerCase()) || !(AFTER_TITLE.test(next) || PAST_VERB.test(next))) return undefined;
  let start = i;
  while (start > 0 && i - start < 4 && isTitleWord(itemAt(tokens, start - 1).text.toLowerCase())) start--;
  const possessive = tokens[start - 1];
  const owner = tokens[start - 2];
  if (!possessive || !/^['’]s?$/.test(possessive.text) || !owner || !occupied(owner.start, owner.end)) return undefined;
  return { start, head };
}

/**
 * The first later person named in apposition to a definite title with the same head ("The minister, Anna Berg,"),
 * which gives the title an earlier sentence used without a name to that person.
 */
function nameInApposition(text: string, people: Entry[], after: number, head: string): Entry | undefined {
  const apposition = new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\s*,\\s*$`, 'iu');
  for (const entry of people) {
    if (entry.mention.start <= after || entry.cluster.type !== 'Person') continue;
    if (apposition.test(text.slice(Math.max(0, entry.mention.start - 48), entry.mention.start))) return entry;
  }
  return undefined;
}
