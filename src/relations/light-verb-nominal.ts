// "The agency opened an investigation into Acme", "Acme took a 30% stake in Globex", "the army launched an attack on
// the town": a light verb hands its subject to the noun after it, so the subject does what the noun names, toward the
// entity after the noun's preposition. The verb alone says little ("open", "take") or something else ("launch" a
// product, "hold" a place), so the noun's types are the relation's. Bounded windows, so the work stays linear.
import { lemmaCandidates } from './lemma.js';
import { DETERMINERS, NOUN_PREPOSITIONS } from './pair-match.js';
import { nounTypes, type RelationDef } from './signals.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { isTitleWord } from './structural-patterns.js';
import { MONTHS, WEEKDAYS } from '../recognition/lexicon/words.js';

/** Verbs that lend their subject to the noun they take ("filed a complaint", "launched a probe", "took a stake"). */
const LIGHT_VERBS = new Set(
  'open launch begin start conduct complete announce file bring lodge make take hold sign strike reach seal finalise finalize mount initiate pursue wage stage impose issue'.split(
    ' ',
  ),
);

/**
 * Verbs of leading or joining a collective act ("led protests against", "organised a boycott of", "joined the campaign
 * against"): the subject does what the noun names, when the noun's preposition names its target (rule
 * leading-verb-nominal). Alone they say the subject works for or joins the entity after them.
 */
const LEADING_VERBS = new Set('lead organise organize join spearhead head coordinate'.split(' '));
const TARGET_PREPOSITIONS = new Set(['into', 'against', 'of', 'on']);

/** Prepositions after a round of funding that name the company funded ("a funding round in Kelso", "… for Kelso"). */
const FUNDED_PREPOSITIONS = new Set(['in', 'for']);

/** True when `word` is a noun of funding of the schema ("funding", "investment"): a round of it funds a company. */
const fundsCompany = (word: string): boolean => word !== 'stake' && (nounTypes(word)?.some((t) => t.name === 'INVESTED_IN') ?? false);

/** Words that may stand between the subject and the light verb: auxiliaries and a few adverbs ("has also opened"). */
const BEFORE_VERB = new Set(
  'has have had is are was were will would could may might must can did does do not never also already recently formally officially quietly now then last first has been had been'.split(
    ' ',
  ),
);

/** Nouns of a span of time after "last", "this" or "next" ("last month", "this week"). */
const TIME_SPANS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'autumn', 'winter']);

/**
 * The number of words of a short time phrase at `at` ("yesterday", "last month", "on Monday", "in March", "earlier this
 * week"), 0 when none stands there. It only dates the act, so the light verb after it keeps the subject (rule
 * time-phrase-before-light-verb).
 */
export function timePhraseLength(between: readonly string[], at: number): number {
  const [first, second, third] = between.slice(at, at + 3);
  if (first === 'yesterday' || first === 'today') return 1;
  if ((first === 'last' || first === 'this' || first === 'next') && (TIME_SPANS.has(second ?? '') || WEEKDAYS.has(second ?? ''))) return 2;
  if (first === 'on' && WEEKDAYS.has(second ?? '')) return 2;
  if (first === 'in' && (MONTHS.has(second ?? '') || /^\d{4}$/.test(second ?? ''))) return 2;
  if ((first === 'earlier' || first === 'later') && second === 'this' && TIME_SPANS.has(third ?? '')) return 3;
  return 0;
}

/** Verbs of saying after which "it" names the subject again ("said it had opened"). */
const SAYING_BEFORE_IT = new Set(['said', 'says', 'announced', 'confirmed', 'disclosed', 'added']);

/**
 * The length of a verb of saying, an optional time phrase, an optional "that" and "it" at `at` ("said on Monday it",
 * "confirmed that it"); 0 when they are not all there.
 */
function saidItLength(between: readonly string[], at: number): number {
  if (!SAYING_BEFORE_IT.has(between[at] ?? '')) return 0;
  let k = at + 1;
  // "said separately that it had opened", "said late on Wednesday that it": an adverb of the saying stands before
  // what was said (rule said-adverb-it).
  if (SAYING_ADVERBS.has(between[k] ?? '') && ruleOn('said-adverb-it')) k++;
  k += timePhraseLength(between, k);
  if (between[k] === 'that') k++;
  return between[k] === 'it' ? k + 1 - at : 0;
}

/** Adverbs written between a verb of saying and what was said. */
const SAYING_ADVERBS = new Set(['separately', 'also', 'later', 'earlier', 'previously', 'again', 'publicly', 'jointly', 'late']);

/** Words that end the noun phrase after the light verb: a clause or another phrase begins. */
const PHRASE_BREAKS = new Set([',', ';', ':', 'and', 'or', 'but', 'that', 'which', 'who', 'after', 'before', 'when', 'while', 'by']);

