// Party politics in wire news: "Kerrigan said his Progressive Unity Party had taken the town" names the speaker's own
// party through a possessive pronoun (rule possessive-pronoun-party). The pair patterns read "Kerrigan's Unity Party"
// (possessive-party), but a pronoun after a verb of saying sits in the reported clause, which they do not enter.
import type { EmitPair } from './pair-match.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

/** The last word of a body one belongs to as a member ("Party", "Alliance", "Front"), lower case. */
const PARTY_HEADS = new Set(['party', 'alliance', 'coalition', 'bloc', 'front', 'movement', 'union', 'league', 'caucus']);
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
