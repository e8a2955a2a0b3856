// Lookups from sentence words to relation types, derived from graph-schema/relation-types.json (the only place
// signal words live): verb lemmas, nominalisations, multi-word phrases and the role nouns that make titles.
import { relationTypes, type RelationTypeDefinition } from '../schema/schema.js';
import { lemmaCandidates } from './lemma.js';
import { relationRuleOn } from './relation-rules.js';
import { countryByAdjective } from '../recognition/lexicon/countries.js';

export type RelationDef = RelationTypeDefinition;

const byVerb = new Map<string, RelationDef[]>();
const byNoun = new Map<string, RelationDef[]>();
/** Phrases as token sequences, longest first, so "in partnership with" wins over "with". */
const phrases: { words: string[]; type: RelationDef; inverse: boolean }[] = [];

function index(map: Map<string, RelationDef[]>, key: string, type: RelationDef) {
  const list = map.get(key) ?? [];
  if (!list.includes(type)) list.push(type);
  map.set(key, list);
}

for (const type of relationTypes) {
  if (type.name === 'RELATED_TO') continue;
  for (const verb of type.signals.verbs) index(byVerb, verb.toLowerCase(), type);
  for (const noun of type.signals.nouns) index(byNoun, noun.toLowerCase(), type);
  for (const phrase of type.signals.phrases) phrases.push({ words: phrase.toLowerCase().split(/\s+/), type, inverse: false });
  for (const phrase of type.signals.inversePhrases ?? []) phrases.push({ words: phrase.toLowerCase().split(/\s+/), type, inverse: true });
}
// A verb shared by several types tries the most specific type (the one with the fewest signal verbs) first;
// endpoint types then decide among them.
for (const list of byVerb.values()) list.sort((a, b) => a.signals.verbs.length - b.signals.verbs.length);
phrases.sort((a, b) => b.words.length - a.words.length);

/** Role nouns that make a title ("executive director", "spokesman"), from WORKS_FOR's signal nouns. */
export const ROLE_NOUNS = new Set(relationTypes.find((t) => t.name === 'WORKS_FOR')?.signals.nouns ?? []);

/** Nouns of an office held toward a place ("coach", "minister"), from HOLDS_ROLE_IN's titles; "Paris lawyer" is none. */
export const OFFICE_TITLES = new Set(relationTypes.find((t) => t.name === 'HOLDS_ROLE_IN')?.signals.titles ?? []);

export { OCCUPATIONS } from '../recognition/lexicon/words.js';

/** A word's reading as a verb of the schema. */
interface VerbReading {
  readonly lemma: string;
  readonly types: RelationDef[];
  /** Read through a doubled final "l" ("cancelled"), which only rule doubled-l-past allows. */
  readonly doubledL?: true;
  /** A verb of putting a member out of a body ("expelled"), which only rule expelled-member allows. */
  readonly expelling?: true;
  /** A five-letter "-ing" form ("suing", "using"), which only rule short-ing-form allows. */
  readonly shortIng?: true;
}

/** Answers of `verbTypes` by word (null for none): every pair of a sentence asks about the same words again. */
const verbTypesByWord = new Map<string, VerbReading | null>();

function verbReading(word: string): VerbReading | null {
  let found = verbTypesByWord.get(word);
  if (found === undefined) {
    found = lemmaReading(word) ?? britishDoubledL(word) ?? expellingReading(word) ?? shortIngReading(word) ?? null;
    // Bounded, so a long run of unusual words cannot grow it without end.
    if (verbTypesByWord.size > 100_000) verbTypesByWord.clear();
    verbTypesByWord.set(word, found);
  }
  return found;
}

/** The relation types a word signals as a verb (any inflection), or undefined. The answer is shared: do not change it. */
export function verbTypes(word: string): { readonly lemma: string; readonly types: RelationDef[] } | undefined {
  const found = verbReading(word);
  // The rule is asked on each call, so switching it takes effect at once although the reading is cached.
  return found &&
    (!found.doubledL || relationRuleOn('doubled-l-past')) &&
    (!found.expelling || relationRuleOn('expelled-member')) &&
    (!found.shortIng || relationRuleOn('short-ing-form'))
    ? found
    : undefined;
}

/**
 * The relation types a word signals as a verb through its lemmas alone, as the pair classifier's feature set reads
 * them: a reading added for the patterns (doubled-l-past) would change the features under a model trained without it.
 */