const AGENT_NOUN = /(?:er|or|ist|ant|ent|assassin)s?$/;

export interface LightVerbNominal {
  /** Index in `between` of the light verb (its modality is the relation's) and of the noun. */
  readonly verbAt: number;
  readonly nounAt: number;
  readonly types: RelationDef[];
}

/**
 * The light-verb construction filling the words between two neighbouring groups, or undefined: at most three
 * auxiliaries or adverbs, the light verb, at most four words of the noun phrase (an article, a sum, modifiers), a
 * signal noun of the schema that is not an agent noun nor a word of saying, its preposition, and then only
 * determiners before the right-hand entity.
 */
export function lightVerbNominal(between: readonly string[]): LightVerbNominal | undefined {
  let verbAt = 0;
  // "The European Union last month imposed sanctions on": the time phrase before the verb only dates it.
  if (ruleOn('time-phrase-before-light-verb')) verbAt = timePhraseLength(between, 0);
  // "The board said on Monday it had opened an investigation into": "it" names the subject again, so the light verb
  // after it is the subject's (rule said-it-light-verb).
  if (ruleOn('said-it-light-verb')) verbAt += saidItLength(between, verbAt);
  const opening = verbAt;
  while (verbAt < between.length && verbAt < opening + 3 && BEFORE_VERB.has(between[verbAt]!)) verbAt++;
  const verb = between[verbAt];
  if (verb === undefined) return undefined;
  let prepositionAt = between.length - 1;
  // "opened an investigation into whether Rodaz complied": the body the question is about is the one investigated
  // (rule inquiry-into-whether).
  const question = QUESTION_WORDS.has(between[prepositionAt] ?? '') && between[prepositionAt - 1] === 'into' && ruleOn('inquiry-into-whether');
  if (question) prepositionAt--;
  // "opened an investigation into Deputy Mayor Caleb Whitcombe": the title words the name's group leaves out are the
  // object's, as an article is (rule title-after-nominal-preposition).
  const titled = ruleOn('title-after-nominal-preposition');
  while (prepositionAt > verbAt && (DETERMINERS.has(between[prepositionAt]!) || (titled && isTitleWord(between[prepositionAt]!)))) prepositionAt--;
  // "opened an investigation into quality controls at Corvane": what is looked into is a practice of the body after
  // "at", and that body is the one investigated (rule inquiry-into-practice-at).
  const lemmas = lemmaCandidates(verb);
  const lightVerb = lemmas.some((lemma) => LIGHT_VERBS.has(lemma));
  const practiceAt =
    lightVerb && between[prepositionAt] === 'at' && ruleOn('inquiry-into-practice-at') ? practiceInquiredAt(between, verbAt, prepositionAt) : -1;
  if (practiceAt >= 0) return { verbAt, nounAt: practiceAt, types: nounTypes(between[practiceAt]!)!.filter((t) => t.family === 'investigation') };
  // "led a $30 million funding round in Kelso", "joined the investment in Kelso": a round of funding stands for its
  // noun, and leading or joining it funds the company it is in or for (rule funding-round-nominal).
  const round = /^rounds?$/.test(between[prepositionAt - 1] ?? '') && fundsCompany(between[prepositionAt - 2] ?? '');
  const funding =
    FUNDED_PREPOSITIONS.has(between[prepositionAt]!) &&
    (round || fundsCompany(between[prepositionAt - 1] ?? '')) &&
    lemmas.some((lemma) => LEADING_VERBS.has(lemma) || LIGHT_VERBS.has(lemma)) &&
    ruleOn('funding-round-nominal');
  const leading = TARGET_PREPOSITIONS.has(between[prepositionAt]!) && lemmas.some((lemma) => LEADING_VERBS.has(lemma)) && ruleOn('leading-verb-nominal');
  if (!funding && !leading && !lightVerb) return undefined;
  const nounAt = funding && round ? prepositionAt - 2 : prepositionAt - 1;
  if (nounAt <= verbAt || nounAt - verbAt > 5 || !NOUN_PREPOSITIONS.has(between[prepositionAt]!)) return undefined;
  if (between.slice(verbAt + 1, nounAt).some((w) => PHRASE_BREAKS.has(w) || NOUN_PREPOSITIONS.has(w))) return undefined;
  const noun = between[nounAt]!;
  // "investment", "settlement": a noun in "-ment" names an act, not its agent (rule funding-round-nominal).
  if (AGENT_NOUN.test(noun) && !(/ments?$/.test(noun) && ruleOn('funding-round-nominal'))) return undefined;
  const types = funding ? nounTypes(noun)?.filter((t) => t.name === 'INVESTED_IN') : nounTypes(noun)?.filter((t) => t.family !== 'communication');
  // "filed a complaint with the Electoral Tribunal", "lodged a claim with the regulator": a legal action "with" a body is
  // brought before it, not against it (rule legal-noun-with-forum).
  if (between[prepositionAt] === 'with' && types?.every((t) => t.family === 'legal') && ruleOn('legal-noun-with-forum')) return undefined;
  const asked = question ? types?.filter((t) => t.family === 'investigation') : types;
  return asked?.length ? { verbAt, nounAt, types: asked } : undefined;
}

