// Event coreference for reactions: "Rights groups welcomed the decision" reacts to an act stated earlier ("Acme
// halted its services to Globex"), so the reaction is aimed at whoever took it. The act is the latest earlier
// relation, stated as fact, of a family that names something done (a termination, a transaction, a legal step …);
// a legal noun ("the ruling") looks only for legal acts, a deal only for transactions and partnerships.
import { relationType } from '../schema/schema.js';
import type { RelationCandidate } from '../pipeline/stage-types.js';
import type { Group, SentenceView } from './sentence-view.js';
import { verbTypes, type RelationDef } from './signals.js';
import { CLAUSE_BREAKS } from './pair-match.js';
import { itemAt } from '../util/checked-index.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

/** Nouns that name an act, with the relation families whose relations they may refer back to. */
const ACTS = new Set(['termination', 'transaction', 'legal', 'provision', 'partnership', 'conflict']);
const EVENT_NOUNS: Record<string, ReadonlySet<string>> = {
  decision: ACTS,
  move: ACTS,
  step: ACTS,
  action: ACTS,
  announcement: ACTS,
  measure: ACTS,
  plan: ACTS,
  ruling: new Set(['legal']),
  verdict: new Set(['legal']),
  judgment: new Set(['legal']),
  judgement: new Set(['legal']),
  conviction: new Set(['legal']),
  sentence: new Set(['legal']),
  deal: new Set(['transaction', 'partnership']),
  agreement: new Set(['transaction', 'partnership']),
  takeover: new Set(['transaction']),
  acquisition: new Set(['transaction']),
};
/**
 * Nouns of a court's judgment: they refer back only to a legal act a court or judge takes (convicting, sentencing,
 * fining), never to the lawsuit or the charge a party brought before it (rule verdict-of-court-act).
 */
const VERDICT_NOUNS = new Set(['ruling', 'verdict', 'judgment', 'judgement', 'conviction', 'sentence']);
const COURT_ACTS = new Set(['convict', 'sentence', 'fine', 'jail', 'acquit']);
/** Words that may stand between the verb and the event noun ("the company's latest decision" is excluded: it names its actor). */
const BEFORE_NOUN = new Set([
  'the',
  'this',
  'that',
  'these',
  'latest',
  'recent',
  'new',
  'surprise',
  'sudden',
  'long-awaited',
  'landmark',
  'historic',
  'controversial',
]);
/** Reactions: the advocacy family ("welcomed", "hailed", "criticised", "condemned", "protested"). */
const REACTION_FAMILY = 'advocacy';
/** How far back, in sentences, the act may be stated. */
const WINDOW = 12;

export interface EventReaction {
  subject: Group;
  types: RelationDef[];
  verb: string;
  cueAt: number;
  act: RelationCandidate;
}

/**
 * The reaction in `view` to an earlier act, if any: the group before an advocacy verb whose object is "the decision"
 * (or another act noun) with no name attached, and the latest act before this sentence that the noun can name.
 * `earlier` holds the relations of earlier sentences in text order.
 */
export function findEventReaction(
  view: SentenceView,
  earlier: readonly RelationCandidate[],
  sentenceOf: (offset: number) => number,
): EventReaction | undefined {
  const { words, groups } = view;
  for (let v = 1; v < words.length - 1; v++) {
    const found = verbTypes(words[v]!);
    if (!found) continue;
    const types = found.types.filter((t) => t.family === REACTION_FAMILY && t.name !== 'DEMANDED');
    if (!types.length || !/(?:ed|es|s)$/.test(words[v]!)) continue;
    let n = v + 1;
    while (n < words.length && BEFORE_NOUN.has(words[n]!) && n - v <= 3) n++;
    const families = EVENT_NOUNS[words[n] ?? ''];
    if (!families || n === v + 1) continue;
    // "welcomed the decision by Acme", "the decision of the court": the act's author is named here; other rules read it.
    if (words[n + 1] === 'by' || words[n + 1] === 'of' || words[n + 1] === "'s" || groups.some((g) => g.start > v && g.start <= n + 2)) continue;
    const last = [...groups].reverse().find((g) => g.end <= v && (v - g.end <= 3 || setOffBefore(words, g.end, v)));
    if (!last || last.slots.some((s) => s.possessive)) continue;
    const subject = coordinatedSubject(view, last);
    const here = sentenceOf(view.sentence.start);
    for (let k = earlier.length - 1; k >= 0; k--) {
      const act = earlier[k]!;
      if (here - sentenceOf(act.evidence.start) > WINDOW) break;
      if (act.properties.negated || !families.has(relationType(act.type).family)) continue;
      if (VERDICT_NOUNS.has(words[n]!) && !COURT_ACTS.has(String(act.properties.verb)) && ruleOn('verdict-of-court-act')) continue;
      if (subject.slots.some((s) => s.entity.id === act.source)) continue;
      return { subject, types, verb: found.lemma, cueAt: v, act };
    }
  }
  return undefined;
}

/** Most words of a description set off between the reacting name and its verb. */
const MAX_SET_OFF = 12;
/** Adverbs between a description's closing comma and the verb ("…, also criticised"). */
const BEFORE_REACTION = new Set(['also', 'has', 'have', 'had', 'quickly', 'immediately', 'sharply', 'strongly', 'swiftly']);

/**
 * "Red Pampa Viva, a Uruguayan environmental group, criticised": a description set off by two commas, opened by an
 * article, between the name and the verb at `v` (rule reaction-past-apposition).
 */
function setOffBefore(words: readonly string[], end: number, v: number): boolean {
  if (!ruleOn('reaction-past-apposition') || words[end] !== ',' || !/^(?:a|an|the)$/.test(words[end + 1] ?? '')) return false;
  let close = v - 1;
  while (close > end && BEFORE_REACTION.has(words[close]!)) close--;
  if (words[close] !== ',' || close - end > MAX_SET_OFF) return false;
  return !words.slice(end + 1, close).some((w) => w === ',' || CLAUSE_BREAKS.has(w));
}

/** Most words a described second subject may take after "and" ("and a campaign group named X"). */
const MAX_COORDINATED = 10;

/**
 * The whole subject of a reaction: "Bramble and a regional farmer-led campaign group named No Coal for Profit
 * welcomed …" has two reacting groups, though the description after "and" is too long for the sentence view to join
 * them. Earlier groups count while "and" lies between and no clause break or past-tense schema verb does ("campaign
 * group" is a noun; "and Globex, which sued Acme" is another clause).
 */
function coordinatedSubject(view: SentenceView, last: Group): Group {
  const { groups, words } = view;
  let at = groups.indexOf(last);
  const slots = [...last.slots];
  let start = last.start;
  while (at > 0) {
    const before = groups[at - 1]!;
    const between = words.slice(before.end, start);
    const joined =
      between.includes('and') &&
      between.length <= MAX_COORDINATED &&
      !between.some((w) => CLAUSE_BREAKS.has(w) || (w.endsWith('ed') && verbTypes(w) !== undefined));
    if (!joined || itemAt(before.slots, 0).root !== itemAt(last.slots, 0).root) break;
    slots.unshift(...before.slots);
    start = before.start;
    at--;
  }
  return { slots, start, end: last.end };
}
