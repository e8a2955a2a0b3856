// General word lists the recogniser needs: honorifics and job titles (they mark people and are not part of
// names), calendar words, capitalised function words, common-noun acronyms, page-furniture words, religious and
// ethnic communities, bodies whose members are states, organisation suffixes and the compass words that open place
// names. None of them names anything from a particular article. The tagger's own feature lists are apart and frozen
// (src/ner/lexicon.ts).

const set = (block: string) =>
  new Set(
    block
      .trim()
      .split(/\s+/)
      .map((w) => w.toLowerCase()),
  );

/** Honorifics written before a name; never part of the name. */
export const HONORIFICS = set(`mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam mx rev rev. fr fr.
  sheikh sheikha imam rabbi`);

/** Titles written before a name ("President Jane Doe", "Gen. Ali"): capitalised they mark a person. */
export const TITLES = set(`president vice-president chancellor premier minister secretary senator sen sen. rep rep.
  representative congressman congresswoman governor gov gov. mayor judge justice general gen gen. colonel col col.
  lieutenant lt lt. captain capt capt. sergeant sgt sgt. major admiral commander chief king queen prince princess
  emperor pope cardinal bishop archbishop ambassador commissioner inspector detective officer constable coach
  chairman chairwoman chair ceo founder director spokesman spokeswoman spokesperson prosecutor attorney lawyer
  professor economist analyst reporter correspondent editor author striker midfielder defender goalkeeper manager
  player captain star chef activist leader emir sultan ayatollah tsar`);

/** Role words between an organisation and a person ("Acme chief executive Jane Doe"). */
export const ROLE_WORDS = set(`president chairman chairwoman chair ceo cfo coo cto founder co-founder director executive
  spokesman spokeswoman spokesperson secretary minister manager head chief leader boss official officer analyst
  economist editor reporter correspondent lawyer attorney prosecutor coach captain striker player owner partner
  researcher scientist engineer employee worker member adviser advisor general commander governor mayor senator
  ambassador envoy negotiator vice-president deputy`);

