// "The Orsk branch of Brennic Bank", "Brennic Bank said its Orsk branch was robbed": a place named before a branch,
// office, bureau or plant of an organisation is where the organisation has a seat, so the organisation is LOCATED_IN the
// place (rule place-branch-of). The pair patterns read "Acme's Orsk plant" through the possessive; "the Orsk plant of
// Acme" and "its Orsk plant" put the place between other words.
import type { EmitPair, PairMatch } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { itemAt } from '../util/checked-index.js';

/** Nouns of a seat an organisation keeps in a place. */
const SEAT_NOUNS = new Set(
  `office offices bureau bureaus branch branches plant plants factory factories unit subsidiary headquarters operations refinery mill mine store stores campus embassy consulate base bases hub depot`.split(
    ' ',
  ),
);
/** Words right before the place that make it a modifier of the seat noun after it. */
const LEADS = new Set(['the', 'a', 'its', 'their']);
/** Owner pronouns before the place that refer to the organisation named just before ("said its Orsk branch"). */
const OWNER_PRONOUNS = new Set(['its', 'their']);
/** Words between the organisation and "its" that open another clause, whose "its" may be another's. */
const CLAUSE_WORDS = new Set([',', 'who', 'which', 'that', 'whose', 'and', 'but', 'after', 'when', 'while', 'if', 'because', 'than']);
/** Most words from the organisation to "its" ("said on Friday that its" is cut by "that"). */
const MAX_TO_OWNER = 5;
/** Most words from the organisation to "its" through a relative clause of its own (", which assembles … at its"). */
const MAX_IN_RELATIVE = 12;

/** Words for a kind of business that end a description of the owner ("of oil and gas company Northgate Energy"). */
const OWNER_KINDS = new Set(
  'company firm group giant operator maker producer bank lender insurer retailer carrier airline chain supplier developer conglomerate utility miner'.split(
    ' ',
  ),
);
/** Most words of such a description. */
const MAX_OWNER_DESCRIPTION = 5;

/**
 * The words between "of" and the owner's name describe the owner as a kind of business, in lower case ("oil and gas
 * company", "the state-owned carrier"; rule described-seat-owner).
 */
function describedOwner(words: readonly string[]): boolean {
  return (
    words.length > 0 &&
    words.length <= MAX_OWNER_DESCRIPTION &&
    words.every((w) => /^[a-z-]+$/.test(w)) &&
    OWNER_KINDS.has(words.at(-1)!) &&
    ruleOn('described-seat-owner')
  );
}

/** A single named place, not possessive. */
function onePlace(group: Group): boolean {
  return group.slots.length === 1 && itemAt(group.slots, 0).root === 'Location' && !itemAt(group.slots, 0).possessive;
}
/** A group of named organisations, none possessive. */
function organisations(group: Group): boolean {
  return group.slots.every((s) => s.root === 'Organization' && !s.possessive && s.mention.kind !== 'pronoun');
}

/** The match of rule place-branch-of, its cue at `cueAt`. */
const seatAt = (cueAt: number): PairMatch => ({ types: [relationDef('LOCATED_IN')], reverse: false, properties: {}, ...statedBy('place-branch-of'), cueAt });

