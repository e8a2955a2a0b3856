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
  'workers staff employees nurses doctors drivers teachers miners dockers pilots conductors cleaners crews members porters guards technicians engineers collectors riders'.split(
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
    // "walked off the job": a strike as plainly as "walked out" (rule walked-off-job).
    if (WALKING.has(w) && words[k + 1] === 'off' && words[k + 2] === 'the' && words[k + 3] === 'job' && ruleOn('walked-off-job')) return k;
    if (STRIKE_WORDS.has(w) && !(w === 'struck' && /^(?:a|an|the|back|down|out|off)$/.test(words[k + 1] ?? ''))) return k;
    if (stayedOffWork(words, k) && ruleOn('stayed-off-work')) return k;
  }
  return -1;
}

/** Most words between the workers and the words of their stoppage ("2,300 garbage collectors employed by X stayed off"). */
const WORKERS_BEFORE_STOPPAGE = 20;
/** Forms of "stop" and "stay" that make a stoppage with the words after them. */
const STOPPING = new Set(['stopped', 'stop', 'stops', 'stopping']);
const STAYING = new Set(['stayed', 'stay', 'stays', 'staying']);

/**
 * "workers … stopped work", "stayed off the job", "stayed away", "stayed out": a stoppage of work as plainly as a
 * strike, when a noun of workers stands a few words before (rule stayed-off-work); "investors stayed away" is none.
 */
function stayedOffWork(words: readonly string[], k: number): boolean {
  const w = words[k]!;
  const stopped = STOPPING.has(w) && words[k + 1] === 'work';
  const stayed =
    STAYING.has(w) &&
    ((words[k + 1] === 'off' && (words[k + 2] === 'work' || (words[k + 2] === 'the' && words[k + 3] === 'job'))) || /^(?:away|out)$/.test(words[k + 1] ?? ''));
  return (stopped || stayed) && words.slice(Math.max(0, k - WORKERS_BEFORE_STOPPAGE), k).some((x) => WORKER_NOUNS.has(x));
}

/**
 * The employer the strike is against: the group after "dispute with (the)" a few words after the strike, else right
 * after the strike's "against" or "at", else the one the striking workers work at ("workers at Halden", before it).
 */
