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
function timePhraseLength(between: readonly string[], at: number): number {
  const [first, second, third] = between.slice(at, at + 3);
  if (first === 'yesterday' || first === 'today') return 1;
  if ((first === 'last' || first === 'this' || first === 'next') && (TIME_SPANS.has(second ?? '') || WEEKDAYS.has(second ?? ''))) return 2;
  if (first === 'on' && WEEKDAYS.has(second ?? '')) return 2;
  if (first === 'in' && (MONTHS.has(second ?? '') || /^\d{4}$/.test(second ?? ''))) return 2;
  if ((first === 'earlier' || first === 'later') && second === 'this' && TIME_SPANS.has(third ?? '')) return 3;
  return 0;
}

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
  const opening = verbAt;
  while (verbAt < between.length && verbAt < opening + 3 && BEFORE_VERB.has(between[verbAt]!)) verbAt++;
  const verb = between[verbAt];
  if (verb === undefined) return undefined;
  let prepositionAt = between.length - 1;
  // "opened an investigation into Deputy Mayor Caleb Whitcombe": the title words the name's group leaves out are the
  // object's, as an article is (rule title-after-nominal-preposition).
  const titled = ruleOn('title-after-nominal-preposition');
  while (prepositionAt > verbAt && (DETERMINERS.has(between[prepositionAt]!) || (titled && isTitleWord(between[prepositionAt]!)))) prepositionAt--;
  const lemmas = lemmaCandidates(verb);
  const leading = TARGET_PREPOSITIONS.has(between[prepositionAt]!) && lemmas.some((lemma) => LEADING_VERBS.has(lemma)) && ruleOn('leading-verb-nominal');
  if (!leading && !lemmas.some((lemma) => LIGHT_VERBS.has(lemma))) return undefined;
  const nounAt = prepositionAt - 1;
  if (nounAt <= verbAt || nounAt - verbAt > 5 || !NOUN_PREPOSITIONS.has(between[prepositionAt]!)) return undefined;
  if (between.slice(verbAt + 1, nounAt).some((w) => PHRASE_BREAKS.has(w) || NOUN_PREPOSITIONS.has(w))) return undefined;
  const noun = between[nounAt]!;
  if (AGENT_NOUN.test(noun)) return undefined;
  const types = nounTypes(noun)?.filter((t) => t.family !== 'communication');
  // "filed a complaint with the Electoral Tribunal", "lodged a claim with the regulator": a legal action "with" a body is
  // brought before it, not against it (rule legal-noun-with-forum).
  if (between[prepositionAt] === 'with' && types?.every((t) => t.family === 'legal') && ruleOn('legal-noun-with-forum')) return undefined;
  return types?.length ? { verbAt, nounAt, types } : undefined;
}