/** The months' full names in calendar order; the one list of them (tagger features apart, which are frozen). */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
/** Month names and their abbreviations, lower case. */
export const MONTHS = set(`${MONTH_NAMES.join(' ')}
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.`);
export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun`);

/** Capitalised words that begin sentences or headings but never start a name. */
export const FUNCTION_WORDS = set(`the a an this that these those it its he she they we i you his her their our my your
  in on at by for from with without of to into onto over under after before during since until while when where why how
  what which who whom whose if then than but and or nor so yet also not no yes all any some many most more much few
  several each every both either neither other another such only just even still already however meanwhile moreover
  there here now today yesterday tomorrow tonight last next first second third new old according despite although
  though because as about against among between through across around near amid within upon via per please thanks
  mr mrs ms dr one two three four five six seven eight nine ten multiple other others`);

/** Acronyms of common nouns: capitalised, but not names of things. */
export const COMMON_ACRONYMS = set(`ceo cfo coo cto cio gdp gnp vat tv pc pr hr it ip id pdf faq diy ok am pm bc ad ufo
  dna rna hiv aids covid mp mps vip phd mba ipo etf m&a r&d q1 q2 q3 q4 eu-wide ai llm api gps sms url www`);

/** Words of captions, credits and page widgets: never names. */
export const FURNITURE_WORDS = set(`file photo photos picture pictures video watch read listen share follow subscribe
  update updated breaking exclusive live opinion analysis editorial advertisement sponsored credit image images
  reporting editing writing`);

/** Religious and ethnic communities (plural forms), and their adjectives, for population groups. */
export const COMMUNITIES: Array<[plural: string, adjective: string]> = [
  ['Muslims', 'Muslim'],
  ['Christians', 'Christian'],
  ['Jews', 'Jewish'],
  ['Hindus', 'Hindu'],
  ['Sikhs', 'Sikh'],
  ['Buddhists', 'Buddhist'],
  ['Catholics', 'Catholic'],
  ['Protestants', 'Protestant'],
  ['Sunnis', 'Sunni'],
  ['Shias', 'Shia'],
  ['Shiites', 'Shiite'],
  ['Alawites', 'Alawite'],
  ['Druze', 'Druze'],
  ['Copts', 'Coptic'],
  ['Kurds', 'Kurdish'],
  ['Arabs', 'Arab'],
  ['Berbers', 'Berber'],
  ['Uyghurs', 'Uyghur'],
  ['Uighurs', 'Uighur'],
  ['Rohingya', 'Rohingya'],
  ['Tamils', 'Tamil'],
  ['Pashtuns', 'Pashtun'],
  ['Baloch', 'Baloch'],
  ['Yazidis', 'Yazidi'],
  ['Roma', 'Romani'],
  ['Latinos', 'Latino'],
  ['Hispanics', 'Hispanic'],
  ['Asians', 'Asian'],
  ['Africans', 'African'],
  ['Europeans', 'European'],
  ['Bedouin', 'Bedouin'],
  ['Maori', 'Maori'],
  ['Aboriginals', 'Aboriginal'],
  ['Hutus', 'Hutu'],
  ['Tutsis', 'Tutsi'],
];

/** Religious or political adjectives that describe, not name ("Islamist group", "Catholic charity"). */
export const DESCRIBING_ADJECTIVES = set(`islamist islamic jihadist zionist marxist communist socialist conservative liberal
  evangelical orthodox secular royal federal national regional local global international western eastern northern
  southern pro anti roman ottoman byzantine persian`);

/** Bodies whose members are states, by common name or acronym (general knowledge, not article-specific). */
export const INTERNATIONAL_ORGANIZATIONS = set(`un nato eu wto who imf opec asean oecd unesco unicef unhcr unrwa iaea icc
  icj interpol g7 g20 brics apec mercosur osce`);
export const INTERNATIONAL_ORGANIZATION_NAMES = new Set([
  'united nations',
  'european union',
  'world bank',
  'african union',
  'arab league',
  'world health organization',
  'world trade organization',
  'international monetary fund',
  'international criminal court',
  'international court of justice',
  'security council',
  'general assembly',
  'european commission',
  'council of europe',
  'gulf cooperation council',
  'red cross',
  'international red cross',
]);

/** Capitalised compass and position words that open place names ("North Carolina", "Upper Egypt"); case-sensitive. */
export const COMPASS_NAME_WORD = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/;
/** General organisation suffixes not in the schema's descriptors (sports clubs, firms, societies). */
export const ORG_SUFFIXES = new Set([
  'international',
  'worldwide',
  'house',
  'united',
  'front',
  'alliance',
  'council',
  'fc',
  'rovers',
  'athletic',
  'wanderers',
  'club',
  'partners',
  'associates',
  'capital',
  'ventures',
  'labs',
  'technologies',
  'systems',
  'industries',
  'motors',
  'airways',
  'airlines',
  'pharmaceuticals',
  'society',
  'federation',
  'league',
  'committee',
  'trust',
  'fund',
  'foundation',
  'museum',
  'school',
  'college',
  'academy',
  'hospital',
  'centre',
  'center',
  'robotics',
  'electronics',
  'solutions',
  'software',
  'logistics',
  'shipping',
  'therapeutics',
  'biotech',
  'biosciences',
  'holdings',
  'networks',
  'studios',
  'entertainment',
  'brands',
  'mining',
  'petroleum',
  'telecom',
  'communications',
  'semiconductors',
  'aerospace',
  'dynamics',
  'analytics',
  'insurance',
  'securities',
  'investments',
  'realty',
  'chemicals',
  'pharma',
  'automotive',
  'instruments',
]);

/** Lower-case words that may sit inside a name ("Ministry of Finance", "Council on Foreign Relations"). */
export const NAME_CONNECTORS = new Set([
  'of',
  'on',
  'for',
  'de',
  'du',
  'des',
  'del',
  'della',
  'di',
  'da',
  'la',
  'le',
  'von',
  'van',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
  '&',
  'of the',
  'and',
]);

/**
 * People who belong to a group and speak or act for it, before "from/of X" ("activists from No Tech for Apartheid",
 * "members of the Harbor Trust"). The campaigners among them mark X as a campaign group.
 */
export const GROUP_MEMBERS = new Set([
  'activists',
  'members',
  'supporters',
  'campaigners',
  'protesters',
  'protestors',
  'volunteers',
  'organisers',
  'organizers',
  'founders',
  'leaders',
  'representatives',
  'officials',
]);
export const CAMPAIGNERS = new Set(['activists', 'campaigners', 'protesters', 'protestors']);

/**
 * Lowercase words naming a part of a place: compass points and their adjectives, and words for a kind of area
 * ("northern Ohio", "suburban Larchmont", "upstate New York"). Recognition reads one before a name after a
 * preposition of place as a sign of a place; relations read them between a name and "of" ("in the north of X").
 */
export const PART_OF_PLACE_WORDS = set(`north south east west northern southern eastern western central northeast northwest southeast
  southwest northeastern northwestern southeastern southwestern suburban rural downtown coastal upstate`);

/**
 * What a person is or does, besides the role nouns of a job: before a name or after a place they say where the person
 * is from ("a Leeds teacher", "the Ohio businessman").
 */
export const OCCUPATIONS = new Set([
  'businessman',
  'businesswoman',
  'entrepreneur',
  'investor',
  'banker',
  'teacher',
  'doctor',
  'physician',
  'surgeon',
  'nurse',
  'farmer',
  'writer',
  'author',
  'novelist',
  'poet',
  'journalist',
  'actor',
  'actress',
  'singer',
  'musician',
  'artist',
  'painter',
  'student',
  'activist',
  'architect',
  'pilot',
  'soldier',
  'priest',
  'pastor',
  'rabbi',
  'imam',
  'bishop',
  'athlete',
  'player',
  'footballer',
  'politician',
  'lawmaker',
  'legislator',
  'diplomat',
  'academic',
  'photographer',
  'filmmaker',
  'producer',
  'composer',
  'designer',
  'developer',
  'programmer',
  'worker',
  'miner',
  'fisherman',
  'driver',
  'homeowner',
  'retiree',
  'pensioner',
  'man',
  'woman',
  'boy',
  'girl',
  'mother',
  'father',
  'resident',
  'native',
]);

/** Occupations that are jobs, not what anyone is ("Mother Teresa", "Boy George" keep their first word). */
export const JOBS = new Set(
  [...OCCUPATIONS].filter(
    (w) => !['man', 'woman', 'boy', 'girl', 'mother', 'father', 'resident', 'native', 'homeowner', 'retiree', 'pensioner', 'student', 'worker'].includes(w),
  ),
);