export function verbTypesByLemma(word: string): { readonly lemma: string; readonly types: RelationDef[] } | undefined {
  const found = verbReading(word);
  return found && !found.doubledL && !found.expelling && !found.shortIng ? found : undefined;
}

function lemmaReading(word: string): VerbReading | undefined {
  for (const lemma of lemmaCandidates(word)) {
    const types = byVerb.get(lemma);
    if (types) return { lemma, types };
  }
  return undefined;
}

/**
 * "cancelled", "cancelling", "labelled": British spelling doubles a final "l" that the lemma ("cancel") has once, and
 * the lemmatiser keeps both so that "called" stays "call". Only a word no lemma answers is read so (rule doubled-l-past).
 */
function britishDoubledL(word: string): VerbReading | undefined {
  const stem = /^([a-z]{2,}l)l(?:ed|ing)$/.exec(word.toLowerCase())?.[1];
  const types = stem === undefined ? undefined : byVerb.get(stem);
  return stem !== undefined && types ? { lemma: stem, types, doubledL: true } : undefined;
}

/**
 * "is suing", "was using", "owing": the lemmatiser strips "-ing" only from words of six letters or more, so that "king"
 * and "thing" stay whole, and a five-letter form of a schema verb whose stem is two letters was read as no verb
 * (rule short-ing-form). The stem with "e" ("sue", "use", "owe") is tried before the bare one ("do", "go").
 */
function shortIngReading(word: string): VerbReading | undefined {
  const stem = /^([a-z]{2})ing$/.exec(word.toLowerCase())?.[1];
  if (stem === undefined) return undefined;
  for (const lemma of [`${stem}e`, stem]) {
    const types = byVerb.get(lemma);
    if (types) return { lemma, types, shortIng: true };
  }
  return undefined;
}

/**
 * "expelled", "disqualifies": a body that puts a member out of its ranks ends its tie with the member, as
 * TERMINATED_SERVICE says of a service cut off. The schema's verbs of ending take a service or a contract as object;
 * these take the member (rule expelled-member).
 */
const EXPELLING_LEMMAS = new Set(['expel', 'disqualify']);
const terminated = relationTypes.filter((t) => t.name === 'TERMINATED_SERVICE');

function expellingReading(word: string): VerbReading | undefined {
  const w = word.toLowerCase();
  const doubled = /^([a-z]{2,}l)l(?:ed|ing)$/.exec(w)?.[1];
  const lemma = [...lemmaCandidates(w), ...(doubled === undefined ? [] : [doubled])].find((c) => EXPELLING_LEMMAS.has(c));
  return lemma !== undefined && terminated.length ? { lemma, types: terminated, expelling: true } : undefined;
}

/** The relation types a word signals as a nominalisation ("acquisition", "investigation"), or undefined. */
export function nounTypes(word: string): RelationDef[] | undefined {
  const w = word.toLowerCase();
  return byNoun.get(w) ?? (w.endsWith('s') ? byNoun.get(w.slice(0, -1)) : undefined);
}

/**
 * Nouns that take their target after a preposition ("a lawsuit against", "an investigation into", "a deal with"), from the
 * schema's phrases that end in a noun and a preposition; the noun must be one of the schema's signal nouns or stand
 * before "against". `inverse` when the target is the source ("a subsidiary of").
 */
const NOUN_CUE_PREPOSITIONS = new Set(['against', 'with', 'in', 'into', 'of', 'on', 'over', 'for', 'to']);
const signalNouns = new Set(relationTypes.flatMap((t) => t.signals.nouns.map((n) => n.toLowerCase())));
const nounCues = new Map<string, { type: RelationDef; inverse: boolean }[]>();
for (const p of phrases) {
  const [noun, preposition] = p.words.slice(-2);
  if (p.words.length < 2 || noun === undefined || preposition === undefined || !NOUN_CUE_PREPOSITIONS.has(preposition)) continue;
  if (!signalNouns.has(noun) && preposition !== 'against') continue;
  const key = `${noun} ${preposition}`;
  const list = nounCues.get(key) ?? [];
  if (!list.some((c) => c.type === p.type)) list.push({ type: p.type, inverse: p.inverse });
  nounCues.set(key, list);
}

