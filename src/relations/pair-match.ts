// What a pattern says about two neighbouring entity groups: candidate relation types (the first whose endpoints
// fit wins), the direction, properties and a confidence that reflects how reliable the pattern is.
import type { RelationProperties } from '../document/graph-document.js';
import type { RelationDef } from './signals.js';
import type { Slot } from './sentence-view.js';

export interface PairMatch {
  /** Candidate types in order of preference; an empty list means RELATED_TO with the verb kept. */
  types: RelationDef[];
  /** True when the right-hand group is the source ("services used by X", "X's assassin, Y"). */
  reverse: boolean;
  properties: RelationProperties;
  confidence: number;
  /** Name of the pattern that matched, for the report and tests. */
  pattern: string;
  /** Token index (in the sentence) of the word that signalled the relation. */
  cueAt: number;
  /** "X provided Y to Z" with Y an entity: the relation waits for "to Z" in the next pair. */
  awaitsTarget?: string;
  /** "sold its stake in Acme to Globex": where the holding handed over begins; Acme is no recipient, one after "to" is. */
  holdingFrom?: number;
  /** Earlier sentences the match relies on ("welcomed the decision": where the decision was stated). */
  support?: { doc: string; start: number; end: number }[];
}

/** Words that never carry a relation but may sit between a cue and an entity ("the", "its", "some"). */
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'some',
  'all',
  'any',
  'this',
  'that',
  'these',
  'those',
  'several',
  'many',
  'other',
  'two',
  'three',
  'both',
  'each',
  'more',
  'most',
]);

/** Forms of "to be" that make a following participle passive. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);

/** Prepositions that introduce the target of a nominalisation ("acquisition of", "assault on"). */
export const NOUN_PREPOSITIONS = new Set(['of', 'on', 'into', 'in', 'with', 'against', 'over', 'to', 'for', 'at', 'between', 'upon']);

/** Quotation marks as tokens, opening or closing: straight ones do both, curly ones say which they do. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "''", '``']);

/** Words that end the stretch of text a single statement can span. */
export const CLAUSE_BREAKS = new Set([';', ':', '.', '?', '!', '"', '“', '”', 'but', 'while', 'whereas', 'although', 'though', 'because']);

/** Where a pattern hands what it found: every source slot with every target slot, as `match` says. */
export type EmitPair = (sources: Slot[], targets: Slot[], match: PairMatch) => void;
