// Evidence for a name's type, each piece with a weight: general lexicons (countries, regions, cities,
// communities, bodies of states), the descriptor words of graph-schema inside or around the name ("Ministry of X",
// "outlet X", "X software", "firms like X"), and titles and roles for people.
import type { Token } from '../pipeline/stage-types.js';
import { isA, rootType, type EntityTypeName } from '../schema/schema.js';
import type { NameChunk } from './chunk-names.js';
import { apposedDescriptor, descriptorEndingAt, descriptorStartingAt, descriptorType } from './descriptors.js';
import { countryByAdjective, countryByPlural } from './lexicon/countries.js';
import { CITY_NAMES, REGION_NAMES, US_STATE_ABBREVIATIONS, US_STATES } from './lexicon/places.js';
import {
  MONTHS,
  BUSINESS_WORDS_OPENING_NAMES,
  FOREIGN_NON_BUSINESS_OPENERS,
  COUNCIL_TITLES,
  COUNCIL_WORDS,
  CAMPAIGNERS,
  CLUB_PLACE_HEADS,
  COMMUNITIES,
  COMPASS_NAME_WORD,
  FUNCTION_WORDS,
  HEADING_VERBS,
  INTERNATIONAL_ORGANIZATION_NAMES,
  INTERNATIONAL_ORGANIZATIONS,
  LONE_MASTHEAD_WORDS,
  MASTHEAD_WORDS,
  OCCUPATIONS,
  ORG_SUFFIXES,
  COMPANY_NAME_ENDINGS,
  NEWSPAPER_NAME_ENDINGS,
  PUBLIC_BODY_NAME_ENDINGS,
  TRANSPORT_NAME_ENDINGS,
  ENERGY_NAME_ENDINGS,
  ARMS_MAKER_NAME_ENDINGS,
  foreignBusinessEnding,
  PART_OF_PLACE_WORDS,
  PERSON_HEADS,
  PLACE_HEADS,
  PLACE_ROLE_WORDS,
  REPORTING_AFTER_NOMINAL,
  ROLE_WORDS,
  BODY_NAME_END_WORDS,
  SPORTS_SUFFIXES,
  CLUB_FORM_FIRST_WORDS,
  CLUB_FORM_LAST_WORDS,
  DISTANCE_UNITS,
  LEGISLATOR_ACRONYMS,
} from './lexicon/words.js';
import { countryOfWord } from './nationality-phrases.js';
import { RECOGNITION_RULES } from './recognition-rules.js';
import { EVIDENCE_WEIGHTS } from './evidence-weights.js';
import { itemAt } from '../util/checked-index.js';
import { mapStable } from '../util/stable-arrays.js';

/** Professions whose place of work, after "at", is an organisation (rule profession-at-organisation). */
const PROFESSIONS =
  /^(?:analysts?|economists?|strategists?|historians?|professors?|lecturers?|doctors?|surgeons?|nurses?|traders?|bankers?|lawyers?|consultants?|accountants?|auditors?)$/;

/** Offices only a town or city has, so the name right before one is the place ("the Evanston mayor"). */
const MAYOR_WORDS = new Set(['mayor', 'mayoral', 'mayors']);
/**
 * Lower-case words for a kind of settlement or region that name the place after "of" ("the village of X"). "Capital"
 * ("the capital of X" is the country) and "state" ("the state of X" may be a country) are left out.
 */
const PLACE_KIND_BEFORE_OF = new Map<string, EntityTypeName>([
  ['city', 'City'],
  ['town', 'City'],
  ['village', 'City'],
  ['hamlet', 'City'],
  ['port', 'City'],
  ['suburb', 'City'],
  ['municipality', 'City'],
  ['province', 'Region'],
  ['region', 'Region'],
  ['district', 'Region'],
  ['county', 'Region'],
]);
/** Lower-case adjectives of the compass that place a part of a country ("the southern state of", "north-eastern"). */
const COMPASS_ADJECTIVE = /^(?:north|south|east|west)(?:ern|-?(?:east|west)ern)?$|^(?:central|northeastern|northwestern|southeastern|southwestern)$/;
/** Words that qualify an office rather than name its place ("Former mayor", "Acting mayor", "Deputy mayor"). */
const OFFICE_QUALIFIERS = new Set(['former', 'acting', 'deputy', 'interim', 'incumbent', 'outgoing', 'new', 'then', 'ex', 'vice', 'assistant', 'lord']);
/**
 * Offices of states, provinces and towns, not of clubs or companies ("Barcelona president" is the club's), so a known
 * place right before one is the place ("Texas governor", "Lyon prosecutor").
 */
const PLACE_OFFICES = new Set([
  'governor',
  'senator',
  'prosecutor',
  'prosecutors',
  'sheriff',
  'premier',
  'congressman',
  'congresswoman',
  'lawmaker',
  'lawmakers',
  'legislator',
]);

export type Votes = Map<EntityTypeName, number>;

export const COMMUNITY_PLURALS = new Set(COMMUNITIES.map(([p]) => p.toLowerCase()));
const LIST_WORDS = new Set(['like', 'including', 'as']);
/** What a company has, written after its name without a possessive ("Acme employees", "Acme shares"). */
const CORPORATE_PLURALS = new Set([
  'employees',
  'staff',
  'shareholders',
  'shares',
  'offices',
  'headquarters',
  'executives',
  'customers',
  'investors',
  'subsidiaries',
  'stores',
  'factories',
  'products',
  'users',
  'engineers',
  'workers',
  // "Border Patrol agents", "FBI agents": an agency's staff.
  'agents',
]);
/** Roles and parts that belong to companies, not places or people, after a possessive name. */
const CORPORATE_WORDS = new Set([
  'executive',
  'ceo',
  'chairman',
  'chairwoman',
  'founder',
  'co-founder',
  // "Pennine Crosslink's managing director": a business's or a paper's head.
  'managing',
  'cfo',
  'coo',
  'cto',
  'shareholders',
  'shares',
  'board',
  'boss',
  'employees',
  'staff',
  'subsidiary',
  'headquarters',
  'stock',
  'investors',
  'customers',
]);
/** Words before "administration" that name its party or kind, not its leader ("the Republican administration"). */
const NOT_LEADERS = new Set([
  'republican',
  'democratic',
  'democrat',
  'labour',
  'labor',
  'conservative',
  'socialist',
  'communist',
  'liberal',
  'nationalist',
  'federal',
  'military',
  'civilian',
  'interim',
  'transitional',
  'new',
  'current',
  'previous',
  'former',
]);
/** Verbs of saying after which a pronoun refers back to the one who says. */
const SAYS = new Set(['says', 'said', 'announced', 'added', 'confirmed', 'denied', 'stated', 'insisted', 'warned', 'claimed', 'argued', 'reported']);
const NAMING_WORDS = new Set(['named', 'called', 'dubbed', ',']);
/** The prepositions that lead to a place ("in northern Ohio", "across rural Kent"). */
/** Verbs whose object, written right after them, is bought: a business, not a person or a place. */
/** Verbs of holding a share of a business ("owns 51% of", "holds 30 percent of", "bought 20% of"). */
const HOLDING_SHARE_VERBS = new Set([
  'owns',
  'own',
  'owned',
  'owning',
  'holds',
  'hold',
  'held',
  'holding',
  'controls',
  'control',
  'controlled',
  'controlling',
  'bought',
  'acquired',
]);
/**
 * True when the "of" at `of` closes a percentage held by a verb of holding: "controls 51 % of", "owns 30 percent of",
 * "holds about 12 per cent of"; at most one word ("about", "a", "some") between the verb and the number.
 */
function heldShareBefore(words: readonly string[], of: number): boolean {
  const lower = (k: number) => (words[k] ?? '').toLowerCase();
  let k = of - 1;
  if (lower(k) === 'cent' && lower(k - 1) === 'per') k -= 2;
  else if (lower(k) === '%' || lower(k) === 'percent') k -= 1;
  // The number, or the number with its sign in one token ("51%").
  if (!/^\d+(?:\.\d+)?%?$/.test(lower(k))) return false;
  return HOLDING_SHARE_VERBS.has(lower(k - 1)) || HOLDING_SHARE_VERBS.has(lower(k - 2));
}
const BUYING = new Set(['bought', 'buy', 'buys', 'buying', 'acquired', 'acquire', 'acquires', 'acquiring', 'purchased']);
/** Most words of a role's fields between "of" and "at" ("technology , media and telecoms research"). */
const MAX_FIELD_WORDS = 10;
/**
 * The role before "of" and its fields, read back from the "at" at `at` ("director of research at", "head of sales,
 * marketing and partnerships at"): lower-case words, commas and "and" only; undefined where there is no such "of".
 */
function roleBeforeFields(tokens: readonly Token[], at: number): string | undefined {
  // Read from the sentence's tokens: the fields and the role may run past the evidence window.
  const word = (k: number) => tokens[k]?.text ?? '';
  let k = at - 1;
  while (k >= 0 && at - k <= MAX_FIELD_WORDS && word(k) !== 'of' && /^(?:[a-z-]+|,|&)$/.test(word(k))) k--;
  if (word(k) !== 'of' || k === at - 1) return undefined;
  return word(k - 1).toLowerCase();
}
/** Forms of "be" that make a participle after them a passive. */
const PASSIVE_BE = new Set(['was', 'is', 'were', 'are', 'been']);

/** Where the participle of a passive stands in the words after a name ("was founded", "has been bought"), or -1. */
function passiveParticipleAt(after: readonly string[]): number {
  const be = after[0] === 'has' || after[0] === 'had' ? 1 : 0;
  return PASSIVE_BE.has(after[be] ?? '') ? be + 1 : -1;
}

/**
 * The words after a name say it was founded: ", founded" before a preposition or a year (", founded in 2004 by",
 * ", founded 1998,"), or "was founded" / "has been founded".
 */
function foundedAfterName(after: readonly string[]): boolean {
  if (after[0] === ',' && after[1] === 'founded') return /^(?:in|by|on|as|during|after|\d{4})$/.test(after[2] ?? '');
  const at = passiveParticipleAt(after);
  return at > 0 && after[at] === 'founded';
}

/** Participles of buying in a passive after a name ("was acquired", "were taken over"). */
const BOUGHT_PARTICIPLES = new Set(['bought', 'acquired', 'purchased']);

/** The words after a name put it in the passive of buying: "was acquired", "has been bought", "were taken over". */
function boughtInPassive(after: readonly string[]): boolean {
  const at = passiveParticipleAt(after);
  if (at < 0) return false;
  const verb = after[at] ?? '';
  return BOUGHT_PARTICIPLES.has(verb) || (verb === 'taken' && after[at + 1] === 'over');
}

/** Words of a share between the passive's "be" and "owned" ("35 % owned", "majority owned", "wholly controlled"). */
const SHARE_WORDS = /^(?:\d[\d.,]*%?|%|percent|per|cent|majority|minority|wholly|partly|partially|jointly|fully|indirectly|-)$/;
/** Most words of the share. */
const MOST_SHARE_WORDS = 3;

/**
 * The words after a name put it in the passive of ownership with its owner after "by": "is 35% owned by", ", which is
 * controlled by", "was majority owned by".
 */
function ownedInPassive(written: readonly string[]): boolean {
  const after = mapStable(written.slice(0, 12), (w) => w.toLowerCase());
  const skip = after[0] === ',' && after[1] === 'which' ? 2 : 0;
  const words = after.slice(skip);
  let at = passiveParticipleAt(words);
  if (at < 0) return false;
  for (let n = 0; n < MOST_SHARE_WORDS && SHARE_WORDS.test(words[at] ?? ''); n++) at++;
  // The owner is named or a body: "by Grupo Cordillera", "by the conglomerate", not "controlled by fear".
  const owner = written[skip + at + 2] ?? '';
  return (words[at] === 'owned' || words[at] === 'controlled') && words[at + 1] === 'by' && (/^\p{Lu}/u.test(owner) || /^(?:the|a|an|its)$/.test(owner));
}

/** "took over Wexcombe City", "agreed to take over Vantorre": the words before the name at `start` take it over. */
function takenOverBefore(words: readonly string[], start: number): boolean {
  return words[start - 1]?.toLowerCase() === 'over' && /^(?:take|takes|took|taken|taking)$/i.test(words[start - 2] ?? '');
}

/** Words for a seat an organisation keeps in a place ("offices", "headquarters", "base"). */
const SEAT_WORDS = new Set(
  'office offices headquarters base bases branch branches plant plants factory factories hub depot site bureau campus store stores'.split(' '),
);
/** Seats and parts whose owner "of" names: an organisation, not a person or a country. */
const SEAT_OWNER_NOUNS = new Set(['headquarters', 'plant', 'factory', 'factories', 'subsidiary', 'subsidiaries', 'branch', 'branches', 'refinery']);
/** Words before a place that make it a modifier of the noun after it ("the", "its", "the airline's"). */
const SEAT_LEADS = new Set(['the', 'its', 'their', "'s", 'a']);

/** The place from `start` to `end` stands between a lead and a word for a seat ("the Frankfurt offices"). */
function placeBeforeSeat(lowerWords: readonly string[], start: number, end: number): boolean {
  return SEAT_LEADS.has(lowerWords[start - 1] ?? '') && SEAT_WORDS.has(lowerWords[end] ?? '');
}

/** Verbs of taking in a round of funding. */
const RAISING = new Set(['raised', 'raises', 'secured', 'secures', 'closed', 'closes', 'completed']);
/** Words that make a "round" one of funding ("a Series B funding round", "its seed round"). */
const ROUND_KINDS = new Set(['funding', 'financing', 'investment', 'seed', 'series', 'venture', 'fundraising']);
/** Farthest a round's "round" stands after the verb ("raised $38 million in a Series B funding round"). */
const ROUND_REACH = 12;

/**
 * The tokens from `end`, right after a name, say it raised a round of funding: "(has) raised … funding round",
 * "secured … seed round".
 */
function raisesFundingRound(tokens: readonly Token[], end: number): boolean {
  // Read from the sentence's tokens: the round stands past the few words the other evidence reads.
  const word = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  const verb = /^(?:has|had|have)$/.test(word(end)) ? end + 1 : end;
  if (!RAISING.has(word(verb))) return false;
  for (let r = verb + 1; r <= verb + ROUND_REACH && r < tokens.length; r++) {
    if (/^[.;]$/.test(word(r))) return false;
    if (word(r) === 'round' || word(r) === 'rounds') return [1, 2, 3].some((d) => ROUND_KINDS.has(word(r - d)));
  }
  return false;
}

/** First words of the names of sports of racing ("Motor Racing", "Horse Racing"), which are no teams. */
const RACING_SPORTS = new Set(['motor', 'horse', 'greyhound', 'harness', 'car', 'auto', 'bike', 'powerboat', 'yacht', 'sled', 'dog']);
/** Verbs whose object, written right after them, is founded: a body, not a person or a place. */
const FOUNDING = new Set(['founded', 'co-founded', 'cofounded']);
/** Nouns of founding before "of" and the body founded ("one of the founders of Polvane"). */
const FOUNDER_NOUNS = new Set(['founder', 'founders', 'co-founder', 'co-founders', 'cofounder', 'cofounders']);
/** Posts held only at a body, so that what they are "of" is one ("director of X", "chief executive of X"). */
const EMPLOYER_ROLE_NOUNS = new Set([
  'director',
  'directors',
  'chairman',
  'chairwoman',
  'chairperson',
  'executive',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'manager',
  'treasurer',
]);
/** Whether `name` is a city, region or country the lexicons know. */
function isKnownPlaceName(name: string): boolean {
  const lower = name.toLowerCase();
  return CITY_NAMES.has(lower) || REGION_NAMES.has(lower) || countryOfWord(name, false) !== undefined;
}
/** Lower-case nouns for a business that the schema's descriptors lack and that name no person ("consortium", "fund"). */
const BUSINESS_BODY_WORDS = new Set(['consortium', 'fund', 'planemaker', 'shipbuilder', 'steelmaker', 'brokerage', 'refiner', 'utility']);
/** Verbs of taking ground in a war or a campaign ("had taken", "captured", "overran"), and "advancing on" (rule territory-taken-place). */
const TAKING_GROUND = new Set([
  'taken',
  'took',
  'captured',
  'seized',
  'recaptured',
  'retaken',
  'retook',
  'overran',
  'overrun',
  'stormed',
  'shelled',
  'besieged',
  'liberated',
]);
const ADVANCING = new Set(['advancing', 'advanced', 'advance', 'marched', 'marching', 'converging']);
/** Subjects that take ground: armed men, a party or a front ("his fighters", "the rebels", "the Unity Party"). */
const GROUND_TAKERS = new Set(
  'fighters troops forces rebels army militia militias militiamen insurgents soldiers guerrillas separatists units party front'.split(' '),
);
/** Words after a name that make what was taken a person ("taken hostage", "captured alive", "seized and beaten"). */
const TAKEN_PERSON_AFTER = new Set(['hostage', 'hostages', 'prisoner', 'captive', 'alive', 'into', 'and', 'by', 'after', 'while']);
/**
 * "his Progressive Unity Party had taken Harlan", "his fighters had captured Wexley and were advancing on Dunmore": a
 * name taken, captured or advanced on by armed men or a party is a place (rule territory-taken-place). The subject
 * must stand in the same clause, at most eight words back; a name taken hostage or captured alive is a person.
 */
