// "Ruth Calder, Labour MP for Dunmore East, said …": the seat after "MP for" (or "MEP for", "member for") is the place
// the member holds office toward (HOLDS_ROLE_IN, rule member-for-seat), and the party named before "MP" is no body
// seated there (rule party-not-in-seat drops the pair classifier's LOCATED_IN). The pair patterns see only the party
// next to the seat; the person stands before the apposition.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { itemAt } from '../util/checked-index.js';

/** A member of a legislature, as the view's lower-case words write it, that "for" and the seat follow. */
const MEMBER = new Set(['mp', 'mep', 'msp', 'mla', 'member']);
/** At most this many words between the person's comma and the seat (", the former Labour MP for"). */
const MAX_APPOSITION = 7;

/** Whether the words right before `seatStart` are a member's title and "for". */
function memberForBefore(words: readonly string[], seatStart: number): boolean {
  return words[seatStart - 1] === 'for' && MEMBER.has(words[seatStart - 2] ?? '');
}

/** Emits HOLDS_ROLE_IN from a person to the seat named in the apposition after the person ("X, Labour MP for Y,"). */
export function memberSeats(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('member-for-seat')) return;
  const { words, groups } = view;
  for (let i = 1; i < groups.length; i++) {
    const seat = itemAt(groups, i);
    if (!seat.slots.every((s) => s.root === 'Location') || !memberForBefore(words, seat.start)) continue;
    const person = groups
      .slice(0, i)
      .reverse()
      .find((g) => g.slots.every((s) => s.root === 'Person'));
    if (!person || words[person.end] !== ',' || seat.start - person.end > MAX_APPOSITION) continue;
    const between = words.slice(person.end + 1, seat.start);
    const inside = groups.filter((g) => g.start > person.end && g.end <= seat.start);
    // "X, the MP for Y" is read by the title apposition already; only a party between them hides the person.
    if (between.includes(',') || inside.length !== 1 || !itemAt(inside, 0).slots.every((s) => s.root === 'Organization')) continue;
    emit(person.slots, seat.slots, {
      types: [relationDef('HOLDS_ROLE_IN')],
      reverse: false,
      properties: { role: itemAt(words, seat.start - 2) },
      ...statedBy('member-for-seat'),
      cueAt: seat.start - 2,
    });
  }
}

/** Whether only a member's title and "for" stand between an organisation and a place ("Labour MP for Dunmore East"). */
export function partyBeforeSeat(words: readonly string[], sourceEnd: number, targetStart: number): boolean {
  return targetStart - sourceEnd === 2 && memberForBefore(words, targetStart);
}
