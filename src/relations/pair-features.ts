// Features of two entity mentions in one sentence, for the learned relation classifier. The same function serves
// training (CoNLL04 gold spans) and the relate stage (recognised mentions), so both see one definition.
// A pair is taken in text order (left, right); the classifier then says whether the left one is the source
// ("forward"), the right one ("backward"), or neither. Every feature is also conjoined with the pair's types,
// since the same words mean different things between a person and a company than between two places.
import { lemmaCandidates } from './lemma.js';
import { ROLE_NOUNS, nounTypes, verbTypes } from './signals.js';

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

/** Lowercased tokens with digits folded, as the features read them; computed once per sentence. */
export function featureWords(tokens: readonly string[]): string[] {
  return tokens.map((w) => w.toLowerCase().replace(/’/g, "'").replace(/\d/g, '0'));
}

/** Pairs further apart than this many tokens are not judged (99% of CoNLL04 relations are closer). */
export const MAX_GAP = 40;

/** A short stem, so "killed", "kills" and "killing" share features. */
function stem(w: string): string {
  const c = lemmaCandidates(w);
  return c.length > 1 && !/ied$|ies$/.test(w) ? c[1]! : c[0]!;
}

interface WordInfo {
  stem: string;
  /** Schema signals the word carries: "sigv=KILLED", "sign=ACQUIRED", "role". */
  cues: string[];
  /** Reads as a verb: a past form or a schema verb. */
  verbish: boolean;
}

/** Per-word facts, remembered: the same words recur in every pair of a sentence and across sentences. */
const wordInfos = new Map<string, WordInfo>();

function wordInfo(w: string): WordInfo {
  let info = wordInfos.get(w);
  if (!info) {
    const cues: string[] = [];
    const verb = verbTypes(w);
    if (verb) for (const t of verb.types) cues.push(`sigv=${t.name}`);
    for (const t of nounTypes(w) ?? []) cues.push(`sign=${t.name}`);
    if (ROLE_NOUNS.has(w)) cues.push('role');
    info = { stem: stem(w), cues, verbish: /[a-z]ed$/.test(w) || verb !== undefined };
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

/**
 * Feature strings for the pair (`left`, `right`), `left` first in the text, over the sentence's `featureWords`.
 * `others` are other entity mentions in the sentence: those between the two are counted and typed, and whether any
 * comes before `left` is noted (so callers may pass only those between and the one just before).
 */
export function pairFeatures(words: readonly string[], left: PairMention, right: PairMention, others: readonly PairMention[]): string[] {
  const base: string[] = [];
  const between = words.slice(left.end, right.start);
  const n = between.length;
  base.push(`dist=${distanceBucket(n)}`);
  if (n <= 4) base.push(`bs=${between.join(' ')}`);
  else base.push(`bs=${between.slice(0, 2).join(' ')}…${between.slice(-2).join(' ')}`);
  for (const w of new Set(between)) base.push(`bw=${w}`);
  const infos = between.map(wordInfo);
  for (const w of new Set(infos.map((i) => i.stem))) base.push(`bl=${w}`);
  for (let i = 0; i + 1 < n; i++) base.push(`bb=${between[i]}_${between[i + 1]}`);
  base.push(`b1=${between[0] ?? '<none>'}`, `b-1=${between[n - 1] ?? '<none>'}`);
  if (n > 1) base.push(`b2=${between[1]}`, `b-2=${between[n - 2]}`);
  // Words outside the pair: what leads into the left mention and what follows the right one.
  base.push(`l-1=${words[left.start - 1] ?? '<s>'}`, `l-2=${words[left.start - 2] ?? '<s>'}`);
  base.push(`r+1=${words[right.end] ?? '</s>'}`, `r+2=${words[right.end + 1] ?? '</s>'}`);
  base.push(`l-1r+1=${words[left.start - 1] ?? '<s>'}_${words[right.end] ?? '</s>'}`);
  // Head words: "University", "Corp.", "City" say more than the rest of a name.
  base.push(`lh=${words[left.end - 1]}`, `rh=${words[right.end - 1]}`);
  base.push(`llen=${Math.min(left.end - left.start, 4)}`, `rlen=${Math.min(right.end - right.start, 4)}`);
  const inside = others.filter((o) => o.start >= left.end && o.end <= right.start);
  base.push(`nbetween=${Math.min(inside.length, 3)}`);
  for (const t of new Set(inside.map((o) => o.type))) base.push(`tbetween=${t}`);
  const before = others.filter((o) => o.end <= left.start).length;
  base.push(`lfirst=${before === 0}`);
  // Signal words of the schema, and the clause structure between the two.
  for (const info of infos) base.push(...info.cues);
  if (between.includes(',')) base.push(`commas=${Math.min(between.filter((w) => w === ',').length, 3)}`);
  for (const w of ['who', 'which', 'that', 'by', 'said', 'says', 'and', '(', '``', "''", '"']) if (between.includes(w)) base.push(`has=${w}`);
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
  base.push(`verbs=${Math.min(infos.filter((i) => i.verbish).length, 2)}`);
  if (words[left.end] === "'s" || words[left.end] === "'") base.push('lposs');
  if (words[right.end] === "'s") base.push('rposs');
  const pair = `${left.type}|${right.type}`;
  const out = [`T=${pair}`];
  for (const f of base) out.push(`${pair}|${f}`);
  return out;
}
