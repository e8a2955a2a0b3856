// "The Dalmore D.A.'s office fired back on Thursday with a letter to the chairs of the Senate committees": a letter
// to the chairs, heads or members of a body is a letter to that body (rule letter-to-members). The pair patterns read
// a noun of saying only right before the name it is addressed to.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

/**
 * The words between the writer and the body: at most five lower-case words of a verb group ("fired back on thursday
 * with", "has sent"), an article, a noun of writing, "to", an optional article, the members' noun, "of" and an
 * optional article.
 */
const LETTER_TO_MEMBERS =
  /^(?:[a-z]+ ){0,5}?(?:a |an |the )?(letter|letters|email|emails|memo|message) to (?:the |all |several )?(?:(?:two|three|four|five|several|some) )?(?:chairs|chair|chairman|chairmen|chairwoman|chairwomen|members|heads|head|leaders|leader) of (?:the |its )?$/;

/** Words that open another clause, whose letter is another's. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'and', 'but', 'after', 'said', 'says', 'when', 'while']);

/** Emits TOLD from a writer to the body whose chairs, heads or members a letter is sent to. */
export function lettersToMembers(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('letter-to-members')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const writer = itemAt(groups, i);
    const body = itemAt(groups, i + 1);
    if (writer.slots.length !== 1 || itemAt(writer.slots, 0).possessive) continue;
    if (body.slots.length !== 1 || itemAt(body.slots, 0).root !== 'Organization' || itemAt(body.slots, 0).possessive) continue;
    const between = words.slice(writer.end, body.start);
    if (between.some((w) => CLAUSE_WORDS.has(w))) continue;
    const found = LETTER_TO_MEMBERS.exec(between.join(' ') + ' ');
    if (!found) continue;
    const nounAt = writer.end + between.indexOf(found[1]!);
    const modality = modalityAt(view.texts, nounAt);
    emit(writer.slots, body.slots, {
      types: [relationDef('TOLD')],
      reverse: false,
      properties: { verb: found[1]!, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('letter-to-members'),
      cueAt: nounAt,
    });
  }
}
