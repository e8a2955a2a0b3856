// "Calvane Industries and Drossel Werke have formed a joint venture": two parties named together as the subject of a
// verb of setting up a partnership work together (rule partnership-formed-together). The pair patterns only relate
// neighbouring groups, and here the two stand in one coordinated group with nothing after the noun.
import type { EmitPair } from './pair-match.js';
import { isBasedPlace, type Group, type SentenceView } from './sentence-view.js';
import { nounTypes, relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { modalityAt } from './modality.js';
import { WEEKDAYS } from '../recognition/lexicon/words.js';

/** Words that may stand between the coordinated subject and the verb ("have also formed"). */
const BEFORE_VERB = new Set(['has', 'have', 'had', 'also', 'jointly']);
/** Past forms of verbs that set up a partnership; "set" needs "up" after it. */
const FORMING_VERBS = new Set(['formed', 'created', 'established', 'launched', 'set', 'signed', 'struck', 'sealed']);
/** Base forms of those verbs, after "agreed to" or "will" ("agreed to form a joint venture"). */
const FORMING_BASES = new Set(['form', 'create', 'establish', 'launch', 'set', 'sign', 'strike', 'seal']);
/** Verbs of agreeing that take the forming verb after "to". */
const AGREEING = new Set(['agreed', 'agree', 'agrees', 'decided']);
/** Words of a report and its time between the parties and their agreement ("said on Tuesday they had"). */
const REPORTING_OR_TIME = new Set([...'said says have has had also jointly on that they'.split(' '), ...WEEKDAYS]);
/** Most such words. */
const MAX_BEFORE_AGREEING = 7;
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
  const widened = ruleOn('agreed-to-form-together');
  // "Aldmark Motors and Seoul-based Korvel Battery": the place of a "-based" modifier only says where the second party
  // is, and the view reads the three apart; the two parties are one coordinated subject.
  const subjects: { slots: Group['slots']; end: number }[] = groups.map((g) => ({ slots: g.slots, end: g.end }));
  if (widened) {
    for (let i = 0; i + 2 < groups.length; i++) {
      const [left, place, right] = [groups[i]!, groups[i + 1]!, groups[i + 2]!];
      if (
        isBasedPlace(view, place) &&
        words[left.end] === 'and' &&
        place.start === left.end + 1 &&
        right.start === place.end &&
        left.slots.length === 1 &&
        right.slots.length === 1
      )
        subjects.push({ slots: [left.slots[0]!, right.slots[0]!], end: right.end });
    }
  }
  for (const group of subjects) {
    const slots = group.slots;
    const [first, second] = slots;
    if (!first || !second || slots.length !== 2 || !slots.every((s) => s.root === 'Organization')) continue;
    let verbAt = group.end;
    while (BEFORE_VERB.has(words[verbAt] ?? '') && verbAt < group.end + 2) verbAt++;
    // "… said on Tuesday they had agreed to form", "… will form": the agreement to set one up is the partnership
    // (rule agreed-to-form-together).
    if (widened && !FORMING_VERBS.has(words[verbAt] ?? '')) {
      let k = group.end;
      while (k < group.end + MAX_BEFORE_AGREEING && REPORTING_OR_TIME.has(words[k] ?? '')) k++;
      if (AGREEING.has(words[k] ?? '') && words[k + 1] === 'to') k += 2;
      else if (words[k] === 'will') k += 1;
      if (FORMING_BASES.has(words[k] ?? '')) verbAt = k;
    }
    const verb = words[verbAt] ?? '';
    if (!FORMING_VERBS.has(verb) && !(widened && FORMING_BASES.has(verb))) continue;
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