/** The relation types a noun names when `preposition` introduces its target ("claim" … "against"), or undefined. */
export function nounCueTypes(noun: string, preposition: string): { types: RelationDef[]; inverse: boolean } | undefined {
  const found = nounCues.get(`${noun} ${preposition}`) ?? (noun.endsWith('s') ? nounCues.get(`${noun.slice(0, -1)} ${preposition}`) : undefined);
  return found && { types: found.map((c) => c.type), inverse: found[0]!.inverse };
}

/** Phrases by first word, longest first as in `phrases`; a bare short word ("in") is left to the location rules. */
const phrasesByFirst = new Map<string, { words: string[]; type: RelationDef; inverse: boolean }[]>();
for (const p of phrases) {
  const [first] = p.words;
  if (first === undefined || (p.words.length === 1 && first.length < 4)) continue;
  const list = phrasesByFirst.get(first) ?? [];
  list.push(p);
  phrasesByFirst.set(first, list);
}

/** Adverbs of manner that may stand inside a verb phrase of the schema ("working closely with", "sold directly to"). */
const MANNER_ADVERBS = new Set(['closely', 'directly', 'jointly', 'actively', 'extensively']);
/** Words that may strengthen such an adverb ("very closely"). */
const INTENSIFIERS = new Set(['very', 'so', 'more', 'increasingly']);

/** How many words at `i` are a manner adverb, with at most one intensifier before it: 0, 1 or 2. */
function mannerAdverbsAt(words: readonly string[], i: number): number {
  const strengthened = INTENSIFIERS.has(words[i] ?? '') ? 1 : 0;
  return MANNER_ADVERBS.has(words[i + strengthened] ?? '') ? strengthened + 1 : 0;
}

/** Articles that open schema phrases ("a unit of", "the parent of"). */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Most words that qualify a phrase's noun by a place ("the Dutch unit of", "a Shanghai-based unit of"). */
const MAX_PLACE_QUALIFIERS = 2;

/** The number of words from `i`, lower-cased, that name where a thing is: a people's adjective or a "-based" compound. */
function placeQualifiersAt(words: readonly string[], i: number): number {
  let k = i;
  while (k < i + MAX_PLACE_QUALIFIERS && (countryByAdjective.has(words[k] ?? '') || /^[\p{L}.-]+-based$/u.test(words[k] ?? ''))) k++;
  return k - i;
}

/** A result in a sports report, as CoNLL-2003 writes it ("1-1", "2-0"). */
const SCORE = /^\d{1,3}-\d{1,3}$/;

/**
 * "X lost 3-0 to Y", "Y, who had lost to X": the side that loses to the other is the one beaten (rule lost-to-winner);
 * DEFEATED's own signals say only "defeated by" and "beaten by".
 */
const LOSS_PHRASES = ['lost to', 'loses to', 'losing to', 'lose to'].map((phrase) => phrase.split(' '));

/**
 * "Harrow & Lisle, an imprint of Falkenrath": a publisher's imprint is a brand it owns, said as "a unit of" is (rule
 * imprint-of-owner); OWNS's own inverse phrases say only "a unit of", "a subsidiary of", "a division of".
 */
const IMPRINT_PHRASES = ['an imprint of', 'imprint of'].map((phrase) => phrase.split(' '));

/**
 * The schema's verbs of two words ("take over"): the phrases list some forms ("took over", "takes over"), and any form
 * of the verb before the particle says the same ("has taken over", "is taking over") (rule phrasal-verb-forms).
 */
const PHRASAL_VERBS = relationTypes.flatMap((type) =>
  type.signals.verbs.flatMap((verb) => {
    const [lemma, particle, ...rest] = verb.toLowerCase().split(/\s+/);
    return lemma !== undefined && particle !== undefined && rest.length === 0 ? [{ lemma, particle, type }] : [];
  }),
);

/** The phrasal verbs by their particle, so a word that no particle follows costs one lookup. */
const PHRASAL_VERBS_BY_PARTICLE = new Map<string, typeof PHRASAL_VERBS>();
for (const verb of PHRASAL_VERBS) PHRASAL_VERBS_BY_PARTICLE.set(verb.particle, [...(PHRASAL_VERBS_BY_PARTICLE.get(verb.particle) ?? []), verb]);

function phrasalVerbAt(words: readonly string[], i: number): { words: string[]; type: RelationDef; inverse: boolean }[] {
  const next = words[i + 1];
  const withParticle = next === undefined ? undefined : PHRASAL_VERBS_BY_PARTICLE.get(next);
  if (!withParticle) return [];
  const lemmas = lemmaCandidates(words[i]!);
  const found = withParticle.filter((p) => lemmas.includes(p.lemma));
  return found.length && relationRuleOn('phrasal-verb-forms') ? found.map((p) => ({ words: [words[i]!, p.particle], type: p.type, inverse: false })) : [];
}