function employerOf(view: SentenceView, strike: number, sayer: Group | undefined): Group | undefined {
  const { words, groups } = view;
  const organisation = (g: Group) => g !== sayer && g.slots.length === 1 && itemAt(g.slots, 0).root === 'Organization' && !itemAt(g.slots, 0).possessive;
  const opening = (g: Group) => (words[g.start - 1] === 'the' ? g.start - 1 : g.start);
  for (const g of groups) {
    if (g.start <= strike || g.start - strike > MAX_TO_DISPUTE + 3 || !organisation(g)) continue;
    const at = opening(g);
    const dispute = words[at - 1] === 'with' && /^disputes?$/.test(words[at - 2] ?? '') && at - 2 - strike <= MAX_TO_DISPUTE;
    // "walked out at", "walked off the job at": the words that make the strike end before the employer's preposition.
    const strikeEnd = strike + (words[strike + 1] === 'out' ? 2 : words[strike + 1] === 'off' && ruleOn('walked-off-job') ? 4 : 1);
    const direct = /^(?:against|at)$/.test(words[at - 1] ?? '') && at - 1 === strikeEnd;
    if (dispute || direct) return g;
  }
  for (const g of groups) {
    if (g.end > strike || !organisation(g)) continue;
    const at = opening(g);
    const workers = words[at - 1] === 'at' && WORKER_NOUNS.has(words[at - 2] ?? '') && g.end + 3 >= strike;
    if (workers && !words.slice(g.end, strike).includes(',')) return g;
    // "garbage collectors employed by Limpatec, the company that …, stayed off the job": the workers' employer
    // (rule stayed-off-work).
    const employed = words[at - 1] === 'by' && words[at - 2] === 'employed' && WORKER_NOUNS.has(words[at - 3] ?? '') && ruleOn('stayed-off-work');
    if (employed) return g;
  }
  // "workers at Zandvliet Packaging's beverage-can factory in Germiston stayed away": the owner of the site the workers
  // are at (rule workers-at-possessed-site).
  if (!ruleOn('workers-at-possessed-site')) return undefined;
  for (const g of groups) {
    const slot = g.slots.length === 1 ? itemAt(g.slots, 0) : undefined;
    if (g.end > strike || !slot || slot.root !== 'Organization' || !slot.possessive || g === sayer) continue;
    const site = words.slice(g.end + 1, g.end + 1 + MAX_SITE_WORDS).findIndex((w) => SITES.has(w));
    if (site >= 0 && words[g.start - 1] === 'at' && WORKER_NOUNS.has(words[g.start - 2] ?? '')) return g;
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
  const found = modalityAt(view.texts, strike);
  emit(sayer.slots, employer.slots, {
    types: [relationDef('PROTESTED')],
    reverse: false,
    properties: { verb: 'strike', ...(found ? { negated: true, modality: found } : {}) },
    ...statedBy('labour-dispute-sayer'),
    cueAt: strike,
  });
}

/** Nouns of one site of an employer's or many, after its possessive ("at Zandvliet's beverage-can factory"). */
const SITES = new Set(
  'plant plants factory factories mine mines mill mills warehouse warehouses site sites hospital hospitals yard yards depot depots store stores'.split(' '),
);
/** Most words between an employer's possessive and the site ("Zandvliet Packaging's beverage-can factory"). */
const MAX_SITE_WORDS = 3;

/** Nouns of an employer's sites after its name ("workers at 100 Corvane stores"). */
const SITE_NOUNS = new Set('stores shops plants factories sites warehouses mines hospitals branches outlets depots restaurants cafes mills'.split(' '));
/** Words of a count between "at" and the employer's name ("at more than 100", "at dozens of"). */
const COUNT_WORDS = /^(?:more|than|over|about|nearly|almost|around|some|\d[\d,]*|dozens|hundreds|of)$/;

/**
 * The employer a sentence's strike is against, as labour-dispute-sayer reads it, or the one whose sites the striking
 * workers are at ("Workers at more than 100 Corvane stores went on strike"); undefined when the sentence has no strike.
 */
export function strikeEmployer(view: SentenceView): Group | undefined {
  const { words, groups } = view;
  const strike = strikeAt(words, view.bodyStart, words.length);
  if (strike < 0) return undefined;
  const direct = employerOf(view, strike, undefined);
  if (direct) return direct;
  return groups.find((g) => {
    if (g.end > strike || g.slots.length !== 1 || itemAt(g.slots, 0).root !== 'Organization' || !SITE_NOUNS.has(words[g.end] ?? '')) return false;
    let k = g.start - 1;
    while (k > 0 && COUNT_WORDS.test(words[k]!)) k--;
    return words[k] === 'at' && WORKER_NOUNS.has(words[k - 1] ?? '') && !words.slice(g.end, strike).includes(',');
  });
}

/** Words of the description that makes a body the union of the workers told of before ("the union organizing the workers"). */
const REPRESENTING = new Set(['organizing', 'organising', 'representing', 'represents', 'organizes', 'organises']);

/**
 * "Corvane Workers Alliance, the union organizing the workers, said …", "…, which represents the workers,": a body of
 * workers described as the union of "the" workers, a definite noun that refers back to those who struck.
 */
export function unionOfTheWorkers(view: SentenceView): Group | undefined {
  const { words, groups } = view;
  return groups.find((g) => {
    if (!labourBody(g) || words[g.end] !== ',') return false;
    let k = g.end + 1;
    if (words[k] === 'the' && /^unions?$/.test(words[k + 1] ?? '')) k += 2;
    if (words[k] === 'that' || words[k] === 'which') k++;
    return REPRESENTING.has(words[k] ?? '') && words[k + 1] === 'the' && WORKER_NOUNS.has(words[k + 2] ?? '');
  });
}

/** Verbs of a body that called or led a strike ("which called the strike", "which organised the walkout"). */
const CALLING = new Set(['called', 'organised', 'organized', 'led']);
/** Forms of "be" before "called by" ("The strike was called by …", "has been called by"). */
const BE_BEFORE_CALLED = new Set(['was', 'is', 'been', 'had', 'has']);

/** The index after a short name in brackets right after `end` ("(PCMU)"), or `end`. */
function pastBracketedShortName(words: readonly string[], end: number): number {
  return words[end] === '(' && words[end + 2] === ')' ? end + 3 : end;
}

/**
 * "X Union (PCMU), which called the strike,", "The strike was called by X Union", "The workers, who are represented by
 * X Union,": a body of workers that called a strike told before, or that represents "the workers" who struck (rule
 * union-that-called-the-strike).
 */
export function unionThatCalledTheStrike(view: SentenceView): Group | undefined {
  if (!ruleOn('union-that-called-the-strike')) return undefined;
  const { words, groups } = view;
  return groups.find((g) => {
    if (!labourBody(g)) return false;
    const k = pastBracketedShortName(words, g.end);
    const relative = words[k] === ',' && /^(?:which|who)$/.test(words[k + 1] ?? '') && CALLING.has(words[k + 2] ?? '') && words[k + 3] === 'the';
    if (relative && STRIKE_WORDS.has(words[k + 4] ?? '')) return true;
    const by = words[g.start - 1] === 'the' ? g.start - 2 : g.start - 1;
    if (words[by] !== 'by') return false;
    // "The strike was called by …", "The stoppage has been called by …".
    const called = words[by - 1] === 'called' && BE_BEFORE_CALLED.has(words[by - 2] ?? '');
    const strikeBefore = called && STRIKE_WORDS.has(words[by - (words[by - 2] === 'been' ? 4 : 3)] ?? '');
    // "The workers, who are represented by …".
    const represented =
      words[by - 1] === 'represented' &&
      /^(?:are|were)$/.test(words[by - 2] ?? '') &&
      words[by - 3] === 'who' &&
      words[by - 4] === ',' &&
      WORKER_NOUNS.has(words[by - 5] ?? '');
    return strikeBefore || represented;
  });
}

/** A strike told in an earlier sentence: the employer it is against and that sentence. */
export interface EarlierStrike {
  readonly employer: Group;
  readonly evidence: { doc: string; start: number; end: number };
}

/**
 * Emits PROTESTED from the union of "the workers" to the employer the earlier sentences' strikes were against, when
 * they name one employer only (rule union-of-earlier-strike).
 */
export function unionOfEarlierStrike(view: SentenceView, earlier: readonly EarlierStrike[], emit: EmitPair): void {
  if (!ruleOn('union-of-earlier-strike') || earlier.length === 0) return;
  const employers = new Set(earlier.map((s) => itemAt(s.employer.slots, 0).entity.id));
  if (employers.size !== 1) return;
  const union = unionOfTheWorkers(view) ?? unionThatCalledTheStrike(view);
  const strike = itemAt(earlier, earlier.length - 1);
  if (!union || itemAt(union.slots, 0).entity.id === itemAt(strike.employer.slots, 0).entity.id) return;
  emit(union.slots, strike.employer.slots, {
    types: [relationDef('PROTESTED')],
    reverse: false,
    properties: { verb: 'strike' },
    ...statedBy('union-of-earlier-strike'),
    cueAt: union.end,
    support: earlier.map((s) => s.evidence),
  });
}

/** Words of workers organising ("unionisation movement", "union drive", "organizing campaign"). */
const UNIONISING = new Set(['unionisation', 'unionization', 'union', 'unionising', 'unionizing', 'organising', 'organizing']);
/** Nouns of a drive to organise. */
const DRIVE_NOUNS = new Set(['movement', 'drive', 'campaign', 'effort', 'efforts', 'push']);
/** Verbs of an employer standing against a drive. */
const OPPOSING = new Set(['opposes', 'opposed', 'oppose', 'resists', 'resisted', 'resist', 'fights', 'fought', 'fighting', 'opposing', 'resisting']);
/** Auxiliaries between the employer and its verb ("has opposed", "has long resisted"). */
const BEFORE_OPPOSING = new Set(['has', 'had', 'have', 'is', 'was', 'long', 'strongly', 'repeatedly', 'also']);

/** A union named in the article so far and the sentence that names it. */
export interface NamedUnion {
  readonly union: Group;
  readonly evidence: { doc: string; start: number; end: number };
}

/** The bodies of workers a sentence names. */
export function namedUnions(view: SentenceView): Group[] {
  return view.groups.filter(labourBody);
}

/** Whether words[at] opens a drive to organise ("unionisation movement", "ongoing union drive") and where its noun is. */
function driveAt(words: readonly string[], at: number): number {
  let k = at;
  if (/^(?:the|a|an|its|their)$/.test(words[k] ?? '')) k++;
  if (/^(?:ongoing|growing|nationwide|national)$/.test(words[k] ?? '')) k++;
  return UNIONISING.has(words[k] ?? '') && DRIVE_NOUNS.has(words[k + 1] ?? '') ? k + 1 : -1;
}

/**
 * "an ongoing unionisation movement that Corvane opposes", "Corvane has resisted the union drive": the employer stands
 * against the one union the article names, which leads the drive (rule employer-opposes-union-drive).
 */
export function employerOpposesUnionDrive(view: SentenceView, unions: readonly NamedUnion[], emit: EmitPair): void {
  if (!ruleOn('employer-opposes-union-drive')) return;
  const distinct = new Set(unions.map((u) => itemAt(u.union.slots, 0).entity.id));
  if (distinct.size !== 1) return;
  const { words, groups } = view;
  const named = itemAt(unions, 0);
  for (const g of groups) {
    if (g.slots.length !== 1 || itemAt(g.slots, 0).root !== 'Organization' || itemAt(g.slots, 0).possessive || labourBody(g)) continue;
    if (distinct.has(itemAt(g.slots, 0).entity.id)) continue;
    let verb = g.end;
    while (verb < words.length && BEFORE_OPPOSING.has(words[verb]!)) verb++;
    if (!OPPOSING.has(words[verb] ?? '')) continue;
    // "a unionisation movement that Corvane opposes": the drive before the relative pronoun; "Corvane opposes the
    // union drive": the drive as the verb's object.
    const before = g.start - 1;
    const relative =
      (words[before] === 'that' || words[before] === 'which') && DRIVE_NOUNS.has(words[before - 1] ?? '') && UNIONISING.has(words[before - 2] ?? '');
    const object = driveAt(words, verb + 1) > 0;
    if (!relative && !object) continue;
    emit(g.slots, named.union.slots, {
      types: [relationDef('PROTESTED')],
      reverse: false,
      properties: { verb: words[verb]! },
      ...statedBy('employer-opposes-union-drive'),
      cueAt: verb,
      support: [named.evidence],
    });
  }
}
