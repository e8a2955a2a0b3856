// "The Union of Nations imposed sanctions on Veldania", "the Union's embargo against Tamsia": sanctions and an embargo
// are a state's or a body's boycott of their target, so the one who imposes them PROTESTED the target (the schema's
// "protested against or boycotted"; rule sanctions-on). The schema has no verb for it: "sanctions" and "embargo" are
// nouns a light verb ("imposed", "slapped") carries, and lifting or easing them is no boycott.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

/**
 * The words between the one who imposes and the target: an optional possessive mark, at most five lower-case words of a
 * verb group ("has imposed", "on tuesday slapped"), at most three describing words ("new economic", "a trade"), the
 * noun and "on" or "against", and an optional article.
 */
const SANCTIONS_ON = /^(?:'s? )?(?:[a-z]+ ){0,5}?(?:(?:[a-z-]+ ){0,3})(sanctions|embargo|embargoes) (?:on|against) (?:the )?$/;

/** Verbs that end sanctions or only weigh them: what follows them is no boycott in force. */
const NOT_IMPOSED = new Set(
  `lift lifted lifts lifting ease eased eases easing end ended ends ending scrap scrapped drop dropped remove removed suspend suspended relax relaxed waive waived oppose opposed opposes reject rejected rejects criticise criticised criticize criticized condemn condemned denounced avoid avoided escape escaped evade evaded violate violated violating breach breached`.split(
    ' ',
  ),
);

/** Words that open another clause, whose sanctions are another's. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'and', 'but', 'after', 'said', 'says', 'when', 'while', 'if', 'because', ',']);

/** Emits PROTESTED from the one who imposes sanctions or an embargo to the target named right after "on" or "against". */
export function sanctionsImposed(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('sanctions-on')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const source = itemAt(groups, i);
    const target = itemAt(groups, i + 1);
    if (target.slots.some((s) => s.possessive)) continue;
    const between = words.slice(source.end, target.start);
    if (between.some((w) => CLAUSE_WORDS.has(w) || NOT_IMPOSED.has(w))) continue;
    const found = SANCTIONS_ON.exec(between.join(' ') + ' ');
    if (!found) continue;
    const nounAt = source.end + between.indexOf(found[1]!);
    const modality = modalityAt(view.texts, nounAt);
    emit(source.slots, target.slots, {
      types: [relationDef('PROTESTED')],
      reverse: false,
      properties: { verb: found[1]!, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('sanctions-on'),
      cueAt: nounAt,
    });
  }
}
