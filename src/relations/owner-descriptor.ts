// "The majority owner of struggling Norvish steel firm Halvek has sued the Norvish government for $2bn. Group Castell,
// the Maltese holding company which controls 51% of Halvek, says …": the subject is the owner, not Halvek, and news
// names it in the sentences after, as the one said to own or control Halvek (rule owner-descriptor-subject).
import { rootType } from '../schema/schema.js';
import type { SentenceView, Slot } from './sentence-view.js';

/** Words that may qualify the owner ("majority", "largest"); "former" and "new" speak of another owner. */
const OWNER_QUALIFIERS = new Set(['majority', 'largest', 'biggest', 'main', 'controlling', 'principal', 'single']);
/** Nouns of an owner, and the preposition each takes before what is owned. */
const OWNER_NOUNS = new Map([
  ['owner', 'of'],
  ['parent', 'of'],
  ['shareholder', 'in'],
  ['investor', 'in'],
]);
/** Most lower-case words describing what is owned before its name ("struggling Norvish steel firm"). */
const MAX_DESCRIBING = 5;

/**
 * The organisation named after "The majority owner of …" when those words open the sentence as its subject: what
 * the sentence's verb says is the unnamed owner's, not the organisation's. Undefined otherwise.
 */
export function ownedAfterOwnerSubject(view: SentenceView): Slot | undefined {
  const { words, groups } = view;
  let k = view.bodyStart;
  if (view.sentence.tokens[k]?.text !== 'The') return undefined;
  k++;
  while (OWNER_QUALIFIERS.has(words[k] ?? '')) k++;
  const preposition = OWNER_NOUNS.get(words[k] ?? '');
  if (!preposition || words[k + 1] !== preposition) return undefined;
  const from = k + 2;
  // Places before the name only qualify it ("Norvish steel firm Halvek").
  const owned = groups.find((g) => g.start >= from && g.slots.some((s) => s.root !== 'Location'));
  if (!owned || owned.slots.length !== 1) return undefined;
  const slot = owned.slots[0]!;
  if (slot.root !== 'Organization' || slot.possessive || owned.start - from > MAX_DESCRIBING) return undefined;
  // The words between describe the organisation: lower-case words and the places that qualify them.
  const places = groups.filter((g) => g.start >= from && g.end <= owned.start);
  if (places.some((g) => g.slots.some((s) => s.root !== 'Location'))) return undefined;
  for (let j = from; j < owned.start; j++) {
    if (places.some((g) => j >= g.start && j < g.end)) continue;
    if (!/^[a-z-]+$/.test(words[j]!)) return undefined;
  }
  return rootType(slot.entity.type) === 'Organization' ? slot : undefined;
}
