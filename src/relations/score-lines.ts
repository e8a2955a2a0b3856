// Results and fixture lines of the sports pages, which state a contest without a verb: "Halden 2 Corvallo 1",
// "Veldania 2 , Tamsia 0 ( halftime 0-0 )" (rule score-line: the side with more goals or runs DEFEATED the other, a
// level score is COMPETED_AGAINST), "Wales 31-17 Scotland" as a match report is headed (rule score-between-sides, the
// same reading) and "HALDEN AT CORVALLO", "Halden v Corvallo" (rule fixture-line: COMPETED_AGAINST). The line must
// hold nothing else, so prose with numbers ("Halden 2 per cent") is not read so.
import type { EmitPair } from './pair-match.js';
import type { Group, SentenceView } from './sentence-view.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';
import { isA } from '../schema/schema.js';

/** A side's score in a results line: a whole number, as teams' goals, runs or points are written. */
const SCORE = /^\d{1,3}$/;
/** Both scores written as one word between the sides ("31-17"). */
const SCORE_BETWEEN = /^(\d{1,3})-(\d{1,3})$/;
/** Words between the two sides of a fixture; "at" only in a line in capitals ("HALDEN AT CORVALLO"). */
const FIXTURE_WORDS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

const isSide = (group: Group) => group.slots.every((s) => (s.root === 'Organization' || s.root === 'Location') && !s.possessive && s.mention.kind === 'name');

/** The index past a bracketed aside that opens at `at` ("( Marek 47 )"), or `at` itself when none opens there. */
function pastBracket(words: readonly string[], at: number): number {
  if (words[at] !== '(') return at;
  const close = words.indexOf(')', at);
  return close < 0 ? at : close + 1;
}

/** Only a bracketed aside ("( halftime 0-0 )") or a full stop may end a results line after the second score. */
function endsLine(words: readonly string[], at: number): boolean {
  let k = at;
  while (k < words.length && words[k] === '(') {
    const past = pastBracket(words, k);
    // "( Numan 11th ," where a line break cut the sentence: an aside never closed does not end the line.
    if (past === k) return false;
    k = past;
  }
  return k >= words.length || (k === words.length - 1 && words[k] === '.');
}

/** Emits DEFEATED or COMPETED_AGAINST for a results line, and COMPETED_AGAINST for a fixture line. */
export function scoreAndFixtureLines(view: SentenceView, emit: EmitPair): void {
  const { words, texts } = view;
  const groups = view.groups.filter((g) => g.start >= view.bodyStart);
  const first = groups[0];
  if (!first || first.start !== view.bodyStart || !isSide(first) || first.slots.length !== 1) return;
  const competed = relationDef('COMPETED_AGAINST');
  // "Halden 2 ( Marek 47 ) Corvallo 1": scorers in brackets may follow a side's score.
  if (ruleOn('score-line') && SCORE.test(words[first.end] ?? '')) {
    let at = pastBracket(words, first.end + 1);
    if (words[at] === ',') at++;
    const second = groups.find((g) => g.start === at);
    if (second && isSide(second) && second.slots.length === 1 && SCORE.test(words[second.end] ?? '') && endsLine(words, pastBracket(words, second.end + 1))) {
      const [a, b] = [Number(words[first.end]), Number(words[second.end])];
      const score = `${Math.max(a, b)}-${Math.min(a, b)}`;
      const match = { reverse: false, properties: { score }, ...statedBy('score-line'), cueAt: first.end };
      if (a === b) emit(first.slots, second.slots, { ...match, types: [competed] });
      else emit(a > b ? first.slots : second.slots, a > b ? second.slots : first.slots, { ...match, types: [relationDef('DEFEATED')] });
    }
  }
  // "Wales 31-17 Scotland", "Halden Rovers 2-2 Corvallo United": the score between the sides, as sports pages head a
  // match report; the line must still hold nothing else.
  const between = SCORE_BETWEEN.exec(words[first.end] ?? '');
  const next = groups[1];
  if (
    between &&
    next &&
    next.start === first.end + 1 &&
    isSide(next) &&
    next.slots.length === 1 &&
    endsLine(words, next.end) &&
    ruleOn('score-between-sides')
  ) {
    const [a, b] = [Number(between[1]), Number(between[2])];
    const match = { reverse: false, properties: { score: `${Math.max(a, b)}-${Math.min(a, b)}` }, ...statedBy('score-between-sides'), cueAt: first.end };
    if (a === b) emit(first.slots, next.slots, { ...match, types: [competed] });
    else emit(a > b ? first.slots : next.slots, a > b ? next.slots : first.slots, { ...match, types: [relationDef('DEFEATED')] });
  }
  if (!ruleOn('fixture-line')) return;
  const second = groups[1];
  if (!second || groups.length !== 2 || !isSide(second) || second.start !== first.end + 1) return;
  const word = texts[first.end] ?? '';
  const capitals = texts.slice(first.start, second.end).every((t) => t.toUpperCase() === t);
  if (!(FIXTURE_WORDS.has(word.toLowerCase()) || (word === 'AT' && capitals)) || !endsLine(words, second.end)) return;
  emit(first.slots, second.slots, { types: [competed], reverse: false, properties: {}, ...statedBy('fixture-line'), cueAt: first.end });
}

