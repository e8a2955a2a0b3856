// A player's or a coach's ties to clubs, which the schema's general cues read as other ties: "Tom Askel joined
// Corvallo United" is a post at the club (WORKS_FOR), not a membership of a party or league (rule joined-team-works-for),
// and "joined Corvallo United from Halden Rovers" also says where the one who joined worked before (rule joined-from).
import type { Group, SentenceView } from './sentence-view.js';
import { CLAUSE_BREAKS, type EmitPair, type PairMatch } from './pair-match.js';
import { modalityAt } from './modality.js';
import { relationDef } from './signals.js';
import { statedBy } from './relation-confidences.js';
import { relationRuleOn as ruleOn } from './relation-rules.js';

const isPerson = (group: Group) => group.slots.every((s) => s.root === 'Person');

/** A person's MEMBER_OF a sports team through "join" is WORKS_FOR it: a player or a coach joins a club's staff. */
export function joinedTeam(match: PairMatch | undefined, source: Group, right: Group): PairMatch | undefined {
  if (!match || match.reverse || match.properties.verb !== 'join' || match.types[0]?.name !== 'MEMBER_OF') return match;
  if (!isPerson(source) || !right.slots.every((s) => s.entity.type === 'SportsTeam') || !ruleOn('joined-team-works-for')) return match;
  return { ...match, types: [relationDef('WORKS_FOR')] };
}

/**
 * "Tom Askel joined Corvallo United from Halden Rovers", "Anna Vole joined Tallgrass from Brightline Studios": the
 * organisation after "from" is the one the person left for the one joined, a post held before (WORKS_FOR, role
 * "former"). Returns the match for the group after "from", or undefined.
 */
export function joinedFrom(view: SentenceView, match: PairMatch, source: Group, right: Group, next: Group | undefined): PairMatch | undefined {
  if (!next || match.reverse || match.properties.negated || match.properties.verb !== 'join') return undefined;
  if (!match.types.some((t) => t.name === 'WORKS_FOR' || t.name === 'MEMBER_OF')) return undefined;
  if (!isPerson(source) || !right.slots.every((s) => s.root === 'Organization')) return undefined;
  const between = view.words.slice(right.end, next.start);
  if (between.length !== 1 || between[0] !== 'from' || next.slots.some((s) => s.root !== 'Organization' || s.possessive)) return undefined;
  if (!ruleOn('joined-from')) return undefined;
  return {
    types: [relationDef('WORKS_FOR')],
    reverse: false,
    properties: { verb: 'joined from', role: 'former' },
    ...statedBy('joined-from'),
    cueAt: right.end,
  };
}

/** Nouns and verbs of a result that "at" a side turns into a game at the side's ground, and what each says. */
const RESULTS_AT = new Map<string, 'won' | 'lost' | 'drew'>([
  ['win', 'won'],
  ['won', 'won'],
  ['victory', 'won'],
  ['defeat', 'lost'],
  ['loss', 'lost'],
  ['lost', 'lost'],
  ['draw', 'drew'],
  ['drew', 'drew'],
  ['stalemate', 'drew'],
]);
/** Nouns of one game that "against" or "with" joins to the other side ("their rain-affected match against"). */
const GAME_NOUNS = new Set(['match', 'game', 'tie', 'clash', 'fixture', 'derby', 'encounter']);
/** Most words between the subject and the side (", who had ... a 1-1 draw at"). */
const MAX_BETWEEN = 10;

const isSide = (group: Group) => group.slots.every((s) => s.root === 'Organization' && !s.possessive);

/**
 * A result or a game named between a side and another, when no cue of the pair's words was read first: "managed a 1-1
 * draw at Corvallo Rovers", "won 2-0 at Brenno Athletic" (rule result-at-side: the side "at" is the home side played,
 * an organisation and not a venue; a win DEFEATED it, a defeat was DEFEATED by it, a draw COMPETED_AGAINST it) and
 * "were held in their rain-affected match against Corvallo Rovers" (rule game-noun-against-side: COMPETED_AGAINST,
 * where "held" took the pair for the place of an event).
 */
