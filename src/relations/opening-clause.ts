// "Having acquired Telluric last year, Corvane …", "After buying Telluric for $2bn, Corvane …", "Corvane, after buying
// Telluric in 2019, …": a clause of a participle or a gerund set off before the main verb has no subject of its own; it
// is the main clause's subject that did what the clause says (rule opening-clause-subject). The pair is read by the
// cue patterns as if the subject stood right before the clause's verb, so voice and modality apply as usual.
import type { EmitPair } from './pair-match.js';
import { CLAUSE_BREAKS, DETERMINERS } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { matchCue } from './cue-patterns.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { itemAt } from '../util/checked-index.js';

/**
 * Words that open such a clause before a gerund ("after buying"), or "having" and a participle. "before", "without",
 * "instead of" and "while" are left out: what they open need not have happened.
 */
const GERUND_OPENERS = new Set(['after', 'since', 'upon', 'on']);
/** Words of a clause that would give it a subject or a second clause of its own. */
const NOT_IN_CLAUSE = new Set([',', 'and', 'or', 'who', 'which', 'that', 'whose', 'whom', 'when', 'where', 'because', 'if', 'unless', 'before']);

/** The index of the clause's verb when the clause opens at `at` ("having acquired", "after buying", "after having bought"). */
function clauseVerbAt(words: readonly string[], at: number): number {
  const first = words[at];
  if (first === 'having') return /^[a-z]{3,}$/.test(words[at + 1] ?? '') ? at + 1 : -1;
  if (first === undefined || !GERUND_OPENERS.has(first)) return -1;
  if (words[at + 1] === 'having') return /^[a-z]{3,}$/.test(words[at + 2] ?? '') ? at + 2 : -1;
  return /^[a-z]{2,}ing$/.test(words[at + 1] ?? '') ? at + 1 : -1;
}

/** The one group between `from` and the comma that closes the clause, and the comma's index; undefined otherwise. */
function onlyGroupOfClause(view: SentenceView, from: number): { object: Group; comma: number } | undefined {
  const { words, groups } = view;
  const comma = words.findIndex((w, k) => k > from && w === ',');
  if (comma < 0 || words.slice(from, comma).some((w) => CLAUSE_BREAKS.has(w) || NOT_IN_CLAUSE.has(w))) return undefined;
  const inside = groups.filter((g) => g.start > from && g.end <= comma);
  if (inside.length !== 1) return undefined;
  return { object: itemAt(inside, 0), comma };
}

/** Reads the clause's verb between `subject` and `object` and relates them as the clause says. */
function relateThroughClause(view: SentenceView, subject: Group, verbAt: number, object: Group, emit: EmitPair): void {
  // Something handed "to" a recipient named after the object is left to the patterns that find the recipient.
  const match = matchCue(view, { slots: subject.slots, start: subject.start, end: verbAt }, object);
  if (!match || match.awaitsTarget || match.holdingFrom !== undefined) return;
  const preposition = match.types[0]?.objectPreposition;
  if (preposition && view.words[object.end] === preposition) return;
  const pattern = { ...match, pattern: 'opening-clause-subject' };
  if (match.reverse) emit(object.slots, subject.slots, pattern);
  else emit(subject.slots, object.slots, pattern);
}

export function openingClauseSubjects(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('opening-clause-subject')) return;
  const { words, groups } = view;
  const start = view.bodyStart;
  // "Having acquired Telluric last year, Corvane …": the subject follows the clause's comma, an article allowed.
  const initialVerb = clauseVerbAt(words, start);
  if (initialVerb >= 0) {
    const clause = onlyGroupOfClause(view, initialVerb);
    const subjectAt = clause && (DETERMINERS.has(words[clause.comma + 1] ?? '') ? clause.comma + 2 : clause.comma + 1);
    const subject = subjectAt === undefined ? undefined : groups.find((g) => g.start === subjectAt);
    if (clause && subject && !itemAt(subject.slots, 0).possessive) relateThroughClause(view, subject, initialVerb, clause.object, emit);
    return;
  }
  // "Corvane, after buying Telluric in 2019, now plans …": the subject opens the sentence, an article allowed.
  const subject = groups[0];
  if (!subject || subject.start - start > 1 || (subject.start > start && !DETERMINERS.has(words[start] ?? ''))) return;
  if (words[subject.end] !== ',' || itemAt(subject.slots, 0).possessive) return;
  const verbAt = words[subject.end + 1] === 'having' ? -1 : clauseVerbAt(words, subject.end + 1);
  const clause = verbAt < 0 ? undefined : onlyGroupOfClause(view, verbAt);
  if (clause) relateThroughClause(view, subject, verbAt, clause.object, emit);
}

/**
 * "Ferrovan has been keen to expand, having bought Amstel Rail in 2003", "Kessler Energy has been shedding assets,
 * after buying Baltwind in 2019": a clause set off at the end of the sentence has the main clause's subject as its doer
 * too (rule trailing-clause-subject). Only when the subject opens the sentence and the main clause before the comma
 * names no one else, has no clause of its own and is no quotation, and the clause holds one name up to its end.
 */
export function trailingClauseSubjects(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('trailing-clause-subject')) return;
  const { words, groups } = view;
  const start = view.bodyStart;
  const subject = groups[0];
  if (!subject || subject.start - start > 1 || (subject.start > start && !DETERMINERS.has(words[start] ?? ''))) return;
  if (itemAt(subject.slots, 0).possessive || !/^[a-z]/.test(words[subject.end] ?? '')) return;
  const comma = words.findIndex((w, k) => k > subject.end && w === ',');
  const verbAt = comma < 0 ? -1 : clauseVerbAt(words, comma + 1);
  if (verbAt < 0) return;
  const main = words.slice(subject.end, comma);
  if (main.some((w) => CLAUSE_BREAKS.has(w) || NOT_IN_CLAUSE.has(w) || w === 'said' || w === 'says')) return;
  if (groups.some((g) => g.start >= subject.end && g.end <= comma && !g.slots.every((s) => s.root === 'Location'))) return;
  const close = words.findIndex((w, k) => k > verbAt && (w === ',' || CLAUSE_BREAKS.has(w) || NOT_IN_CLAUSE.has(w)));
  const end = close < 0 ? words.length : close;
  // The clause must run to the end of the sentence: a clause that goes on may bring a subject of its own.
  if (end < words.length && !/^[.!?]$/.test(words[end] ?? '')) return;
  const inside = groups.filter((g) => g.start > verbAt && g.end <= end);
  if (inside.length !== 1) return;
  relateThroughClause(view, subject, verbAt, itemAt(inside, 0), emit);
}
