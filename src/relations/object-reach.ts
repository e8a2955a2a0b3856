// How far a verb's object reaches: the entity after a verb and the words between them may be no object of the verb.
// "investigated the attack alongside the police", "recorded with X": the police and X are the subject's companions;
// "attacked a university in Texas": the place only locates the object the verb took, the university.
import type { RelationDef } from './signals.js';
import { verbTypes } from './signals.js';
import { DETERMINERS, NOUN_PREPOSITIONS } from './pair-match.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

/** Prepositions that place the noun before them ("a plant in", "his home near"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside']);
const COORDINATORS = new Set(['and', 'or', 'but', ',']);
/** Prepositions of the means by which a verb is carried out ("through a deal with", "under a contract with"). */
const MEANS = new Set(['through', 'via', 'under']);
/** Prepositions of the channel a thing passes through on its way ("through its agency", "via Turkey"). */
const CHANNEL = new Set(['through', 'via']);
/** Kinds of place written before "of" and a place's name ("the town of", "the province of"). */
const PLACE_KINDS = new Set(['town', 'city', 'village', 'port', 'province', 'state', 'region', 'district', 'island', 'county', 'capital']);
/** Compass words written before a place's name ("eastern Europe", "north-west Syria"). */
const COMPASS = /^(?:north|south|east|west|central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western)$/;
/** Verbs whose target "with" introduces, besides the symmetric types: "merged with". */
const WITH_TARGET = new Set(['merge']);

/** A place's name joined to "-based", "-headquartered" or "-listed" in one word ("dallas-based"). */
const BASED_COMPOUND = /-(?:based|headquartered|listed)$/;

/** Conjunctions that open a clause of their own, whose subject is not the verb's object. */
const SUBORDINATORS = new Set(['because', 'although', 'though', 'whereas', 'unless']);

/** Whether the words between a verb and a name open another clause: a subordinator, "so that", or ", which". */
function opensOtherClause(after: readonly string[]): boolean {
  return after.some((w, k) => k > 0 && (SUBORDINATORS.has(w) || (w === 'that' && after[k - 1] === 'so') || (w === 'which' && after[k - 1] === ',')));
}

/** Words of time that open an adjunct of their own after a verb's object ("praised the bowlers after …"). */
const TIME_OPENERS = new Set(['after', 'before', 'when', 'while', 'until']);

/**
 * Whether a word of time stands past the verb's own first word ("praised the bowlers after Kent captain Rob Nales
 * took four wickets"): what follows it is another event, or the time of this one, and a name there is not what the
 * verb was done to (rule time-clause-ends-object). Right after the verb ("met after the vote") it is left alone.
 */
const timeClauseBefore = (after: readonly string[]) => after.some((w, k) => k > 0 && TIME_OPENERS.has(w));

/** Verbs of protest that take no object of their own: what they are against follows "against". */
const INTRANSITIVE_PROTESTS = new Set(['campaign', 'march', 'demonstrate', 'rally', 'protest']);
/** Prepositions after such a verb that name where, for whom or with whom, never an opponent. */
const NOT_OPPONENT = new Set(['in', 'across', 'through', 'throughout', 'around', 'for', 'with', 'alongside', 'among']);

/**
 * Whether an intransitive verb of protest reaches the name only through a place, a beneficiary or a companion
 * ("campaigned in Dakota with Jim Carlow", "campaigned across the south, visiting Tarrow", "campaigned for the Green
 * Alliance", "marched in Lindau"), with no "against" on the way: electoral campaigning or a march somewhere is no
 * protest against the place or the ally (rule protest-verb-without-opponent).
 */
function protestWithoutOpponent(lemma: string, after: readonly string[]): boolean {
  if (!INTRANSITIVE_PROTESTS.has(lemma) || after.includes('against')) return false;
  const first = after.find((w) => !/^[a-z]+ly$/.test(w) && w !== 'hard' && w !== 'again' && w !== 'also');
  return first !== undefined && NOT_OPPONENT.has(first);
}

/** Nouns for a copy of a made thing ("a copycat of X", "a remake of X"): what the verb took is the copy, not X. */
const COPY_NOUNS = new Set(['copycat', 'copycats', 'clone', 'clones', 'knockoff', 'knock-off', 'imitation', 'copy', 'remake', 'rip-off']);
/** Words before "version" that make it another's copy ("its own version of", "a generic version of"). */
const COPY_VERSION_MARKS = new Set(['own', 'generic', 'rival', 'cheaper', 'copycat', 'local']);

