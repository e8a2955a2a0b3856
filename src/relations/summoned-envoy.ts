// "Veldania summoned Tamsia's ambassador to protest the raids", "Tamsia summoned the envoy of Veldania": a state that
// summons another's ambassador makes a diplomatic protest to that state, so it PROTESTED the state whose envoy it is
// (rule summoned-envoy). The envoy is no named entity; the pair patterns see "summoned" between the two states and
// the schema has no type for it.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

/** Forms of "summon" and its synonyms in diplomatic news. */
const SUMMON = '(?:summoned|summons|summon|summoning|called in|calls in|call in)';
/** Nouns of a state's envoy. */
const ENVOY = "(?:ambassador|ambassadors|envoy|envoys|charge d'affaires|chargé d'affaires|diplomat|diplomats|representative|consul)";

/** "summoned" (after at most three words of a verb group) right before the target's possessive, "'s" dropped. */
const SUMMONED_OWNER = new RegExp(`^(?:[a-z]+ ){0,3}?${SUMMON} (?:the )?$`);
/** "summoned the ambassador of (the)": the target after "of". */
const SUMMONED_OF = new RegExp(`^(?:[a-z]+ ){0,3}?${SUMMON} (?:the |its |a )?(?:[a-z]+ )?${ENVOY} (?:of|from) (?:the )?$`);
/** Words right after the possessive target: its envoy. */
const ENVOY_AFTER = new RegExp(`^(?:'s? )?(?:[a-z]+ )?${ENVOY}(?: |$)`);

/** Emits PROTESTED from a state or body to the state or body whose envoy it summoned. */
export function summonedEnvoys(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('summoned-envoy')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const source = itemAt(groups, i);
    const target = itemAt(groups, i + 1);
    if (source.slots.some((s) => s.possessive || s.root === 'Person')) continue;
    if (target.slots.length !== 1 || itemAt(target.slots, 0).root === 'Person') continue;
    const between = words.slice(source.end, target.start).join(' ') + ' ';
    const after = words.slice(target.end, target.end + 5).join(' ');
    const owner = itemAt(target.slots, 0).possessive && SUMMONED_OWNER.test(between) && ENVOY_AFTER.test(after);
    if (!owner && !SUMMONED_OF.test(between)) continue;
    const verbAt = source.end;
    const modality = modalityAt(view.texts, verbAt);
    emit(source.slots, target.slots, {
      types: [relationDef('PROTESTED')],
      reverse: false,
      properties: { verb: 'summon', ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('summoned-envoy'),
      cueAt: verbAt,
    });
  }
}
