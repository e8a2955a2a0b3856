// "Veldania summoned Tamsia's ambassador to protest the raids", "Tamsia summoned the envoy of Veldania": a state that
// summons another's ambassador makes a diplomatic protest to that state, so it PROTESTED the state whose envoy it is
// (rule summoned-envoy). The envoy is no named entity; the pair patterns see "summoned" between the two states and
// the schema has no type for it. "summoned the Tamsian ambassador" names the state by its people's adjective, read
// when the article names that state (rule summoned-national-envoy).
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';
import { countryOfWord } from '../recognition/nationality-phrases.js';
import type { ResolvedEntity } from '../pipeline/stage-types.js';
import type { Slot } from './sentence-view.js';

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

/** "summoned the" (after at most three words of a verb group) before a people's adjective and an envoy's title. */
const SUMMONED_NATIONAL = new RegExp(`^((?:[a-z]+ ){0,3}?${SUMMON} (?:the |a |an )?)\\S+ (?:[a-z]+ )?${ENVOY}(?: |$)`);

/**
 * "Norland summoned the Westrian ambassador", "the Foreign Office has called in the French envoy": the people's
 * adjective names the state whose envoy was summoned; when the article names that country, the summoning state or body
 * PROTESTED it (rule summoned-national-envoy), as with "Westria's ambassador" under summoned-envoy.
 */
export function summonedNationalEnvoys(view: SentenceView, countryNamed: (name: string) => ResolvedEntity | undefined, emit: EmitPair): void {
  if (!ruleOn('summoned-national-envoy')) return;
  const { words, groups } = view;
  for (const source of groups) {
    if (source.slots.some((s) => s.possessive || s.root === 'Person')) continue;
    const after = words.slice(source.end, source.end + 10).join(' ') + ' ';
    const found = SUMMONED_NATIONAL.exec(after);
    if (!found) continue;
    const adjectiveAt = source.end + found[1]!.trim().split(' ').length;
    const country = countryOfWord(view.sentence.tokens[adjectiveAt]?.text ?? '', true);
    const entity = country && countryNamed(country.name);
    if (!entity || source.slots.some((s) => s.entity === entity)) continue;
    // No other name between the source and the adjective; the adjective itself may be read as the country's mention.
    if (groups.some((g) => g.start >= source.end && g.start <= adjectiveAt && !(g.start === adjectiveAt && g.slots.every((s) => s.entity === entity))))
      continue;
    const place: Slot = { entity, mention: itemAt(entity.mentions, 0), root: 'Location', start: adjectiveAt, end: adjectiveAt + 1, possessive: false };
    const modality = modalityAt(view.texts, source.end);
    emit(source.slots, [place], {
      types: [relationDef('PROTESTED')],
      reverse: false,
      properties: { verb: 'summon', ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('summoned-national-envoy'),
      cueAt: source.end,
    });
  }
}
