// "The speaker of the Veldan Parliament, Lukas Morenz," and "Veldan Parliament speaker Hanna Ostberg": the speaker of a
// legislature holds a post in it (rule legislature-speaker). "speaker" is no role noun of the schema (a speaker at a
// conference holds no post), so the title patterns do not read it; before or after a legislature's name it is one.
import type { EmitPair } from './pair-match.js';
import type { Group, SentenceView, Slot } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

/** Words of a legislature's name ("Veldan Parliament", "National Assembly", "House of Representatives"). */
const LEGISLATURE = /\b(?:parliament|assembly|congress|senate|house|chamber|legislature|duma|diet|commons|representatives|deputies)\b/i;
/** Words that may qualify the speaker's title ("deputy speaker", "former speaker"). */
const SPEAKER_QUALIFIERS = new Set(['deputy', 'former', 'acting', 'interim', 'new', 'outgoing']);

function only(group: Group, root: 'Person' | 'Organization'): Slot | undefined {
  const slot = group.slots.length === 1 ? group.slots[0]! : undefined;
  return slot && slot.root === root && slot.mention.kind === 'name' ? slot : undefined;
}

/** "deputy speaker" from the end of `words` when it is the speaker's title and nothing else, or undefined. */
function speakerTitle(words: readonly string[]): string | undefined {
  if (words[words.length - 1] !== 'speaker') return undefined;
  const qualifiers = words.slice(0, -1);
  return qualifiers.every((w) => SPEAKER_QUALIFIERS.has(w)) ? words.join(' ') : undefined;
}

/** "the deputy speaker of (the)" right before token `at`: the title, or undefined. */
function speakerOfBefore(words: readonly string[], at: number): string | undefined {
  let k = at - 1;
  if (words[k] === 'the') k--;
  if (words[k] !== 'of' || words[k - 1] !== 'speaker') return undefined;
  let start = k - 1;
  while (start > 0 && SPEAKER_QUALIFIERS.has(words[start - 1]!)) start--;
  return words.slice(start, k).join(' ');
}

/** Emits WORKS_FOR, role "speaker", from a person to the legislature whose speaker the sentence says the person is. */
export function legislatureSpeakers(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('legislature-speaker')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const between = words.slice(groups[i]!.end, groups[i + 1]!.start);
    const body = only(groups[i]!, 'Organization');
    const person = only(groups[i + 1]!, 'Person');
    let role: string | undefined;
    let found: [Slot, Slot] | undefined;
    if (body && person && LEGISLATURE.test(body.entity.name)) {
      // "Veldan Parliament speaker Hanna Ostberg", "the parliament's speaker, Hanna Ostberg"
      let read = between[0] === "'s" || between[0] === "'" ? between.slice(1) : between;
      if (read.length > 1 && read[read.length - 1] === ',') read = read.slice(0, -1);
      role = speakerTitle(read);
      // "the speaker of the Veldan Parliament, Lukas Morenz,"
      if (!role && between.length === 1 && between[0] === ',') role = speakerOfBefore(words, body.start);
      found = [person, body];
    }
    const named = only(groups[i]!, 'Person');
    const legislature = only(groups[i + 1]!, 'Organization');
    if (!role && named && legislature && LEGISLATURE.test(legislature.entity.name)) {
      // "Lukas Morenz, the speaker of the Veldan Parliament,"
      const read = between[0] === ',' ? between.slice(between[1] === 'the' ? 2 : 1) : [];
      const title = read[read.length - 1] === 'the' ? read.slice(0, -1) : read;
      role = title.length > 1 && title[title.length - 1] === 'of' ? speakerTitle(title.slice(0, -1)) : undefined;
      found = [named, legislature];
    }
    if (!role || !found) continue;
    emit([found[0]], [found[1]], {
      types: [relationDef('WORKS_FOR')],
      reverse: false,
      properties: { role },
      ...statedBy('legislature-speaker'),
      cueAt: groups[i]!.end,
    });
  }
}
