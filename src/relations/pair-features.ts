// Features of two entity mentions in one sentence, for the learned relation classifier. The same function serves
// training (CoNLL04 gold spans) and the relate stage (recognised mentions), so both see one definition.
// A pair is taken in text order (left, right); the classifier then says whether the left one is the source
// ("forward"), the right one ("backward"), or neither. Every feature is also conjoined with the pair's types,
// since the same words mean different things between a person and a company than between two places.
import { lemmaCandidates } from './lemma.js';
import { ROLE_NOUNS, nounTypes, verbTypesByLemma } from './signals.js';
import { filterStable, mapStable } from '../util/stable-arrays.js';

/** The root entity types the classifier relates. */
export type PairType = 'Person' | 'Organization' | 'Location';

export interface PairMention {
  /** Token indices in the sentence, end exclusive. */
  start: number;
  end: number;
  type: PairType;
}

/** Relation label per (source type, target type): the five CoNLL04 relations, one per type pair. */
export const PAIR_LABELS: Record<string, string> = {
  'Person>Organization': 'Work_For',
  'Person>Person': 'Kill',
  'Organization>Location': 'OrgBased_In',
  'Person>Location': 'Live_In',
  'Location>Location': 'Located_In',
};

/** The label a relation from `source` to `target` would carry, or undefined when these types take none. */
export function pairLabel(source: PairType, target: PairType): string | undefined {
  return PAIR_LABELS[`${source}>${target}`];
}

/** Prefix of the features kept without the pair's types. */
export const SHARED = '*';
/**
 * The features also learnt without the pair's types: what the words between say ("joined", "based in", ", who") is
 * much the same whichever two types they link, and a pair type seen rarely in training borrows it from the others.
 */
const SHARED_FEATURE = /^(bw|bl|bs|b1|b-1|fold|bb|dist|has|commas|verbs|sig|role|lposs|rposs)/;

/** Lowercased tokens with digits folded, as the features read them; computed once per sentence. */
export function featureWords(tokens: readonly string[]): string[] {
  return mapStable(tokens, (w) => w.toLowerCase().replace(/’/g, "'").replace(/\d/g, '0'));
}

/** Pairs further apart than this many tokens are not judged (99% of CoNLL04 relations are closer). */
export const MAX_GAP = 40;

/** A short stem, so "killed", "kills" and "killing" share features. */
function stem(w: string): string {
  const [first, second] = lemmaCandidates(w);
  return second !== undefined && !/ied$|ies$/.test(w) ? second : first;
}

interface WordInfo {
  stem: string;
  /** Schema signals the word carries: "sigv=KILLED", "sign=ACQUIRED", "role". */
  cues: string[];
  /** Reads as a verb: a past form or a schema verb. */
  verbish: boolean;
  /**
   * The word's feature strings by position, built once: a string reused keeps its hash, so the weight lookups of
   * every later pair skip building and hashing it again.
   */
  feature: Readonly<Record<'bw' | 'bl' | 'b1' | 'b-1' | 'b2' | 'b-2' | 'l-1' | 'l-2' | 'r+1' | 'r+2' | 'lh' | 'rh' | 'lf' | 'rf', string>>;
}

/** Per-word facts, remembered: the same words recur in every pair of a sentence and across sentences. */
const wordInfos = new Map<string, WordInfo>();

function wordInfo(w: string): WordInfo {
  let info = wordInfos.get(w);
  if (!info) {
    const cues: string[] = [];
    const verb = verbTypesByLemma(w);
    if (verb) for (const t of verb.types) cues.push(`sigv=${t.name}`);
    for (const t of nounTypes(w) ?? []) cues.push(`sign=${t.name}`);
    if (ROLE_NOUNS.has(w)) cues.push('role');
    const lemma = stem(w);
    const feature = {
      bw: `bw=${w}`,
      bl: `bl=${lemma}`,
      b1: `b1=${w}`,
      'b-1': `b-1=${w}`,
      b2: `b2=${w}`,
      'b-2': `b-2=${w}`,
      'l-1': `l-1=${w}`,
      'l-2': `l-2=${w}`,
      'r+1': `r+1=${w}`,
      'r+2': `r+2=${w}`,
      lh: `lh=${w}`,
      rh: `rh=${w}`,
      lf: `lf=${w}`,
      rf: `rf=${w}`,
    };
    info = { stem: lemma, cues, verbish: /[a-z]ed$/.test(w) || verb !== undefined, feature };
    // Bounded, so a long run of unusual words cannot grow it without end.
    if (wordInfos.size > 100_000) wordInfos.clear();
    wordInfos.set(w, info);
  }
  return info;
}

function distanceBucket(d: number): string {
  if (d <= 4) return String(d);
  if (d <= 6) return '5-6';
  if (d <= 9) return '7-9';
  if (d <= 14) return '10-14';
  return '15+';
}

// Feature strings that recur in every pair, built once so their hashes are reused by the weight lookups.
const DIST = Array.from({ length: 16 }, (_, d) => `dist=${distanceBucket(d)}`);
const LLEN = Array.from({ length: 5 }, (_, k) => `llen=${k}`);
const RLEN = Array.from({ length: 5 }, (_, k) => `rlen=${k}`);
const NBETWEEN = Array.from({ length: 4 }, (_, k) => `nbetween=${k}`);
const COMMAS = Array.from({ length: 4 }, (_, k) => `commas=${k}`);
const VERBS = Array.from({ length: 3 }, (_, k) => `verbs=${k}`);
// Clause openers between the two ("A watched a film while B read a book") mostly mean two clauses, two subjects.
const HAS = ['who', 'which', 'that', 'by', 'said', 'says', 'and', '(', '``', "''", '"', 'while', 'when', 'after', 'before', 'because', 'although'].map(
  (w) => [w, `has=${w}`] as const,
);