/**
 * Whether the words between a verb and the entity end in a noun for a copy and "of" ("launched a copycat of", "sells
 * a generic version of"), with at most two words before the noun (rule copy-of-object): the verb took the copy.
 */
function copyOfEntity(after: readonly string[]): boolean {
  const n = after.length;
  if (n < 2 || n > 4) return false;
  const words = after.map((w) => w.toLowerCase());
  if (words[n - 1] !== 'of') return false;
  const noun = words[n - 2]!;
  const copy = COPY_NOUNS.has(noun) || (/^versions?$/.test(noun) && words.slice(0, n - 2).some((w) => COPY_VERSION_MARKS.has(w)));
  return copy && onlyModifiers(words.slice(0, n - 2));
}

/**
 * Nouns for a measure of a thing: its price, its cost, a rate or a forecast. "cut the price of the Vela" or "dropped
 * its fees for Orvia" lowers a number; the verb's object is the measure, and the entity after "of", "for" or "on" is
 * no service or tie that was ended (rule measure-of-object).
 */
const MEASURE_NOUNS = new Set(
  `price prices cost costs rate rates fee fees fare fares tariff tariffs tax taxes forecast forecasts estimate estimates
  budget budgets spending salary salaries wage wages bonus bonuses dividend dividends target targets value valuation`.split(/\s+/),
);
const MEASURE_PREPOSITIONS = new Set(['of', 'for', 'on']);

/**
 * Whether the words between a verb of ending and the entity end in a noun for a measure and "of", "for" or "on" ("cut
 * the price of", "slashed its fees for"), with at most three words before the noun (rule measure-of-object).
 */
function measureOfEntity(types: readonly RelationDef[], after: readonly string[]): boolean {
  if (!types.some((t) => t.family === 'termination')) return false;
  const words = after.map((w) => w.toLowerCase());
  // "the price of the Vela", "the price of its Orbit console": an article or an owner before the entity.
  while (words.length && (DETERMINERS.has(words.at(-1)!) || words.at(-1) === 'its' || words.at(-1) === 'their')) words.pop();
  const n = words.length;
  if (n < 2 || n > 5) return false;
  return MEASURE_PREPOSITIONS.has(words[n - 1]!) && MEASURE_NOUNS.has(words[n - 2]!) && onlyModifiers(words.slice(0, n - 2));
}

/** Words that may stand between a preposition and its entity: articles, possessives, adjectives, nouns. */
const onlyModifiers = (words: readonly string[]) => words.every((w) => !NOUN_PREPOSITIONS.has(w) && w !== 'by' && !COORDINATORS.has(w) && !verbTypes(w));

