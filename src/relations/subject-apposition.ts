// "Astrelis, a unit of the Lisbon pension fund Fundo Mareira, bought Corvo", "Kestrel Metals, a Tessaro shareholder,
// invested $60m in Corvo": the names inside a description set off after the subject only describe it; the verb after
// the closing comma is the subject's (rule subject-over-apposition).
import type { Group, SentenceView } from './sentence-view.js';
import { verbTypes } from './signals.js';
import { looksVerbal } from './cue-patterns.js';
import { CLAUSE_BREAKS } from './pair-match.js';
import { itemAt } from '../util/checked-index.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

/** Most words a description may hold between its commas. */
const MAX_DESCRIPTION = 12;
/** Words that open a clause or a list inside the commas: the comma after them closes no description. */
const NOT_IN_DESCRIPTION = new Set(['which', 'who', 'whom', 'whose', 'that', 'and', 'or', 'but', 'where', 'when', 'while']);
/** Words after the closing comma that go on with a list or a clause rather than with the subject's verb. */
const NOT_PREDICATE = new Set(['and', 'or', 'but', 'which', 'who', 'whose', 'that', 'a', 'an', 'the', 'its', 'their']);

/**
 * The index of the comma closing a description that opens with an article right after `left` (", a unit of …,") and
 * holds `right`, when a lower-case word (the predicate) follows it; 0 otherwise. Nothing in the description may read
 * as a verb, so the comma closes it and not a clause.
 */
export function descriptionEnd(view: SentenceView, left: Group, right: Group): number {
  const { words } = view;
  const open = descriptionOpening(view, left);
  if (words[open] !== ',' || !/^(?:a|an|the)$/.test(words[open + 1] ?? '') || right.start <= open) return 0;
  // ", a union that represents 30,000 workers around Gazipur,": after a relative pronoun that follows the description's
  // noun, the clause's verbs and names are the description's, up to its closing comma (rule inside-described-relative).
  const relative = ruleOn('inside-described-relative') ? describedRelative(words, open) : -1;
  const limit = relative > 0 ? MAX_DESCRIBED_CLAUSE : MAX_DESCRIPTION;
  for (let k = open + 2; k < Math.min(words.length, open + 2 + limit); k++) {
    const w = itemAt(words, k);
    if (w === ',') {
      const next = view.sentence.tokens[k + 1]?.text ?? '';
      return k > right.start && /^\p{Ll}/u.test(next) && !NOT_PREDICATE.has(next) ? k : 0;
    }
    if (relative > 0 && k >= relative) continue;
    // "the rocket company backed by Henrik Lund": a participle with its agent after a noun describes the noun.
    const describing = ruleOn('participle-by-in-description') && k > open + 2 && /ed$/.test(w) && words[k + 1] === 'by';
    if (CLAUSE_BREAKS.has(w) || NOT_IN_DESCRIPTION.has(w) || (verbTypes(w) && !/-?based$/.test(w) && !describing && looksVerbal(words, k))) return 0;
  }
  return 0;
}

/** Most words a description whose noun a relative clause follows may hold between its commas. */
const MAX_DESCRIBED_CLAUSE = 26;
/** Relative pronouns that may follow a description's noun. */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/** Where a relative pronoun stands within the first words after ", a" at `open` (", a union that"); -1 when none. */
function describedRelative(words: readonly string[], open: number): number {
  for (let k = open + 3; k <= open + 5 && k < words.length; k++) {
    const w = itemAt(words, k);
    if (RELATIVE_PRONOUNS.has(w)) return k;
    if (w === ',' || NOT_IN_DESCRIPTION.has(w)) return -1;
  }
  return -1;
}

/**
 * Where the description after `left` opens: the group's end, or, when the description's own noun restates the name
 * ("Brackwell Media, the broadcaster controlled by Oskar Pelling,": "the broadcaster" is a mention of Brackwell Media
 * joined to its group), the comma after the name itself (rule description-restating-name).
 */
function descriptionOpening(view: SentenceView, left: Group): number {
  const nameEnd = Math.max(...left.slots.map((s) => s.end));
  if (nameEnd >= left.end || view.words[nameEnd] !== ',' || left.slots.length !== 1 || !ruleOn('description-restating-name')) return left.end;
  return nameEnd;
}
