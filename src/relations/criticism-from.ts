// "Acme has faced criticism from the Tamsk union", "the ministry came under fire from Greenwatch": criticism met by
// the subject and coming "from" someone is that one's criticism of the subject, the critic being named after the noun
// (rule criticism-from). The schema's noun "criticism" reads only "X's criticism of Y"; the light verbs that carry it
// here ("faced", "drew", "came under") are no signal of their own.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

/**
 * The words between the criticised and the critic: at most three lower-case words of a verb group ("has", "on monday"),
 * a light verb of meeting criticism, at most three describing words ("sharp", "growing"), the noun, "from" and an
 * optional article.
 */
const CRITICISM_FROM =
  /^(?:(?:[a-z]+ ){0,3}?)(?:faced?|faces|facing|drew|draws|drawn|drawing|attracted|attracts|attracting|received|receives|sparked|sparks|provoked|provokes|(?:came|comes|coming|come) under|met with|meets with) (?:(?:[a-z-]+ ){0,3}?)(criticism|condemnation|fire|censure|backlash|flak) from (?:the |its |their )?$/;

/** Words that open another clause between the two, whose criticism is another's. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'and', 'but', 'after', 'said', 'says', 'when', 'while', 'if', 'because', ',']);

/** Emits CRITICISED from the one named after "criticism from" to the one that met the criticism. */
export function criticismFrom(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('criticism-from')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const criticised = itemAt(groups, i);
    const critic = itemAt(groups, i + 1);
    if (critic.slots.some((s) => s.possessive)) continue;
    const between = words.slice(criticised.end, critic.start);
    if (between.some((w) => CLAUSE_WORDS.has(w))) continue;
    const found = CRITICISM_FROM.exec(between.join(' ') + ' ');
    if (!found) continue;
    const nounAt = criticised.end + between.lastIndexOf(found[1]!);
    const modality = modalityAt(view.texts, nounAt);
    emit(critic.slots, criticised.slots, {
      types: [relationDef('CRITICISED')],
      reverse: false,
      properties: { verb: found[1]!, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('criticism-from'),
      cueAt: nounAt,
    });
  }
}
