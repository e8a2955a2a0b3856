// General word lists of recognition, sentence splitting and relations, each written once: honorifics, titles and roles
// (one base of offices, with the title-only and role-only words named as additions and each purpose's selection drawn
// from them and checked), the months and weekdays the date patterns and the sentence splitter are built from,
// capitalised function words, common-noun acronyms, page-furniture words, religious and ethnic communities, bodies
// whose members are states, organisation suffixes and company forms, place heads, name particles and the compass words
// that open place names. None of them names anything from a particular article. The tagger's own feature lists are
// apart and FROZEN (src/ner/lexicon.ts: the committed model was trained with them and records their hash), so they
// stay as they are even where they repeat words of these lists.

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

/**
 * A named part of a base list, checked: every word must be in `base`, so a selection cannot drift from the list it is
 * drawn from (a word taken out of the base fails at start-up instead of silently leaving the selection).
 */
function drawn(base: ReadonlySet<string>, block: string, what: string): Set<string> {
  const words = set(block);
  for (const w of words) if (!base.has(w)) throw new Error(`lexicon: "${w}" of ${what} is not in the list it is drawn from; add it there or drop it`);
  return words;
}
const union = (...lists: Iterable<string>[]): Set<string> => new Set(lists.flatMap((list) => [...list]));

/**
 * Offices and jobs that stand both as a title before a name ("President Jane Doe", "coach Jane Doe") and as a role
 * between an organisation and a person ("Acme chairman Jane Doe"): the base that TITLES and ROLE_WORDS share.
 */
const OFFICE_WORDS = set(`president vice-president minister secretary senator governor mayor general captain commander chief
  ambassador officer coach chairman chairwoman chair ceo founder director spokesman spokeswoman spokesperson prosecutor
  attorney lawyer economist analyst reporter correspondent editor striker manager player leader`);

/**
 * Positions and events of a player or an athlete ("striker", "scrum-half", "hurdler"): after a place they name the side
 * the player represents there ("France defender Luc Marand", rule place-sport-position), not a home. Lower case; a
 * hyphenated position is one word.
 */
export const SPORT_POSITIONS = set(`striker midfielder defender goalkeeper keeper winger forward full-back fullback
  left-back right-back centre-back centre-half wing-back sweeper playmaker fly-half scrum-half stand-off flanker hooker
  prop lock centre wing number-eight batsman batter bowler spinner paceman seamer wicketkeeper wicket-keeper
  all-rounder opener sprinter hurdler runner marathon-runner jumper thrower swimmer cyclist jockey boxer golfer skier`);

/**
 * Titles written before a name ("President Jane Doe", "Gen. Ali"): capitalised they mark a person. The offices, and
 * ranks, honours and callings that are written as titles but are no one's role in an organisation ("King", "Bishop",
 * "Professor"), with the short forms of ranks.
 */
export const TITLES = union(
  OFFICE_WORDS,
  set(`chancellor premier sen sen. rep rep. representative congressman congresswoman gov gov. judge justice sheriff gen gen.
  colonel col col. lieutenant lt lt. capt capt. sergeant sgt sgt. major brigadier corporal commodore admiral king queen prince princess emperor pope magistrate
  cardinal bishop archbishop commissioner inspector detective constable professor author midfielder defender goalkeeper
  star chef activist emir sultan ayatollah tsar`),
  // "Sprinter Dan Okoro", "Winger Rhys Pendry": a sport's position capitalised before a name, as "Striker" is; not the
  // positions that are common words too ("Forward", "Centre", "Lock").
  drawn(
    SPORT_POSITIONS,
    `winger sprinter hurdler flanker fly-half scrum-half batsman bowler spinner paceman wicketkeeper all-rounder full-back
  centre-back playmaker jockey boxer golfer swimmer cyclist skier`,
    'sport titles',
  ),
);

/**
 * Role words between an organisation and a person ("Acme chief executive Jane Doe"): the offices, and jobs and ties
 * that are not written as a title before a name ("Acme engineer Jane Doe", not "Engineer Doe").
 */
export const ROLE_WORDS = union(
  OFFICE_WORDS,
  set(`cfo coo cto co-founder executive head boss official owner partner researcher scientist engineer employee worker member
  adviser advisor envoy negotiator deputy`),
);

/** Titles of rank written as part of a person's name ("President Lincoln", "King Hussein"): kept in the mention's span. */
export const NAME_TITLES = drawn(TITLES, 'president king queen prince princess sultan pope', 'NAME_TITLES');

/**
 * Roles that places have as well as organisations ("the Ohio governor", "a Texas senator"): offices of the title and
 * role lists, their plurals, and the county offices (sheriff, coroner) that neither list holds.
 */
export const PLACE_ROLE_WORDS = union(
  drawn(union(TITLES, ROLE_WORDS), 'governor mayor senator minister president premier official leader commander general prosecutor judge', 'PLACE_ROLE_WORDS'),
  set('officials prosecutors sheriff coroner'),
);

