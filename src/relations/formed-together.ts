// "Calvane Industries and Drossel Werke have formed a joint venture": two parties named together as the subject of a
// verb of setting up a partnership work together (rule partnership-formed-together). The pair patterns only relate
// neighbouring groups, and here the two stand in one coordinated group with nothing after the noun.
import type { EmitPair } from './pair-match.js';
import type { SentenceView } from './sentence-view.js';
import { nounTypes, relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';

/** Words that may stand between the coordinated subject and the verb ("have also formed"). */
const BEFORE_VERB = new Set(['has', 'have', 'had', 'also', 'jointly']);
/** Past forms of verbs that set up a partnership; "set" needs "up" after it. */
const FORMING_VERBS = new Set(['formed', 'created', 'established', 'launched', 'set', 'signed', 'struck', 'sealed']);
/** Determiners before the partnership noun. */
const DETERMINERS = new Set(['a', 'an', 'their']);
/** Nouns after "joint" that make it a shared body, not a shared act ("a joint statement"). */
const JOINT_BODIES = new Set(['venture', 'ventures', 'company', 'enterprise']);
/** Most describing words between the determiner and the partnership noun ("a new 50-50 joint venture"). */
const MAX_DESCRIBING = 3;
/** Words after the noun that name a further party, whose partner the pair may be instead ("an alliance with Z"). */
const OTHER_PARTY = new Set(['with', 'between', 'among', 'alongside']);

/** Emits PARTNERED_WITH between the two members of a coordinated subject that formed a partnership, joint venture or alliance. */
export function partnershipsFormedTogether(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('partnership-formed-together')) return;
  const { groups, words } = view;
  const tokens = view.texts;
  for (const group of groups) {
    const [first, second] = group.slots;
    if (!first || !second || group.slots.length !== 2 || !group.slots.every((s) => s.root === 'Organization')) continue;
    let verbAt = group.end;
    while (BEFORE_VERB.has(words[verbAt] ?? '') && verbAt < group.end + 2) verbAt++;
    const verb = words[verbAt] ?? '';
    if (!FORMING_VERBS.has(verb)) continue;
    let at = verbAt + 1;
    if (verb === 'set') {
      if (words[at] !== 'up') continue;
      at++;
    }
    if (!DETERMINERS.has(words[at] ?? '')) continue;
    at++;
    const limit = at + MAX_DESCRIBING;
    while (at <= limit && /^[\p{Ll}\d-]+$/u.test(words[at] ?? '') && !nounTypes(words[at]!)?.some((t) => t.name === 'PARTNERED_WITH')) at++;
    const noun = words[at] ?? '';
    if (at > limit || !nounTypes(noun)?.some((t) => t.name === 'PARTNERED_WITH')) continue;
    if (noun === 'joint' && !JOINT_BODIES.has(words[at + 1] ?? '')) continue;
    const after = noun === 'joint' ? at + 2 : at + 1;
    if (OTHER_PARTY.has(words[after] ?? '')) continue;
    const found = modalityAt(tokens, verbAt);
    emit([first], [second], {
      types: [relationDef('PARTNERED_WITH')],
      reverse: false,
      properties: { verb: noun === 'joint' ? `joint ${words[at + 1]!}` : noun, ...(found ? { negated: true, modality: found } : {}) },
      ...statedBy('partnership-formed-together'),
      cueAt: at,
    });
  }
}