/** Schema phrases found in a lowercased word sequence, with the index where each starts; `inverse` when the target is the source. */
export function findPhrases(words: readonly string[]): { at: number; length: number; type: RelationDef; inverse: boolean }[] {
  const found: { at: number; length: number; type: RelationDef; inverse: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const loss = LOSS_PHRASES.find((p) => p[0] === words[i]) && relationRuleOn('lost-to-winner');
    const schemaPhrases = phrasesByFirst.get(words[i]!);
    const imprint = IMPRINT_PHRASES.some((p) => p[0] === words[i]) && relationRuleOn('imprint-of-owner');
    const lossCandidates = loss
      ? [...(schemaPhrases ?? []), ...LOSS_PHRASES.filter((p) => p[0] === words[i]).map((w) => ({ words: w, type: relationDef('DEFEATED'), inverse: true }))]
      : schemaPhrases;
    const imprintCandidates = imprint
      ? [...(lossCandidates ?? []), ...IMPRINT_PHRASES.filter((p) => p[0] === words[i]).map((w) => ({ words: w, type: relationDef('OWNS'), inverse: true }))]
      : lossCandidates;
    const phrasal = phrasalVerbAt(words, i).filter((p) => !imprintCandidates?.some((c) => c.type === p.type && c.words.join(' ') === p.words.join(' ')));
    const candidates = phrasal.length ? [...(imprintCandidates ?? []), ...phrasal] : imprintCandidates;
    if (!candidates && words[i] !== 'the') continue;
    // "drew 1-1 with", "won 2-0 against": a score may stand after a phrase's first word (rule score-inside-phrase).
    const scored = relationRuleOn('score-inside-phrase') && SCORE.test(words[i + 1] ?? '');
    // "working closely with", "works very closely with": a manner adverb after a phrase's first word (rule manner-adverb-inside-phrase).
    const manner = relationRuleOn('manner-adverb-inside-phrase') ? mannerAdverbsAt(words, i + 1) : 0;
    // "the Dutch unit of", "a Shanghai-based subsidiary of": a people's adjective or a place's "-based" after a phrase's
    // article leaves the phrase whole (rule qualifier-inside-article-phrase).
    const qualified = ARTICLES.has(words[i]!) && relationRuleOn('qualifier-inside-article-phrase') ? placeQualifiersAt(words, i + 1) : 0;
    for (const p of candidates ?? []) {
      if (p.words.every((w, k) => words[i + k] === w)) found.push({ at: i, length: p.words.length, type: p.type, inverse: p.inverse });
      else if (scored && p.words.length >= 2 && p.words.every((w, k) => words[i + (k === 0 ? 0 : k + 1)] === w))
        found.push({ at: i, length: p.words.length + 1, type: p.type, inverse: p.inverse });
      else if (manner && p.words.length >= 2 && p.words.every((w, k) => words[i + (k === 0 ? 0 : k + manner)] === w))
        found.push({ at: i, length: p.words.length + manner, type: p.type, inverse: p.inverse });
      else if (qualified && p.words.length >= 3 && p.words.every((w, k) => words[i + (k === 0 ? 0 : k + qualified)] === w))
        found.push({ at: i, length: p.words.length + qualified, type: p.type, inverse: p.inverse });
    }
    // "the Dutch unit of": with a qualifier, a phrase written with "a" is read after "the" too, since the place makes
    // the part definite.
    for (const article of qualified && words[i] === 'the' ? ['a', 'an'] : []) {
      for (const p of phrasesByFirst.get(article) ?? []) {
        if (p.words.length >= 3 && p.words.every((w, k) => k === 0 || words[i + k + qualified] === w))
          found.push({ at: i, length: p.words.length + qualified, type: p.type, inverse: p.inverse });
      }
    }
  }
  return found;
}

const defByName = new Map(relationTypes.map((t) => [t.name as string, t]));

/** A relation type's definition by name; throws a model error when the schema lacks it. */
export function relationDef(name: string): RelationDef {
  const def = defByName.get(name);
  if (!def) throw new Error(`relations: graph-schema/relation-types.json has no type "${name}"; add it and run npm run gen:schema`);
  return def;
}