function takenGround(words: readonly string[], start: number, end: number): boolean {
  const previous = (words[start - 1] ?? '').toLowerCase();
  const verbAt = TAKING_GROUND.has(previous) ? start - 1 : previous === 'on' && ADVANCING.has((words[start - 2] ?? '').toLowerCase()) ? start - 2 : -1;
  // "captured Wexley and were advancing": "and" before a second verb group ends the object, which is then the place.
  const secondVerb = words[end] === 'and' && /^(?:were|was|are|is|have|has|had|then|now)$/.test(words[end + 1] ?? '');
  if (verbAt < 0 || (TAKEN_PERSON_AFTER.has((words[end] ?? '').toLowerCase()) && !secondVerb) || /^['’]/.test(words[end] ?? '')) return false;
  for (let k = verbAt - 1; k >= Math.max(0, verbAt - 8); k--) {
    const w = words[k]!;
    if (/^[.;:!?]$/.test(w) || w === 'said' || w === 'that') return false;
    if (GROUND_TAKERS.has(w.toLowerCase())) return true;
  }
  return false;
}
/** Nouns for a holding in a business, which "in" and the business's name follow ("shares in", "a stake in"). */
const SHAREHOLDING_NOUNS = new Set(['shares', 'stake', 'stakes', 'shareholding', 'shareholdings']);
/** Words that end the phrase of a holding after the business's name ("a stake in Calloran from …", "shares in Ulmara were"). */
const SHARES_PHRASE_END =
  /^(?:in|on|at|by|and|or|was|is|were|are|has|had|have|for|from|with|to|of|as|after|before|during|last|this|since|fell|rose|slid|sank|lost|gained|jumped|climbed|dropped|closed|ended|traded)$/;
/** A verb in the past after the name ("Shares in Dravenor slumped"). */
const PAST_VERB_AFTER_SHARES = /^[a-z]{3,}ed$/;
/**
 * Words for a body of the arts that the schema's descriptors lack, and the type of the name right after them (rule
 * arts-body-word-before-name): "the rock band Crowfield", "animation studio Kitsune Gate", "record label Brightwire".
 */
const ARTS_BODY_WORDS = new Map<string, EntityTypeName>([
  ['band', 'Organization'],
  ['orchestra', 'Organization'],
  ['choir', 'Organization'],
  ['studio', 'Company'],
  ['label', 'Company'],
]);
/** Words for a band of criminals or activists that the schema's descriptors lack (rule gang-word-before-name). */
const GANG_WORDS = new Set(['gang', 'syndicate', 'cartel', 'collective']);
/**
 * Nouns for a made thing that a name right before them, or right after them, names (rule product-noun-name): "the drug
 * Zelvora", "its new Talon-4 rocket". Words that also name a maker's goods in general ("a Honda engine") are read after
 * the name only where the maker is written elsewhere.
 */
const PRODUCT_NOUNS = new Set(
  `rocket rockets engine engines processor processors chip chips drug drugs vaccine medicine sedan hatchback coupe suv
  pickup truck car cars laptop laptops notebook smartphone smartphones handset tablet console satellite satellites
  aircraft jet jets airliner helicopter drone drones missile missiles`.split(/\s+/),
);
/**
 * Nouns for a craft or a device that read as product nouns (rule craft-device-product-nouns): "its Kestrel Nine
 * suborbital vehicle", "the Heron lander", "its Cardiolink sensor". "probe" (an inquiry) and "pack" (a group) are left out.
 */
const CRAFT_DEVICE_NOUNS = new Set(
  `vehicle vehicles booster boosters capsule capsules lander landers rover rovers module modules sensor sensors spacecraft
  spaceplane`.split(/\s+/),
);
/**
 * Nouns for household, personal and medical goods that read as product nouns (rule goods-product-nouns): "its
 * SecuraDrive tyres", "the Wrenfield bed", "the CardioPuls defibrillator".
 */
const GOODS_NOUNS = new Set(
  `tyre tyres tire tires bed beds chair chairs sofa sofas mattress mattresses wardrobe wardrobes cot cots crib cribs
  dresser dressers stroller strollers pram prams shoe shoes trainer trainers sneaker sneakers boot boots handbag handbags
  bicycle bicycles e-bike e-bikes scooter scooters treadmill treadmills fridge fridges refrigerator refrigerators
  dishwasher dishwashers heater heaters boiler boilers kettle kettles toaster toasters inhaler inhalers implant implants
  pacemaker pacemakers defibrillator defibrillators stent stents ventilator ventilators insulin pump pumps`.split(/\s+/),
);
/** Whether `word` is a noun for a made thing (rules product-noun-name, craft-device-product-nouns, goods-product-nouns). */
function isProductNoun(word: string): boolean {
  return (
    PRODUCT_NOUNS.has(word) ||
    (CRAFT_DEVICE_NOUNS.has(word) && RECOGNITION_RULES.craftDeviceProductNouns.on) ||
    (GOODS_NOUNS.has(word) && RECOGNITION_RULES.goodsProductNouns.on)
  );
}
/** A model code: one to four capitals, a hyphen and a number, perhaps a capital after ("BX-4", "RX-7L", "SJ-200"). */
const MODEL_CODE = /^\p{Lu}{1,4}-\d{1,4}\p{Lu}?$/u;
/** Possessive determiners: the owner of what follows is said, so a name after them names the thing, not its maker. */
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', "'s", '’s']);
/** Words after a product noun that make it a modifier of another noun ("car and truck seating", "chip business"). */
const NOT_PRODUCT_HEAD = new Set(
  `and or - business businesses unit division maker makers market markets sales plant plants factory factories industry
  sector operations production exports imports parts components supplier suppliers`.split(/\s+/),
);
/** Last words of the names of sites where things are made, launched or tested (rule facility-name-ending). */
const FACILITY_NAME_ENDINGS = new Set(`site complex spaceport cosmodrome plant refinery shipyard dockyard works yard field`.split(/\s+/));
/** Numbers that close a site's name after its word ("Launch Site Two", "Launch Complex 39"). */
const SITE_NUMBER = /^(?:\d{1,3}[A-Z]?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/;
/** Words before a name that say it is owned or definite: "the", a possessive determiner, a possessive. */
const DEFINITE_OR_OWNED = new Set(['the', 'its', 'their', 'our', 'his', 'her', "'s", '’s']);
/**
 * Whether the chunk names a site by its last word ("Plant", "Works", "Spaceport", …), perhaps with a number after
 * ("Launch Site Two"), after "the" or an owner ("the company's Ridgeway Plant"): a person named "Plant" or "Field" is
 * written with no article before, and "the Ministry of Public Works" has a head before its connector.
 */
function facilityName(words: readonly string[], chunk: NameChunk, inName: readonly string[], connector: number): boolean {
  if (!RECOGNITION_RULES.facilityNameEnding.on || inName.length < 2 || connector > 0 || chunk.possessive) return false;
  const numbered = SITE_NUMBER.test(itemAt(inName, inName.length - 1));
  const siteWord = itemAt(inName, inName.length - (numbered ? 2 : 1)).toLowerCase();
  if (!FACILITY_NAME_ENDINGS.has(siteWord)) return false;
  return DEFINITE_OR_OWNED.has((words[chunk.tokenStart - 1] ?? '').toLowerCase());
}
/**
 * Whether the chunk stands in brackets with a dash after them, right after a dateline's date ("March 12") or its place
 * in capitals ("LISBON"): the credit of the agency that filed the story. A result's bracket ("Johnson (U.S.) - 43.49")
 * follows no date and no word in capitals.
 */
function datelineCredit(words: readonly string[], chunk: NameChunk): boolean {
  if (words[chunk.tokenStart - 1] !== '(' || words[chunk.tokenEnd] !== ')' || !/^[-–—]{1,2}$/.test(words[chunk.tokenEnd + 1] ?? '')) return false;
  const before = words[chunk.tokenStart - 2] ?? '';
  const dated = /^\d{1,2}$/.test(before) && MONTHS.has((words[chunk.tokenStart - 3] ?? '').toLowerCase().replace(/\.$/, ''));
  return dated || /^\p{Lu}{3,}$/u.test(before);
}

/** Nouns for a site a body works, written after the site's own name ("its Huaycco copper mine", "their Tarn plant"). */
const SITE_NOUNS_AFTER_NAME = new Set(
  'mine mines plant refinery smelter mill factory terminal oilfield gasfield shipyard dam reactor warehouse depot'.split(' '),
);
/**
 * Whether the chunk names a site by a site noun after it, with at most one modifier between, and its owner written
 * before by a possessive (rule owned-site-before-noun): "its Huaycco copper mine", "the group's Tarn smelter". The
 * owner is what makes it a site and not the maker of a thing: "a Honda plant" is left to the tagger.
 */
function namedBySiteNoun(words: readonly string[], chunk: NameChunk): boolean {
  if (chunk.possessive) return false;
  let noun = chunk.tokenEnd;
  if (!SITE_NOUNS_AFTER_NAME.has(words[noun] ?? '')) noun++;
  if (!SITE_NOUNS_AFTER_NAME.has(words[noun] ?? '') || !/^\p{Ll}+$/u.test(words[chunk.tokenEnd] ?? '')) return false;
  let k = chunk.tokenStart - 1;
  while (k >= 0 && chunk.tokenStart - k <= 2 && /^\p{Ll}+$/u.test(words[k] ?? '') && !POSSESSIVE_DETERMINERS.has(words[k]!)) k--;
  return POSSESSIVE_DETERMINERS.has((words[k] ?? '').toLowerCase());
}
/** Adjectives of continents, which name a market rather than a product ("its European car sales"). */
const CONTINENT_ADJECTIVES = new Set(['american', 'european', 'asian', 'african', 'australian']);
/** Words after such a passive that make its subject a person: an object given, an office, a reason ("screened for"). */
const PERSON_AFTER_PASSIVE = new Set(['a', 'an', 'the', 'as', 'for', 'his', 'her', 'with']);
/** What a show's or a film's audience is counted by, and the verdicts said of it ("a ratings flop", "a box-office hit"). */
const AUDIENCE_MEASURES = new Set(['ratings', 'box-office']);
const AUDIENCE_VERDICTS = new Set(['flop', 'hit', 'success', 'disaster', 'disappointment', 'smash', 'winner', 'failure', 'bomb']);
/** Participles of making that, with "by" after a thing, name its maker ("engines made by Veltron"). */
const MADE_BY = new Set(['made', 'built', 'developed', 'designed', 'produced', 'manufactured', 'supplied', 'provided']);

/**
 * Whether the chunk names a product by a product noun beside it (rule product-noun-name): the noun right before it
 * ("the drug Zelvora"), or the noun after it, with at most one modifier between, where the maker is written elsewhere:
 * by a possessive before ("its new Talon-4 rocket", "Dremont's Vanta sedan") or by "made by" after ("Harrik engines
 * made by Veltron").
 */
function namedByProductNoun(words: readonly string[], chunk: NameChunk): boolean {
  if (chunk.possessive) return false;
  if (isProductNoun((words[chunk.tokenStart - 1] ?? '').toLowerCase())) return true;
  // "BBC Radio 1's Newsbeat programme", "its Frontline series": a programme noun after the name, with its owner written
  // before, names the programme as a noun for a made thing does (rule owned-programme-before-noun).
  const nounAfter = (w: string) => isProductNoun(w) || (PROGRAMME_NOUNS.has(w) && RECOGNITION_RULES.ownedProgrammeBeforeNoun.on);
  let noun = chunk.tokenEnd;
  if (!nounAfter(words[noun] ?? '')) noun++;
  if (!nounAfter(words[noun] ?? '') || !/^\p{Ll}+$/u.test(words[chunk.tokenEnd] ?? '')) return false;
  // "Magna's North American car and truck seating business": the noun only qualifies another, and the name a market.
  if (NOT_PRODUCT_HEAD.has((words[noun + 1] ?? '').toLowerCase())) return false;
  const lastWord = itemAt(words, chunk.tokenEnd - 1);
  if (countryOfWord(lastWord, true) || CONTINENT_ADJECTIVES.has(lastWord.toLowerCase())) return false;
  if (MADE_BY.has(words[noun + 1] ?? '') && words[noun + 2] === 'by') return true;
  // "the BX-4 engine", "an RX-7L battery pack": a model code is no maker's name, so no maker need be written elsewhere
  // (rule model-code-product).
  if (chunk.tokenEnd - chunk.tokenStart === 1 && MODEL_CODE.test(itemAt(words, chunk.tokenStart)) && RECOGNITION_RULES.modelCodeProduct.on) return true;
  // "rival Kazama, whose Orbit console has sold …": the relative "whose" says the owner as "its" does (rule
  // whose-owner-product).
  const owner = (w: string) => POSSESSIVE_DETERMINERS.has(w) || (w === 'whose' && RECOGNITION_RULES.whoseOwnerProduct.on);
  let k = chunk.tokenStart - 1;
  while (k >= 0 && chunk.tokenStart - k <= 2 && /^\p{Ll}+$/u.test(words[k] ?? '') && !owner(words[k]!)) k--;
  return owner((words[k] ?? '').toLowerCase());
}

/** Nouns for a numbered mission or flight, before its code ("flight NV-118") or after it ("the NS-12 mission"). */
const MISSION_BEFORE_CODE = new Set(['mission', 'flight']);
const MISSION_AFTER_CODE = new Set(['mission', 'missions']);
/**
 * Whether the chunk is one model code that numbers a mission or a flight (rule mission-code-event): "the NS-12
 * mission", "mission VS-09", "Flight NV-118". A code before "flight" or "launch" ("the SJ-200 flight") is left alone: it
 * may be the craft that flies.
 */
function missionCode(words: readonly string[], chunk: NameChunk): boolean {
  if (!MODEL_CODE.test(itemAt(words, chunk.tokenEnd - 1))) return false;
  // "Flight NV-118" opening a sentence is read as one name, its noun capitalised.
  if (chunk.tokenEnd - chunk.tokenStart === 2) return MISSION_BEFORE_CODE.has(itemAt(words, chunk.tokenStart).toLowerCase());
  if (chunk.tokenEnd - chunk.tokenStart !== 1) return false;
  return MISSION_BEFORE_CODE.has((words[chunk.tokenStart - 1] ?? '').toLowerCase()) || MISSION_AFTER_CODE.has(words[chunk.tokenEnd] ?? '');
}

/** Nouns for a programme, a film or a podcast: a name right after one is that work's (rule programme-noun-name). */
const PROGRAMME_NOUNS = new Set(`show series programme program drama documentary docuseries miniseries sitcom podcast film movie`.split(/\s+/));
/**
 * Words that may follow a work's name: a copula or an auxiliary ("is due", "was first aired"), a preposition or a
 * conjunction. Any other lower-case word may be the verb of a clause the name is the subject of ("the show Jane Doe
 * hosted").
 */
const AFTER_WORK_NAME = new Set(
  `is was were are has had have will would could proved became remains remained and or in on at for from with to of by which that
  after before since until last this`.split(/\s+/),
);

/**
 * Whether "titled" or "entitled" stands right before `start` after a noun for a programme, a comma between or not:
 * "the show, titled Summit Rescue", "a new series entitled Cold Case Files" (rule programme-titled-name).
 */
function titledProgramme(words: readonly string[], start: number): boolean {
  if (!RECOGNITION_RULES.programmeTitledName.on || !/^(?:titled|entitled)$/.test(words[start - 1] ?? '')) return false;
  const noun = words[start - 2] === ',' ? start - 3 : start - 2;
  return PROGRAMME_NOUNS.has(words[noun] ?? '');
}

/**
 * Nouns for a game, a record or a book (rule work-noun-name): a name right after one is that work's, as after "show"
 * ("the fantasy game Ember Vale", "her album Night Roads"); a name set off after "album", "novel" or "song" and a comma,
 * closed by another comma ("their second album, Salt Flats, is due"), is too. "game" takes no comma form: "After the
 * game, Smith said" names a player.
 */
const WORK_NOUNS = new Set(`game games videogame album albums song songs novel`.split(/\s+/));
const WORK_NOUNS_BEFORE_COMMA = new Set(['album', 'novel', 'song']);

/** Whether a work noun stands right before `start`, or before a comma there with a comma after the name (rule work-noun-name). */
function afterWorkNoun(words: readonly string[], chunk: NameChunk): boolean {
  if (!RECOGNITION_RULES.workNounName.on) return false;
  const previous = (words[chunk.tokenStart - 1] ?? '').toLowerCase();
  if (WORK_NOUNS.has(previous)) return true;
  return previous === ',' && WORK_NOUNS_BEFORE_COMMA.has((words[chunk.tokenStart - 2] ?? '').toLowerCase()) && words[chunk.tokenEnd] === ',';
}

/** Nouns for malicious software, which "known as" names as it names a made thing (rule known-as-after-product-noun). */
const MALWARE_NOUNS = new Set(['virus', 'worm', 'trojan', 'malware', 'ransomware', 'spyware']);

/**
 * Whether "known as" stands right before `start` after a noun for a made thing, a programme, a work or malicious
 * software, a comma between or not ("The virus, known as Pellet", "a drug known as Zelvora").
 */
function knownAsAfterProductNoun(words: readonly string[], start: number): boolean {
  if (words[start - 1] !== 'as' || words[start - 2] !== 'known') return false;
  const noun = (words[start - 3] === ',' ? (words[start - 4] ?? '') : (words[start - 3] ?? '')).toLowerCase();
  return isProductNoun(noun) || PROGRAMME_NOUNS.has(noun) || WORK_NOUNS.has(noun) || MALWARE_NOUNS.has(noun);
}

/** Whether the chunk stands right after a noun for a programme and nothing after it reads as its own verb (rule programme-noun-name). */
function namedByProgrammeNoun(words: readonly string[], chunk: NameChunk): boolean {
  if (!PROGRAMME_NOUNS.has(words[chunk.tokenStart - 1] ?? '') && !titledProgramme(words, chunk.tokenStart) && !afterWorkNoun(words, chunk)) return false;
  const next = words[chunk.tokenEnd] ?? '.';
  return !/^\p{Ll}/u.test(next) || AFTER_WORK_NAME.has(next);
}

/** Words written in capitals that end a broadcaster's name ("Tonn FM", "Halden TV"). */
const BROADCASTER_NAME_ENDINGS = new Set(['FM', 'TV']);
/** Words before a name that make it a set or a device sold, not the station ("a Samsung TV", "her Sony TV"). */
const BEFORE_SET_SOLD = new Set(['a', 'an', 'his', 'her', 'their', 'my', 'your', 'our', 'its', 'new']);
/** Words after "Channel" that make the name a place ("the Channel Islands", "the Channel Tunnel"). */
const CHANNEL_PLACE_WORDS = new Set(['tunnel', 'coast', 'ports']);

/**
 * Whether a name of two words or more names a broadcaster by its own words (rule broadcaster-name-word): "FM" or "TV"
 * in capitals ends it ("Tonn FM", "Halden TV"), or "Channel" opens it before a capitalised word that is no place's
 * head ("Channel Brisk"; not "the Channel Islands"). After an article or an owner the name is a set sold ("a Samsung TV").
 */
function broadcasterNamed(inName: readonly string[], before: string): boolean {
  if (BEFORE_SET_SOLD.has(before.toLowerCase())) return false;
  const last = itemAt(inName, inName.length - 1);
  if (BROADCASTER_NAME_ENDINGS.has(last)) return true;
  return (
    inName[0] === 'Channel' && /^\p{Lu}\p{Ll}+$/u.test(inName[1] ?? '') && !PLACE_HEADS.has(last.toLowerCase()) && !CHANNEL_PLACE_WORDS.has(last.toLowerCase())
  );
}

/**
 * Plural nouns for the ones who make a work, right after its name ("Home Swap makers sue"). "producers" and
 * "developers" are left out there: "BBC producers", "Apple developers" are people at a body or on its platform.
 */
const MAKERS_AFTER_WORK = new Set(['makers', 'creators']);
/** Nouns for who produces a work, before "of" and its name ("the producers of Lantern Street"). */
const PRODUCERS_BEFORE_OF = new Set(['producer', 'producers', 'co-producers']);

/**
 * Whether the chunk is a work named by the ones who make it (rule makers-of-work): a plural maker noun right after it,
 * with no possessive ("Home Swap makers sue rival network", "the Quiet Rooms creators said"), or "producers of" before
 * it ("the British producers of Lantern Street"). The singular after a name ("Volvo maker Geely") is left out: there the
 * name is often a business's brand.
 */
function namedByItsMakers(words: readonly string[], chunk: NameChunk): boolean {
  if (!chunk.possessive && MAKERS_AFTER_WORK.has(words[chunk.tokenEnd] ?? '')) return true;
  return words[chunk.tokenStart - 1] === 'of' && PRODUCERS_BEFORE_OF.has((words[chunk.tokenStart - 2] ?? '').toLowerCase());
}

/** Most words between the article and the programme noun of a description set off after a name ("the Australian reality series"). */
const MOST_PROGRAMME_DESCRIBING_WORDS = 3;
/** Words after a description's programme noun that leave it the description's head ("the drama that", "a series about"). */
const AFTER_DESCRIBED_PROGRAMME = new Set(`that which about from by in on at for with set starring produced made created written directed based`.split(/\s+/));

/**
 * Whether a description set off by a comma after the chunk is an article, at most three describing words and a noun
 * for a programme that heads it: "Swap Street, the Australian reality series," (rule programme-description-after-name).
 * "the star of the series" (a preposition between) and "the show's host" (the noun a possessor) describe a person.
 */
function describedAsProgrammeAfter(words: readonly string[], chunk: NameChunk): boolean {
  if (chunk.possessive || words[chunk.tokenEnd] !== ',' || !/^(?:the|a|an)$/.test(words[chunk.tokenEnd + 1] ?? '')) return false;
  for (let m = chunk.tokenEnd + 2; m <= chunk.tokenEnd + 2 + MOST_PROGRAMME_DESCRIBING_WORDS; m++) {
    const word = words[m] ?? '';
    if (PROGRAMME_NOUNS.has(word)) {
      const next = words[m + 1] ?? '.';
      return !/^['’]/.test(next) && (!/^\p{Ll}/u.test(next) || AFTER_DESCRIBED_PROGRAMME.has(next));
    }
    if (!/^[\p{L}-]+$/u.test(word) || FUNCTION_WORDS.has(word.toLowerCase())) return false;
  }
  return false;
}

/** Words for a business or an outlet the schema's descriptors leave out or share ("operator", "network", "studio"). */
const BUSINESS_KIND_HEADS = new Set(
  `operator utility studio startup start-up consortium broker brokerage network chain producer outfit exporter importer distributor
  publisher brewer shipper shipbuilder builder trader courier`.split(/\s+/),
);
/** Whether a word is one for a business or an outlet: "broker", "start-up", "newspaper". */
function businessWord(word: string): boolean {
  const type = descriptorType(word);
  return BUSINESS_KIND_HEADS.has(word) || (type !== undefined && (isA(type, 'Company') || isA(type, 'MediaOrganization')));
}
/** Offices held at a body's head, which no person's aide or spokesman holds for another ("executive director"). */
const HEAD_OF_BODY_OFFICES = new Set(['director', 'executive', 'officer', 'chairman', 'chairwoman', 'chair', 'president', 'manager', 'ceo', 'founder']);
/** Words that qualify such an office inside a body ("managing director", "chief operating officer"); not "former". */
const BODY_OFFICE_QUALIFIERS = new Set([
  'executive',
  'managing',
  'chief',
  'deputy',
  'vice',
  'general',
  'senior',
  'acting',
  'interim',
  'operating',
  'financial',
]);

/**
 * Whether one or two words qualifying an office ("executive", "managing", "chief") and an office of a body's head,
 * written in lower case, follow the name, then a capitalised name: "Terra Fidelis executive director Helena Strand".
 * `after` is lower-cased, `words` as written; "Obama and former president George Bush" qualifies nothing.
 */
function qualifiedOfficeBeforeName(after: readonly string[], words: readonly string[], end: number): boolean {
  for (let office = 1; office <= 2; office++) {
    const qualified = after.slice(0, office).every((w) => BODY_OFFICE_QUALIFIERS.has(w));
    const lowerCase = words.slice(end, end + office + 1).every((w) => /^\p{Ll}/u.test(w));
    if (qualified && lowerCase && HEAD_OF_BODY_OFFICES.has(after[office] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[end + office + 1] ?? '')) return true;
  }
  return false;
}

/** Officers of a function, after "chief", that only a business has: "Chief Operating Officer". */
const BUSINESS_FUNCTIONS = new Set(['operating', 'financial', 'technology', 'commercial', 'marketing', 'investment', 'executive']);

/** The number of words of "Managing Director", "Chief Executive" or "Chief Financial Officer" from `after[0]`, or 0. */
function businessOfficeLength(after: readonly string[]): number {
  if (after[0] === 'managing') return after[1] === 'director' ? 2 : 0;
  if (after[0] !== 'chief' || !BUSINESS_FUNCTIONS.has(after[1] ?? '')) return 0;
  if (after[2] === 'officer') return 3;
  return after[1] === 'executive' ? 2 : 0;
}

/** A business's office from `after[0]` (see businessOfficeLength), then a capitalised name. */
function businessOfficeBeforeName(after: readonly string[], words: readonly string[], end: number): boolean {
  const length = businessOfficeLength(after);
  return length > 0 && /^\p{Lu}\p{Ll}/u.test(words[end + length] ?? '');
}

/** Most words qualifying a kind of business between "at" and the kind ("at Italian cruise ship builder"). */
const MOST_KIND_QUALIFIERS = 3;

/**
 * The index of the "at" before the words that qualify a kind of business ending at `last` ("at Antwerp-based broker",
 * "at the Italian cruise ship builder"): lower-case nouns and adjectives, "-based" compounds, people's adjectives, then
 * an optional article; undefined when no "at" stands there (rule qualified-kind-of-employer).
 */
function qualifiedKindLink(words: readonly string[], last: number): number | undefined {
  let k = last;
  const qualifies = (w: string) =>
    (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !FUNCTION_WORDS.has(w) && !ROLE_WORDS.has(w)) || /^[\p{L}.-]+-based$/u.test(w) || countryByAdjective.has(w.toLowerCase());
  while (k > last - MOST_KIND_QUALIFIERS && k >= 0 && qualifies(words[k] ?? '')) k--;
  if (k === last) return undefined;
  if (/^(?:the|a|an)$/i.test(words[k] ?? '')) k--;
  return (words[k] ?? '').toLowerCase() === 'at' ? k : undefined;
}

/** Whether a lower-case word names a kind of business: "broker", "bank", "insurer" (rule role-at-kind-of-employer). */
function kindOfBusiness(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && businessWord(word);
}
/** Verbs of saying and telling, and common verbs in the past, that a name stands before as their subject. */
const VERBS_AFTER_SUBJECT = new Set(
  'told tells tell said says say asked asks warned warns wrote writes met meets sold sells bought buys hired hires sued sues won wins lost'.split(' '),
);
/** Words of a business's own part or tie, after which the name before is its owner, not its place ("Alphabet unit Waymo"). */
const TIE_WORDS = new Set(`unit division arm subsidiary affiliate parent owner brand partner rival`.split(/\s+/));
/** Most lower-case words between a place and the business name it qualifies ("Tacoma sportswear maker"). */
const MOST_BUSINESS_WORDS = 3;

/**
 * Whether the words from `at` are one to three lower-case words ending in a word for a business or an outlet (not a
 * team, an office or a tie: "Bundesliga club", "Alphabet unit"), then a capitalised word that opens another name.
 */
export function placeOfBusinessAfter(words: readonly string[], at: number): boolean {
  for (let k = at; k < at + MOST_BUSINESS_WORDS && k < words.length; k++) {
    const word = itemAt(words, k);
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || FUNCTION_WORDS.has(word) || TIE_WORDS.has(word)) return false;
    // "Kolb told trade publication Hospitality Ledger": a verb after the name makes it the subject, not a place.
    if (RECOGNITION_RULES.verbAfterNameNoPlace.on && (VERBS_AFTER_SUBJECT.has(word) || /^\p{Ll}{3,}ed$/u.test(word))) return false;
    // The word's descriptor is looked up only before a capitalised word, since every name is asked.
    if (!/^\p{Lu}\p{Ll}/u.test(words[k + 1] ?? '')) continue;
    if (businessWord(word)) return true;
  }
  return false;
}

/**
 * Whether the words from `at` are at most one lower-case word and then a word for a business or an outlet that no
 * capitalised word follows ("start-up founded", "payments company,"): the business is named by that word alone.
 */
function businessWordAfter(words: readonly string[], at: number): boolean {
  for (let k = at; k < at + 2 && k < words.length; k++) {
    const word = itemAt(words, k);
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || FUNCTION_WORDS.has(word) || TIE_WORDS.has(word)) return false;
    if (businessWord(word)) return !/^\p{Lu}/u.test(words[k + 1] ?? '');
  }
  return false;
}

/** Passive verbs only a made thing undergoes (rule product-use-context): "Starcrest was downloaded", "X was first aired". */
const PRODUCT_PASSIVES = new Set(['downloaded', 'aired', 'screened', 'broadcast', 'televised', 'streamed', 'installed', 'prescribed']);
/** Participles of making that, with "by" after them, only a made thing undergoes ("Dorvex was made by Hanslow"). */
const MADE_IN_FACTORY = new Set(['made', 'manufactured']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been']);
/** Adverbs that may stand between the auxiliary and the participle ("was first aired"). */
const PASSIVE_ADVERBS = new Set(['first', 'originally', 'later', 'also', 'widely', 'then', 'since', 'again', 'already']);
/** Nouns for what is sold by the piece, which only a made thing sells ("Starcrest sold 3 million copies"). */
const SOLD_PIECES = new Set(['copies', 'units']);
/** Nouns for a copy of a made thing, with the preposition before what they copy ("a copycat of X", "a sequel to X"). */
const COPY_NOUNS = new Map([
  ['copycat', 'of'],
  ['clone', 'of'],
  ['remake', 'of'],
  ['version', 'of'],
  ['sequel', 'to'],
  ['spin-off', 'of'],
]);
/** People said to take a drug ("patients taking Quenzil"). */
const DRUG_TAKERS = new Set(['patients', 'people', 'women', 'men', 'children', 'adults', 'users']);
/**
 * Nouns for what a craft, a programme or a product goes through that a company or an airline may go through too ("the
 * flights of British Airways", "the launch of Acme"): only weak evidence, which needs a second use to type the name.
 */
const SHARED_USE_NOUNS = new Set(['flight', 'flights', 'reflight', 'launch', 'relaunch', 'rollout']);

/**
 * The weight of the evidence that the chunk names a product by what is done to it or what it does (rule
 * product-use-context): a use only a made thing has ("Starcrest was downloaded", "Starcrest sold 3 million copies",
 * "patients taking Quenzil", "a copycat of Homefront Swap") weighs as a neighbour word; a use a company or an airline
 * shares ("flights of Skyhawk", "Skyhawk's next flight", "the launch of Skyhawk") weighs as a weak one. Zero otherwise.
 */
function productUseWeight(words: readonly string[], chunk: NameChunk): number {
  const previous = (words[chunk.tokenStart - 1] ?? '').toLowerCase();
  const beforeThat = (words[chunk.tokenStart - 2] ?? '').toLowerCase();
  if (COPY_NOUNS.get(beforeThat) === previous) return EVIDENCE_WEIGHTS.neighbourWord.value;
  if (previous === 'taking' && DRUG_TAKERS.has(beforeThat)) return EVIDENCE_WEIGHTS.neighbourWord.value;
  if (previous === 'of' && SHARED_USE_NOUNS.has(beforeThat)) return EVIDENCE_WEIGHTS.weakNeighbourWord.value;
  let k = chunk.tokenEnd;
  if (chunk.possessive) {
    // "Skyhawk's next flight": one modifier may stand between the possessive and the noun.
    if (POSSESSIVE_DETERMINERS.has(words[k] ?? '')) k++;
    const noun = /^\p{Ll}+$/u.test(words[k] ?? '') && SHARED_USE_NOUNS.has(words[k + 1] ?? '') ? k + 1 : k;
    return SHARED_USE_NOUNS.has(words[noun] ?? '') ? EVIDENCE_WEIGHTS.weakNeighbourWord.value : 0;
  }
  // "Homefront Swap became a ratings flop", "Copperline was a box-office hit": only a show or a film has ratings.
  const linked = words[k] === 'became' || words[k] === 'was' || words[k] === 'is' || words[k] === 'proved';
  const article = words[k + 1] === 'a' || words[k + 1] === 'an';
  if (linked && article && AUDIENCE_MEASURES.has(words[k + 2] ?? '') && AUDIENCE_VERDICTS.has(words[k + 3] ?? '') && RECOGNITION_RULES.ratingsVerdictProduct.on)
    return EVIDENCE_WEIGHTS.neighbourWord.value;
  if (words[k] === 'has' || words[k] === 'had' || words[k] === 'have') k++;
  if (PASSIVE_AUXILIARIES.has(words[k] ?? '')) {
    k++;
    if (words[k] === 'been') k++;
    if (PASSIVE_ADVERBS.has(words[k] ?? '')) k++;
    // "Jones was prescribed a painkiller", "was installed as bishop", "was screened for drugs": a person's.
    if (PRODUCT_PASSIVES.has(words[k] ?? '') && !PERSON_AFTER_PASSIVE.has((words[k + 1] ?? '').toLowerCase())) return EVIDENCE_WEIGHTS.neighbourWord.value;
    // "Dorvex was made by Hanslow Pharma": made or manufactured by a maker, where "built" or "designed" may be a
    // building's and "developed" a player's (rule product-made-by-passive).
    const madeBy = MADE_IN_FACTORY.has(words[k] ?? '') && words[k + 1] === 'by';
    return madeBy && RECOGNITION_RULES.productMadeByPassive.on ? EVIDENCE_WEIGHTS.neighbourWord.value : 0;
  }
  // "Starcrest sold 3 million copies", but not "Pinefold sold 3 million copies of Starcrest": the maker sold them.
  if (words[k] === 'sold' || words[k] === 'sells') {
    for (let j = k + 1; j <= k + 4 && /^[\p{Ll}\d.,]+$/u.test(words[j] ?? ''); j++)
      if (SOLD_PIECES.has(words[j]!)) return words[j + 1] === 'of' ? 0 : EVIDENCE_WEIGHTS.neighbourWord.value;
  }
  return 0;
}

/** Determiners before the name of a thing: "the", or an owner said, so that the name is the thing's, not its maker's. */
const PRODUCT_DETERMINERS = new Set(['the', ...POSSESSIVE_DETERMINERS]);
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might']);

/**
 * Words for kinds of made things that the schema's Product descriptors leave out, as they also follow a maker's name
 * ("the Pfizer vaccine"): read only where the name is plainly the thing's own (rule product-kind-word).
 */
const PRODUCT_KIND_WORDS = new Set(
  `drug medicine vaccine therapy antibody pill chatbot satellite rocket drone smartphone handset sedan aircraft jet console
  browser processor feature`.split(/\s+/),
);
/** Words that close an apposition after its head noun ("a blood thinner made by", "a feature that drafts"). */
const PRODUCT_APPOSITION_CLOSERS = new Set([',', '.', 'that', 'which', 'made', 'developed', 'built', 'sold', 'used', 'for', 'from', 'by', 'it', 'with']);
/** Most lower-case words of an apposition before its head noun ("a parametric flood policy"). */
const MAX_PRODUCT_MODIFIERS = 3;

/** Words that rank a thing among its maker's: "flagship", "best-selling". */
const PRODUCT_RANKS = new Set(['flagship', 'best-selling', 'bestselling', 'top-selling', 'biggest-selling', 'best-known', 'signature']);
/** Nouns of places and premises a business ranks as it ranks its goods ("its flagship store"). */
const PREMISES = new Set(
  'store stores shop hotel restaurant plant factory brewery mill mine site branch office outlet headquarters mall campus stadium port terminal'.split(' '),
);

/**
 * "Red Maple, Northmark's best-selling lager,", "Hollow Peak, its flagship drink": an apposition that ranks the name
 * among an owner's goods, headed by a noun for no person, premises or body, says it is a product (rule
 * owned-product-apposition). `written` runs from the comma in the text's case; `after` is the same in lower case.
 */
function ownedProductApposition(written: readonly string[], after: readonly string[]): boolean {
  if (after[0] !== ',') return false;
  let at = 1;
  if (after[1] === 'its' || after[1] === 'their') at = 2;
  else {
    if (after[1] === 'the' && /^\p{Ll}+$/u.test(after[2] ?? '')) at = 3;
    else while (at < 4 && /^\p{Lu}/u.test(written[at] ?? '')) at++;
    if (at === 1 || !/^['’]s?$/.test(after[at] ?? '')) return false;
    at++;
  }
  if (!PRODUCT_RANKS.has(after[at] ?? '')) return false;
  let end = at + 1;
  while (end < at + 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(after[end] ?? '') && !FUNCTION_WORDS.has(after[end]!)) end++;
  const head = after[end - 1] ?? '';
  if (end === at + 1 || !(after[end] === undefined || after[end] === ',' || after[end] === '.' || FUNCTION_WORDS.has(after[end]!))) return false;
  const kind = descriptorType(head);
  return !ROLE_WORDS.has(head) && !OCCUPATIONS.has(head) && !PREMISES.has(head) && (kind === undefined || kind === 'Product');
}

/** Whether `after` (from the comma) is an apposition whose head is a word for a kind of made thing. */
function productKindApposition(after: readonly string[]): boolean {
  if (after[0] !== ',' || !/^(?:a|an|the)$/.test(after[1] ?? '')) return false;
  for (let k = 2; k <= 2 + MAX_PRODUCT_MODIFIERS; k++) {
    const word = after[k] ?? '';
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || FUNCTION_WORDS.has(word)) return false;
    // The schema's own words for products ("platform", "service", "app") also head a description of a business ("a
    // holiday-rental platform that lists …"), so only the kinds of made things count here.
    if (PRODUCT_KIND_WORDS.has(word)) return PRODUCT_APPOSITION_CLOSERS.has(after[k + 1] ?? '.');
  }
  return false;
}

/** Whether the word after a product word ends its phrase ("app, which", "app on Monday", "app has"), so that the
 * product word is the head and no modifier of another noun ("the Orbis messaging app store"). */
function productWordEndsPhrase(word: string | undefined): boolean {
  if (word === undefined || !/^\p{Ll}/u.test(word)) return true;
  return FUNCTION_WORDS.has(word) || AUXILIARIES.has(word);
}

/** A place written into a modifier ("Seoul-based", "Ohio-headquartered"), as find-drafts.ts reads it. */
export const PLACE_MODIFIER = /^\p{Lu}[\p{L}.'’ -]*-(?:based|headquartered)$/u;
/** Nouns for a part of a body which, with "of", name a part of a business in an apposition. */
const PART_OF_BODY = new Set(['unit', 'division', 'arm', 'subsidiary', 'affiliate']);
const APPOSITION_PREPOSITIONS = new Set(['of', 'to', 'for', 'at', 'in', 'with', 'from', 'on', 'by']);
/** Words that make a unit, a division or an arm an armed force's, not a business's ("its special forces unit"). */
const MILITARY_PART_MODIFIERS = new Set(
  'military armed army naval navy paramilitary special forces elite combat commando infantry armoured armored militant police intelligence'.split(' '),
);
/** Most words read between a possessor and its noun of a part ("Carvell's main mining arm"). */
const MAX_OWNED_PART_MODIFIERS = 3;
/** Words that may end a noun of a part set off after a name (", a Fernwick subsidiary based in …"). */
const OWNED_PART_CLOSERS = new Set([',', '.', ';', 'based', 'headquartered', '']);

/** A modifier of a business's noun of a part: lower case, or a nationality ("Carvell's Italian unit"), never military. */
const isPartModifier = (word: string): boolean =>
  (/^\p{Ll}[\p{Ll}-]*$/u.test(word) || countryOfWord(word, true) !== undefined) &&
  !MILITARY_PART_MODIFIERS.has(word.toLowerCase()) &&
  !FUNCTION_WORDS.has(word);

/** True when `word` names a possessor that may own a business: a capitalised word that is no country's name. */
const isBusinessPossessor = (word: string): boolean => /^\p{Lu}/u.test(word) && countryOfWord(word, false) === undefined;

/**
 * True when another body's noun of a part is set off against the name from `start` to `end` (rule
 * owned-part-apposition): after it, ", a Fernwick subsidiary" or ", Carvell's engine subsidiary,"; before it, "Carvell's
 * Italian unit," or "its subsidiary,". The name is then a business, not a person or an armed force's unit.
 */
export function ownedPartSetOff(words: readonly string[], start: number, end: number): boolean {
  return (words[end] === ',' && ownedPartAfter(words, end + 1)) || ownedPartBefore(words, start);
}

/** True when a possessor's or a named owner's noun of a part, then what closes the apposition, runs from `at` on. */
function ownedPartAfter(words: readonly string[], at: number): boolean {
  let k = at;
  const article = /^(?:a|an|the)$/i.test(words[k] ?? '');
  if (article) k++;
  const owner = k;
  while (k < owner + 3 && /^\p{Lu}/u.test(words[k] ?? '') && !isPartNoun(words[k])) k++;
  if (k === owner || !isBusinessPossessor(words[owner]!)) return false;
  if (!article && !isPossessiveMark(words[k++])) return false;
  const modifiers = k;
  while (k < modifiers + MAX_OWNED_PART_MODIFIERS && !isPartNoun(words[k]) && isPartModifier(words[k] ?? '')) k++;
  return isPartNoun(words[k]) && OWNED_PART_CLOSERS.has((words[k + 1] ?? '').toLowerCase());
}

/**
 * True when the name from `start` to `end` stands between a business's possessive and its noun of a part, then a
 * verb or the end of the phrase ("Fernwick's Ostler unit had ignored", "Corvane's Telluric subsidiary."): the name
 * names the part (rule named-part-of-possessor).
 */
export function namedPartOfPossessor(words: readonly string[], start: number, end: number): boolean {
  if (!isPossessiveMark(words[start - 1]) || !isBusinessPossessor(words[start - 2] ?? '') || !isPartNoun(words[end])) return false;
  const after = words[end + 1] ?? '';
  return after === '' || /^[,.;]$/.test(after) || /^(?:has|had|have|is|was|will|would|said|says|also)$/.test(after) || /^[a-z]+ed$/.test(after);
}

/** True when "Carvell's Italian unit ," or "its subsidiary ," ends right before `start`. */
function ownedPartBefore(words: readonly string[], start: number): boolean {
  if (words[start - 1] !== ',' || !isPartNoun(words[start - 2])) return false;
  let k = start - 3;
  while (k > start - 3 - MAX_OWNED_PART_MODIFIERS && isPartModifier(words[k] ?? '')) k--;
  if (/^(?:its|their)$/i.test(words[k] ?? '')) return true;
  return isPossessiveMark(words[k]) && isBusinessPossessor(words[k - 1] ?? '');
}

const isPartNoun = (word: string | undefined): boolean => PART_OF_BODY.has((word ?? '').toLowerCase());
const isPossessiveMark = (word: string | undefined): boolean => /^['’]s?$/.test(word ?? '');
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'around', 'through', 'throughout', 'into', 'from', 'of', 'to']);

/** Past verbs of giving someone a post ("has hired Doe as its …"). */
const APPOINTING_PAST = new Set(['named', 'appointed', 'hired', 'promoted', 'tapped', 'picked', 'chose', 'elected']);
/** Most words between the one appointed and "as its" (a name and its apposition). */
const MAX_BEFORE_AS_ITS = 16;

/**
 * True when the tokens after a name (from `end`) are a verb of appointing, optionally after "has" or "had", and,
 * before the sentence or a clause ends, "as its": "has hired Sofia Lindgren, chief economist at Marston Bank, as its
 * new head". It reads past the window of the other evidence, only after such a verb.
 */
function appointsAsIts(tokens: readonly Token[], end: number): boolean {
  const word = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  const at = word(end) === 'has' || word(end) === 'had' ? end + 1 : end;
  if (!APPOINTING_PAST.has(word(at))) return false;
  for (let k = at + 1; k <= at + MAX_BEFORE_AS_ITS && k + 1 < tokens.length; k++) {
    const w = word(k);
    if (w === 'as') return word(k + 1) === 'its';
    if (w === '.' || w === ';' || w === 'said' || w === 'and' || w === 'who' || w === 'which') return false;
  }
  return false;
}

/** Words that close a noun phrase in apposition before a relative clause: "a software start-up that makes …". */
const APPOSITION_RELATIVES = new Set(['that', 'which', 'whose']);
/** Words of an apposition's noun phrase read for its head, after the comma and the article. */
const MAX_APPOSITION_HEAD = 4;

/**
 * The descriptor of a kind of organisation that heads an apposition (", a software start-up that", ", an Oslo chip
 * maker."), when a descriptor of another kind opens it: the head noun, last before the phrase closes, is what the name
 * is (rule apposition-head-body). `after` starts at the comma.
 */
export function apposedBodyHead(after: readonly string[]): { type: EntityTypeName; length: number } | undefined {
  let close = 2;
  while (
    close < 2 + MAX_APPOSITION_HEAD &&
    /^[\p{Ll}-]+$/u.test(after[close] ?? '') &&
    !APPOSITION_PREPOSITIONS.has(after[close]!) &&
    !APPOSITION_RELATIVES.has(after[close]!) &&
    after[close] !== 'and'
  )
    close++;
  const closer = after[close];
  if (close < 4 || !(closer === ',' || closer === '.' || APPOSITION_RELATIVES.has(closer ?? '') || APPOSITION_PREPOSITIONS.has(closer ?? ''))) return undefined;
  const head = descriptorEndingAt(after, close);
  const opening = descriptorStartingAt(after, 2);
  if (!head || !opening || head.length >= close - 2 || !isA(head.type, 'Organization') || isA(opening.type, 'Organization')) return undefined;
  return head;
}

/** Nouns of a place that, with "the" and a possessive, stand for one already named: "the country's largest bank". */
const PLACE_NOUNS = new Set(['country', 'nation', 'state', 'region', 'province', 'city', 'island', 'world']);
/** A superlative that ranks a body among its place's: "largest", "third-largest", "second-biggest", "leading". */
/** Trades that, ranked in a place ("Germany's largest brewer"), are businesses, though "a home brewer" is a person. */
const RANKED_TRADES = new Set(
  'brewer distiller miner refiner producer exporter importer employer steelmaker shipbuilder homebuilder utility supermarket grocer operator distributor wholesaler shipper'.split(
    ' ',
  ),
);
const RANKING_WORD = /^(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)-)?(?:\p{Ll}+est|leading|top|dominant|only)$/u;

/**
 * The descriptor of an apposition that ranks the name in a place ("…, Germany's second-biggest carmaker", "…, the
 * Philippines' third-largest brewer", "…, the country's largest retailer"), when it names a kind of business.
 * `written` runs from the comma in the text's case; `after` is the same in lower case.
 */
function placeSuperlativeDescriptor(written: readonly string[], after: readonly string[]): { type: EntityTypeName; length: number } | undefined {
  let at = after[1] === 'the' ? 2 : 1;
  const placeStart = at;
  if (PLACE_NOUNS.has(after[at] ?? '') && at === 2) at++;
  else {
    while (at < placeStart + 3 && /^\p{Lu}/u.test(written[at] ?? '')) at++;
    if (at === placeStart || !isKnownPlaceName(written.slice(placeStart, at).join(' '))) return undefined;
  }
  if (!/^['’]s?$/.test(after[at] ?? '')) return undefined;
  at++;
  if (!RANKING_WORD.test(after[at] ?? '')) return undefined;
  const rest = [',', 'a', ...after.slice(at + 1)];
  // The trade is the apposition's last word before a preposition or what closes it.
  const close = rest.findIndex((w, k) => k > 1 && (!/^[\p{Ll}-]+$/u.test(w) || APPOSITION_PREPOSITIONS.has(w)));
  if (close > 2 && RANKED_TRADES.has(rest[close - 1] ?? '')) return { type: 'Company', length: 1 };
  if (rest.slice(2).some((w) => ROLE_WORDS.has(w) || OCCUPATIONS.has(w))) return undefined;
  const described = apposedBodyHead(rest) ?? apposedDescriptor(rest);
  // Only a business is ranked so with certainty: "the country's largest union" or "top court" may describe its leader.
  return described?.type === 'Company' ? described : undefined;
}

/** A country or state at `at`, followed by what ends a dateline: "(", a dash, a comma and a date, or the end of the line. */
function isDatelineTail(words: string[], at: number): boolean {
  const place = words[at] ?? '';
  if (!countryOfWord(place, false) && !US_STATES.has(place.toLowerCase()) && !US_STATE_ABBREVIATIONS.has(place.replace(/\.$/, '').toLowerCase())) return false;
  let k = at + 1;
  if (words[k] === '.') k++;
  const after = words[k];
  if (after === ',') return /^(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(words[k + 1] ?? '');
  return after === undefined || after === '' || /^(?:\(|--|—|–|-)$/.test(after);
}

/** "(Reuters) -", "(AP) —": an agency's name of one or two words in brackets at `at`, then a dash. */
function agencyThenDash(words: readonly string[], at: number): boolean {
  if (words[at] !== '(') return false;
  const close = words[at + 2] === ')' ? at + 2 : words[at + 3] === ')' ? at + 3 : -1;
  return close > 0 && words.slice(at + 1, close).every((w) => /^\p{Lu}/u.test(w)) && /^(?:-|--|—|–)$/.test(words[close + 1] ?? '');
}

const ROLE_LINKS = new Set(['of', 'from', 'at', 'for']);

/**
 * Whether the words ending before `at` are a person's role linked to what follows: "speaker of (the Belarus)",
 * "politician from (Doe's)". Up to four determiners or capitalised words may stand between the link and `at`, and
 * lower-case qualifiers too when `qualified` ("chairman of the local council, Jane Doe").
 */
function behindRole(words: readonly string[], at: number, qualified: boolean): boolean {
  // "the envoy to the region, Piet Vandersloot", "an adviser to the ministry, Jane Doe": an office held toward a body or
  // a place links them as "of" does (rule role-to-descriptor).
  const isLink = (w: string) => ROLE_LINKS.has(w) || (w === 'to' && RECOGNITION_RULES.roleToDescriptor.on);
  let k = at - 1;
  while (k >= 0 && at - k <= 4 && !isLink(words[k] ?? '')) {
    const w = words[k] ?? '';
    // "the chairman of the local council", "director of the animal health department": lower-case words before the
    // descriptor qualify it.
    const qualifier = qualified && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !FUNCTION_WORDS.has(w) && !REPORTING_AFTER_NOMINAL.has(w);
    if (!/^\p{Lu}/u.test(w) && !/^(?:the|a|an|['’]s?)$/i.test(w) && !qualifier) return false;
    k--;
  }
  return k > 0 && isLink(words[k] ?? '') && PERSON_HEADS.has((words[k - 1] ?? '').toLowerCase());
}

/** Words the noun phrase of a reporting clause's subject may hold before its verb ("an official source said"). */
const MAX_REPORTING_SUBJECT = 4;

/** Whether the words from `from` on are lower-case words running into a verb of saying, with nothing between. */
function opensReportingClause(words: readonly string[], from: number): boolean {
  for (let k = from; k < words.length && k <= from + MAX_REPORTING_SUBJECT; k++) {
    const word = words[k] ?? '';
    if (REPORTING_AFTER_NOMINAL.has(word)) return k > from;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
  }
  return false;
}

function add(votes: Votes, type: EntityTypeName, weight: number): void {
  votes.set(type, (votes.get(type) ?? 0) + weight);
}

/** Takes back a vote added before, dropping the type when nothing is left for it. */
function take(votes: Votes, type: EntityTypeName, weight: number): void {
  const left = (votes.get(type) ?? 0) - weight;
  if (left > 0) votes.set(type, left);
  else votes.delete(type);
}

/** Words for a company that are also a person's trade ("property developer Jane Doe", "building contractor Ali Khan"). */
const TRADES_OF_PEOPLE = new Set(['developer', 'contractor']);

/** Words for a business that runs a service, which the schema does not list as a company's descriptor (rule operator-before-name). */
const OPERATOR_WORDS = new Set(['operator', 'operators']);
/** Services and networks whose operator is a business ("port operator", "mobile operator", "tour operator"). */
const OPERATED_SERVICES = new Set(
  `port ports rail railway train bus ferry airport terminal container shipping freight logistics telecom telecoms mobile
  network cable satellite broadband tour pipeline grid power toll metro transit casino hotel airline`.split(/\s+/),
);

/** Verbs of a match's result that take the beaten side as their object ("beat X 2-1"). */
const RESULT_VERBS_WITH_OBJECT = new Set(['beat', 'defeated', 'edged', 'thrashed', 'routed', 'hammered', 'stunned']);
/** Verbs of a match's result that the side reporting it opens ("X lost 3-0 to Y", "X drew 1-1 with Y"). */
const RESULT_VERBS = new Set([...RESULT_VERBS_WITH_OBJECT, 'lost', 'drew', 'won']);
/** Prepositions between a scoreline and the other side ("lost 3-0 to X", "a 2-0 win over X"). */
const SCORELINE_PREPOSITIONS = new Set(['to', 'with', 'against', 'over', 'at']);

/**
 * How many tokens a low scoreline ("2-1", "2 - 1") takes from token k, 0 if none. Goals are few: a score of six or
 * more, or a second score right after ("6-3 6-4"), is a tennis set, frames or games of players, not of teams.
 */
function scorelineLength(words: readonly string[], k: number): number {
  const low = (w: string | undefined) => w !== undefined && /^[0-5]$/.test(w);
  const one = (words[k] ?? '').split(/[-–]/);
  const length = one.length === 2 && low(one[0]) && low(one[1]) ? 1 : low(words[k]) && /^[-–]$/.test(words[k + 1] ?? '') && low(words[k + 2]) ? 3 : 0;
  if (length === 0 || /^\d/.test(words[k + length] ?? '') || /^\d/.test(words[k + length + 1] ?? '')) return 0;
  return length;
}

/** Whether the name at tokens [start, end) is a side in a match result written with a low scoreline. */
function inScoreline(words: readonly string[], start: number, end: number): boolean {
  const before = (words[start - 1] ?? '').toLowerCase();
  // "lost 3-0 to X", "drew 1 - 1 with X".
  if (SCORELINE_PREPOSITIONS.has(before) && (scorelineLength(words, start - 2) === 1 || scorelineLength(words, start - 4) === 3)) {
    const verb = (words[start - (scorelineLength(words, start - 2) === 1 ? 3 : 5)] ?? '').toLowerCase();
    if (RESULT_VERBS.has(verb)) return true;
  }
  // "beat X 2-1".
  if (RESULT_VERBS_WITH_OBJECT.has(before) && scorelineLength(words, end) > 0) return true;
  // "X beat Y 2-1", "X lost 3-0 to Y": the score follows the verb or its object within a few words.
  if (RESULT_VERBS.has((words[end] ?? '').toLowerCase())) {
    for (let k = end + 1; k <= end + 5 && k < words.length; k++) {
      if (scorelineLength(words, k) > 0) return true;
      if (/^[,.;:]$/.test(words[k] ?? '')) break;
    }
  }
  return false;
}

/** A word in title case that names nothing but a person's name: no head of a place, body or club, and no title. */
const personNameWord = (w: string | undefined) =>
  w !== undefined &&
  /^\p{Lu}\p{Ll}+$/u.test(w) &&
  ![PLACE_HEADS, ORG_SUFFIXES, SPORTS_SUFFIXES, COMPANY_NAME_ENDINGS, ROLE_WORDS, FUNCTION_WORDS].some((set) => set.has(w.toLowerCase()));

/** True when a person's full name of two words, and nothing more in title case, starts at `at` ("'s Gary Breel was"). */
function fullNameAt(words: readonly string[], at: number): boolean {
  const after = words[at + 2];
  return personNameWord(words[at]) && personNameWord(words[at + 1]) && (after === undefined || !/^\p{Lu}/u.test(after));
}

const COMPASS = /^(?:north|south|east|west)(?:-?(?:east|west))?$/;

/** True when the lower-cased words after a name read ", <number> <unit> [compass] of|from" ("50 km south of", "20 miles from"). */
function measuredApposition(after: readonly string[]): boolean {
  let k = 1;
  if (/^\d[\d,.]*(?:km|kms)$/.test(after[k] ?? '')) k++;
  else if (/^\d[\d,.]*$/.test(after[k] ?? '') && DISTANCE_UNITS.has(after[k + 1] ?? '')) k += 2;
  else return false;
  if (COMPASS.test(after[k] ?? '')) k++;
  return after[k] === 'of' || after[k] === 'from';
}

/** A goal count: a small whole number, not a time, a points total or a set score. */
const GOALS = /^(?:\d|1\d)$/;

/** The index after "( Place ) n" starting at `at` (one to three capitalised words in the brackets), or -1. */
function bracketedScoreEnd(words: readonly string[], at: number): number {
  if (words[at] !== '(') return -1;
  let k = at + 1;
  while (k < at + 4 && /^\p{Lu}/u.test(words[k] ?? '')) k++;
  if (k === at + 1 || words[k] !== ')' || !GOALS.test(words[k + 1] ?? '')) return -1;
  return k + 2;
}

/**
 * "Galtor Orsk ( Veldania ) 2 Halden ( Norway ) 1": a name followed by its place in brackets and a goal count is a side
 * of a results row when another side follows it (a capitalised word after the count) or precedes it ("… ) 2" right
 * before the name). An athlete's row ("Ana Korin ( Veldania ) 13:06.57", "… ( Norway ) 68") has a time or a score
 * no side of a match has.
 */
function bracketedScoreSide(words: readonly string[], start: number, end: number): boolean {
  const after = bracketedScoreEnd(words, end);
  if (after < 0) return false;
  return /^\p{Lu}/u.test(words[after] ?? '') || (GOALS.test(words[start - 1] ?? '') && words[start - 2] === ')');
}

/** Empty words kept before the window {@link nameEvidence} reads, as the sentence's start would give. */
const EMPTY_BEFORE_WINDOW = 16;

/**
 * Type evidence for one chunk from its own words and its neighbours in the sentence. Evidence that is local and
 * strong (the name's own head noun, a descriptor written against it or in apposition, an honorific) is also added to
 * `strong` when given: it may overturn the tagger's coarse type, where a bare lexicon hit may not.
 */
export function nameEvidence(tokens: Token[], chunkInSentence: NameChunk, strong?: Votes): Votes {
  const votes: Votes = new Map();
  // A chunk the tagger's spans have emptied has no words to weigh (seen with a tagger trained on CoNLL-2003 alone).
  if (chunkInSentence.tokenEnd <= chunkInSentence.tokenStart) return votes;
  const addStrong = (type: EntityTypeName, weight: number): void => {
    add(votes, type, weight);
    if (strong) add(strong, type, weight);
  };
  // Evidence is local: a window of a few tokens either side keeps the cost linear on very long sentences (eight
  // before, for a role and its link ahead of a descriptor: "a politician from the Green party named Jane Doe").
  // The words are read from `base`, a few empty words before the window, so that a chunk far into a sentence-long list
  // costs no more than one near its start; indices below are counted from `base` (`chunk` is the chunk so counted).
  const from = Math.max(0, chunkInSentence.tokenStart - 8);
  const base = Math.max(0, from - EMPTY_BEFORE_WINDOW);
  const chunk: NameChunk = { ...chunkInSentence, tokenStart: chunkInSentence.tokenStart - base, tokenEnd: chunkInSentence.tokenEnd - base };
  const words: string[] = new Array(from - base).fill('');
  for (let k = from; k < Math.min(tokens.length, chunkInSentence.tokenEnd + 7); k++) words.push(itemAt(tokens, k).text);
  // The lower-cased words read below are slices of one array in one layout (stable-arrays.ts): made each by `map`,
  // they sent this long function to be compiled again 13 times a run.
  const lowerWords = mapStable(words, (w) => w.toLowerCase());
  const inName = words.slice(chunk.tokenStart, chunk.tokenEnd);
  const text = inName.join(' ');
  const lower = text.toLowerCase();
  const isCountry = countryOfWord(text, false) !== undefined;
  if (isCountry) add(votes, 'Country', EVIDENCE_WEIGHTS.nameItself.value);
  // "NATO", and "Nato" as some newspapers write it; a short title-case word ("Who", "Un") is a word, not the body.
  // The names of the few bodies of states are unambiguous, unlike places that clubs and firms are named after.
  const body = (type: EntityTypeName, weight: number) => (RECOGNITION_RULES.bodiesOfStates.on ? addStrong(type, weight) : add(votes, type, weight));
  if (INTERNATIONAL_ORGANIZATIONS.has(lower) && (text === text.toUpperCase() || text.length > 3))
    body('InternationalOrganization', EVIDENCE_WEIGHTS.nameItself.value);
  if (INTERNATIONAL_ORGANIZATION_NAMES.has(lower.replace(/^the /, ''))) body('InternationalOrganization', EVIDENCE_WEIGHTS.nameItself.value);
  const folded = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
  const knownPlace = isCountry || REGION_NAMES.has(folded) || CITY_NAMES.has(folded);
  if (REGION_NAMES.has(folded)) add(votes, 'Region', EVIDENCE_WEIGHTS.nameHead.value);
  if (CITY_NAMES.has(folded)) add(votes, 'City', EVIDENCE_WEIGHTS.cityList.value);
  // "the London headquarters of Barclays", "a subsidiary of Orvane": what a seat or a part belongs to is an organisation
  // (rule seat-owner-is-body). "the office of Senator Doe" and "the embassy of France" are left alone.
  if (
    RECOGNITION_RULES.seatOwnerIsBody.on &&
    lowerWords[chunk.tokenStart - 1] === 'of' &&
    SEAT_OWNER_NOUNS.has(lowerWords[chunk.tokenStart - 2] ?? '') &&
    !knownPlace
  )
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "the Frankfurt offices of Deutsche Bank", "its London headquarters", "the airline's Belfast base": a place the
  // lexicons know, between an article or an owner and a word for an organisation's seat, is that seat's place, though
  // the tagger reads it as the organisation (rule known-place-before-seat).
  if (knownPlace && !isCountry && RECOGNITION_RULES.knownPlaceBeforeSeat.on && placeBeforeSeat(lowerWords, chunk.tokenStart, chunk.tokenEnd))
    addStrong(CITY_NAMES.has(folded) ? 'City' : 'Region', EVIDENCE_WEIGHTS.decisiveContext.value);
  if (countryByPlural.has(lower) || COMMUNITY_PLURALS.has(lower)) add(votes, 'Group', EVIDENCE_WEIGHTS.nameItself.value);
  // "McDonald's", "Sotheby's": a name that holds its possessive is a business's.
  if (/^['’]s$/.test(inName[inName.length - 1] ?? '') && inName.length > 1 && RECOGNITION_RULES.possessiveFormName.on)
    addStrong('Organization', EVIDENCE_WEIGHTS.nameHead.value);
  if (chunk.honorific) addStrong('Person', EVIDENCE_WEIGHTS.nameItself.value);
  if (chunk.title) addStrong('Person', EVIDENCE_WEIGHTS.neighbourWord.value);

  // The head of the name: its last word, or the word before its first connector ("Ministry of Finance"). A possessive
  // inside a name ("People's Daily", "Workers' Party") connects nothing: the head is still the last word.
  const possessiveConnects = !RECOGNITION_RULES.possessiveInsideName.on;
  const connector = inName.findIndex((w, k) => k > 0 && w === w.toLowerCase() && (possessiveConnects || !/^['’]s?$/.test(w)));
  // "the Australian Competition and Consumer Commission": a body's name that joins two fields with "and" has its head
  // at its end, not before "and" (rule body-head-after-and).
  const headAfterAnd =
    connector > 0 &&
    inName[connector] === 'and' &&
    BODY_NAME_END_WORDS.has(itemAt(inName, inName.length - 1).toLowerCase()) &&
    inName.slice(connector + 1).every((w) => /^\p{Lu}/u.test(w)) &&
    RECOGNITION_RULES.bodyHeadAfterAnd.on;
  const headIndex = headAfterAnd ? inName.length - 1 : connector > 0 ? connector - 1 : inName.length - 1;
  const head = descriptorEndingAt(lowerWords.slice(chunk.tokenStart, chunk.tokenEnd), headIndex + 1);
  const last = itemAt(inName, inName.length - 1).toLowerCase();
  // "Bristol Rovers", "West Ham United", "Ajax FC": the words that end a club's name make it a sports team.
  // "FC Aalholm", "Halden FK": an abbreviated club form at either end of the name makes it a sports team too.
  const clubForm = RECOGNITION_RULES.clubFormWord.on && (CLUB_FORM_LAST_WORDS.has(last) || CLUB_FORM_FIRST_WORDS.has(itemAt(inName, 0).toLowerCase()));
  const clubWord = (SPORTS_SUFFIXES.has(last) || clubForm) && inName.length > 1;
  // "the Russian Federation", "the Soviet Union": a country's whole name is the country's, whatever its last word.
  const countryName = RECOGNITION_RULES.countryNameNoHeadVote.on && isCountry;
  // "the Ministry for Primary Industries", "the Department for Business and Trade": past "for" after a public body's
  // head, a business's word names the field as well (rule trade-word-past-for).
  const forField = connector > 0 && inName[connector] === 'for' && head?.type === 'GovernmentBody' && RECOGNITION_RULES.tradeWordPastFor.on;
  const fieldPastOf = connector > 0 && (inName[connector] === 'of' || forField) && RECOGNITION_RULES.tradeWordPastOf.on;
  if (!countryName && inName.length > 1) {
    // "CRUDE OIL" over a table of prices is a commodity's row, not a producer: only a name written in prose counts.
    const inProse = !/^\p{Lu}+$/u.test(itemAt(inName, inName.length - 1));
    if (clubWord) addStrong('SportsTeam', EVIDENCE_WEIGHTS.nameHead.value);
    // "the Ministry of Mining": past "of" the last word is no head, and a business's word there names the field.
    else if (COMPANY_NAME_ENDINGS.has(last) && RECOGNITION_RULES.tradeWordCompany.on && !fieldPastOf) addStrong('Company', EVIDENCE_WEIGHTS.nameHead.value);
    else if (TRANSPORT_NAME_ENDINGS.has(last) && RECOGNITION_RULES.transportOperatorEnding.on) addStrong('Company', EVIDENCE_WEIGHTS.nameHead.value);
    else if (ENERGY_NAME_ENDINGS.has(last) && inProse && RECOGNITION_RULES.energyProducerEnding.on) addStrong('Company', EVIDENCE_WEIGHTS.nameHead.value);
    else if (ARMS_MAKER_NAME_ENDINGS.has(last) && inProse && RECOGNITION_RULES.armsMakerEnding.on) addStrong('Company', EVIDENCE_WEIGHTS.nameHead.value);
    else if (inProse && RECOGNITION_RULES.foreignBusinessEnding.on && foreignBusinessEnding(last)) addStrong('Company', EVIDENCE_WEIGHTS.nameHead.value);
    else if (NEWSPAPER_NAME_ENDINGS.has(last) && RECOGNITION_RULES.newspaperNameEnding.on) addStrong('MediaOrganization', EVIDENCE_WEIGHTS.nameHead.value);
    else if (PUBLIC_BODY_NAME_ENDINGS.has(last) && RECOGNITION_RULES.publicBodyNameEnding.on) addStrong('GovernmentBody', EVIDENCE_WEIGHTS.nameHead.value);
    else if (ORG_SUFFIXES.has(last)) addStrong('Organization', EVIDENCE_WEIGHTS.nameHead.value);
    // "Arkwright Racing": a racing team in prose; "Motor Racing" and "Horse Racing" are sports.
    else if (last === 'racing' && inProse && !RACING_SPORTS.has(itemAt(inName, 0).toLowerCase())) addStrong('Organization', EVIDENCE_WEIGHTS.nameHead.value);
  }
  // "Tonn FM", "Halden TV", "Channel Brisk": a broadcaster's word ending or opening a name makes it an outlet.
  if (RECOGNITION_RULES.broadcasterNameWord.on && inName.length > 1 && connector < 0 && !head && broadcasterNamed(inName, words[chunk.tokenStart - 1] ?? ''))
    addStrong('MediaOrganization', EVIDENCE_WEIGHTS.nameHead.value);
  // "Group Kestrin", "Grupo Velasur", "Bank Orlova": a business's kind opening a name with no connector and no head of
  // its own makes it a company, however the tagger reads the bare word after it.
  if (
    RECOGNITION_RULES.kindWordOpensName.on &&
    inName.length > 1 &&
    connector < 0 &&
    !head &&
    !PLACE_HEADS.has(last) &&
    !ORG_SUFFIXES.has(last) &&
    BUSINESS_WORDS_OPENING_NAMES.has(itemAt(inName, 0).toLowerCase()) &&
    /^\p{Lu}\p{Ll}/u.test(itemAt(inName, 0))
  )
    addStrong('Company', EVIDENCE_WEIGHTS.nameHead.value);
  // "Fundación Mar Austral", "Movimiento de Trabajadores Rurales": in Spanish, Portuguese, French and Italian the word
  // for the body's kind opens its name, as "Foundation" or "Union" ends an English one (rule
  // foreign-body-word-opens-name).
  else if (
    RECOGNITION_RULES.foreignBodyWordOpensName.on &&
    inName.length > 1 &&
    !head &&
    FOREIGN_NON_BUSINESS_OPENERS.has(itemAt(inName, 0).toLowerCase()) &&
    /^\p{Lu}\p{Ll}/u.test(itemAt(inName, 0))
  )
    addStrong('Organization', EVIDENCE_WEIGHTS.nameHead.value);
  if (PLACE_HEADS.has(last) && inName.length > 1) {
    if (CLUB_PLACE_HEADS.has(last)) add(votes, 'Location', EVIDENCE_WEIGHTS.nameHead.value);
    else addStrong('Location', EVIDENCE_WEIGHTS.nameHead.value);
  }
  // "the company's Launch Site Two", "at its Ridgeway Plant": a site that a body owns is a place (rule
  // facility-name-ending).
  else if (facilityName(words, chunk, inName, connector)) addStrong('Location', EVIDENCE_WEIGHTS.nameHead.value);
  // "Sea of Japan", "Gulf of Mexico": a place head before the connector.
  else if (connector > 0 && PLACE_HEADS.has(itemAt(inName, headIndex).toLowerCase())) addStrong('Location', EVIDENCE_WEIGHTS.nameHead.value);
  // "EASTERN DIVISION" in a headline or a table is "Eastern Division" in prose.
  const first = itemAt(inName, 0);
  const startsWithCompass = COMPASS_NAME_WORD.test(
    RECOGNITION_RULES.compassWordInCapitals.on && first.length > 1 && first === first.toUpperCase() ? first[0] + first.slice(1).toLowerCase() : first,
  );
  if (head && !countryName && !(startsWithCompass && inName.length === 2 && head.type !== 'Event')) {
    const councilOn = /^council$/i.test(itemAt(inName, headIndex)) && /^(on|for)$/.test(inName[connector] ?? '');
    // "the Independent Agents' Forum": a forum, a network or a league of a plural in the possessive is a body of its
    // members, not an event (rule possessive-body-word-alone).
    const membersOf =
      RECOGNITION_RULES.possessiveBodyWordAlone.on &&
      RECOGNITION_RULES.pluralPossessiveBodyName.on &&
      head.type === 'Event' &&
      inName.some((w, k) => k > 0 && /^['’]$/.test(w) && /\p{Ll}s$/u.test(inName[k - 1] ?? ''));
    // A place word heading a name is weak: sides and clubs are named after places ("Manchester City", "Notts County").
    // "the East African Community", "Ccochapampa Peasant Community": a name of several capitalised words ending in a word
    // for a group of people is a body's name; the word names a group only in lower case ("the farming community")
    // (rule capitalised-group-word-body).
    const groupBody = RECOGNITION_RULES.capitalisedGroupWordBody.on && isA(head.type, 'Group') && inName.length > 1 && headIndex === inName.length - 1;
    const type = councilOn || membersOf || groupBody ? 'Organization' : head.type;
    if (rootType(type) === 'Location') add(votes, type, EVIDENCE_WEIGHTS.nameHead.value);
    else addStrong(type, EVIDENCE_WEIGHTS.nameHead.value);
  }
  if (startsWithCompass && inName.length >= 2) add(votes, 'Location', EVIDENCE_WEIGHTS.compassWord.value);
  // "Castlebar, County Mayo", "County Durham": a name opened by "County" and no body's word is the county itself.
  if (RECOGNITION_RULES.countyOpensName.on && inName.length > 1 && first === 'County' && !head && !clubWord && !ORG_SUFFIXES.has(last))
    addStrong('Region', EVIDENCE_WEIGHTS.nameHead.value);

  // "Ostler Petrochem, a Fernwick subsidiary", "Carvell's Italian unit, Carvell Italia,": a part another body owns is a
  // business, and "unit" or "division" set off before it is the owner's noun, not the name's kind (rule
  // owned-part-apposition).
  const ownedPart =
    (RECOGNITION_RULES.ownedPartApposition.on && !chunk.possessive && ownedPartSetOff(words, chunk.tokenStart, chunk.tokenEnd)) ||
    (RECOGNITION_RULES.namedPartOfPossessor.on && !chunk.possessive && namedPartOfPossessor(words, chunk.tokenStart, chunk.tokenEnd));
  // Before the name: "outlet X", "campaign group named X", "president Jane Doe".
  let b = chunk.tokenStart;
  while (b > 0 && NAMING_WORDS.has(itemAt(words, b - 1)) && b > chunk.tokenStart - 2) b--;
  // "a criminal group known as Grey Tundra": "known as" names as "named" does (rule known-as-after-descriptor).
  if (b === chunk.tokenStart && words[b - 1] === 'as' && words[b - 2] === 'known' && RECOGNITION_RULES.knownAsAfterDescriptor.on) b -= 2;
  const before = lowerWords.slice(0, b);
  const beforeDescriptor = descriptorEndingAt(before, before.length);
  const ownersPartBefore = ownedPart && isPartNoun(before[before.length - 1]);
  // "Insurer Halvern Mutual has been fined", "Broadcaster Selwyn Hart said": a word for a kind of organisation that opens
  // the sentence is written with a capital only because it opens it, and describes the name after it as the lower-case
  // word would (rule sentence-initial-descriptor). Only a kind of organisation counts: "Capital", "State" or "City"
  // opening a sentence more often opens a name.
  const openingDescriptor =
    RECOGNITION_RULES.sentenceInitialDescriptor.on &&
    b === 1 &&
    beforeDescriptor?.length === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(itemAt(words, 0)) &&
    isA(beforeDescriptor.type, 'Organization') &&
    // "Radio Tehran said": a known place after the word is a body named after its place, left to the tagger.
    !knownPlace;
  if (beforeDescriptor && (words[b - 1] === itemAt(words, b - 1).toLowerCase() || openingDescriptor) && !ownersPartBefore) {
    // "the speaker of the Belarus parliament, Jane Doe" names the speaker; "the chairman of the group Acme" names the
    // group: behind a person's role the descriptor may describe either, so it is a vote and the tagger decides.
    if (
      RECOGNITION_RULES.descriptorBehindRole.on &&
      behindRole(
        words,
        before.length - beforeDescriptor.length,
        // Set off by a comma, the name is in apposition to the role's holder ("the chairman of the local council,
        // Damian Ejiohuo"); right after the descriptor it is the body's ("a partner at the law firm Sandvold Berg").
        RECOGNITION_RULES.roleOfQualifiedDescriptor.on && words[chunk.tokenStart - 1] === ',',
      )
    )
      add(votes, beforeDescriptor.type, EVIDENCE_WEIGHTS.neighbourWord.value);
    // "real estate developer Corwin Haldane": a word for a company that is also a person's trade is a vote only.
    else if (RECOGNITION_RULES.tradeOfPersonDescriptor.on && TRADES_OF_PEOPLE.has(itemAt(before, before.length - 1)))
      add(votes, beforeDescriptor.type, EVIDENCE_WEIGHTS.neighbourWord.value);
    // "fashion model Ilsa Marrow": a model is a made thing's kind and a person's trade both, so the tagger decides.
    else if (RECOGNITION_RULES.modelIsATrade.on && itemAt(before, before.length - 1) === 'model')
      add(votes, beforeDescriptor.type, EVIDENCE_WEIGHTS.neighbourWord.value);
    else addStrong(beforeDescriptor.type, EVIDENCE_WEIGHTS.neighbourWord.value);
  } else if (RECOGNITION_RULES.operatorBeforeName.on && OPERATOR_WORDS.has(before[before.length - 1] ?? '') && /^\p{Ll}/u.test(words[b - 1] ?? '')) {
    // "Polish port operator Baltport", "state rail operator Ferronor": the operator of a service or a network before a
    // name is a company; any other operator is a vote only, since "crane operator Jane Doe" is a person's trade.
    if (OPERATED_SERVICES.has(before[before.length - 2] ?? '')) addStrong('Company', EVIDENCE_WEIGHTS.neighbourWord.value);
    else add(votes, 'Company', EVIDENCE_WEIGHTS.neighbourWord.value);
  }
  const previous = (words[chunk.tokenStart - 1] ?? '').toLowerCase();
  if (RECOGNITION_RULES.territoryTakenPlace.on && !chunk.possessive && inName.length <= 2 && !head && takenGround(words, chunk.tokenStart, chunk.tokenEnd))
    addStrong('Location', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Kevin Rourke, Labour MP for Sheffield Heeley": the seat a member of a legislature sits for is a place, a
  // constituency the gazetteers do not know (rule constituency-of-member).
  const member = words[chunk.tokenStart - 2] ?? '';
  if (RECOGNITION_RULES.constituencyOfMember.on && previous === 'for' && !chunk.possessive && (LEGISLATOR_ACRONYMS.has(member) || member === 'member'))
    addStrong('Location', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "rail consortium Leda Rail", "pension fund Fundo Mareira", "trading house Mizurane": words only businesses are called.
  const businessBefore = BUSINESS_BODY_WORDS.has(previous) || (previous === 'house' && (words[chunk.tokenStart - 2] ?? '').toLowerCase() === 'trading');
  if (RECOGNITION_RULES.businessWordBeforeName.on && !beforeDescriptor && businessBefore) addStrong('Company', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Shares in Aerostrand rose", "a 25 percent stake in Calloran": what shares are held in is a business. "Shares in
  // London fell" speaks of a market: a known place is left alone, and "Velmoor's" names the holder, not the business.
  // A lower-case noun after the name makes it a modifier ("a stake in Bristol rail consortium Leda Rail"): only a
  // word that ends the phrase (a verb in the past, a preposition, a conjunction) leaves the name the holding's.
  const afterName = words[chunk.tokenEnd] ?? '.';
  const nameEndsPhrase = !/^[a-z]+$/.test(afterName) || SHARES_PHRASE_END.test(afterName) || PAST_VERB_AFTER_SHARES.test(afterName);
  const heldIn = previous === 'in' && SHAREHOLDING_NOUNS.has((words[chunk.tokenStart - 2] ?? '').toLowerCase()) && nameEndsPhrase;
  if (RECOGNITION_RULES.sharesInCompany.on && heldIn && !knownPlace && !chunk.possessive) addStrong('Company', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "which controls 51% of Halvek", "owns 30 percent of Larkfield Media": a share of a name that is owned or held is a
  // share of a business, as "a stake in" says (rule share-of-company).
  if (
    RECOGNITION_RULES.shareOfCompany.on &&
    previous === 'of' &&
    nameEndsPhrase &&
    !knownPlace &&
    !chunk.possessive &&
    heldShareBefore(words, chunk.tokenStart - 1)
  )
    addStrong('Company', EVIDENCE_WEIGHTS.neighbourWord.value);

  // "the ransomware gang Black Lantern", "a drug cartel called Los Hermanos": a band of criminals or activists is a body.
  if (RECOGNITION_RULES.gangWordBeforeName.on && !beforeDescriptor && GANG_WORDS.has((words[b - 1] ?? '').toLowerCase()) && !knownPlace)
    addStrong('Organization', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "The virus, known as Pellet,", "a new drug known as Zelvora": "known as" after a noun for a made thing, a
  // programme or a piece of malicious software names that thing (rule known-as-after-product-noun).
  if (RECOGNITION_RULES.knownAsAfterProductNoun.on && !knownPlace && knownAsAfterProductNoun(words, chunk.tokenStart))
    addStrong('Product', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "the London-based Mobile Security Forum", "Oslo-headquartered Varden": only a body is based somewhere; a forum or a
  // summit so named is the body that runs it, not an event (rule based-modifier-body).
  if (RECOGNITION_RULES.basedModifierBody.on && PLACE_MODIFIER.test(words[chunk.tokenStart - 1] ?? '') && !knownPlace)
    addStrong('Organization', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "the rock band Crowfield", "animation studio Kitsune Gate": a band or a studio is a body, never a person or a place.
  const artsBody = ARTS_BODY_WORDS.get(previous);
  if (RECOGNITION_RULES.artsBodyWordBeforeName.on && !beforeDescriptor && artsBody && !knownPlace) addStrong(artsBody, EVIDENCE_WEIGHTS.neighbourWord.value);
  // "The Harlow Gazette", "the Herald's investigation": a name after "the" that ends in a newspaper's word is a paper.
  const masthead = inName.length > 1 ? MASTHEAD_WORDS.has(last) : LONE_MASTHEAD_WORDS.has(last);
  if (RECOGNITION_RULES.mastheadWordMedia.on && previous === 'the' && masthead) addStrong('MediaOrganization', EVIDENCE_WEIGHTS.nameHead.value);
  // "the drug Zelvora", "its new Talon-4 rocket", "Harrik engines made by Veltron": a made thing's own name.
  if (RECOGNITION_RULES.productNounName.on && !knownPlace && namedByProductNoun(words, chunk)) addStrong('Product', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "its Huaycco copper mine": a site its owner works is a place.
  if (RECOGNITION_RULES.ownedSiteBeforeNoun.on && namedBySiteNoun(words, chunk)) addStrong('Location', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "the NS-12 mission", "flight NV-118": a code that numbers a mission or a flight names that event.
  if (RECOGNITION_RULES.missionCodeEvent.on && missionCode(words, chunk)) addStrong('Event', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "had taken Zorbil", "the rebels captured Dohan": a one-word name taken by force is a place.
  // "its cooking show Home Kitchen Heroes", "the podcast Cold Case Kitchen Table": a programme's own name.
  if (RECOGNITION_RULES.programmeNounName.on && !knownPlace && namedByProgrammeNoun(words, chunk)) addStrong('Product', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Swap Street, the Australian reality series,": a description set off after the name says it is a programme.
  if (RECOGNITION_RULES.programmeDescriptionAfterName.on && !knownPlace && describedAsProgrammeAfter(words, chunk))
    addStrong('Product', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Starcrest was downloaded 2 million times", "patients taking Quenzil", "flights of Skyhawk": a made thing's use.
  const productUse = RECOGNITION_RULES.productUseContext.on && !knownPlace ? productUseWeight(words, chunk) : 0;
  // A weak use goes to the strong evidence only: alone it is too light to overturn the tagger, and it must not decide a
  // name the tagger leaves untyped ("the launch of Acme").
  if (productUse >= EVIDENCE_WEIGHTS.neighbourWord.value) addStrong('Product', productUse);
  else if (productUse && strong) add(strong, 'Product', productUse);
  // "under the brand name Lotrexa", "sold under the trade name Ferivax", "marketed as Dovrel": a product's own name.
  const brandName =
    (/^names?$/.test(previous) && /^(?:brand|trade)$/i.test(words[chunk.tokenStart - 2] ?? '')) ||
    (previous === 'as' && /^marketed$/i.test(words[chunk.tokenStart - 2] ?? ''));
  if (RECOGNITION_RULES.brandNameBeforeName.on && brandName && !knownPlace) addStrong('Product', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "the village of Kfar Talun", "the northern province of Tavesh": the name is the kind of place written before "of".
  const kindOfPlace = previous === 'of' ? PLACE_KIND_BEFORE_OF.get(words[chunk.tokenStart - 2] ?? '') : undefined;
  if (RECOGNITION_RULES.kindOfPlaceBeforeOf.on && kindOfPlace && !knownPlace) addStrong(kindOfPlace, EVIDENCE_WEIGHTS.decisiveContext.value);
  // "the Brazilian state of Minas Gerais", "the southern state of Paraná": a state a country's adjective or a point of
  // the compass places is a part of a country, a region (rule qualified-state-of-name); "the state of Israel" is not.
  const qualifiedState =
    RECOGNITION_RULES.qualifiedStateOfName.on &&
    previous === 'of' &&
    /^states?$/i.test(words[chunk.tokenStart - 2] ?? '') &&
    (countryByAdjective.has((words[chunk.tokenStart - 3] ?? '').toLowerCase()) || COMPASS_ADJECTIVE.test(words[chunk.tokenStart - 3] ?? ''));
  if (qualifiedState && !head) addStrong('Region', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "the state premier of Lower Wendland, Katrin Hollweg,": what an office of states, provinces and towns is of is a
  // place, though the tagger reads a name before a person's as a person's; a name with a body's word of its own
  // ("the governor of Halden Central Bank") stays the body.
  const officeOfPlace = previous === 'of' && PLACE_OFFICES.has((words[chunk.tokenStart - 2] ?? '').toLowerCase()) && !head && !knownPlace;
  if (RECOGNITION_RULES.placeOfficeOfName.on && officeOfPlace) addStrong('Location', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "the maker of ChatGPT", "the developer of Widget": what a maker makes is a product.
  if (previous === 'of' && /^(?:maker|makers|developer|developers|creator|creators|manufacturer)$/.test((words[chunk.tokenStart - 2] ?? '').toLowerCase()))
    addStrong('Product', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Home Swap makers sue rival network", "the producers of Lantern Street": a work named by the ones who make it.
  if (RECOGNITION_RULES.makersOfWork.on && !knownPlace && namedByItsMakers(words, chunk)) addStrong('Product', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "activists from No Tech for Apartheid", "campaigners of Rivers for Everyone": a campaign.
  if ((previous === 'from' || previous === 'of') && CAMPAIGNERS.has((words[chunk.tokenStart - 2] ?? '').toLowerCase()))
    addStrong('AdvocacyGroup', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "assassin of Lincoln", "the murder of King": who is killed is a person, whatever else the name may be.
  // A noun after the name makes it a modifier ("the killing of Hamas commanders").
  const modifies =
    /^[a-z]+$/.test(words[chunk.tokenEnd] ?? '') &&
    !/^(?:in|on|at|by|and|or|was|is|were|has|had|who|which|that|for|from|with|to|of|as|after|before|during|near|last|this)$/.test(words[chunk.tokenEnd] ?? '');
  if (
    previous === 'of' &&
    !chunk.possessive &&
    !modifies &&
    /^(?:assassin|assassination|killer|killing|murderer|murder)$/.test((words[chunk.tokenStart - 2] ?? '').toLowerCase())
  )
    addStrong('Person', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "aid workers from Acme", "an engineer at Acme": where workers come from is an organisation.
  if (
    (previous === 'from' || previous === 'at') &&
    /^(?:workers|staff|employees|engineers|executives|officials|volunteers|researchers|scientists|engineer|executive|employee|volunteer|researcher|official)$/.test(
      (words[chunk.tokenStart - 2] ?? '').toLowerCase(),
    )
  )
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "chief economist at Fjordbanken", "an analyst at the Halstrom": a role held at a name is held at an employer; a
  // place's own offices ("a minister at", "an official at") are left out, since they may stand at a place.
  if (RECOGNITION_RULES.roleAtEmployer.on) {
    let link = previous === 'the' ? chunk.tokenStart - 2 : chunk.tokenStart - 1;
    // "food analyst at broker Hollins Mercer", "an economist at the bank Velmar": a word for a kind of business between
    // "at" and the name names the employer's kind (rule role-at-kind-of-employer).
    if (RECOGNITION_RULES.roleAtKindOfEmployer.on && words[link] !== 'at' && kindOfBusiness(previous)) {
      link = (words[chunk.tokenStart - 2] ?? '').toLowerCase() === 'the' ? chunk.tokenStart - 3 : chunk.tokenStart - 2;
      // "an analyst at Antwerp-based broker Mertens Dewolf", "head of production at Italian cruise ship builder X": words
      // that qualify the kind stand between it and "at" (rule qualified-kind-of-employer).
      if (words[link] !== 'at' && RECOGNITION_RULES.qualifiedKindOfEmployer.on) link = qualifiedKindLink(words, chunk.tokenStart - 2) ?? link;
    }
    const role = (words[link - 1] ?? '').toLowerCase();
    // "a partner at the Frankfurt law firm X": a name before a noun only qualifies the noun, which is the employer.
    const qualifies = /^\p{Ll}+$/u.test(words[chunk.tokenEnd] ?? '') && !FUNCTION_WORDS.has(words[chunk.tokenEnd]!);
    const atLink = (words[link] ?? '').toLowerCase() === 'at';
    if (atLink && ROLE_WORDS.has(role) && !PLACE_ROLE_WORDS.has(role) && !qualifies) addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
    // "director of technology, media and telecoms research at Alder Finch": the role's fields stand between it and "at".
    // Read back only from an "at", since every name is asked.
    const fielded = atLink && RECOGNITION_RULES.roleOfFieldAtEmployer.on ? roleBeforeFields(tokens, link + base) : undefined;
    if (fielded && ROLE_WORDS.has(fielded) && !PLACE_ROLE_WORDS.has(fielded) && !qualifies) addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  }
  // "analysts at Berenberg", "a jazz historian at Columbia": a profession's place of work, in the plural too, is an
  // organisation (role-at-employer reads singular role words only).
  const profession = (words[chunk.tokenStart - 2] ?? '').toLowerCase();
  if (RECOGNITION_RULES.professionAtOrganisation.on && previous === 'at' && PROFESSIONS.test(profession) && !ROLE_WORDS.has(profession))
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "having bought Amey in 2003", "agreed to acquire Lintrel": what is bought or taken over is a business. "to buy Texas
  // shale producer X": a name before a noun only qualifies the business bought.
  const qualifiesNext = /^\p{Ll}+$/u.test(words[chunk.tokenEnd] ?? '') && !FUNCTION_WORDS.has(words[chunk.tokenEnd]!);
  if (RECOGNITION_RULES.boughtIsBusiness.on && !chunk.possessive && BUYING.has(previous) && !qualifiesNext)
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "co-founded Lumetra in 2016", "one of the founders of Polvane": what is founded is a body; a known place after
  // "founder of" ("the founder of modern Turkey") is not.
  const founded = FOUNDING.has(previous) || (previous === 'of' && FOUNDER_NOUNS.has((words[chunk.tokenStart - 2] ?? '').toLowerCase()));
  // The name's words are joined for the place lexicons only after a word of founding.
  const namedPlace = founded && isKnownPlaceName(words.slice(chunk.tokenStart, chunk.tokenEnd).join(' '));
  if (RECOGNITION_RULES.foundedIsBody.on && founded && !chunk.possessive && !qualifiesNext && !namedPlace)
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Gaetano Ruoppolo, the founder and sole director of Ruoppolo Onoranze Funebri": what a director, a chief executive
  // or a chairman is "of" is a body, not a person, whatever the shape of its name (rule employer-after-role-of).
  if (
    RECOGNITION_RULES.employerAfterRoleOf.on &&
    previous === 'of' &&
    // "the IRA's Director of Intelligence": a capitalised post is a title whose "of" names its field.
    EMPLOYER_ROLE_NOUNS.has(words[chunk.tokenStart - 2] ?? '') &&
    !chunk.possessive &&
    !qualifiesNext &&
    !isKnownPlaceName(words.slice(chunk.tokenStart, chunk.tokenEnd).join(' '))
  )
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Helen Marsh, who heads Defence Export Controls,": what a person who heads, runs or chairs something heads is a body
  // (rule headed-by-relative-is-body). "who" before the verb makes it a person's act on an object, not a move ("heads
  // to Paris" has its preposition) nor a lead in a race.
  if (
    RECOGNITION_RULES.headedByRelativeIsBody.on &&
    HEADING_VERBS.has(previous) &&
    (words[chunk.tokenStart - 2] ?? '').toLowerCase() === 'who' &&
    !chunk.possessive &&
    !qualifiesNext &&
    !isKnownPlaceName(words.slice(chunk.tokenStart, chunk.tokenEnd).join(' '))
  )
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "in suburban Larchmont", "across northern Ohio": a part of a place, named after a preposition of place.
  if (PART_OF_PLACE_WORDS.has(previous) && PLACE_PREPOSITIONS.has((words[chunk.tokenStart - 2] ?? '').toLowerCase()))
    addStrong('Location', EVIDENCE_WEIGHTS.nameHead.value);
  // "LISBON, March 12 (Newsline) -", "OSLO (Nordpress) —": the name credited in a dateline's brackets is the agency that
  // filed the story (rule dateline-credit-outlet).
  if (RECOGNITION_RULES.datelineCreditOutlet.on && datelineCredit(words, chunk)) addStrong('MediaOrganization', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "told the Observer", "told the Financial Times": what is told with an article is a news outlet.
  if (previous === 'the' && /^(?:told|tells|telling)$/.test(words[chunk.tokenStart - 2] ?? ''))
    addStrong('MediaOrganization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "the official Xinhua news agency": a role word that qualifies the noun the name qualifies says nothing of the name.
  const describedAfter =
    RECOGNITION_RULES.roleWordBeforeDescribedName.on &&
    /^\p{Ll}/u.test(words[chunk.tokenEnd] ?? '') &&
    descriptorStartingAt(lowerWords.slice(chunk.tokenEnd, chunk.tokenEnd + 2), 0) !== undefined;
  if (ROLE_WORDS.has(previous) && /^\p{Lu}/u.test(itemAt(words, chunk.tokenStart)) && !describedAfter)
    addStrong('Person', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "firms like X", "groups such as X", "outlets including X".
  // "named by police as X", "identified by the agency as X": "as" without "such" names what someone calls X, not a
  // member of the kind before it.
  const namingAs = previous === 'as' && !before.slice(-4, -1).includes('such') && RECOGNITION_RULES.asWithoutSuchNoList.on;
  // "outlets including Germany's Tagesblick": the member listed is the name the possessor qualifies, not the possessor
  // (rule possessor-not-listed).
  const possessorListed = chunk.possessive && RECOGNITION_RULES.possessorNotListed.on;
  if (LIST_WORDS.has(previous) && !namingAs && !possessorListed) {
    const k = previous === 'as' && before[before.length - 2] === 'such' ? before.length - 2 : before.length - 1;
    const listed = descriptorEndingAt(before, k);
    if (listed) addStrong(listed.type, EVIDENCE_WEIGHTS.neighbourWord.value);
  }
  const listAt = RECOGNITION_RULES.possessorNotListed.on ? listWordBeforePossessor(words, chunk.tokenStart) : -1;
  if (listAt > 0) {
    const lowered = lowerWords.slice(0, listAt + 1);
    const k = lowered[listAt] === 'as' && lowered[listAt - 1] === 'such' ? listAt - 1 : listAt;
    const listed = lowered[listAt] === 'as' && k === listAt ? undefined : descriptorEndingAt(lowered, k);
    if (listed) addStrong(listed.type, EVIDENCE_WEIGHTS.neighbourWord.value);
  }

  // "lost 3-0 to X", "drew 1-1 with X", "X beat Y 2-1": a side in a low scoreline is a team (rule scoreline-side).
  if (RECOGNITION_RULES.scorelineSide.on && !knownPlace && inScoreline(words, chunk.tokenStart, chunk.tokenEnd))
    addStrong('SportsTeam', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Galtor Orsk ( Veldania ) 2 Halden ( Norway ) 1": a side of a results row, each with its country in brackets (rule
  // bracketed-score-side).
  if (RECOGNITION_RULES.bracketedScoreSide.on && !knownPlace && bracketedScoreSide(words, chunk.tokenStart, chunk.tokenEnd))
    addStrong('SportsTeam', EVIDENCE_WEIGHTS.neighbourWord.value);

  // "Halden 's Gary Breel was selected": one word that possesses a person's full name right after it names the club
  // or the body the person plays or works for, not another person (rule possessor-of-person-name).
  if (RECOGNITION_RULES.possessorOfPersonName.on && chunk.possessive && inName.length === 1 && !knownPlace && fullNameAt(words, chunk.tokenEnd + 1))
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);

  // After the name: "X software", "X conference", "X and other outlets", "X president Jane Doe", "X, Washington".
  const after = lowerWords.slice(chunk.tokenEnd + (chunk.possessive ? 1 : 0));
  const next = words[chunk.tokenEnd + (chunk.possessive ? 1 : 0)] ?? '';
  // "Tavaria's Labour Minister, Irena Kask,", "Tavaria's prime minister": only a state has ministers; a body named
  // with a word of its own ("the Labour Party's shadow minister") keeps its reading.
  const ministerAt = after[0] === 'minister' ? 0 : after[1] === 'minister' && /^\p{Ll}+$/u.test(after[0] ?? '') && after[0] !== 'shadow' ? 1 : -1;
  if (RECOGNITION_RULES.possessorOfMinister.on && chunk.possessive && ministerAt >= 0 && !head && !knownPlace)
    addStrong('Location', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "Carringford Mayor Rita Vannoy": a mayor's title written in capitals before a person's name splits the run of
  // capitals; the name before it is the town, as before a lower-case "mayor" (rule capitalised-mayor-before-name).
  if (
    RECOGNITION_RULES.capitalisedMayorBeforeName.on &&
    !chunk.possessive &&
    next === 'Mayor' &&
    /^\p{Lu}\p{Ll}/u.test(words[chunk.tokenEnd + 1] ?? '') &&
    !OFFICE_QUALIFIERS.has(lower)
  )
    addStrong('City', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Brenton City Councilwoman Desma Achterberg": the name before a town's council member's title is the town.
  if (RECOGNITION_RULES.councilTitleBeforeName.on && !chunk.possessive && COUNCIL_WORDS.has(after[0] ?? '') && COUNCIL_TITLES.has(after[1] ?? ''))
    addStrong('City', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Tacoma sportswear maker Northline", "Bergen broadcaster Vestkyst TV": a name before a few lower-case words that
  // end in a word for a business or an outlet, and then another name, is where that business is (rule
  // place-before-business-name).
  if (RECOGNITION_RULES.placeBeforeBusinessName.on && !chunk.possessive && !head && !ORG_SUFFIXES.has(last) && placeOfBusinessAfter(words, chunk.tokenEnd))
    addStrong('Location', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "a Bengaluru start-up founded in 2019", "the Halifax company whose": a place the lexicons know, after an article
  // and before a word for a business that no name follows, says where the business is (rule
  // known-place-before-business-word).
  if (
    RECOGNITION_RULES.knownPlaceBeforeBusinessWord.on &&
    knownPlace &&
    !chunk.possessive &&
    /^(?:a|an|the)$/.test(previous) &&
    businessWordAfter(words, chunk.tokenEnd)
  )
    addStrong('Location', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "Swan Coast Managing Director Rebecca Thornbury", "Velmont Chief Operating Officer Dana Liu": an office only a
  // business has, between two names, makes the first a business, however it is written (rule
  // business-office-between-names).
  if (RECOGNITION_RULES.businessOfficeBetweenNames.on && !chunk.possessive && !knownPlace && businessOfficeBeforeName(after, words, chunk.tokenEnd))
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  if (next && next === next.toLowerCase()) {
    const afterDescriptor = descriptorStartingAt(after, 0);
    // "the Tern fleet", "the Aeroflot fleet": a name before a lower-case "fleet" is the craft the fleet is made of or
    // its owner, never the fleet itself (rule fleet-after-name-no-unit).
    const fleetOfName = after[0] === 'fleet' && RECOGNITION_RULES.fleetAfterNameNoUnit.on;
    if (afterDescriptor && !fleetOfName && !chunk.possessive && !CORPORATE_PLURALS.has(after[0] ?? '')) {
      // "the Horizon conference", "Nimbus cloud" name the thing; "the Venice festival" is only held in a known place.
      const names = (afterDescriptor.type === 'Event' || afterDescriptor.type === 'Product') && !knownPlace;
      if (names) addStrong(afterDescriptor.type, EVIDENCE_WEIGHTS.neighbourWord.value);
      else
        add(
          votes,
          afterDescriptor.type,
          afterDescriptor.type === 'Event' || afterDescriptor.type === 'Product'
            ? EVIDENCE_WEIGHTS.neighbourWord.value
            : EVIDENCE_WEIGHTS.weakNeighbourWord.value,
        );
    }
    // "the Orbis messaging app", "its Nightjar surveillance tool": a word that says what the thing does may stand
    // between the name and the word for a product (rule modifier-before-product-word). A determiner before the name
    // is asked for, so that the name is the product's own and not its maker's ("Acme cloud software" stays open).
    const modifiedProduct =
      RECOGNITION_RULES.modifierBeforeProductWord.on &&
      !afterDescriptor &&
      !chunk.possessive &&
      !knownPlace &&
      PRODUCT_DETERMINERS.has(previous) &&
      /^\p{Ll}[\p{Ll}-]+$/u.test(after[0] ?? '') &&
      !FUNCTION_WORDS.has(after[0]!) &&
      !descriptorType(after[0]!) &&
      descriptorType(after[1] ?? '') === 'Product' &&
      productWordEndsPhrase(after[2]);
    if (modifiedProduct) addStrong('Product', EVIDENCE_WEIGHTS.neighbourWord.value);
    // "its Quill chatbot", "their Thermis climate-monitoring satellite": after a possessive determiner, a name the word
    // for a kind of made thing follows, with at most one modifier between, is that thing (rule product-kind-word);
    // after "the" it may be the maker's ("the Pfizer vaccine").
    if (RECOGNITION_RULES.productKindWord.on && !chunk.possessive && !knownPlace && POSSESSIVE_DETERMINERS.has(previous)) {
      const modifier = /^\p{Ll}[\p{Ll}-]+$/u.test(after[0] ?? '') && !FUNCTION_WORDS.has(after[0]!);
      const kindAt = PRODUCT_KIND_WORDS.has(after[0] ?? '') ? 0 : modifier && PRODUCT_KIND_WORDS.has(after[1] ?? '') ? 1 : -1;
      if (kindAt >= 0 && productWordEndsPhrase(after[kindAt + 1])) addStrong('Product', EVIDENCE_WEIGHTS.neighbourWord.value);
    }
    const firstAfter = after[0] ?? '';
    // "the Evanston mayor", "former Tulsa mayor Jo Lee": only a town has a mayor.
    // "Former mayor convicted": a word that qualifies the office is no place.
    // "the Biden administration", "the Obama administration's policy": the government named after its leader, a person.
    if (
      RECOGNITION_RULES.leaderBeforeAdministration.on &&
      !chunk.possessive &&
      firstAfter === 'administration' &&
      !knownPlace &&
      inName.length <= 3 &&
      !NOT_LEADERS.has(lower) &&
      !countryOfWord(text, true)
    )
      addStrong('Person', EVIDENCE_WEIGHTS.decisiveContext.value);
    else if (RECOGNITION_RULES.mayorsPlace.on && !chunk.possessive && MAYOR_WORDS.has(firstAfter) && !OFFICE_QUALIFIERS.has(lower))
      addStrong('City', EVIDENCE_WEIGHTS.neighbourWord.value);
    // "Texas governor Greg Abbott", "Lyon prosecutor Ana Roy": a known place before an office only places have.
    else if (RECOGNITION_RULES.placeOfficeBeforeName.on && knownPlace && !chunk.possessive && PLACE_OFFICES.has(firstAfter))
      addStrong('Location', EVIDENCE_WEIGHTS.neighbourWord.value);
    else if (ROLE_WORDS.has(firstAfter) && /^\p{Lu}/u.test(words[chunk.tokenEnd + 1] ?? ''))
      addStrong('Organization', EVIDENCE_WEIGHTS.weakNeighbourWord.value);
    // "Terra Fidelis executive director Helena Strand": an office of a body's head, qualified, between two names makes
    // the first its employer (rule qualified-office-between-names).
    else if (RECOGNITION_RULES.qualifiedOfficeBetweenNames.on && !chunk.possessive && !knownPlace && qualifiedOfficeBeforeName(after, words, chunk.tokenEnd))
      addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
    // "a former Acme engineer", "the Acme spokesman": a name between an article and a role is the employer.
    else if (
      ROLE_WORDS.has(firstAfter) &&
      !chunk.possessive &&
      /^(?:a|an|the|former|ex)$/i.test(words[chunk.tokenStart - 1] ?? '') &&
      !PLACE_ROLE_WORDS.has(firstAfter)
    )
      add(votes, 'Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
    if (after[0] === 'and' && after[1] === 'other') {
      const other = descriptorStartingAt(after, 2) ?? descriptorStartingAt(after, 3);
      if (other) addStrong(other.type, EVIDENCE_WEIGHTS.neighbourWord.value);
    }
  }
  // "Quorra says it will", "Quorra said that its profit fell": what the name is referred back to by "it" is no
  // person. (Places are left out: "France said it would" is the state, typed as its place.)
  if (RECOGNITION_RULES.itSaysOrganisation.on && !chunk.possessive && !knownPlace && previous !== 'of' && SAYS.has(after[0] ?? '')) {
    const pronoun = after[1] === 'that' ? after[2] : after[1];
    if (pronoun === 'it' || pronoun === 'its') addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  }
  // "Hartwell Grant has hired Sofia Lindgren, …, as its new head of research": who appoints someone "as its" title is
  // an organisation (rule appointer-as-its).
  if (RECOGNITION_RULES.appointerAsIts.on && !chunk.possessive && !knownPlace && appointsAsIts(tokens, chunkInSentence.tokenEnd))
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Acme, which makes pumps": what "which" refers back to is a thing, not a person. (Places are left out, as above.)
  // It only weighs against the tagger's reading of a name it found: "the Energy Charter Treaty, which" is no name
  // to add.
  if (RECOGNITION_RULES.whichRefersToThing.on && strong && !chunk.possessive && !knownPlace && next === ',' && after[1] === 'which')
    add(strong, 'Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Sohn's New Jersey home", "Doe's Ohio farmhouse": who has a home somewhere is a person.
  if (chunk.possessive) {
    let k = chunk.tokenEnd + 1;
    while (k < words.length && k < chunk.tokenEnd + 5 && /^\p{Lu}/u.test(words[k] ?? '')) k++;
    if (k > chunk.tokenEnd + 1 && /^(?:home|hometown|house|residence|apartment|farmhouse)$/.test(words[k] ?? ''))
      addStrong('Person', EVIDENCE_WEIGHTS.neighbourWord.value);
  }
  // "Acme's chief executive", "Acme's shareholders", "Acme offices": what only a company has.
  // "Quillmark's chief technology officer", "Acme's chief operating officer": only a business has a chief officer of a
  // function (rule chief-officer-possessor); a person has a "chief of staff".
  const chiefOfficer =
    RECOGNITION_RULES.chiefOfficerPossessor.on && after[0] === 'chief' && /^\p{Ll}+$/u.test(after[1] ?? '') && after[1] !== 'of' && after[2] === 'officer';
  if (
    chunk.possessive &&
    (chiefOfficer || CORPORATE_WORDS.has(after[0] === 'chief' || after[0] === 'former' || after[0] === 'new' ? (after[1] ?? '') : (after[0] ?? '')))
  )
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  else if (!chunk.possessive && CORPORATE_PLURALS.has(after[0] ?? '') && next === next.toLowerCase())
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  if (ownedPart) addStrong('Company', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Tamsk, capital of Marovia,", "Lenz, 50 km south of Orsk,": an apposition that makes the name a capital, or measures
  // it from another place, says it is a place (rule measured-place-apposition).
  if (RECOGNITION_RULES.measuredPlaceApposition.on && next === ',' && !chunk.possessive) {
    if (after[1] === 'capital' && after[2] === 'of') addStrong('City', EVIDENCE_WEIGHTS.neighbourWord.value);
    else if (measuredApposition(after)) addStrong('Location', EVIDENCE_WEIGHTS.neighbourWord.value);
  }
  // "Trevixa, a blood thinner made by …", "Pondly Assist, a feature that drafts replies": an apposition whose head is a
  // word for a kind of made thing says the name is one (rule product-kind-word).
  if (
    RECOGNITION_RULES.ownedProductApposition.on &&
    next === ',' &&
    !chunk.possessive &&
    !knownPlace &&
    ownedProductApposition(words.slice(chunk.tokenEnd), after)
  )
    addStrong('Product', EVIDENCE_WEIGHTS.neighbourWord.value);
  if (RECOGNITION_RULES.productKindWord.on && !chunk.possessive && !knownPlace && productKindApposition(after))
    addStrong('Product', EVIDENCE_WEIGHTS.neighbourWord.value);
  // Apposition: "Jane Doe, a spokeswoman for ...", "Acme, the French energy group".
  // "Jane Doe, the bank's chairman": the possessive's owner is not what the name is.
  // "south of Rabat, an official source said": a noun phrase that runs into a verb of saying is a reporting clause's
  // subject, not an apposition.
  const reporting = RECOGNITION_RULES.reportingSubjectNoApposition.on && opensReportingClause(words, chunk.tokenEnd + (chunk.possessive ? 1 : 0) + 2);
  if (next === ',' && /^(a|an|the)$/.test(after[1] ?? '') && !reporting) {
    // "Leonard Fisk, the transit authority's executive director": a possessor of two words is an owner too (rule
    // two-word-possessor-in-apposition).
    const owned =
      /^['’]s?$/.test(after[3] ?? '') ||
      (RECOGNITION_RULES.twoWordPossessorInApposition.on && /^['’]s?$/.test(after[4] ?? '') && /^\p{Ll}+$/u.test(after[3] ?? ''));
    // "Jane Doe, a City Council member", "Doe, a senior Defence Ministry official": the apposition's last word is
    // what the name is; the descriptor before it names where the person works.
    // The head comes before any preposition: "a lender to the mayor" is a lender.
    const close = after.findIndex((w, k) => k > 1 && (w === ',' || w === '.' || w === 'who' || w === 'and' || APPOSITION_PREPOSITIONS.has(w)));
    const head = close > 2 ? (after[close - 1] ?? '') : '';
    const headIsRole = ROLE_WORDS.has(head) || OCCUPATIONS.has(head);
    // "Senator Patricia Lowe of Maryland, a member of the Senate": after "Name of Place" the apposition that gives a
    // role describes the person the place follows, not the known place (rule role-apposition-after-person-of-place).
    const personOfPlace =
      RECOGNITION_RULES.roleAppositionAfterPersonOfPlace.on &&
      knownPlace &&
      words[chunk.tokenStart - 1] === 'of' &&
      /^\p{Lu}\p{Ll}/u.test(words[chunk.tokenStart - 2] ?? '');
    if (!personOfPlace && (headIsRole || ROLE_WORDS.has(after[2] ?? '') || ROLE_WORDS.has(after[3] ?? '') || (owned && ROLE_WORDS.has(after[4] ?? ''))))
      addStrong('Person', EVIDENCE_WEIGHTS.neighbourWord.value);
    // "Astrelis, a unit of the pension fund Fundo Mareira": a unit or division "of" a body is part of a business, not of an army.
    const partOfBody = RECOGNITION_RULES.unitOfBody.on && [2, 3, 4].some((k) => PART_OF_BODY.has(after[k] ?? '') && after[k + 1] === 'of');
    // "Quillmark, a software start-up that makes …": the apposition's head noun says what the name is, and a noun
    // before it ("software") only says what kind.
    // "IPF, a Vienna-based press freedom group": a place written into a modifier only says where the body is, and the
    // head noun is read as if the modifier were not there (rule based-modifier-before-head).
    const basedFirst = RECOGNITION_RULES.basedModifierBeforeHead.on && /^\S+-(?:based|headquartered)$/.test(after[2] ?? '');
    const appositionWords = basedFirst ? [...after.slice(0, 2), ...after.slice(3)] : after;
    const headOfBody = RECOGNITION_RULES.appositionHeadBody.on && !owned && !headIsRole ? apposedBodyHead(appositionWords) : undefined;
    const described =
      owned || headIsRole ? undefined : partOfBody ? { type: 'Company' as const, length: 1 } : (headOfBody ?? apposedDescriptor(appositionWords));
    // "Norway, the Norwegian Fisheries Council": a capitalised name after the comma is another name, not a description.
    // "Vantix, a Seoul-based startup,": a place written into a modifier is no name of its own either.
    const opening = words[chunk.tokenEnd + 2] ?? '';
    // "Volkov Aero, a Russian company": an adjective of a country before a lower-case word is a description too.
    const nationalOpening =
      RECOGNITION_RULES.nationalityInApposition.on && Boolean(countryOfWord(opening, true)) && /^\p{Ll}/u.test(words[chunk.tokenEnd + 3] ?? '');
    const lowerCase = /^\p{Ll}/u.test(opening) || (RECOGNITION_RULES.basedModifierInApposition.on && PLACE_MODIFIER.test(opening)) || nationalOpening;
    // "Harbour Workers United, the union organising the dockers": a body the apposition calls another kind is no club.
    if (
      clubWord &&
      described &&
      lowerCase &&
      isA(described.type, 'Organization') &&
      described.type !== 'SportsTeam' &&
      RECOGNITION_RULES.describedBodyOverClubWord.on
    ) {
      take(votes, 'SportsTeam', EVIDENCE_WEIGHTS.nameHead.value);
      if (strong) take(strong, 'SportsTeam', EVIDENCE_WEIGHTS.nameHead.value);
      addStrong('Organization', EVIDENCE_WEIGHTS.nameHead.value);
    }
    // "a claim with the Halvern Arbitration Centre in Geneva, a body linked to the UN": after "Name in Place" an
    // apposition that calls it a body describes the name the place follows, not the known place (rule
    // apposition-after-name-in-place).
    const placeOfNameBefore =
      RECOGNITION_RULES.appositionAfterNameInPlace.on &&
      knownPlace &&
      words[chunk.tokenStart - 1] === 'in' &&
      /^\p{Lu}/u.test(words[chunk.tokenStart - 2] ?? '') &&
      described !== undefined &&
      rootType(described.type) !== 'Location';
    if (placeOfNameBefore) {
      // The apposition says nothing of the place.
    } else if (described && lowerCase) addStrong(described.type, EVIDENCE_WEIGHTS.neighbourWord.value);
    else if (described) add(votes, described.type, EVIDENCE_WEIGHTS.neighbourWord.value);
  }
  // "Ostrander Weil, Germany's second-biggest carmaker,", "Varnholt, the Philippines' third-largest brewer": a place's
  // (or "the country's") superlative before a body's descriptor says what the name is; the place is no owner (rule
  // place-superlative-descriptor).
  if (RECOGNITION_RULES.placeSuperlativeDescriptor.on && next === ',' && !chunk.possessive) {
    const described = placeSuperlativeDescriptor(words.slice(chunk.tokenEnd), after);
    if (described) addStrong(described.type, EVIDENCE_WEIGHTS.neighbourWord.value);
  }
  if (next === ',' && US_STATES.has((words[chunk.tokenEnd + 1] ?? '').toLowerCase()) && chunk.tokenEnd + 2 <= words.length)
    addStrong('City', EVIDENCE_WEIGHTS.neighbourWord.value);
  // A dateline: "BRISBANE, Australia (AP) —", "Saint-Gall, Switzerland, Feb 2 (AFP) —": the place a story is filed
  // from opens the text, a country or state after it, then the agency, a date or a dash.
  else if (chunk.tokenStart <= 4 && next === ',' && isDatelineTail(words, chunk.tokenEnd + 1)) addStrong('City', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "HOUSTON (Reuters) -": a name in capitals that opens a sentence, then an agency in brackets and a dash, is the
  // place the story is filed from, whatever team or firm shares its name (rule dateline-before-agency).
  if (RECOGNITION_RULES.datelineBeforeAgency.on && chunk.tokenStart === 0 && text === text.toUpperCase() && agencyThenDash(words, chunk.tokenEnd))
    addStrong('City', EVIDENCE_WEIGHTS.decisiveContext.value);
  // "Acme, founded by Jane Doe in 2010": what is founded is an organisation.
  if ((next === ',' ? after[1] : after[0]) === 'founded' && (next === ',' ? after[2] : after[1]) === 'by')
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Cobalt Ridge, founded in 2004 by …", "Sendara was founded in 2019": a name set off before "founded", or its
  // subject in the passive, is what was founded, a body; a founder is written before "founded" without either
  // (rule founded-name-is-body).
  else if (RECOGNITION_RULES.foundedNameIsBody.on && !chunk.possessive && foundedAfterName(after))
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Sendara has raised $38 million in a Series B funding round": what raises a round of funding is a business
  // (rule funding-round-raiser-is-body); a person or a campaign raises money without one.
  else if (RECOGNITION_RULES.fundingRoundRaiserIsBody.on && !chunk.possessive && raisesFundingRound(tokens, chunkInSentence.tokenEnd))
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Wexcombe City were taken over by …", "Vantorre Auto was acquired in 2019", "took over Wexcombe City": what is
  // bought or taken over is a business; a known place is not read so (rule taken-over-is-business).
  if (
    RECOGNITION_RULES.takenOverIsBusiness.on &&
    !chunk.possessive &&
    (boughtInPassive(after) || takenOverBefore(words, chunk.tokenStart)) &&
    !isKnownPlaceName(text)
  )
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  // "Litoral Andino is controlled by Grupo Cordillera", "Archipelago, which is 35% owned by Hoshi Air": what another
  // owns or controls by a share is a business; a known place is not read so (rule owned-by-is-business).
  else if (RECOGNITION_RULES.ownedByIsBusiness.on && !chunk.possessive && ownedInPassive(words.slice(chunk.tokenEnd)) && !isKnownPlaceName(text))
    addStrong('Organization', EVIDENCE_WEIGHTS.neighbourWord.value);
  if (US_STATES.has(lower) && words[chunk.tokenStart - 1] === ',' && /^\p{Lu}/u.test(words[chunk.tokenStart - 2] ?? ''))
    addStrong('Region', EVIDENCE_WEIGHTS.decisiveContext.value);
  if (lower === 'washington' || US_STATES.has(lower))
    if (after[0] === 'state' && !descriptorType(after[1] ?? '')) add(votes, 'Region', EVIDENCE_WEIGHTS.decisiveContext.value);

  // Weak prior: two or three capitalised words with nothing else known are most often a person's name.
  if (
    votes.size === 0 &&
    inName.length >= 2 &&
    inName.length <= 4 &&
    inName.every((w) => /^(\p{Lu}\p{Ll}+([-'’]\p{Lu}\p{Ll}+)*|bin|ibn|al|van|von|de|der|(al|el)-\p{Lu}\p{Ll}+)$/u.test(w))
  )
    add(votes, 'Person', EVIDENCE_WEIGHTS.personShape.value);
  return votes;
}

/** Most words of a possessor between a list word and the name it qualifies ("including South Korea's X"). */
const MAX_POSSESSOR_WORDS = 3;

/**
 * The index of the list word ("including", "like", "as") before a possessor that qualifies the name starting at
 * `start` ("outlets including Germany's Tagesblick"), or -1 when the name follows no such possessor.
 */
function listWordBeforePossessor(words: readonly string[], start: number): number {
  if (!/^['’]s?$/.test(words[start - 1] ?? '')) return -1;
  let k = start - 2;
  while (k >= 0 && k > start - 2 - MAX_POSSESSOR_WORDS && /^\p{Lu}/u.test(words[k] ?? '')) k--;
  return k < start - 2 && LIST_WORDS.has((words[k] ?? '').toLowerCase()) ? k : -1;
}
