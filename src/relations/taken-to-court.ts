// "Ostra Systems has taken Delmar Mobile to the High Court", "the band took its label to court": taking someone to a
// court is suing them (rule taken-to-court). The schema's phrase "took to court" is read only when its words stand
// together; here the one sued stands between the verb and "to court".
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

/** The words between the one who sues and the one sued: at most three lower-case words of a verb group and "take". */
const TAKES = /^(?:[a-z]+ ){0,3}?(took|taken|taking|takes|take) (?:the )?$/;
/** The words after the one sued: "to", an article, at most three words of the court's name, and the court's noun. */
const TO_COURT = /^to (?:the |a )?(?:[\p{L}-]+ ){0,3}?(?:court|courts|tribunal)\b/u;
/** Most words after the one sued that are read for "to … court". */
const REACH = 6;

/** Emits SUED from the one who takes a name to court to that name. */
export function takenToCourt(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('taken-to-court')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const source = itemAt(groups, i);
    const target = itemAt(groups, i + 1);
    const found = TAKES.exec(words.slice(source.end, target.start).join(' ') + ' ');
    if (!found) continue;
    const after = words
      .slice(target.end, target.end + REACH)
      .join(' ')
      .toLowerCase();
    if (!TO_COURT.test(after)) continue;
    const verbAt = source.end + words.slice(source.end, target.start).indexOf(found[1]!);
    const modality = modalityAt(view.texts, verbAt);
    emit(source.slots, target.slots, {
      types: [relationDef('SUED')],
      reverse: false,
      properties: { verb: 'take to court', ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('taken-to-court'),
      cueAt: verbAt,
    });
  }
}