/** Emits LOCATED_IN from an organisation to a place named before one of its seats. */
export function branchPlaces(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('place-branch-of')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const first = itemAt(groups, i);
    const second = itemAt(groups, i + 1);
    // "the Orsk branch of (the) Brennic Bank"
    if (onePlace(first) && organisations(second) && LEADS.has(words[first.start - 1] ?? '')) {
      const between = words.slice(first.end, second.start);
      const of = between.length === 2 || (between.length === 3 && between[2] === 'the') || describedOwner(between.slice(2));
      if (of && SEAT_NOUNS.has(between[0]!) && between[1] === 'of') {
        emit(second.slots, first.slots, seatAt(first.end));
        continue;
      }
    }
    // "Brennic Bank said its Orsk branch" (or "its branch in Orsk"): "its" stands in the view as the organisation.
    const seat = ownSeat(words, second);
    if (!seat) continue;
    const owner = first.slots.length === 1 ? itemAt(first.slots, 0) : undefined;
    // "the company's assembly plant in Zaragoza", "Volmaris's plant in Zaragoza": the possessor is the owner.
    if (
      owner?.possessive &&
      owner.root === 'Organization' &&
      first.end === seat.pronounAt &&
      (words[seat.pronounAt] === "'s" || words[seat.pronounAt] === "'") &&
      ruleOn('seat-after-owner-modifiers')
    ) {
      emit(first.slots, second.slots, seatAt(seat.nounAt));
      continue;
    }
    if (
      owner?.mention.kind === 'pronoun' &&
      owner.root === 'Organization' &&
      OWNER_PRONOUNS.has(words[owner.start] ?? '') &&
      first.end === seat.pronounAt + 1
    ) {
      emit(first.slots, second.slots, seatAt(seat.nounAt));
      continue;
    }
    // The same when the view leaves "its" out: the owner pronoun before the place refers to the organisation.
    if (organisations(first)) {
      const between = words.slice(first.end, seat.pronounAt + 1);
      const n = between.length;
      // "Brenkhorst, which assembles e-bikes at its factory in Zwolle": the relative clause right after the name is the
      // name's, and so is its "its" (rule seat-in-own-relative).
      // No other name stands between, so the clause may run longer than a plain verb phrase does.
      const relative = between[0] === ',' && between[1] === 'which' && first.slots.length === 1 && ruleOn('seat-in-own-relative') ? 2 : 0;
      if (n < 1 || n > (relative ? MAX_IN_RELATIVE : MAX_TO_OWNER) || !OWNER_PRONOUNS.has(between[n - 1]!)) continue;
      if (between.slice(relative).some((w) => CLAUSE_WORDS.has(w))) continue;
      emit(first.slots, second.slots, relative ? { ...seatAt(seat.nounAt), ...statedBy('seat-in-own-relative') } : seatAt(seat.nounAt));
    }
  }
}

/**
 * Where a place is named as a seat of its own: "Orsk branch" (the seat noun after the place) or, under rule
 * place-after-own-seat, "branch in Orsk". Gives where the owner pronoun ("its") must stand and the seat noun's index.
 */
function ownSeat(words: readonly string[], place: Group): { pronounAt: number; nounAt: number } | undefined {
  if (!onePlace(place)) return undefined;
  if (SEAT_NOUNS.has(words[place.end] ?? '')) return { pronounAt: place.start - 1, nounAt: place.end };
  const nounAt = place.start - 2;
  if (words[place.start - 1] !== 'in' || !SEAT_NOUNS.has(words[nounAt] ?? '') || !ruleOn('place-after-own-seat')) return undefined;
  // "its assembly plant in Charleroi", "the company's main plant in Zaragoza": a few lower-case words may describe the
  // seat between its owner and its noun (rule seat-after-owner-modifiers).
  let ownerAt = nounAt - 1;
  if (ruleOn('seat-after-owner-modifiers')) {
    while (ownerAt > nounAt - 1 - MAX_SEAT_MODIFIERS && SEAT_MODIFIER.test(words[ownerAt] ?? '') && !isOwnerWord(words[ownerAt] ?? '')) ownerAt--;
    if (!isOwnerWord(words[ownerAt] ?? '')) ownerAt = nounAt - 1;
  }
  return { pronounAt: ownerAt, nounAt };
}

/** Most lower-case words describing a seat between its owner and its noun ("its | new assembly | plant"). */
const MAX_SEAT_MODIFIERS = 2;
/** A lower-case word that may describe a seat ("assembly", "main", "battery"). */
const SEAT_MODIFIER = /^[a-z-]+$/;
/** An owner pronoun or the possessive mark after an owner's name or nominal ("its", "Acme 's", "the company 's"). */
const isOwnerWord = (word: string): boolean => OWNER_PRONOUNS.has(word) || word === "'s" || word === "'";