/** A lower-case common noun: no article, adverb, number, preposition or verb of the schema. */
const isCommonNoun = (w: string) =>
  /^[a-z][a-z'-]*[a-z]$/.test(w) && !/ly$/.test(w) && !DETERMINERS.has(w) && !NOUN_PREPOSITIONS.has(w) && !COORDINATORS.has(w) && !verbTypes(w);

/**
 * Whether the entity after `after` (the words between a verb and it) is no object of the verb: a companion joined by
 * "with" or "alongside" (rule companion-not-object), or a place that only locates a noun the verb took (rule
 * place-of-object-noun). Verbs whose target "with" introduces (partner, clash, merge) and verbs of location keep it.
 */
export function outsideVerbReach(lemma: string, types: readonly RelationDef[], after: readonly string[], rightIsPlace: boolean, rightWord = ''): boolean {
  // "sued the founder of a Dallas-based lending startup": a place written as the first part of "-based" only says
  // where the noun after it is; no verb is done to it (rule based-place-not-object).
  if (rightIsPlace && BASED_COMPOUND.test(rightWord) && ruleOn('based-place-not-object') && types.every((t) => t.family !== 'location')) return true;
  // "tracks unusual logins, which limited his access", "monitor for fraud so that it stopped his attempts": a clause
  // opened after the verb's own words is another clause, and a name in it is not what the verb is done to (rule
  // subordinate-clause-ends-object).
  if (ruleOn('subordinate-clause-ends-object') && opensOtherClause(after)) return true;
  if (ruleOn('time-clause-ends-object') && timeClauseBefore(after)) return true;
  if (ruleOn('protest-verb-without-opponent') && protestWithoutOpponent(lemma, after)) return true;
  // "have played in Sacramento since 2014", "raced at Monza": a place reached through "in" or "at" right after a verb of
  // competing is where the side plays, never its opponent (rule venue-not-opponent).
  if (
    rightIsPlace &&
    types.every((t) => t.family === 'competition') &&
    /^(?:in|at)$/.test(after[0] ?? '') &&
    after.slice(1).every((w) => DETERMINERS.has(w)) &&
    ruleOn('venue-not-opponent')
  )
    return true;
  // "alongside" joins a companion wherever it stands; "with" only right after the verb: after an object it may name
  // the object's other party ("cut ties with X", "ended its contract with X").
  const companion = after.findLastIndex((w, k) => w === 'alongside' || (w === 'with' && k === 0));
  if (
    companion >= 0 &&
    ruleOn('companion-not-object') &&
    onlyModifiers(after.slice(companion + 1)) &&
    !types.some((t) => t.symmetric) &&
    !WITH_TARGET.has(lemma)
  )
    return true;
  // "Beltane TV launched a copycat of Homefront Swap": the copy is the object, and what it copies the verb never took.
  if (ruleOn('copy-of-object') && copyOfEntity(after)) return true;
  // "Kazama cut the price of the Pocket Star": a verb of ending lowered a measure of the entity, and ended nothing of it.
  if (ruleOn('measure-of-object') && measureOfEntity(types, after)) return true;
  // "will buy the drug through a deal with Halcott": the party after "with" is the deal's, the means by which the
  // verb's own object is taken (rule party-of-means-phrase). A verb with a recipient ("supplies fuel under a
  // contract with the army") may have its recipient there, and is left alone.
  const withAt = after.lastIndexOf('with');
  const meansAt = after.findIndex((w, k) => k >= 1 && k < withAt && MEANS.has(w));
  if (
    meansAt >= 1 &&
    types.every((t) => !t.objectPreposition) &&
    onlyModifiers(after.slice(meansAt + 1, withAt)) &&
    onlyModifiers(after.slice(withAt + 1)) &&
    ruleOn('party-of-means-phrase')
  )
    return true;
  // "will provide seeds to farmers through its agency, Agrofondo": the party after "through" or "via" (set off by a
  // comma when an apposition names it) is the channel the verb works through, never its object or recipient (rule
  // channel-not-object). Verbs of location keep it: "a road through X" places.
  const channelAt = after.findLastIndex((w) => CHANNEL.has(w));
  const channelWords = after.slice(channelAt + 1);
  if (channelWords.at(-1) === ',') channelWords.pop();
  if (channelAt >= 0 && ruleOn('channel-not-object') && onlyModifiers(channelWords) && types.every((t) => t.family !== 'location')) return true;
  if (!rightIsPlace || !ruleOn('place-of-object-noun') || types.some((t) => t.family === 'location')) return false;
  let k = after.length - 1;
  // "rights in eastern Europe": a compass word before the place is part of where the noun is (rule compass-before-place).
  const skipDeterminers = () => {
    while (k >= 0 && (DETERMINERS.has(after[k]!) || (COMPASS.test(after[k]!) && ruleOn('compass-before-place')))) k--;
  };
  skipDeterminers();
  // "near the town of Sierra Blanca": the kind of place named before "of" is the place itself.
  if (k >= 2 && after[k] === 'of' && PLACE_KINDS.has(after[k - 1]!) && ruleOn('place-kind-of-name')) {
    k -= 2;
    skipDeterminers();
  }
  if (k < 1 || !LOCATIVE.has(after[k]!) || types.some((t) => t.objectPreposition === after[k])) return false;
  // "sells two million cars a year, mostly in Japan": an adverb of degree, and a comma before it, still leave the
  // place to the noun (rule adverb-before-object-place).
  let noun = k - 1;
  if (ruleOn('adverb-before-object-place')) while (noun > 0 && (/^[a-z]+ly$/.test(after[noun]!) || after[noun] === ',')) noun--;
  // "blamed weak demand in Asia", "cited strong sales in Ostrava": a word the schema also reads as a verb is a noun
  // after an adjective or an article that follows the verb's own first word (rule modified-verb-word-noun).
  const modifiedNoun =
    noun >= 1 &&
    verbTypes(after[noun]!) !== undefined &&
    (DETERMINERS.has(after[noun - 1]!) || isCommonNoun(after[noun - 1]!)) &&
    ruleOn('modified-verb-word-noun');
  return isCommonNoun(after[noun]!) || modifiedNoun;
}
