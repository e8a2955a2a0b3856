// "Drivers walked out in a dispute with Halden Rail, the Transport Staff Union said": the body of workers that reports
// its members' strike against an employer is the side that protests (rule labour-dispute-sayer). The workers who
// strike are no entity, and the union stands after the statement, so no pair pattern relates it to the employer.
import type { EmitPair } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { isA } from '../schema/schema.js';
import { itemAt } from '../util/checked-index.js';

/** Names of bodies of workers ("Transport Staff Union", "Nursing Guild", "General Federation of Labour"). */
const LABOUR_BODY = /\b(?:unions?|guild|federation|confederation|workers|teamsters|syndicate)\b/i;
/** Names that say a body fights with arms or sits in government, whatever else they hold ("Kurdistan Workers' Party"). */
const ARMED_OR_POLITICAL = /\b(?:party|army|front|forces|brigades?|movement|militia|european|african)\b/i;
/** Verbs that report a statement, after or before its sayer. */
const SAYING = new Set(['said', 'says']);
/** Words of a strike on their own ("went on strike", "staged a walkout", "struck"). */
const STRIKE_WORDS = new Set(['strike', 'strikes', 'struck', 'striking', 'walkout', 'walkouts', 'stoppage', 'stoppages']);
/** Forms of "walk" that make a strike with "out" after them ("walked out"). */
const WALKING = new Set(['walk', 'walks', 'walked', 'walking']);
/** Nouns of people at work who strike ("workers at Halden", "nurses at the hospital"). */
const WORKER_NOUNS = new Set(
  'workers staff employees nurses doctors drivers teachers miners dockers pilots conductors cleaners crews members porters guards technicians engineers'.split(
    ' ',
  ),
);
/** Most words between the strike and "dispute with" ("walked out on Monday in a long-running dispute with"). */
const MAX_TO_DISPUTE = 9;

/** Whether the group is one body of workers: an organisation, not an agency, a bloc, an armed force or a party. */
function labourBody(group: Group): boolean {
  if (group.slots.length !== 1) return false;
  const slot = itemAt(group.slots, 0);
  return (
    slot.root === 'Organization' &&
    !slot.possessive &&
    LABOUR_BODY.test(slot.entity.name) &&
    !ARMED_OR_POLITICAL.test(slot.entity.name) &&
    !(['GovernmentBody', 'MilitaryUnit', 'InternationalOrganization'] as const).some((kind) => isA(slot.entity.type, kind))
  );
}

/** The body of workers reported as the sayer at the sentence's end (", the Transport Staff Union said."; ", said the union X"). */
function closingSayer(view: SentenceView): Group | undefined {
  const { words, groups } = view;
  const last = groups[groups.length - 1];
  if (!last) return undefined;
  let end = words.length;
  while (end > 0 && /^[.!?"”']$/.test(words[end - 1]!)) end--;
  let before = last.start - 1;
  if (words[before] === 'the') before--;
  const after = last.end === end - 1 && SAYING.has(words[last.end]!) && words[before] === ',';
  const inverted = last.end === end && SAYING.has(words[before]!) && words[before - 1] === ',';
  return (after || inverted) && labourBody(last) ? last : undefined;
}

/** Where a strike is named in words[from, to): the strike word's index, or -1. "struck a deal" is no strike. */
function strikeAt(words: readonly string[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (WALKING.has(w) && words[k + 1] === 'out') return k;
    if (STRIKE_WORDS.has(w) && !(w === 'struck' && /^(?:a|an|the|back|down|out|off)$/.test(words[k + 1] ?? ''))) return k;
  }
  return -1;
}

/**
 * The employer the strike is against: the group after "dispute with (the)" a few words after the strike, else right
 * after the strike's "against" or "at", else the one the striking workers work at ("workers at Halden", before it).
 */
function employerOf(view: SentenceView, strike: number, sayer: Group): Group | undefined {
  const { words, groups } = view;
  const organisation = (g: Group) => g !== sayer && g.slots.length === 1 && itemAt(g.slots, 0).root === 'Organization' && !itemAt(g.slots, 0).possessive;
  const opening = (g: Group) => (words[g.start - 1] === 'the' ? g.start - 1 : g.start);
  for (const g of groups) {
    if (g.start <= strike || g.start - strike > MAX_TO_DISPUTE + 3 || !organisation(g)) continue;
    const at = opening(g);
    const dispute = words[at - 1] === 'with' && /^disputes?$/.test(words[at - 2] ?? '') && at - 2 - strike <= MAX_TO_DISPUTE;
    const direct = /^(?:against|at)$/.test(words[at - 1] ?? '') && at - 1 === strike + (words[strike + 1] === 'out' ? 2 : 1);
    if (dispute || direct) return g;
  }
  for (const g of groups) {
    if (g.end > strike || !organisation(g)) continue;
    const at = opening(g);
    const workers = words[at - 1] === 'at' && WORKER_NOUNS.has(words[at - 2] ?? '') && g.end + 3 >= strike;
    if (workers && !words.slice(g.end, strike).includes(',')) return g;
  }
  return undefined;
}

/** Emits PROTESTED from a body of workers that reports a strike against an employer in the same sentence. */
export function labourDisputeSayers(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('labour-dispute-sayer')) return;
  const sayer = closingSayer(view);
  if (!sayer) return;
  const { words } = view;
  const strike = strikeAt(words, view.bodyStart, sayer.start);
  if (strike < 0) return;
  const employer = employerOf(view, strike, sayer);
  if (!employer || itemAt(employer.slots, 0).entity.id === itemAt(sayer.slots, 0).entity.id) return;
  const found = modalityAt(
    view.sentence.tokens.map((t) => t.text),
    strike,
  );
  emit(sayer.slots, employer.slots, {
    types: [relationDef('PROTESTED')],
    reverse: false,
    properties: { verb: 'strike', ...(found ? { negated: true, modality: found } : {}) },
    ...statedBy('labour-dispute-sayer'),
    cueAt: strike,
  });
}
