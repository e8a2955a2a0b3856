// The date of a relation stated inside a clause set off by commas ("Kestrel, which is headquartered in Dearborn, agreed
// in 2024 to pay …"): the clause says when its own fact holds, and a date of the main clause is not its date (rule
// date-inside-set-off-clause).

import type { Token } from '../pipeline/stage-types.js';
import { findDate } from './dates.js';

/** Words that open a clause set off by a comma after a name: a relative pronoun or a participle of a seat. */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whose', 'based', 'headquartered']);

/** Whether token `i` opens a clause set off by a comma: an opener right after a comma. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  return i > 0 && CLAUSE_OPENERS.has(tokens[i]?.text ?? '') && tokens[i - 1]?.text === ',';
}

/**
 * The end (exclusive) of the clause opened at `i`: the next comma followed by a lower-case word ("…, Michigan,
 * agreed"), since a comma before a capitalised word goes on with a place ("Dearborn, Michigan").
 */
function clauseEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  while (end < tokens.length && !(tokens[end]?.text === ',' && /^[a-z]/.test(tokens[end + 1]?.text ?? ''))) end++;
  return end;
}

/** The token range [start, end) of the clause set off by commas that holds `index`, or undefined. */
function setOffClauseAt(tokens: readonly Token[], index: number): [number, number] | undefined {
  for (let i = Math.min(index, tokens.length - 1); i > 0; i--) {
    if (!opensClause(tokens, i)) continue;
    const end = clauseEnd(tokens, i);
    return index < end ? [i, end] : undefined;
  }
  return undefined;
}

/**
 * Where a relation's cue or one of its arguments stands in a clause set off by commas, its date is the clause's own,
 * or none; `undefined` when no such clause holds them, so the sentence's date stands. `offset` is where the sentence's
 * text starts.
 */
export function clauseDate(
  text: string,
  tokens: readonly Token[],
  at: readonly number[],
  published: string | undefined,
  offset: number,
): { date: string | undefined } | undefined {
  for (const index of at) {
    const clause = setOffClauseAt(tokens, index);
    if (!clause) continue;
    const first = tokens[clause[0]];
    const last = tokens[clause[1] - 1];
    if (!first || !last) continue;
    return { date: findDate(text.slice(first.start - offset, last.end - offset), published) };
  }
  return undefined;
}

/**
 * The sentence's text with every clause set off by commas that holds none of `at` blanked out (offsets kept), or
 * undefined when there is none (rule date-outside-other-clause): "Drabowski, who was hired in 2019, said her lawyer,
 * Oren Falk, would appeal" dates the hiring, not the lawyer. `offset` is where the sentence's text starts.
 */
export function withoutOtherSetOffClauses(text: string, tokens: readonly Token[], at: readonly number[], offset: number): string | undefined {
  let result: string | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!opensClause(tokens, i)) continue;
    const clause = [i, clauseEnd(tokens, i)] as const;
    if (at.some((index) => index >= clause[0] && index < clause[1])) continue;
    const from = (tokens[clause[0]]?.start ?? offset) - offset;
    const to = (tokens[clause[1] - 1]?.end ?? offset) - offset;
    result = (result ?? text).slice(0, from) + ' '.repeat(Math.max(0, to - from)) + (result ?? text).slice(to);
  }
  return result;
}
