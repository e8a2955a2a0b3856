// "Speaking to the BBC from Vilnius, Mr Dubrouski said …", "Talking to reporters in Leeds, Jane Hollis said …", "In an
// interview with the Harbour Post, Ann Lowe said …": a clause set off before the main clause that says whom the speaker
// was talking to has no subject of its own; the one who then "said" told the outlet or person named in it (rule
// speaking-to-opening). The pair patterns see the outlet first and the speaker after a comma, with no verb between.
import type { EmitPair } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';

/** The openings, as lower-case words, that name the one talked to right after them (a determiner allowed). */
const OPENINGS: readonly (readonly string[])[] = [
  ['speaking', 'to'],
  ['speaking', 'with'],
  ['speaking', 'on'],
  ['talking', 'to'],
  ['talking', 'with'],
  ['in', 'an', 'interview', 'with'],
  ['in', 'an', 'interview', 'on'],
];
/** Words between the comma and the speaker's name that belong to its mention ("the", "Mr"). */
const BEFORE_SPEAKER = new Set(['the', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady']);
/** The main clause's verb of saying right after the speaker. */
const SAID = new Set(['said', 'says', 'told', 'added', 'insisted', 'warned', 'admitted', 'argued', 'stressed', 'claimed']);
/** How many words the set-off clause may run past the one talked to before the speaker ("from Vilnius, where …"). */
const MAX_CLAUSE = 16;

/** The index right after the opening words at `at`, past a determiner, or -1. */
function afterOpening(words: readonly string[], at: number): number {
  for (const opening of OPENINGS) {
    if (!opening.every((w, k) => words[at + k] === w)) continue;
    const next = at + opening.length;
    return words[next] === 'the' ? next + 1 : next;
  }
  return -1;
}

/** Whether the group is set off by the comma that closes the opening clause (its honorific or article allowed). */
function afterComma(words: readonly string[], group: Group): boolean {
  let k = group.start - 1;
  while (k >= 0 && BEFORE_SPEAKER.has(words[k] ?? '')) k--;
  return words[k] === ',';
}

/** Emits TOLD from the speaker of the main clause to the one an opening "Speaking to …" clause names. */
export function frontedInterviews(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('speaking-to-opening')) return;
  const { words, groups } = view;
  const objectAt = afterOpening(words, view.bodyStart);
  if (objectAt < 0) return;
  const object = groups.find((g) => g.start === objectAt);
  if (!object || object.slots.some((s) => s.root === 'Location' || s.possessive)) return;
  const speaker = groups.find((g) => g.start > object.end && g.start - object.end <= MAX_CLAUSE && afterComma(words, g) && SAID.has(words[g.end] ?? ''));
  if (!speaker || speaker.slots.some((s) => s.root === 'Location' || s.possessive)) return;
  // The clause may hold a place ("from Vilnius") but no verb of saying of its own before the speaker.
  if (words.slice(object.end, speaker.start).some((w) => SAID.has(w))) return;
  const verbAt = speaker.end;
  const modality = modalityAt(view.texts, verbAt);
  emit(speaker.slots, object.slots, {
    types: [relationDef('TOLD')],
    reverse: false,
    properties: { verb: 'speak to', ...(modality ? { negated: true, modality } : {}) },
    ...statedBy('speaking-to-opening'),
    cueAt: verbAt,
  });
}