/** Words that open a question looked into ("an inquiry into whether", "a probe into how"). */
const QUESTION_WORDS = new Set(['whether', 'how', 'why']);

/** Most words of the practice looked into between "into" and "at" ("quality controls", "safety and hygiene"). */
const MAX_PRACTICE_WORDS = 3;

/**
 * The index of an inquiry's noun in "<light verb> … <inquiry> into <practice> at", where the practice is one to three
 * lower-case words and the light verb at `verbAt` opens the phrase; -1 otherwise.
 */
function practiceInquiredAt(between: readonly string[], verbAt: number, atAt: number): number {
  const intoAt = between.lastIndexOf('into', atAt - 1);
  const practice = between.slice(intoAt + 1, atAt);
  if (intoAt - 1 <= verbAt || intoAt - verbAt > 5 || practice.length < 1 || practice.length > MAX_PRACTICE_WORDS) return -1;
  if (!practice.every((w) => /^[a-z][a-z-]*$/.test(w) && !PHRASE_BREAKS.has(w) && !NOUN_PREPOSITIONS.has(w) && !DETERMINERS.has(w))) return -1;
  if (between.slice(verbAt + 1, intoAt - 1).some((w) => PHRASE_BREAKS.has(w) || NOUN_PREPOSITIONS.has(w))) return -1;
  return nounTypes(between[intoAt - 1]!)?.some((t) => t.family === 'investigation') ? intoAt - 1 : -1;
}

/** Words that may stand between the subject and a verb of paying ("agreed to pay", "was ordered to pay", "has paid"). */
const BEFORE_PAYING = new Set([...BEFORE_VERB, 'agreed', 'agrees', 'ordered', 'to', 'been']);
const PAYING = new Set(['pay', 'pays', 'paid', 'paying']);
/** Words of a sum after "of" ("a fine of $5 million to"). */
const SUM_WORD = /^(?:[$€£¥]|us\$|\d[\d,.]*|million|billion|thousand|m|bn|dollars?|euros?|pounds?|yen|francs?|crowns?)$/;
const MAX_PENALTY_PHRASE = 6;

/**
 * A penalty paid to the right-hand entity ("agreed to pay a $20 million fine to the Securities Commission", "paid
 * $5 million in penalties to the regulator", "will pay a penalty of €2m to the authority"): the one paid fined the
 * subject (rule penalty-paid-to). The noun must be one of FINED's, and only determiners stand between "to" and the
 * entity. Returns the index of the noun in `between`, or -1.
 */
export function penaltyPaidTo(between: readonly string[]): number {
  const payAt = between.findIndex((w) => PAYING.has(w));
  if (payAt < 0 || payAt > 4 || between.slice(0, payAt).some((w) => !BEFORE_PAYING.has(w))) return -1;
  let toAt = between.length - 1;
  while (toAt > payAt && DETERMINERS.has(between[toAt]!)) toAt--;
  if (between[toAt] !== 'to') return -1;
  // "a penalty of $5 million to": the sum after "of" only sizes the penalty.
  let end = toAt;
  while (end > payAt + 1 && SUM_WORD.test(between[end - 1]!)) end--;
  if (end < toAt && between[end - 1] === 'of') end--;
  else end = toAt;
  const nounAt = end - 1;
  if (nounAt <= payAt || nounAt - payAt > MAX_PENALTY_PHRASE) return -1;
  const noun = between[nounAt]!;
  // "penalties" is the plural of "penalty", which the schema's nouns do not spell out.
  const types = nounTypes(noun) ?? (noun.endsWith('ies') ? nounTypes(`${noun.slice(0, -3)}y`) : undefined);
  if (!types?.some((t) => t.name === 'FINED')) return -1;
  // "$5 million in penalties": "in" may stand right before the noun; no other phrase or clause opens before it.
  const inside = between.slice(payAt + 1, nounAt);
  const opens = inside.some((w, k) => PHRASE_BREAKS.has(w) || (NOUN_PREPOSITIONS.has(w) && !(w === 'in' && k === inside.length - 1)));
  return opens ? -1 : nounAt;
}
