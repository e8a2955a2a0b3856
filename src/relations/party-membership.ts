// Party politics in wire news: "Kerrigan said his Progressive Unity Party had taken the town" names the speaker's own
// party through a possessive pronoun (rule possessive-pronoun-party). The pair patterns read "Kerrigan's Unity Party"
// (possessive-party), but a pronoun after a verb of saying sits in the reported clause, which they do not enter.
import type { EmitPair } from './pair-match.js';
import type { Group, SentenceView, Slot } from './sentence-view.js';
import { PARTY_NAME_ENDING, TITLE_MODIFIERS } from '../recognition/lexicon/words.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

/** The last word of a body one belongs to as a member ("Party", "Alliance", "Front"), lower case. */
const PARTY_HEADS = new Set(['party', 'alliance', 'coalition', 'bloc', 'front', 'movement', 'union', 'league', 'caucus']);
/**
 * Nouns that name a member, not an officer, of a party ("the Reform Alliance candidate", "a Freedom Party lawmaker"). A
 * party's leader, chairman or spokesman keeps WORKS_FOR with the role, as an officer of any body does.
 */
const MEMBER_ROLES = new Set(
  `candidate candidates nominee member members lawmaker lawmakers legislator legislators politician politicians activist
  activists deputy deputies mp mps senator senators congressman congresswoman councillor councillors councilor
  representative delegate delegates supporter supporters veteran stalwart`.split(/\s+/),
);
/** Words between "of the" and a party's name that say which party it is in its country's politics ("of the ruling Unity Party"). */
export const PARTY_QUALIFIERS = new Set(
  `ruling governing opposition main junior conservative liberal nationalist centrist socialist communist leftist
  populist moderate hardline breakaway left-wing right-wing far-right far-left centre-right centre-left center-right
  center-left pro-government`.split(/\s+/),
);

/** True when `name` is the name of a party, an alliance or a coalition of parties. */
export const isPartyName = (name: string): boolean => PARTY_NAME_ENDING.test(name);

/** Possessive pronouns by the number of people they stand for. */
const SINGULAR = new Set(['his', 'her']);

const isParty = (slot: Slot) =>
  slot.root === 'Organization' && slot.mention.kind === 'name' && PARTY_HEADS.has(slot.entity.name.split(/\s+/).pop()!.toLowerCase());

/**
 * Emits MEMBER_OF from the sentence's person subject to a party right after "his", "her" or "their": the subject is
 * the only group of named people before the pronoun, one person for "his"/"her", several for "their". Another
 * person named between ("Kerrigan said Lind and her Unity Party …") is read as the pronoun's owner by nothing here.
 */
export function possessivePronounParties(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('possessive-pronoun-party')) return;
  const { words, groups } = view;
  for (const group of groups) {
    for (const party of group.slots) {
      if (!isParty(party)) continue;
      const pronoun = words[party.start - 1] ?? '';
      if (!SINGULAR.has(pronoun) && pronoun !== 'their') continue;
      const before = (s: Slot) => s.root === 'Person' && s.mention.kind !== 'pronoun' && s.end < party.start - 1;
      const people = groups.filter((g) => g.slots.some(before));
      if (people.length !== 1) continue;
      const named = people[0]!.slots.filter(before);
      if (named.some((s) => s.mention.kind !== 'name')) continue;
      if (SINGULAR.has(pronoun) !== (named.length === 1)) continue;
      emit(named, [party], {
        types: [relationDef('MEMBER_OF')],
        reverse: false,
        properties: {},
        ...statedBy('possessive-pronoun-party'),
        cueAt: party.start - 1,
      });
    }
  }
}

/** The one named party a group holds, or undefined. */
function partyOf(group: Group): Slot | undefined {
  const slot = group.slots.length === 1 ? group.slots[0]! : undefined;
  return slot && slot.root === 'Organization' && slot.mention.kind === 'name' && isPartyName(slot.entity.name) ? slot : undefined;
}
/** The one named person a group holds, or undefined. */
function personOf(group: Group): Slot | undefined {
  const slot = group.slots.length === 1 ? group.slots[0]! : undefined;
  return slot && slot.root === 'Person' && slot.mention.kind === 'name' ? slot : undefined;
}
/** Words that may qualify a party or its member's noun ("the opposition Freedom Party", "a senior Freedom Party lawmaker"). */
const isQualifier = (w: string) => PARTY_QUALIFIERS.has(w) || TITLE_MODIFIERS.has(w) || w === 'veteran' || w === 'prominent';

/** The member's noun and its qualifiers in `words` ("senior lawmaker"), all of them, or undefined. */
function memberNoun(words: readonly string[]): string | undefined {
  const noun = words[words.length - 1];
  if (!noun || !MEMBER_ROLES.has(noun) || !words.slice(0, -1).every(isQualifier)) return undefined;
  return words.join(' ');
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that may follow an apposition's member noun: the apposition closes, or the clause goes on. */
const AFTER_APPOSITION = new Set([',', '.', ';', ':', 'said', 'says', 'told', '--', '-', '—', '–']);

/**
 * Emits MEMBER_OF, with the member's noun as role, from a person to a party the person is named a member of by a
 * noun: "Reform Alliance candidate Anton Hallick", "the Freedom Party's candidate, Vera Lind", and set off after the
 * name, "Anton Hallick, the Reform Alliance candidate," or "Vera Lind, a senior Freedom Party lawmaker," (rule
 * party-tie-member).
 */
export function partyMemberTitles(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('party-tie-member')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const left = groups[i]!;
    const right = groups[i + 1]!;
    const between = words.slice(left.end, right.start);
    const party = partyOf(left);
    const person = personOf(right);
    if (party && person) {
      // "Reform Alliance candidate Anton Hallick", "the Freedom Party's candidate, Vera Lind".
      let read = between[0] === "'s" || between[0] === "'" ? between.slice(1) : between;
      if (read.length > 1 && read[read.length - 1] === ',') read = read.slice(0, -1);
      const role = memberNoun(read);
      if (role)
        emit([person], [party], { types: [relationDef('MEMBER_OF')], reverse: false, properties: { role }, ...statedBy('party-tie-member'), cueAt: left.end });
      continue;
    }
    const named = personOf(left);
    const after = partyOf(right);
    if (!named || !after || between[0] !== ',' || !ARTICLES.has(between[1] ?? '') || !between.slice(2).every(isQualifier)) continue;
    // "Anton Hallick, the Reform Alliance candidate,": the member's noun closes the apposition.
    let k = right.end;
    while (k < words.length && !AFTER_APPOSITION.has(words[k]!) && k - right.end < 4) k++;
    const role = AFTER_APPOSITION.has(words[k] ?? '.') ? memberNoun(words.slice(right.end, k)) : undefined;
    if (role)
      emit([named], [after], { types: [relationDef('MEMBER_OF')], reverse: false, properties: { role }, ...statedBy('party-tie-member'), cueAt: right.end });
  }
}
