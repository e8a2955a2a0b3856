// "Hallberg will finance the purchase with cash and a 2.5 billion euro bridge loan from Deutsche Bank and ING", "Part of
// the purchase will be financed by a 310 million pound loan from London lender Halden & Pryce, Orchid Crest said": the
// lender after "loan from" finances the borrower, the sentence's subject or the one that reports it (rule
// loan-from-lender). The pair patterns read only the words between two names, and here the borrower stands far before.
import type { EmitPair } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

/** Nouns of money lent. */
const LOAN_NOUNS = new Set(['loan', 'loans', 'financing', 'credit']);
/** Most lower-case words describing the lender between "from" and its name ("London lender", "the state-owned bank"). */
const MAX_DESCRIBING = 4;
/** Verbs of saying after a name set off by a comma at the end ("…, Orchid Crest said."). */
const REPORTING = new Set(['said', 'says']);

const organisations = (group: Group | undefined): boolean => group !== undefined && group.slots.every((s) => s.root === 'Organization');

/** The borrower: an organisation that opens the sentence ("Hallberg will …", "The Hallberg group's purchase …"). */
function openingSubject(view: SentenceView, before: readonly Group[]): Group | undefined {
  const first = before[0];
  if (!first || first.start > view.bodyStart + 1 || !organisations(first) || before.length !== 1) return undefined;
  return first;
}

/** The borrower: a lone organisation set off by a comma before a verb of saying at the sentence's end. */
function reportingSubject(view: SentenceView, after: readonly Group[]): Group | undefined {
  const last = after[after.length - 1];
  if (!last || after.length !== 1 || !organisations(last) || view.words[last.start - 1] !== ',' || !REPORTING.has(view.words[last.end] ?? '')) return undefined;
  return last;
}

/** Emits INVESTED_IN from the lender after "loan from" to the borrower that opens or reports the sentence. */
export function loansFromLenders(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('loan-from-lender')) return;
  const { words, groups } = view;
  for (let k = 0; k + 1 < words.length; k++) {
    if (!LOAN_NOUNS.has(words[k]!) || words[k + 1] !== 'from') continue;
    let lenderAt = groups.findIndex((g) => g.start > k + 1);
    // "from London lender Halden & Pryce": a place before the lender's description only says where the lender is.
    const first = groups[lenderAt];
    if (first && first.slots.length === 1 && itemAt(first.slots, 0).root === 'Location' && organisations(groups[lenderAt + 1])) lenderAt++;
    const lender = groups[lenderAt];
    if (!lender || !organisations(lender) || lender.slots.some((s) => s.possessive)) continue;
    const describing = words.slice(k + 2, lender.start).filter((_w, i) => !groups.some((g) => g !== lender && g.start <= k + 2 + i && k + 2 + i < g.end));
    if (describing.length > MAX_DESCRIBING || !describing.every((w) => /^[a-z-]+$/.test(w))) continue;
    const before = groups.filter((g) => g.end <= k);
    const after = groups.slice(lenderAt + 1);
    const borrower = openingSubject(view, before) ?? (before.length === 0 ? reportingSubject(view, after) : undefined);
    if (!borrower || borrower.slots.some((s) => lender.slots.some((l) => l.entity.id === s.entity.id))) continue;
    const modality = modalityAt(view.texts, k);
    emit(lender.slots, borrower.slots, {
      types: [relationDef('INVESTED_IN')],
      reverse: false,
      properties: { verb: `${itemAt(words, k)} from`, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('loan-from-lender'),
      cueAt: k,
    });
  }
}