/**
 * The short forms US news writes offices with before a name ("Ohio Gov. Jane Doe", "Texas Sen. Jane Doe"), lower-cased
 * and without the full stop, to the office they stand for: an office toward a place is read from the full word.
 */
export const OFFICE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['atty', 'attorney'],
]);

/** Nouns for people of an organisation that are no role of one person ("Harlow Bank staff", "Kellner Freight people"). */
export const STAFF_NOUNS = set('staff staffers personnel people crew');

/**
 * Words that may sit inside a run of title words, before or between the titles ("Deputy Foreign Minister", "former
 * chief executive"): the base of the capitalised title prefixes and of the lower-case title modifiers.
 */
const TITLE_QUALIFIERS = set('deputy vice acting former foreign defence defense finance chief executive general senior');

/**
 * Words for a court's reach that open a legal title ("District Attorney", "Circuit Judge", "Magistrate Judge"): part
 * of the title only right before one of LEGAL_TITLES (rule jurisdiction-before-legal-title), since alone they open
 * names ("District of Columbia", "Federal Reserve").
 */
export const JURISDICTION_WORDS = set('district circuit magistrate federal appeals judicial');
export const LEGAL_TITLES = set('attorney judge prosecutor magistrate');

/**
 * A member's title of a town's council ("Councilman", "Councillor", "Alderwoman"): a title before a name only under the
 * rule council-title-before-name, which also reads "City", "Town" or "County" right before one as part of the title
 * ("Brenton City Councilwoman Jo Lee"), since alone those words end places' names ("Kansas City").
 */
export const COUNCIL_TITLES = set('councilman councilwoman councillor councilor councilmember alderman alderwoman');
export const COUNCIL_WORDS = set('city town county');

/**
 * Words that continue a title after "Chief" ("Chief Financial Officer", "Chief Operating Officer", "Chief Executive"):
 * capitalised, they name a company's officer only in that run, since alone they open names ("Financial Times",
 * "Digital Trends").
 */
export const CHIEF_TITLE_WORDS = set(`executive financial operating technology technical information investment marketing
  commercial medical scientific legal digital people strategy strategic risk sustainability data security compliance
  content creative product revenue customer communications nursing economic`);

/** Words that may open or continue a capitalised title before a name ("Prime Minister", "Interior Minister", "Crown Prince"). */
export const TITLE_PREFIXES = union(TITLE_QUALIFIERS, set('prime interior health home trade education energy opposition majority minority crown supreme'));

/** Words that may sit inside a lower-case title without being role nouns ("former", "senior", "state"). */
export const TITLE_MODIFIERS = union(
  TITLE_QUALIFIERS,
  set(`interim assistant associate managing state national regional local press communications operating financial
  technology legal political public affairs board founding top longtime then - co and scientific medical marketing
  commercial investment information creative digital strategy security compliance sales research editorial non-executive`),
);

/**
 * Words that may open a title after "its" ("its founder", "its chief executive", "its former head"): roles an
 * organisation has, and the words that qualify them.
 */
export const TITLE_OPENERS_AFTER_ITS = union(
  drawn(
    ROLE_WORDS,
    `founder co-founder chief president chairman chairwoman chair director head boss ceo executive owner general deputy
  spokesman spokeswoman spokesperson`,
    'TITLE_OPENERS_AFTER_ITS',
  ),
  set('former managing vice senior new then'),
);

/**
 * The months' full names in calendar order; the one list of them (the tagger's feature lists apart, which are
 * frozen). Month patterns and tables are built from it.
 */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
/**
 * Short forms of the months' names as news text writes them ("Jan 5", "Sept. 26"), lower case, with the month's
 * number: each name's first three letters (May has none shorter), and "sept".
 */
export const MONTH_SHORT_FORMS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.flatMap((name, i): [string, number][] => (name.length > 3 ? [[name.slice(0, 3).toLowerCase(), i + 1]] : [])),
  ['sept', 9],
]);
/** A month's number (1–12) by its full name or short form, lower case ("sept" → 9). */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ...MONTH_SHORT_FORMS,
]);
/** Month names and their short forms, the short forms with and without a full stop, lower case. */
export const MONTHS = new Set([...MONTH_NUMBERS.keys(), ...[...MONTH_SHORT_FORMS.keys()].map((short) => `${short}.`)]);
/** The days' names in the order of `Date.getUTCDay()` (Sunday first). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Day names and their short forms, lower case. */
export const WEEKDAYS = new Set([...WEEKDAY_NAMES.map((name) => name.toLowerCase()), ...set('mon tue tues wed thu thurs fri sat sun')]);

/** Capitalised words that begin sentences or headings but never start a name. */
export const FUNCTION_WORDS = set(`the a an this that these those it its he she they we i you his her their our my your
  in on at by for from with without of to into onto over under after before during since until while when where why how
  what which who whom whose if then than but and or nor so yet also not no yes all any some many most more much few
  several each every both either neither other another such only just even still already however meanwhile moreover
  there here now today yesterday tomorrow tonight last next first second third new old according despite although
  though because as about against among between through across around near amid within upon via per please thanks
  mr mrs ms dr one two three four five six seven eight nine ten multiple other others`);

