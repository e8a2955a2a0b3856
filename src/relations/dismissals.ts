// Dismissals said with verbs that have other senses ("fired", "dismissed", "sacked"): read only where an organisation
// does it to a person named right after the verb, or a person is it "by" the organisation (rule dismissed-person).
// "fired shots at", "dismissed the lawsuit", "sacked the city" name no person there and stay unread.
import type { PairMatch } from './pair-match.js';
import { relationDef } from './signals.js';
import { VERB_CONFIDENCE } from './relation-confidences.js';
import { modalityAt } from './modality.js';
import { isTitle } from './structural-patterns.js';
import { itemAt } from '../util/checked-index.js';
import type { Group, SentenceView } from './sentence-view.js';

/** Past forms of the verbs of putting someone out of a post, and the lemma each is kept under. */
const DISMISSING = new Map([
  ['fired', 'fire'],
  ['dismissed', 'dismiss'],
  ['sacked', 'sack'],
]);
/** Words before a post after the verb ("its director,", "the manager"). */
const POSSESSORS = new Set(['its', 'their', 'the']);
/** Auxiliaries of the perfect ("has fired"). */
const PERFECT = new Set(['has', 'had', 'have']);

/** Whether `words` name a post set before a name ("director ,", "chief financial officer"). */
function namesPost(words: readonly string[]): boolean {
  const post = words[words.length - 1] === ',' ? words.slice(0, -1) : words;
  return post.length > 0 && isTitle([...post]);
}

/** The name of a court or tribunal, which dismisses cases and appeals, not staff. */
const JUDGING_BODY = /\b(?:courts?|tribunals?)\b/i;

/** A dismissal between an organisation and a person next to each other, or undefined. */
export function dismissalMatch(view: SentenceView, left: Group, right: Group): PairMatch | undefined {
  const { words } = view;
  // The view's words are lower case already.
  const between = words.slice(left.end, right.start);
  const first = itemAt(left.slots, 0);
  const second = itemAt(right.slots, 0);
  if (left.slots.length !== 1 || right.slots.length !== 1 || second.possessive) return undefined;
  // "Moe was dismissed by the Supreme Court": what a court dismisses is a case, not a post.
  if ([first, second].some((s) => s.root === 'Organization' && JUDGING_BODY.test(s.entity.name))) return undefined;
  // "the club sacked manager Ivo Marsh", "Lindqvist fired Holt", "Radio Norvel has dismissed the director, Moe".
  if (first.root === 'Organization' && second.root === 'Person' && second.mention.kind === 'name' && !first.possessive) {
    const verbAt = PERFECT.has(between[0] ?? '') ? 1 : 0;
    const lemma = DISMISSING.get(between[verbAt] ?? '');
    const post = between.slice(verbAt + 1);
    if (!lemma || !(post.length === 0 || namesPost(POSSESSORS.has(post[0]!) ? post.slice(1) : post))) return undefined;
    return found(view, lemma, left.end + verbAt, false);
  }
  // "Radio Norvel fired its director, Henrik Moe": "its" after the verb is the organisation the verb follows.
  const pronoun = first.mention.kind === 'pronoun' && POSSESSORS.has(words[left.start] ?? '');
  if (pronoun && first.root === 'Organization' && second.root === 'Person' && second.mention.kind === 'name' && namesPost(between)) {
    const verbAt = left.start - 1;
    const lemma = DISMISSING.get(words[verbAt] ?? '');
    const subjectEnd = PERFECT.has(words[verbAt - 1] ?? '') ? verbAt - 1 : verbAt;
    const subject = view.groups.find((g) => g.end === subjectEnd);
    if (!lemma || subject?.slots.length !== 1 || itemAt(subject.slots, 0).entity.id !== first.entity.id) return undefined;
    return found(view, lemma, verbAt, false);
  }
  // "Moe was dismissed by Radio Norvel", "Marsh has been sacked by Ostbury Rovers".
  if (first.root === 'Person' && second.root === 'Organization' && !first.possessive) {
    const be = between[0] === 'was' || between[0] === 'were' ? 1 : PERFECT.has(between[0] ?? '') && between[1] === 'been' ? 2 : 0;
    const lemma = be > 0 ? DISMISSING.get(between[be] ?? '') : undefined;
    const rest = between.slice(be + 1);
    if (!lemma || rest[0] !== 'by' || rest.length > 2 || (rest.length === 2 && rest[1] !== 'the')) return undefined;
    return found(view, lemma, left.end + be, true);
  }
  return undefined;
}

function found(view: SentenceView, lemma: string, cueAt: number, passive: boolean): PairMatch {
  const modality = modalityAt(view.texts, cueAt);
  return {
    types: [relationDef('TERMINATED_SERVICE')],
    reverse: passive,
    properties: { verb: lemma, ...(modality ? { negated: true, modality } : {}) },
    confidence: passive ? VERB_CONFIDENCE.passive.value : VERB_CONFIDENCE.active.value,
    pattern: 'dismissed-person',
    cueAt,
  };
}