/** Each sentence's word bigram features by start position, built once for all the pairs of the sentence. */
const sentenceBigrams = new WeakMap<readonly string[], string[]>();
function bigramsOf(words: readonly string[]): string[] {
  let bigrams = sentenceBigrams.get(words);
  if (!bigrams) {
    bigrams = [];
    for (let k = 0; k + 1 < words.length; k++) bigrams.push(`bb=${words[k]}_${words[k + 1]}`);
    sentenceBigrams.set(words, bigrams);
  }
  return bigrams;
}

/**
 * Feature strings for the pair (`left`, `right`), `left` first in the text, over the sentence's `featureWords`.
 * `others` are other entity mentions in the sentence: those between the two are counted and typed, and whether any
 * comes before `left` is noted (so callers may pass only those between and the one just before).
 */
export function pairFeatures(words: readonly string[], left: PairMention, right: PairMention, others: readonly PairMention[]): string[] {
  const pair = `${left.type}|${right.type}`;
  const out = [`T=${pair}`];
  const base = pairBaseFeatures(words, left, right, others);
  for (const f of base) out.push(`${pair}|${f}`);
  for (const f of base) if (SHARED_FEATURE.test(f)) out.push(`${SHARED}|${f}`);
  return out;
}

/**
 * The features of `pairFeatures` before they are conjoined with the pair's types, in the same order: the classifier
 * looks them up in the weights of the pair's types directly, without building the longer strings.
 */
export function pairBaseFeatures(words: readonly string[], left: PairMention, right: PairMention, others: readonly PairMention[]): string[] {
  const base: string[] = [];
  const between = words.slice(left.end, right.start);
  const n = between.length;
  base.push(DIST[Math.min(n, DIST.length - 1)]!);
  if (n <= 4) base.push(`bs=${between.join(' ')}`);
  else base.push(`bs=${between.slice(0, 2).join(' ')}…${between.slice(-2).join(' ')}`);
  for (const w of new Set(between)) base.push(wordInfo(w).feature.bw);
  // In one layout (stable-arrays.ts), as the other arrays this function reads.
  const infos = mapStable(between, wordInfo);
  for (const f of new Set(mapStable(infos, (i) => i.feature.bl))) base.push(f);
  const bigrams = bigramsOf(words);
  for (let k = left.end; k + 1 < right.start; k++) base.push(bigrams[k]!);
  base.push(n > 0 ? infos[0]!.feature.b1 : 'b1=<none>', n > 0 ? infos[n - 1]!.feature['b-1'] : 'b-1=<none>');
  if (n > 1) base.push(infos[1]!.feature.b2, infos[n - 2]!.feature['b-2']);
  // Words outside the pair: what leads into the left mention and what follows the right one.
  const at = (k: number, position: 'l-1' | 'l-2' | 'r+1' | 'r+2', edge: string) => {
    const w = words[k];
    return w === undefined ? `${position}=${edge}` : wordInfo(w).feature[position];
  };
  base.push(at(left.start - 1, 'l-1', '<s>'), at(left.start - 2, 'l-2', '<s>'));
  base.push(at(right.end, 'r+1', '</s>'), at(right.end + 1, 'r+2', '</s>'));
  base.push(`l-1r+1=${words[left.start - 1] ?? '<s>'}_${words[right.end] ?? '</s>'}`);
  // Head words: "University", "Corp.", "City" say more than the rest of a name; so do first words ("Bank of …",
  // "Mount …", "St. …").
  base.push(wordInfo(words[left.end - 1]!).feature.lh, wordInfo(words[right.end - 1]!).feature.rh);
  base.push(wordInfo(words[left.start]!).feature.lf, wordInfo(words[right.start]!).feature.rf);
  base.push(LLEN[Math.min(left.end - left.start, 4)]!, RLEN[Math.min(right.end - right.start, 4)]!);
  const inside = filterStable(others, (o) => o.start >= left.end && o.end <= right.start);
  base.push(NBETWEEN[Math.min(inside.length, 3)]!);
  for (const t of new Set(inside.map((o) => o.type))) base.push(`tbetween=${t}`);
  const before = others.filter((o) => o.end <= left.start).length;
  base.push(before === 0 ? 'lfirst=true' : 'lfirst=false');
  // Signal words of the schema, and the clause structure between the two.
  for (const info of infos) base.push(...info.cues);
  if (between.includes(',')) base.push(COMMAS[Math.min(between.filter((w) => w === ',').length, 3)]!);
  for (const [w, feature] of HAS) if (between.includes(w)) base.push(feature);
  // The between-words with other mentions folded into their types: "PER , who killed PER" generalises over names.
  const folded: string[] = [];
  for (let k = left.end; k < right.start; k++) {
    const m = inside.find((o) => o.start === k);
    if (m) {
      folded.push(m.type);
      k = m.end - 1;
    } else folded.push(words[k]!);
  }
  if (folded.length <= 6) base.push(`fold=${folded.join(' ')}`);
  base.push(VERBS[Math.min(infos.filter((i) => i.verbish).length, 2)]!);
  if (words[left.end] === "'s" || words[left.end] === "'") base.push('lposs');
  if (words[right.end] === "'s") base.push('rposs');
  return base;
}
