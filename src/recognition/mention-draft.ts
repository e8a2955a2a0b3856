// The working form of a mention inside recognition, before in-document resolution fixes its entity and type.
import type { MentionKind } from '../document/graph-document.js';
import type { EntityTypeName } from '../schema/schema.js';
import type { Votes } from './name-evidence.js';

export interface MentionDraft {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  canonical: string;
  key: string;
  votes: Votes;
  /** The part of `votes` from strong, local evidence, which may overturn the tagger's coarse type. */
  strong?: Votes;
  /** The name is followed by a comma and an apposition ("Brückner Wohnen, a Hamburg-based retailer"). */
  apposed?: true;
  /** A type fixed by a phrase rule ("Israeli military" is a MilitaryUnit whatever else is said). */
  fixedType?: EntityTypeName;
  kind: MentionKind;
  /** Why the mention joined its entity, when not by its own name. */
  reason?: string;
  initial: boolean;
  possessive: boolean;
  /**
   * The name as written when the span also holds a leading title or honorific ("Okafor" in "Mr Okafor"), or with the
   * possessive of the country whose body it is ("Norway's Ministry of Culture").
   */
  written?: string;
  /** The tagger's majority label over the mention's tokens (PER, ORG, LOC, MISC) when a tagger ran. */
  tag?: string;
  /** The tagger's mean confidence in `tag` over the mention's tokens, in [0, 1). */
  tagScore?: number;
  /**
   * The tagger's label of this mention is no vote for its entity's type: an unsure label in a headline, or a short form
   * of an organisation's name that the tagger read by its shape alone.
   */
  tagNoVote?: boolean;
}
