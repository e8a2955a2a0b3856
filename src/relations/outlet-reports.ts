// "The Melbourne Sentinel reported on Thursday that Corvana engineers had warned managers", "a report by the Lagos
// Courier last week that Kuramo had missed its targets": a news outlet that reports what a body did looks into that
// body (INVESTIGATED, as the annotation guidelines read an outlet's report). The pair patterns stop at "reported
// that", which opens a clause with a subject of its own, so the one reported on is otherwise lost.
import type { EmitPair } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { timePhraseLength } from './light-verb-nominal.js';
import { isA } from '../schema/schema.js';
import { itemAt } from '../util/checked-index.js';

/** Verbs by which an outlet makes a report public. */
const REPORTING = new Set(['reported', 'reports', 'revealed', 'reveals', 'disclosed']);
/** Most words of the reported clause read before its subject's name ("engineers at", "some of the managers of"). */
const MAX_BEFORE_SUBJECT = 4;

/** Whether a group is one news outlet named alone. */
const isOutlet = (group: Group) => group.slots.length === 1 && isA(itemAt(group.slots, 0).entity.type, 'MediaOrganization');

/**
 * Where the reported clause starts after an outlet: "<outlet> reported [time] that", "a report by <outlet> [time]
 * that"; -1 when neither is written.
 */
function reportedClauseStart(view: SentenceView, outlet: Group): number {
  const { words } = view;
  let k = outlet.end;
  const byReport = words[outlet.start - 1] === 'by' || (words[outlet.start - 1] === 'the' && words[outlet.start - 2] === 'by');
  const reportBefore = byReport && /^reports?$/.test(words[outlet.start - (words[outlet.start - 1] === 'the' ? 3 : 2)] ?? '');
  if (!reportBefore) {
    if (!REPORTING.has(words[k] ?? '')) return -1;
    k++;
  }
  // A short time phrase may date the report ("on Thursday", "last week", "earlier this month").
  k += timePhraseLength(words, k);
  return words[k] === 'that' ? k + 1 : -1;
}

/** Emits INVESTIGATED from a news outlet to the subject of the clause it reported. */
export function outletReports(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('outlet-reported-subject')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const outlet = itemAt(groups, i);
    if (!isOutlet(outlet)) continue;
    const clause = reportedClauseStart(view, outlet);
    if (clause < 0) continue;
    const subject = itemAt(groups, i + 1);
    const before = words.slice(clause, subject.start);
    // The subject, or a noun of people at or of it ("engineers at Corvana"), opens the clause.
    if (before.length > MAX_BEFORE_SUBJECT || before.some((w) => !/^[a-z][a-z-]*$/.test(w) || w === 'that')) continue;
    if (!subject.slots.every((s) => s.root === 'Organization' || s.root === 'Person') || subject.slots.some((s) => s.entity === itemAt(outlet.slots, 0).entity))
      continue;
    const modality = modalityAt(view.texts, clause - 1);
    emit(outlet.slots, subject.slots, {
      types: [relationDef('INVESTIGATED')],
      reverse: false,
      properties: { verb: 'report', ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('outlet-reported-subject'),
      cueAt: clause - 1,
    });
  }
}
