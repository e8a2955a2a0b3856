// "Ann Roe said the Acme report was flawed, and accused Ivo Brand of lying": a verb phrase joined by ", and" after a
// reported clause that has a finite verb of its own is coordinated with the verb of saying, so its subject is the one
// who said, not the name inside the reported clause (rule sayer-of-coordinated-verb). Read nearest-first, the pattern
// took "Acme", which only modifies "report", as the one who accused.
import { CLAUSE_BREAKS } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { itemAt } from '../util/checked-index.js';

/** Verbs of saying that open a reported clause. */
const SAYING = new Set(['said', 'says', 'claimed', 'claims', 'insisted', 'insists', 'argued', 'argues', 'warned', 'warns', 'added', 'adds']);
/** Finite verbs that show the reported clause has a verb of its own before ", and". */
const FINITE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'did', 'does', 'do', 'should', 'might', 'may']);
/** Words the reported clause may not hold before the name: another clause or quotation begins. */
const NO_REPORT = new Set([',', 'who', 'which', 'whose', 'when', 'where', 'if']);
/** Most words from "and" to the second verb's object ("and later accused"). */
const MAX_AFTER_AND = 4;

/** The sayer whose verb of saying a ", and <verb> <right>" after `left` is coordinated with, or undefined. */
export function sayerOfCoordinatedVerb(view: SentenceView, leftIndex: number, right: Group): Group | undefined {
  const { words, groups } = view;
  const left = itemAt(groups, leftIndex);
  // The first comma between the two, read from the left one on: a search from the sentence's start made every pair of
  // a sentence-long list cost the whole sentence.
  let comma = -1;
  for (let k = left.end; k < right.start && comma < 0; k++) if (words[k] === ',') comma = k;
  if (comma < 0 || words[comma + 1] !== 'and' || right.start - (comma + 2) > MAX_AFTER_AND) return undefined;
  const clause = words.slice(left.end, comma);
  if (!clause.some((w) => FINITE.has(w)) || clause.some((w) => CLAUSE_BREAKS.has(w))) return undefined;
  if (words.slice(comma + 2, right.start).some((w) => CLAUSE_BREAKS.has(w) || w === ',')) return undefined;
  // The sayer: the nearest earlier group followed by a verb of saying (adverbs or an auxiliary allowed), with the
  // reported clause running from it to the comma without another clause.
  for (let g = leftIndex - 1; g >= 0; g--) {
    const sayer = itemAt(groups, g);
    if (words.slice(sayer.end, comma).some((w) => CLAUSE_BREAKS.has(w) || NO_REPORT.has(w))) return undefined;
    if (!words.slice(sayer.end, sayer.end + 3).some((w) => SAYING.has(w))) continue;
    return sayer.slots.some((s) => s.root === 'Location' || s.possessive) ? undefined : sayer;
  }
  return undefined;
}