export function resultAtSide(view: SentenceView, source: Group, right: Group): PairMatch | undefined {
  const { words } = view;
  const between = words.slice(source.end, right.start);
  if (!between.length || between.length > MAX_BETWEEN || between.some((w) => CLAUSE_BREAKS.has(w) || w === ',')) return undefined;
  if (!source.slots.every((s) => s.root === 'Organization' || s.root === 'Person') || source.slots.some((s) => s.possessive)) return undefined;
  const last = between[between.length - 1]!;
  // The result word may have a score between it and "at" only when it is a verb ("won 2-0 at").
  const k = between.length - 2;
  const scored = /^\d{1,2}-\d{1,2}$/.test(between[k] ?? '') ? k - 1 : k;
  const cueAt = source.end + (last === 'at' ? scored : k);
  const modality = modalityAt(view.texts, cueAt);
  const properties = (verb: string) => ({ verb, ...(modality ? { negated: true, modality } : {}) });
  if (last === 'at' && isSide(right) && ruleOn('result-at-side')) {
    const result = RESULTS_AT.get(between[scored] ?? '') ?? RESULTS_AT.get(between[k] ?? '');
    const word = RESULTS_AT.has(between[scored] ?? '') ? between[scored]! : between[k]!;
    if (!result) return undefined;
    const type = relationDef(result === 'drew' ? 'COMPETED_AGAINST' : 'DEFEATED');
    return { types: [type], reverse: result === 'lost', properties: properties(`${word} at`), ...statedBy('result-at-side'), cueAt };
  }
  if ((last === 'against' || last === 'with') && GAME_NOUNS.has(between[k] ?? '') && ruleOn('game-noun-against-side')) {
    if (!right.slots.every((s) => s.root === 'Organization' || s.root === 'Person' || s.root === 'Location')) return undefined;
    // "named an unchanged side for the game against Tarnby Athletic": the team between plays, not the person (rule
    // team-plays-not-person, as for the schema phrase in cue-patterns.ts).
    const team = between.some((w) => w === 'team' || w === 'side' || w === 'squad');
    if (team && source.slots.every((s) => s.root === 'Person') && ruleOn('team-plays-not-person')) return undefined;
    return {
      types: [relationDef('COMPETED_AGAINST')],
      reverse: false,
      properties: properties(`${between[k]!} ${last}`),
      ...statedBy('game-noun-against-side'),
      cueAt,
    };
  }
  return undefined;
}

/** Words of a player's sale or loan that "to" and a side follow ("the sale of Tom Vell to", "sold Tom Vell to"). */
const SALE_WORDS = new Set(['sale', 'sold', 'sell', 'sells', 'selling', 'transfer', 'transferred', 'loan', 'loaned', 'move', 'switch']);
/** Words for a team written between what describes it and its name ("Premier League side Corvallo United"). */
const SIDE_WORDS = new Set(['side', 'club', 'team', 'outfit', 'champions', 'leaders', 'rivals']);
/** Most words between the sale word and the player ("sale of top scorer"), and between "to" and the side ("Premier League side"). */
const SALE_REACH = 4;

/**
 * "the sale of top scorer Lee Farrant to Premier League side Kingsbridge Athletic", "sold striker Tom Vell to Corvallo
 * United": the player sold or loaned to a side goes to play for it (WORKS_FOR; rule sold-player-joins-side), whoever
 * the seller is and whether it is named.
 */
export function soldPlayerToSide(view: SentenceView, emit: EmitPair): void {
  if (!ruleOn('sold-player-joins-side')) return;
  const { words, groups } = view;
  for (let i = 0; i + 1 < groups.length; i++) {
    const player = groups[i]!;
    if (!isPerson(player) || player.slots.some((s) => s.possessive || s.mention.kind !== 'name')) continue;
    // The sale word a few lower-case words before the player ("sale of top scorer", "sold striker").
    const before = words.slice(Math.max(0, player.start - SALE_REACH - 1), player.start);
    const saleAt = before.findLastIndex((w) => SALE_WORDS.has(w));
    if (saleAt < 0 || before.slice(saleAt + 1).some((w) => !/^[a-z][a-z-]*$/.test(w))) continue;
    if (words[player.end] !== 'to') continue;
    // "to Premier League side Corvallo United": a league or a place may describe the side before its name.
    let j = i + 1;
    while (groups[j + 1] && SIDE_WORDS.has(words[groups[j]!.end] ?? '') && groups[j + 1]!.start === groups[j]!.end + 1) j++;
    const side = groups[j];
    if (!side) continue;
    const gap = words.slice(player.end + 1, side.start);
    if (gap.length > SALE_REACH + 2 || gap.some((w) => !/^[\p{L}][\p{L}-]*$/u.test(w))) continue;
    if (!side.slots.every((s) => s.entity.type === 'SportsTeam' && !s.possessive) || side.slots.length !== 1) continue;
    const cueAt = player.start - before.length + saleAt;
    const modality = modalityAt(view.texts, cueAt);
    emit(player.slots, side.slots, {
      types: [relationDef('WORKS_FOR')],
      reverse: false,
      properties: { verb: `${words[cueAt]!} to`, ...(modality ? { negated: true, modality } : {}) },
      ...statedBy('sold-player-joins-side'),
      cueAt,
    });
  }
}
