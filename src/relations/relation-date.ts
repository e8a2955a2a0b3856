// A sentence's date is the date of the fact its clause states, not of every relation in the sentence. "Elkora chief
// executive Jane Doe said the utility would close its coal plants by 2040": 2040 is when the plants close, not when
// Doe worked for Elkora; "Houston-based Pinecrest, which bought the project in 2024": 2024 dates the purchase, not
// where Pinecrest is based. A reported clause or a relative clause that opens after both of the pair and the cue
// holds facts of its own, so its date is left to them.
import { clauseDate, withoutOtherSetOffClauses } from './clause-date.js';
import { findDate } from './dates.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import type { SentenceView, Slot } from './sentence-view.js';

/** Verbs of reporting whose clause after them is what was said. */
const REPORTING = new Set(['said', 'says', 'told', 'tells', 'added', 'announced', 'confirmed', 'stated']);
/** Relative pronouns that, after a comma, open a clause about the name before. */
const RELATIVE = new Set(['which', 'who', 'whose', 'where']);

/**
 * The first token of a reported or relative clause that opens after `from` (rule `date-of-own-clause`), undefined
 * when there is none: a verb of reporting, or a relative pronoun right after a comma.
 */
function trailingClauseStart(words: readonly string[], from: number): number | undefined {
  for (let i = from; i < words.length; i++) {
    if (REPORTING.has(words[i]!)) return i;
    if (RELATIVE.has(words[i]!) && words[i - 1] === ',') return i - 1;
  }
  return undefined;
}

/**
 * The first date of `text`, a sentence's text, unless that date stands in a clause opened at or after token
 * `pairEnd` (where the pair and the cue end), when only the text before that clause is read. `textDate` is the
 * text's own first date, computed once.
 */
function dateBeforeTrailingClause(
  view: SentenceView,
  pairEnd: number,
  text: string,
  published: string | undefined,
  textDate: () => string | undefined,
): string | undefined {
  if (!ruleOn('date-of-own-clause')) return textDate();
  const cut = trailingClauseStart(view.words, pairEnd);
  if (cut === undefined) return textDate();
  const { sentence } = view;
  return findDate(text.slice(0, (sentence.tokens[cut]?.start ?? sentence.start) - sentence.start), published);
}

/**
 * The date of the relation between `a` and `b` signalled at token `cueAt`, every clause rule applied in turn: a fact
 * stated in a clause set off by commas takes that clause's date (rule date-inside-set-off-clause); otherwise the
 * set-off clauses that hold neither of the pair nor the cue keep their dates to themselves (date-outside-other-clause),
 * and so does a clause that opens after the pair and the cue (date-of-own-clause). `text` is the sentence's text and
 * `sentenceDate` its own date, computed once.
 */
export function dateOfRelation(
  view: SentenceView,
  a: Slot,
  b: Slot,
  cueAt: number,
  text: string,
  published: string | undefined,
  sentenceDate: () => string | undefined,
): string | undefined {
  const { sentence } = view;
  const at = [cueAt, a.start, b.start];
  const inClause = ruleOn('date-inside-set-off-clause') ? clauseDate(text, sentence.tokens, at, published, sentence.start) : undefined;
  if (inClause) return inClause.date;
  const outside = ruleOn('date-outside-other-clause') ? withoutOtherSetOffClauses(text, sentence.tokens, at, sentence.start) : undefined;
  const pairEnd = Math.max(a.end, b.end, cueAt + 1);
  if (outside !== undefined) return dateBeforeTrailingClause(view, pairEnd, outside, published, () => findDate(outside, published));
  return dateBeforeTrailingClause(view, pairEnd, text, published, sentenceDate);
}
