// "Doe said in comments emailed to Reuters", "wrote in a letter to the committee", "said in an interview with the BBC":
// a verb of saying followed by "in" and the channel the words went by names the one told after the channel's
// preposition. A verb of saying otherwise opens a reported clause (cue-patterns.ts), and telling otherwise takes only
// the object right after the verb, so without this the addressee named in the channel is lost.
import { findPhrases, relationDef, type RelationDef } from './signals.js';
import { DETERMINERS } from './pair-match.js';
import { relationRuleOn } from './relation-rules.js';

export const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'stated', 'states', 'spoke', 'speaks']);
/** Words that may stand between the speaker and the verb of saying ("Doe also said in …", "Doe has said in …"). */
const BEFORE_SAYING = new Set(['also', 'later', 'then', 'has', 'had', 'have', 'separately', 'previously', 'earlier', 'again']);
/** How far the communication phrase may start after "in" ("in comments emailed to" starts its phrase two words on). */
const CHANNEL_WORDS = 4;

export interface ChannelOfSaying {
  /** Where the channel's "in" stands in the words between the speaker and the one told. */
  readonly at: number;
  /** The schema phrase that names the channel and its preposition ("in a letter to", "emailed to"). */
  readonly phrase: string;
  readonly type: RelationDef;
}

/**
 * The channel of a statement between a speaker and the one told, read from the words between them: the speaker's verb
 * of saying, "in", then a communication phrase of the schema ending in its preposition, with nothing but a determiner
 * after it. The words before the verb are adverbs or auxiliaries, or an apposition set off by commas.
 */
export function channelOfSaying(between: readonly string[]): ChannelOfSaying | undefined {
  const i = between.indexOf('in');
  if (i < 1 || !SAYING.has(between[i - 1]!)) return undefined;
  const before = between.slice(0, i - 1);
  const apposition = before.length >= 2 && before[0] === ',' && before[before.length - 1] === ',';
  if (!apposition && !before.every((w) => BEFORE_SAYING.has(w))) return undefined;
  const rest = between.slice(i);
  const found = findPhrases(rest).find((p) => p.type.family === 'communication' && !p.inverse && p.at <= CHANNEL_WORDS);
  if (!found) return relationRuleOn('described-channel-of-saying') ? describedChannel(rest, i) : undefined;
  if (rest.slice(0, found.at).some((w) => w === ',' || w === 'that')) return undefined;
  if (!rest.slice(found.at + found.length).every((w) => DETERMINERS.has(w))) return undefined;
  return { at: i, phrase: rest.slice(found.at, found.at + found.length).join(' '), type: found.type };
}

/** Nouns for the channel a statement went by, after "in" and an article ("in an emailed statement to"). */
const CHANNEL_NOUNS = new Set(['statement', 'letter', 'email', 'interview', 'comments', 'remarks', 'speech', 'memo', 'message', 'briefing', 'note']);
/** Most words that describe the channel between the article and its noun ("emailed", "written", "joint", "televised"). */
const CHANNEL_MODIFIERS = 2;

/**
 * "said in an emailed statement to Reuters", "said in a televised interview with the BBC": the channel's noun described
 * by a word or two the schema's phrases do not hold names the one told after "to" or "with", with nothing but a
 * determiner after it (rule described-channel-of-saying).
 */
function describedChannel(rest: readonly string[], at: number): ChannelOfSaying | undefined {
  if (!/^(?:a|an|the|his|her|its|their)$/.test(rest[1] ?? '')) return undefined;
  let k = 2;
  while (k < 2 + CHANNEL_MODIFIERS && /^[a-z-]+$/.test(rest[k] ?? '') && !CHANNEL_NOUNS.has(rest[k]!)) k++;
  if (k === 2 || !CHANNEL_NOUNS.has(rest[k] ?? '') || !/^(?:to|with)$/.test(rest[k + 1] ?? '')) return undefined;
  if (!rest.slice(k + 2).every((w) => DETERMINERS.has(w))) return undefined;
  return { at, phrase: rest.slice(0, k + 2).join(' '), type: relationDef('TOLD') };
}