/**
 * Heads of a government department's name that list its portfolios after "for" or "of" ("Department for Culture, Media
 * and Sport", "Ministry of Agriculture, Fisheries and Food"): the list, commas and "and" included, is the name.
 */
export const PORTFOLIO_BODY_HEADS = set('department ministry secretariat undersecretariat');

/** Acronyms of common nouns: capitalised, but not names of things. */
export const COMMON_ACRONYMS = set(`ceo cfo coo cto cio gdp gnp vat tv pc pr hr it ip id pdf faq diy ok am pm bc ad ufo
  dna rna hiv aids covid mp mps vip phd mba ipo etf m&a r&d q1 q2 q3 q4 eu-wide ai llm api gps sms url www
  cd dvd mp3 suv atm sim lcd`);

/**
 * Members of a legislature written as their abbreviations, as written (case matters): "told MPs", "the Sheffield MP",
 * "Labour MEPs". A seat in a house, not a body or a person's name; "AM" and "TD" also write times and names and are
 * left out.
 */
export const LEGISLATOR_ACRONYMS: ReadonlySet<string> = new Set(['MP', 'MPs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'MLA', 'MLAs']);

/**
 * Short written forms of currencies that stand before a sum ("Rs 500 crore", "KSh 2bn", "Tk 40 lakh"): capitalised, but
 * no name (rule currency-word-before-sum). Lower case; a trailing stop ("Rs.") is dropped before the look-up.
 */
export const CURRENCY_WORDS = set('rs re inr pkr npr lkr bdt tk ksh kshs sh ugx tzs ngn zar rm rp php aed sar egp');

/**
 * Words of a minister's portfolio written after "of" or "for" ("Minister for Foreign Affairs", "Secretary of Health and
 * Human Services"): capitalised by custom, but no name (rule portfolio-after-title-outside-name). Lower case.
 */
export const PORTFOLIO_WORDS = set(`affairs foreign home external internal interior health education finance defence defense
  justice energy agriculture trade industry industries commerce transport labour labor employment tourism environment
  information communications housing culture sport sports youth women children family water mines mining petroleum
  fisheries planning economy economic works lands security immigration welfare development power roads railways
  aviation science technology digital climate resources natural human services social local government public`);

/**
 * Words for a house that takes people in and is run as a body ("Casa Lumbre, a shelter run by nuns", "Hogar Sur, a
 * migrant refuge in Tijuana"): a name they describe in apposition is an organisation (rule shelter-in-apposition).
 */
export const SHELTER_WORDS = set('shelter shelters refuge refuges orphanage orphanages hostel hostels soup-kitchen');

/**
 * The last word of a public body's field before "and" ("Customs and Border Protection", "Immigration and Customs
 * Enforcement", "Centers for Disease Control and Prevention"), besides a minister's portfolio words (rule
 * body-name-with-and). Lower case.
 */
export const BODY_FIELD_WORDS = union(
  PORTFOLIO_WORDS,
  set(`customs control disease drug drugs food alcohol tobacco firearms safety research border intelligence emergency
  rescue highways sanitation maritime revenue taxation broadcasting standards statistics aquaculture forestry livestock
  irrigation wildlife arts`),
);

/**
 * Words a government body's name made of no name of its own is written with ("Foreign Ministry", "Supreme Court",
 * "Ministry of Finance"): a kind of body, its field, and the words joining them. Lower case.
 */
export const GENERIC_BODY_WORDS = union(
  BODY_FIELD_WORDS,
  set(`ministry ministries department office court bank embassy consulate police army navy parliament cabinet council
  service agency authority commission guard guards supreme central federal national high constitutional revolutionary
  state of for and`),
);
/** Last words of such a name: what kind of body it is. Lower case. */
export const GENERIC_BODY_HEADS = set(`ministry department office court bank embassy consulate police army navy parliament
  cabinet council service agency authority commission guard guards`);

/**
 * Head words of bodies of members and of endowed bodies that stand alone for the one such body the story names
 * ("Guild chair Lars Ekdahl" after "the Swedish Songwriters' Guild"; rule member-body-head-short-name). Lower case.
 */
export const MEMBER_BODY_HEADS = set(`guild union federation association alliance league society foundation trust coalition
  confederation syndicate`);

/**
 * The last word of a public body's name that a field joined by "and" may open (rule body-name-with-and). Lower case.
 * "excellence": the tagger cuts "National Institute for Health and Care Excellence" at "and" and reads the second half
 * as a person.
 */
export const BODY_NAME_END_WORDS = set(`protection enforcement prevention administration commission agency authority department
  bureau executive service services institute council board command directorate inspectorate ministry office committee
  initiative programme program project plan strategy excellence alliance association federation confederation court tribunal`);

/**
 * Nouns of aid and supplies that a verb of sending takes ("sent 50 tonnes of rice to", "handed over the relief
 * material to"): what is sent is provided (rule aid-sent-to). Lower case.
 */
export const AID_NOUNS = set(`aid relief supplies supply assistance donation donations food rice wheat grain flour tents
  tarpaulins blankets medicines medicine medical vaccines vaccine doses water equipment material materials consignment
  consignments shipment shipments tonnes tons kits generators fuel funds cash rations`);

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

/**
 * Adjectives of states and regions within countries ("Californian media group", "a Bavarian carmaker"): no name on
 * their own, as a people's adjective is none (rule regional-adjective-no-name).
 */
export const REGIONAL_ADJECTIVES = set(`californian texan floridian alaskan hawaiian arizonan bavarian tuscan sicilian sardinian
  andalusian catalan flemish walloon tasmanian siberian patagonian`);

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

/**
 * Last words of the names of political bodies of members ("Unity Party", "Reform Alliance"): a tie to one is
 * membership, and a nominal of another kind ("the army", "the company") never refers to one.
 */
export const PARTY_NAME_ENDING = /\b(?:party|alliance|coalition|bloc|caucus)$/i;
/** Lower-case words for a periodical, written between a paper's place and its name ("the Tamsk daily Vesti"). */
export const PERIODICAL_WORDS = set('daily weekly biweekly monthly tabloid broadsheet newsweekly newspaper paper magazine');
/** Units a distance between places is given in ("50 km south of Orsk", "20 miles from Dravik"). */
export const DISTANCE_UNITS = set('km kms kilometre kilometres kilometer kilometers mile miles metres meters yards');

/**
 * Words for a kind of business written before the name in the forms of several languages ("Group Altera", "Grupo
 * Televisa", "Bank Orlova", "Banco Santander", "Minera Valdora", "Compañía Tessa"); after it they are the name's head
 * (rule kind-word-opens-name).
 */
export const BUSINESS_WORDS_OPENING_NAMES: ReadonlySet<string> = new Set([
  'group',
  'grupo',
  'gruppo',
  'groupe',
  'bank',
  'banco',
  'banca',
  'banque',
  // Spanish and Portuguese: a mining, oil or building company; a company; an investment house.
  'minera',
  'mineração',
  'petrolera',
  'constructora',
  'compañía',
  'companhia',
  'compagnie',
  'empresa',
  'empresas',
  'inversiones',
  'industrias',
  'laboratorios',
  // French: a fashion or a wine house ("Maison Delacroix").
  'maison',
  // Portuguese, Spanish, Italian and French: a shipyard ("Estaleiro Tupacema", "Cantieri Ruzzante"), a brewery, a
  // chemist's chain, a haulier, a distributor.
  'estaleiro',
  'estaleiros',
  'astillero',
  'astilleros',
  'cantieri',
  'cantiere',
  'chantiers',
  'brasserie',
  'drogaria',
  'transportes',
  'distribuidora',
  // French, Italian, Spanish and Portuguese: a glassworks, a wine cellar, a brewery, a trading company. ("Viña" is left
  // out: it opens the city of Viña del Mar as often as a winery's name.)
  'verrerie',
  'verreries',
  'vetreria',
  'vetrerie',
  'cristalería',
  'cristalerías',
  'cristaleria',
  'cristalerias',
  'bodega',
  'bodegas',
  'cervecería',
  'cervejaria',
  'société',
  'sociedad',
  'sociedade',
  'società',
  'azienda',
  // Spanish and Italian: workshops, a cement works, dairy products, canned food, a cold store, steel, cement.
  'talleres',
  'cementeria',
  'lácteos',
  'lacteos',
  'conservas',
  'frigorífico',
  'frigorifico',
  'aceros',
  'cementos',
]);

/**
 * Words for a kind of body that names in Spanish, Portuguese, French, Italian and German open ("Fundación Mar Austral",
 * "Instituto Onça Viva", "Sindicato Nacional"): the words of other languages above, and those of bodies that are not
 * businesses (rule foreign-kind-word-opens-span). Lower case.
 */
export const FOREIGN_BODY_OPENERS: ReadonlySet<string> = new Set([
  ...[...BUSINESS_WORDS_OPENING_NAMES].filter((w) => w !== 'group' && w !== 'bank'),
  ...`fundación fundação fondation fondazione fundacja stiftung instituto institut istituto asociación associação associazione
  federación federação confederación confederação sindicato sindicat movimiento movimento partido alianza aliança colectivo
  coletivo observatorio observatório consejo conselho comité comitato unión união cooperativa cooperativo coopérative conseil
  fédération confédération`.split(/\s+/),
]);

/**
 * The words of FOREIGN_BODY_OPENERS for bodies that are not businesses, which open a name as "Foundation", "Institute"
 * or "Union" end an English one (rule foreign-body-word-opens-name). "Institut" and "Stiftung" are left out: in German
 * and Dutch they end names as well as open them.
 */
export const FOREIGN_NON_BUSINESS_OPENERS: ReadonlySet<string> = new Set(
  `fundación fundação fondation fondazione fundacja instituto istituto asociación associação associazione federación federação
  confederación confederação sindicato sindicat movimiento movimento partido alianza aliança colectivo coletivo observatorio
  observatório consejo conselho comité comitato unión união cooperativa cooperativo coopérative conseil fédération
  confédération`.split(/\s+/),
);

/**
 * Verbs of heading a body, whose object after "who" is that body: "who heads Defence Export Controls", "who runs
 * Kestrel" (rules headed-by-relative-is-body and, with "commands" and "oversees", heads-possessed-part).
 */
export const HEADING_VERBS = set('heads headed leads led runs ran chairs chaired directs directed manages managed');

/** Capitalised compass and position words that open place names ("North Carolina", "Upper Egypt"); case-sensitive. */
export const COMPASS_NAME_WORD = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/;
/** Last words of sports clubs' names that are general organisation suffixes too ("Leeds United", "Bristol Rovers"). */
const CLUB_SUFFIXES = set('united fc rovers athletic wanderers');
/** General organisation suffixes not in the schema's descriptors (sports clubs, firms, societies). */
export const ORG_SUFFIXES = union(CLUB_SUFFIXES, [
  // "Brightline TV": a broadcaster's name; "Brightline" alone is its short name.
  'tv',
  'international',
  'worldwide',
  'house',
  'front',
  'alliance',
  'council',
  // "the Oglala Sioux Tribe": a tribe's government, named as a body.
  'tribe',
  // "Delmar Mobile", "Daeseong Display": a phone network or maker, a screen maker.
  'mobile',
  'display',
  // "Vireo Motorsport": a racing team or its company ("Arkwright Racing" is read in name-evidence.ts, since "MOTOR
  // RACING" heads a page of results).
  'motorsport',
  'motorsports',
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
  'air',
  'aviation',
  'freight',
  'pharmaceuticals',
  // "Vantor Devices", "Veranta Diagnostics", "Corvane Biologics", "Huaxin Engineering": a maker's or a builder's trade,
  // in the plural or as a field, ends a firm's name; a product is named in the singular.
  'devices',
  'diagnostics',
  'biologics',
  'engineering',
  'society',
  // "the Northern Writers Guild": a body of members, as a society is.
  'guild',
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
  'clinic',
  'centre',
  'center',
  'robotics',
  'electronics',
  // "Hanxin Microelectronics", "Lumeris Photonics": a chip or optics maker's trade ends its name.
  'microelectronics',
  'photonics',
  // "Leafline Books", "Halvard Books": a bookseller's or a publisher's name.
  'books',
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
  'metals',
  'minerals',
  'bakeries',
  'broadcasting',
  'computing',
  'propulsion',
  'maritime',
  'petroleum',
  'midstream',
  'renewables',
  'drilling',
  'refining',
  'utilities',
  'conservancy',
  'telecom',
  'telecoms',
  // "Lumidex Bio": a biotechnology company's name.
  'bio',
  // "Tervana Movil", "Atlantica Movel": a mobile operator's name in Spanish or Portuguese.
  'movil',
  'móvil',
  'movel',
  'móvel',
  'digital',
  'cyber',
  'communications',
  'semiconductors',
  'semiconductor',
  'aerospace',
  'dynamics',
  'analytics',
  'insurance',
  // "Halvern Mutual", "Corran Assurance": insurers' names; a person's name never ends so.
  'mutual',
  'assurance',
  // "Corvane Re", "Kestrel Re": a reinsurer's name ends in the short form of reinsurance.
  're',
  'reinsurance',
  'securities',
  'investments',
  'realty',
  'properties',
  'chemicals',
  'pharma',
  'automotive',
  'instruments',
  'builders',
  'construction',
  'contractors',
  'developers',
  'enterprises',
  'energy',
  'resources',
  'foods',
  'media',
  'pictures',
  'records',
  // "Westbrook Music", "Harbour Recordings": record labels and music publishers.
  'music',
  'recordings',
  'publishing',
  'consulting',
  'manufacturing',
  'steel',
  'brewing',
  'brewery',
  'hotels',
  'hospitality',
  'resorts',
  'restaurants',
  'stores',
  'supermarkets',
  'solar',
  'dairy',
  'dairies',
  // "Nemunas Cargo", "Belkraft Tobacco", "Orrin Gaming", "Ashby Apparel", "Oriel Agri": a trade's word ending a name of
  // a business.
  'cargo',
  'tobacco',
  'gaming',
  'apparel',
  'textile',
  'textiles',
  'garments',
  'timber',
  'outfitters',
  'vapour',
  'vapor',
  'agri',
  // "Trzebin Materials", "Coastline Grocers", "Vergel Fruits", "Rangitaiki Ingredients", "Bracken Valley Co-operative".
  'materials',
  'grocers',
  'fruits',
  'ingredients',
  'co-operative',
  'cooperative',
  // "Kestrel Sport": a maker of sportswear or a sports business; "the Ministry of Sport" ends past "of".
  'sport',
  // "Halden Cosmetics", "Corvane General Trading", "Mtwara Dockyard", "Kestrel Express": a trade, a yard or a courier.
  'cosmetics',
  'trading',
  'dockyard',
  'dockyards',
  'shipyard',
  'express',
  // "Tengara Offshore": a builder or an operator of vessels and rigs at sea.
  'offshore',
  // "Siyakha Staffing", "Corvane Recruitment", "Halden Outsourcing": a labour broker; "Zandvliet Glassworks".
  'staffing',
  'recruitment',
  'outsourcing',
  'glassworks',
  // "Mawingu Civil Works", "Al Noor Grains", "Astravel Biopharma", "Norrvik Trucks", "Brightstone Structures", "Sea
  // Lantern Shipmanagement": a builder, a trader or a maker. "Public Works" past "of" names a ministry's field.
  'works',
  'grains',
  'biopharma',
  'trucks',
  'structures',
  'shipmanagement',
]);
/**
 * Organisation suffixes that end only the names of businesses ("Nexa Systems", "Corvo Pharmaceuticals", "Bay
 * Hotels"): the name is a company's. Words that also end the names of public or non-profit bodies ("Energy",
 * "Media", "Trust", "Communications") are left out.
 */
export const COMPANY_NAME_ENDINGS = drawn(
  ORG_SUFFIXES,
  `capital ventures labs technologies systems industries motors airways airlines air aviation freight pharmaceuticals robotics electronics
  microelectronics photonics books solutions software logistics shipping therapeutics biotech biosciences holdings networks brands mining petroleum telecom
  semiconductors semiconductor aerospace analytics securities investments realty properties chemicals pharma automotive instruments builders
  construction contractors developers enterprises foods pictures records recordings manufacturing mobile display steel brewing brewery hotels
  hospitality resorts restaurants stores supermarkets metals minerals bakeries broadcasting computing propulsion midstream renewables
  drilling refining maritime solar dairy dairies digital cyber telecoms mutual assurance devices diagnostics biologics engineering
  movil móvil movel móvel bio cargo tobacco gaming apparel textile textiles garments timber outfitters vapour vapor agri
  materials grocers fruits ingredients co-operative cooperative cosmetics trading dockyard dockyards shipyard express offshore
  staffing recruitment outsourcing glassworks works grains biopharma trucks structures shipmanagement`,
  'COMPANY_NAME_ENDINGS',
);

/**
 * Last words of the names of universities, colleges, schools and research institutes ("Carsby University", "Delvin
 * Institute"): a name that ends in one is whole before an "and" that joins another name to it.
 */
export const INSTITUTION_NAME_ENDINGS = set('university college institute academy polytechnic school hospital');

/**
 * Last words of the names of transport operators ("Network Rail", "Indian Railways", "Irish Ferries", "Delta Air
 * Lines"): the name is a company's. "Line" and "Railway" alone also end the names of routes and tracks, and are left out.
 */
export const TRANSPORT_NAME_ENDINGS = set('rail railways ferries lines cruises');

/**
 * Last words of the names of oil and gas producers ("Ardent Oil", "Corran Gas"): the name is a company's, as no person or
 * place is named "… Oil". Lower-case "oil" and "gas" after a name ("Brent oil", "Groningen gas") stay out of the name.
 */
export const ENERGY_NAME_ENDINGS = set('oil gas energie energia energía');

/**
 * Last words of the names of arms and aircraft-equipment makers ("Ferrin Avionics", "Ostrava Munitions", "Brask
 * Shipyards", "Drossel Werke"): the name is a company's, as no person or place is named "… Munitions". "Werke" is the
 * German "works" that ends makers' names.
 */
export const ARMS_MAKER_NAME_ENDINGS = set('avionics munitions armaments ordnance shipyards shipbuilding shipbuilders werke');

/**
 * Last words of businesses' names in Dutch, German, the Nordic languages, Spanish and Portuguese ("Dalvenhof Beheer",
 * "Oberhammer Beteiligungen", "Hvidtfeldt Motorer", "Perovani Cosméticos", "Vouga Engenharia") that are no English
 * word and no surname, so the tagger reads them as a person's (rule foreign-business-ending).
 */
const FOREIGN_BUSINESS_LAST_WORDS = set(
  `beheer beteiligungen holding motorer deponie groep gruppen gruppe rederi bryggeri brouwerij brauerei fabrik fabriek verken varv verft
  værft forsikring versicherung versicherungen sparkasse pensioenfonds lácteos cementeria ambiental cosméticos cosmeticos cosmética alimentos
  engenharia ingeniería ingenieria energia energía renovables renováveis logística logistica transportes construções construcciones
  farmacéutica farmacêutica química quimica siderúrgica siderurgica mineração minería textil têxtil`,
);
/**
 * Endings of compound words that name a business's trade in German, Dutch and the Nordic languages ("Pakketdienst",
 * "Rohstoffhandel", "Meyerwerft", "Kältetechnik"): a name's last word longer than the ending by three letters or more
 * (rule foreign-business-ending).
 */
const FOREIGN_BUSINESS_COMPOUND_ENDINGS =
  /^\p{L}{3,}(?:dienst|diensten|handel|werft|technik|logistik|werk|werke|gruppe|fabrik|kasse|verken|varv|rederi|bouw|bau)$/u;
/**
 * Whether a word, lower-cased, is a business's word of another language on its own ("beheer", "engenharia"); a
 * compound that ends in a trade ("havenwerk") may be a name itself, so it says what kind of body a name is only at
 * the name's end (rule foreign-business-ending).
 */
export function foreignBusinessWord(word: string): boolean {
  return FOREIGN_BUSINESS_LAST_WORDS.has(word);
}
/** Whether a name's last word, lower-cased, is a business's in another language (rule foreign-business-ending). */
export function foreignBusinessEnding(last: string): boolean {
  return FOREIGN_BUSINESS_LAST_WORDS.has(last) || FOREIGN_BUSINESS_COMPOUND_ENDINGS.test(last);
}

/**
 * Last words of newspapers' names that name nothing else of note ("Yorkshire Gazette", "Harbour Herald", "Valley
 * Tribune"). "Times", "Post", "Star", "Express" and "Mirror" also end the names of squares, firms and stars.
 */
export const NEWSPAPER_NAME_ENDINGS = set('gazette herald tribune chronicle ledger examiner inquirer dispatch sentinel courier');
/** Last words of public bodies' names that the schema's descriptors leave out ("Maritime Safety Directorate", "Schools Inspectorate", "Lithuanian Customs"). */
export const PUBLIC_BODY_NAME_ENDINGS = set('directorate inspectorate customs');

/**
 * Last words of sports clubs' names: the club suffixes, and four ("Albion", "Hotspur", "Rangers", "AFC") that end
 * only clubs' names and are left out of the general organisation suffixes.
 */
export const SPORTS_SUFFIXES = union(CLUB_SUFFIXES, set('albion hotspur rangers afc'));

/**
 * Abbreviated club forms that open or close only sports clubs' names across Europe ("FC Porto", "VfB Stuttgart",
 * "Partizan FK", "Valencia CF"): football club, fotballklubb, Verein für Bewegungsspiele / Leibesübungen, club de fútbol.
 */
export const CLUB_FORM_FIRST_WORDS = set('fc fk afc vfb vfl');
export const CLUB_FORM_LAST_WORDS = set('fk cf');

/**
 * Legal forms that end a company's name without naming another company. Words that can also end the name of a
 * place or another kind of body ("Company": "Hudson's Bay Company", "SE", "AB") are not among them.
 */
export const COMPANY_FORMS = set('corp corporation inc incorporated ltd limited plc llc llp co gmbh ag sa nv bv pty');
/**
 * Nordic companies' legal forms ("Aurora Holmberg AB", "Norsk Hydro ASA", "Kone Oyj"): the name is written with them
 * once and without them after, as "Acme Corp." is (rule nordic-company-form). "A/S" is one token (segment.ts).
 */
export const NORDIC_COMPANY_FORMS = set('ab asa oy oyj a/s');
/** Company forms that chunking reads in capitals as part of the name before them ("ACME HOLDINGS PLC"). */
export const CAPITALISED_COMPANY_FORMS = drawn(COMPANY_FORMS, 'inc llc plc ltd llp corp gmbh', 'CAPITALISED_COMPANY_FORMS');

/** Last words of place names: venues, streets, natural features and local areas. */
export const PLACE_HEADS = set(`palace stadium arena park square street road avenue airport bridge station river lake mountain
  mountains island islands bay sea ocean coast heights hills valley desert port gulf isle strait straits cape parish county
  township borough`);
/**
 * Last words of towns' names that clubs are named with ("Ipswich Town", "Stoke City", "Derby County", "Port Vale"): in
 * a sports report such a name is the club's (rule club-place-word-in-sports-report).
 */
export const CLUB_TOWN_WORDS = set('city town county vale');
/** Place heads that sports clubs are named with too ("Crystal Palace", "Notts County", "Queen's Park"): weak evidence. */
export const CLUB_PLACE_HEADS = drawn(PLACE_HEADS, 'palace park county stadium arena heights hills port', 'CLUB_PLACE_HEADS');

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
 * Verbs of saying that, right after a noun phrase set off by a comma, make it the subject of a reporting clause
 * (", the company said", ", the national news agency reported"), not an apposition of the name before the comma.
 */
export const REPORTING_AFTER_NOMINAL = set('said says added told stated announced confirmed noted declined denied insisted reported reports');
/**
 * Last words of newspapers' names ("The Harlow Gazette", "the Sunday Times"). Words that also end other names after
 * "the" ("Golden Globe", "Royal Mail", "Gold Standard", "North Star") are left out.
 */
export const MASTHEAD_WORDS = union(NEWSPAPER_NAME_ENDINGS, [
  'times',
  'post',
  'observer',
  'telegraph',
  'bulletin',
  'mirror',
  'guardian',
  'independent',
  'express',
]);
/** Masthead words that name the paper alone after "the" ("the Herald's investigation"). */
export const LONE_MASTHEAD_WORDS = set('gazette herald tribune chronicle courier telegraph dispatch examiner inquirer ledger');

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
/** Words that may stand before a player's position without making it another's ("replacement scrum-half", "veteran striker"). */
export const SPORT_POSITION_QUALIFIERS = set(`replacement substitute international veteran teenage young star uncapped reserve
  new former ex- captain vice-captain left right centre central attacking defensive middle-distance long-distance`);

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

/**
 * Words that open a sentence before a name and are no part of it: occupations ("Composer Thomas") and words for a
 * company or its kind ("Rival Nestle", "Carmaker Toyota").
 */
export const SENTENCE_OPENERS = union(
  JOBS,
  set('rival rivals carmaker automaker drugmaker chipmaker retailer lender insurer startup conglomerate manufacturer miner brewer'),
  // Trades of businesses that name one after them ("Streamer Lumora agreed", "Publisher Linden & Pryce said").
  set('streamer broadcaster publisher distributor developer supplier exporter importer shipper wholesaler airline broker'),
  // Words for a person's part in what happened ("Passenger Eleanor Hartley, 67, said").
  set('passenger witness survivor motorist commuter shopper protester campaigner voter volunteer tourist bystander'),
);

/**
 * Words for goods or a field of business that, opening a sentence before a word for a business ("Handset maker Delmar
 * Mobile", "Software firm Kelvane", "Games developer Hoshi"), name the business's trade: common nouns, never a name
 * (rule goods-word-before-trade).
 */
export const GOODS_TRADE_WORDS = set(
  `handset handsets phone phones mobile software hardware games game chip chips computer computers internet web online
  music film toy toys drinks drug drugs car cars steel oil gas food media telecoms telecom security technology tech
  electronics gadget console consoles camera cameras printer printers satellite broadband cable
  accounting law consulting advertising insurance investment marketing recruitment architecture engineering construction
  property shipping logistics mining`,
);
/**
 * Plural words for goods a business makes and sells ("machines", "chips"): what a buyer bought of a maker ("had bought
 * Kestrel's machines") was supplied by it, and the maker was not bought (rule bought-goods-of-maker). Lower case.
 */
export const GOODS_BOUGHT_WORDS = set(
  `machines tools chips products goods vehicles cars trucks buses aircraft jets planes helicopters drones phones handsets
  devices computers engines turbines trains locomotives ships vessels weapons missiles rifles tanks components parts
  supplies medicines vaccines drugs`,
);
/** Lower-case words for a business after such a word of goods ("maker", "firm", "giant"). */
export const TRADE_HEADS_AFTER_GOODS = set(
  'maker makers firm firms giant giants group company companies manufacturer manufacturers developer developers retailer retailers chain operator operators provider providers',
);

/**
 * Trades and bodies of film, music and books that open a sentence before a name and are no part of it ("Screenwriter
 * Dalia Ferrante has sued", "Studio Brightline sued by writer"): read under rule arts-word-opens-sentence.
 */
export const ARTS_SENTENCE_OPENERS = set(
  'screenwriter scriptwriter songwriter showrunner playwright rapper guitarist drummer bassist pianist violinist cellist comedian choreographer publisher studio label',
);

/** Words for a person that a role phrase ends in ("the speaker of", "a politician from"). */
export const PERSON_HEADS = union(ROLE_WORDS, OCCUPATIONS, TITLES, ['speaker']);

/** Particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen"), joined without other conditions. */
export const NAME_PARTICLES = set('bin ibn bint abu al el van von der den de da di du la le del della dos das y');
/**
 * The particles that join two of the tagger's person names into one ("Khalid bin Rashid"): all but "la", "le" and
 * "y", which are as often the articles and the conjunction of French and Spanish text between two names.
 */
export const PERSON_JOINING_PARTICLES = new Set([...NAME_PARTICLES].filter((w) => !['la', 'le', 'y'].includes(w)));

/**
 * Words after which a full stop does not end a sentence: the short forms of honorifics and titles (all that are
 * listed with a full stop but "Fr."), name suffixes and "Hon.", the months' short forms, company forms, and common
 * abbreviations. "Fr." has never been one: after it a capital still starts a sentence.
 */
export const SENTENCE_ABBREVIATIONS = union(
  [...HONORIFICS, ...TITLES].filter((w) => w.endsWith('.') && w !== 'fr.').map((w) => w.slice(0, -1)),
  set('st sr jr hon'),
  MONTH_SHORT_FORMS.keys(),
  drawn(COMPANY_FORMS, 'inc corp ltd co', 'SENTENCE_ABBREVIATIONS'),
  set('no vs etc mt ft approx dept est fig e.g i.e u.s u.k'),
);

/**
 * Capitalised words a country's dotted acronym qualifies, so that after "U.S." they continue the sentence ("U.S.
 * Ambassador Jane Doe", "the U.S. Army"): titles of federal offices, and the bodies and branches of a state.
 */
export const QUALIFIED_AFTER_ACRONYM: ReadonlySet<string> = new Set(
  [
    ...drawn(
      union(TITLES, ROLE_WORDS),
      'president ambassador secretary senator sen rep representative gov governor attorney deputy envoy judge',
      'QUALIFIED_AFTER_ACRONYM',
    ),
    ...set(`vice army navy air marine marines coast embassy consulate department congress senate house treasury defense
      defence justice supreme court district federal government administration forces military special trade commerce
      central national census postal open attorneys officials navy's army's`),
  ].map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`),
);
