// "Portugal's ambassador to Angola, Marta Oliveira, said …": the name set off after an office of a place held toward
// another place or body is the office holder, for the possessing place, not for the one after "to" (rule
// envoy-to-apposition; with the city of the posting after "in", envoy-in-apposition). The pair patterns only see neighbouring groups, and the place the office is held toward
// stands between the two.
import type { EmitPair } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { OFFICE_TITLES, relationDef } from './signals.js';
import { isTitle, isTitleWordAt } from './structural-patterns.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { itemAt } from '../util/checked-index.js';

/** Most title words read between the possessive and "to" ("special envoy", "deputy ambassador"). */
const MAX_ENVOY_TITLE = 4;

/**
 * The title of the office between a possessing place ending at `possessorEnd` (its "'s" included) and the "to" before
 * the group at `toward`, when only title words holding an office stand there; undefined otherwise.
 */
function envoyTitle(view: SentenceView, possessorEnd: number, toward: Group): string | undefined {
  const { words } = view;
  let to = toward.start - 1;
  if (words[to] === 'the') to--;
  // "Britain's ambassador in Minsk, Brian Hale": the city of the posting after "in" (rule envoy-in-apposition).
  const posted = words[to] === 'in' && ruleOn('envoy-in-apposition');
  if ((words[to] !== 'to' && !posted) || words[possessorEnd] !== "'s") return undefined;
  const title = words.slice(possessorEnd + 1, to);
  if (title.length > MAX_ENVOY_TITLE || !title.every((_w, k) => isTitleWordAt(title, k)) || !isTitle(title)) return undefined;
  return title.some((w) => OFFICE_TITLES.has(w)) ? title.join(' ') : undefined;
}

/** Emits HOLDS_ROLE_IN for "Place's title to Other, Person" in the sentence. */
export function envoyAppositions(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('envoy-to-apposition')) return;
  const { groups, words } = view;
  for (let i = 0; i + 2 < groups.length; i++) {
    const place = itemAt(groups, i);
    const toward = itemAt(groups, i + 1);
    const person = itemAt(groups, i + 2);
    if (!place.slots.every((s) => s.root === 'Location' && s.possessive) || !person.slots.every((s) => s.root === 'Person')) continue;
    if (words[toward.end] !== ',' || person.start !== toward.end + 1) continue;
    const role = envoyTitle(view, place.end, toward);
    if (!role) continue;
    const posted = view.words[toward.start - (view.words[toward.start - 1] === 'the' ? 2 : 1)] === 'in';
    emit(person.slots, place.slots, {
      types: [relationDef('HOLDS_ROLE_IN')],
      reverse: false,
      properties: { role },
      ...statedBy(posted ? 'envoy-in-apposition' : 'envoy-to-apposition'),
      cueAt: place.end,
    });
  }
}

/** Titles of one sent to a place to represent another ("ambassador to", "envoy to"). */
const ENVOYS = /^(?:ambassadors?|envoys?|consuls?|consul-general|emissar(?:y|ies)|high commissioners?|commissioners?)$/;

/**
 * Whether the place is the one an envoy is posted to ("Norland's ambassador to Ostrava, Gunnar Lied", "The Westrian
 * ambassador to Calvia, Ida Moss"): the words right before it are an envoy's title and "to". The posting is the
 * office's object, not the holder's home or nationality, and the pair classifier's LIVES_IN there is dropped (rule
 * envoy-posting-not-home).
 */
export function envoyPosting(view: SentenceView, place: { start: number }): boolean {
  const { words } = view;
  let to = place.start - 1;
  if (words[to] === 'the') to--;
  return words[to] === 'to' && ENVOYS.test(words[to - 1] ?? '');
}