/** Dashes that set a side off from the list of its players ("Halden Rovers - Ivo Marek ( 47th ) , Jan Polk"). */
const LIST_DASHES = new Set(['-', '--', '–', '—']);

/**
 * Squad and scorer lines: "Tallow Town - Rado Vek ( captain ) , Luka Brant , Siro Maal", "Scorers : Brenno Athletic -
 * Ivo Marek ( 47th ) , Jan Polk ( 57th )": each person listed after the side's name and a dash plays for it
 * (WORKS_FOR; rule side-list-players). The list may run on to the next line, so a trailing comma ends it too.
 */
export function sideListPlayers(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('side-list-players')) return;
  const { words } = view;
  let at = view.bodyStart;
  if (words[at] === 'scorers' && words[at + 1] === ':') at += 2;
  const groups = view.groups.filter((g) => g.start >= at);
  const side = groups[0];
  if (!side || side.start !== at || side.slots.length !== 1 || side.slots[0]!.possessive) return;
  // A country heading a squad is its national side, whose players represent the country (HOLDS_ROLE_IN, as "France
  // coach" does; rule national-side-list-players).
  const national = isA(side.slots[0]!.entity.type, 'Country');
  if (!(side.slots[0]!.root === 'Organization' || (national && ruleOn('national-side-list-players')))) return;
  if (!LIST_DASHES.has(words[side.end] ?? '')) return;
  let k = side.end + 1;
  const players: Group[] = [];
  for (const group of groups.slice(1)) {
    if (group.start !== k || !group.slots.every((s) => s.root === 'Person' && s.mention.kind === 'name')) break;
    players.push(group);
    k = pastBracket(words, group.end);
    if (words[k] === ',' || words[k] === 'and') k++;
  }
  // The list must hold nothing but the players, their asides and the commas between them.
  if (!players.length || !(k >= words.length || (k === words.length - 1 && words[k] === '.'))) return;
  const role = relationDef(national ? 'HOLDS_ROLE_IN' : 'WORKS_FOR');
  const rule = national ? 'national-side-list-players' : 'side-list-players';
  for (const player of players) emit(player.slots, side.slots, { types: [role], reverse: false, properties: {}, ...statedBy(rule), cueAt: side.end });
}

/** Last words of the names of bodies one belongs to rather than works for ("the Green Party", "the Farmers' Union"). */
const MEMBERSHIP_NAME_ENDINGS = new Set(['party', 'parties', 'front', 'alliance', 'union', 'league', 'movement', 'congress', 'bloc']);

/**
 * Results and lists name a person's team or body in brackets as they name a country: "Ivo Marek ( Halvex ) won the
 * sprint" (rule name-bracket-organisation: WORKS_FOR, or MEMBER_OF for a party, union or league), and a rider's team
 * after the country's bracket, "1. Ivo Marek ( Veldania ) Halvex 4:35:12" (rule results-line-team: WORKS_FOR, when a
 * time, a number or "same time" follows the team, or the line ends).
 */
export function bracketedTeams(view: SentenceView, emit: EmitPair): void {
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const person = groups[i]!;
    const bracketed = groups[i + 1]!;
    if (!person.slots.every((s) => s.root === 'Person' && s.mention.kind === 'name' && !s.possessive)) continue;
    if (bracketed.start !== person.end + 1 || words[person.end] !== '(' || words[bracketed.end] !== ')' || bracketed.slots.length !== 1) continue;
    const body = bracketed.slots[0]!;
    if (body.root === 'Organization' && body.mention.kind === 'name' && ruleOn('name-bracket-organisation')) {
      const member = MEMBERSHIP_NAME_ENDINGS.has(body.entity.name.split(/\s+/).pop()!.toLowerCase());
      const type = relationDef(member ? 'MEMBER_OF' : 'WORKS_FOR');
      emit(person.slots, bracketed.slots, { types: [type], reverse: false, properties: {}, ...statedBy('name-bracket-organisation'), cueAt: person.end });
      continue;
    }
    const team = groups[i + 2];
    if (body.root !== 'Location' || !team || team.start !== bracketed.end + 1 || !ruleOn('results-line-team')) continue;
    if (!team.slots.every((s) => s.root === 'Organization' && s.mention.kind === 'name' && !s.possessive) || team.slots.length !== 1) continue;
    const next = words[team.end];
    const ends = next === undefined || (next === '.' && team.end === words.length - 1) || /\d/.test(next) || next === 'same';
    if (ends)
      emit(person.slots, team.slots, {
        types: [relationDef('WORKS_FOR')],
        reverse: false,
        properties: {},
        ...statedBy('results-line-team'),
        cueAt: team.start,
      });
  }
}
