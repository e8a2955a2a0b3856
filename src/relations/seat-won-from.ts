// "Priya Dhanesar won the Thornbury West seat from the Conservatives": the side a seat is taken from in an election is
// beaten by the one who takes it (rule seat-won-from). The pair patterns only see neighbouring groups, and the place
// that names the seat may stand between the two.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { itemAt } from '../util/checked-index.js';

/** Verbs of taking a seat ("won", "took", "gained", "captured", "snatched", "flipped"), in their usual forms. */
const SEAT_TAKING_VERBS = new Set(
  [
    'win',
    'won',
    'take',
    'took',
    'taken',
    'gain',
    'gained',
    'capture',
    'captured',
    'seize',
    'seized',
    'snatch',
    'snatched',
    'wrest',
    'wrested',
    'flip',
    'flipped',
  ].flatMap((w) => [w, `${w}s`, `${w}es`]),
);
/** Words that may stand between the one who takes the seat and the verb ("has narrowly won"). */
const BEFORE_VERB = new Set(['has', 'have', 'had', 'narrowly', 'comfortably', 'easily', 'also']);
/** Nouns of what a candidate or party takes in an election. */
const SEAT_NOUNS = new Set(['seat', 'seats', 'constituency', 'district', 'ward', 'riding']);
/** Most words between the verb and the seat noun ("the Thornbury West", "two of the"). */
const MAX_BEFORE_SEAT = 5;

/** Emits DEFEATED for "X took the seat from Y", with at most a place (the seat's name) between verb and noun. */
export function seatsWonFrom(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('seat-won-from')) return;
  const { groups, words } = view;
  const tokens = view.texts;
  for (let i = 0; i + 1 < groups.length; i++) {
    const winner = itemAt(groups, i);
    let verbAt = winner.end;
    while (BEFORE_VERB.has(words[verbAt] ?? '') && verbAt < winner.end + 2) verbAt++;
    if (!SEAT_TAKING_VERBS.has(words[verbAt] ?? '')) continue;
    // The seat's own name may be the next group; the one it is taken from comes after "seat from (the)".
    for (const j of [i + 1, i + 2]) {
      const loser = groups[j];
      if (!loser) break;
      if (j === i + 2 && !itemAt(groups, i + 1).slots.every((s) => s.root === 'Location')) break;
      let at = loser.start - 1;
      if (words[at] === 'the') at--;
      if (words[at] !== 'from' || !SEAT_NOUNS.has(words[at - 1] ?? '')) continue;
      const object = words.slice(verbAt + 1, at - 1);
      if (object.length > MAX_BEFORE_SEAT || !object.every((w) => /^[\p{L}\d'’-]+$/u.test(w) && w !== 'and' && w !== 'or')) continue;
      const found = modalityAt(tokens, verbAt);
      emit(winner.slots, loser.slots, {
        types: [relationDef('DEFEATED')],
        reverse: false,
        properties: { verb: `${words[verbAt]!} seat from`, ...(found ? { negated: true, modality: found } : {}) },
        ...statedBy('seat-won-from'),
        cueAt: verbAt,
      });
    }
  }
}

/** Nouns after a place that make it the name of an electoral seat, and of nothing else ("the Thornbury West seat"). */
const SEAT_NAME_NOUNS = new Set(['seat', 'seats', 'constituency', 'riding']);

/**
 * True when the place ending at `end` names an electoral seat ("won the Thornbury West seat from the Conservatives"):
 * the pair classifier's home or seat of an organisation there is a guess (rule seat-place-not-home).
 */
export function placeNamesSeat(words: readonly string[], end: number): boolean {
  return SEAT_NAME_NOUNS.has(words[end] ?? '');
}
