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
/**
 * Openings that name where a statement, comments or a letter went ("In a statement sent to the Courier", "In comments
 * emailed to Baltimar Shipping Review", "In a letter to Tavernari"), read under rule fronted-channel-opening.
 */
const CHANNEL_OPENINGS: readonly (readonly string[])[] = [
  ...['a statement', 'comments', 'remarks', 'a letter', 'an email', 'an e-mail'].flatMap((channel) =>
    ['', 'sent ', 'emailed ', 'e-mailed ', 'given ', 'made '].map((sent) => `in ${channel} ${sent}to`.split(' ')),
  ),
];
/** Words that join or point rather than describe the one talked to. */
const NOT_DESCRIBING = new Set(['by', 'of', 'in', 'on', 'at', 'from', 'with', 'for', 'to', 'and', 'or', 'who', 'which', 'that']);
/** Most lower-case words describing the one talked to after the determiner ("the regional newspaper Le Courrier"). */
const MAX_DESCRIBING = 3;
/** Words between the comma and the speaker's name that belong to its mention ("the", "Mr"). */
const BEFORE_SPEAKER = new Set(['the', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady']);
/** The main clause's verb of saying right after the speaker. */
const SAID = new Set(['said', 'says', 'told', 'added', 'insisted', 'warned', 'admitted', 'argued', 'stressed', 'claimed', 'wrote', 'writes']);
/** How many words the set-off clause may run past the one talked to before the speaker ("from Vilnius, where …"). */
const MAX_CLAUSE = 16;

/** The index right after the opening words at `at`, past a determiner, or -1. */
function afterOpening(words: readonly string[], at: number, channels: boolean): number {
  const openings = channels ? [...OPENINGS, ...CHANNEL_OPENINGS] : OPENINGS;
  for (const opening of openings) {
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
  const { words } = view;
  const channels = ruleOn('fronted-channel-opening');
  const objectAt = afterOpening(words, view.bodyStart, channels);
  if (objectAt < 0) return;
  // "In a statement sent to the East African Courier, Oyelaran Cosmetics said": a comma between the two names makes
  // them one group, a list, to the pair patterns; here each name is read on its own (rule fronted-channel-opening).
  const groups = channels
    ? view.groups.flatMap((g) => (g.slots.length > 1 ? g.slots.map((slot) => ({ slots: [slot], start: slot.start, end: slot.end })) : [g]))
    : view.groups;
  // "In an interview with the regional newspaper Le Courrier Lyonnais, …": words describing the one talked to may
  // stand before its name (rule fronted-channel-opening).
  // Only after "the": "In a letter to trustees seen by Meridian Wire" names no one the letter went to.
  const describedAt = (g: Group) =>
    g.start === objectAt ||
    (channels &&
      words[objectAt - 1] === 'the' &&
      g.start > objectAt &&
      g.start - objectAt <= MAX_DESCRIBING &&
      words.slice(objectAt, g.start).every((w) => /^[a-z][a-z-]*$/.test(w) && !/ed$/.test(w) && !NOT_DESCRIBING.has(w) && !SAID.has(w)));
  const object = groups.find(describedAt);
  if (!object || object.slots.some((s) => s.root === 'Location' || s.possessive)) return;
  // "…, Helikon's managing director, Stavros Liakopoulos, said": the speaker may be set off after a title of its own.
  const saidAfter = (g: Group) => SAID.has(words[g.end] ?? '') || (channels && words[g.end] === ',' && SAID.has(words[g.end + 1] ?? ''));
  const speaker = groups.find((g) => g.start > object.end && g.start - object.end <= MAX_CLAUSE && afterComma(words, g) && saidAfter(g));
  if (!speaker || speaker.slots.some((s) => s.root === 'Location' || s.possessive)) return;
  // The clause may hold a place ("from Vilnius") but no verb of saying of its own before the speaker.
  if (words.slice(object.end, speaker.start).some((w) => SAID.has(w))) return;
  const verbAt = SAID.has(words[speaker.end] ?? '') ? speaker.end : speaker.end + 1;
  const modality = modalityAt(view.texts, verbAt);
  emit(speaker.slots, object.slots, {
    types: [relationDef('TOLD')],
    reverse: false,
    properties: { verb: 'speak to', ...(modality ? { negated: true, modality } : {}) },
    ...statedBy('speaking-to-opening'),
    cueAt: verbAt,
  });
}
