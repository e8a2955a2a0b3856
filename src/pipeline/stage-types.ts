// The typed values passed between pipeline stages (ingest → clean → segment → recognise → resolve → relate → build).
import type { EntityTypeName, RelationTypeName } from '../schema/schema.js';
import type { MentionKind, RelationProperties } from '../document/graph-document.js';

/** A span of UTF-16 offsets into a document's text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type InputFormat = 'txt' | 'md' | 'html';

/** What ingest read: one file (or stdin), decoded, not yet cleaned. */
export interface RawInput {
  source: string;
  format: InputFormat;
  content: string;
  /** The encoding the bytes were decoded from ("utf-8", "windows-1252"...). */
  encoding?: string;
  /** ISO day of publication given with the input (a list file's date, a feed item's), ahead of what the page says. */
  published?: string;
}

/** An input that could not be read, with the reason and what to do about it. */
export interface InputFailure {
  source: string;
  reason: string;
}

/** A document's text as offsets will point into, with the page furniture that must yield no entities. */
export interface CleanDocument {
  id: string;
  source: string;
  /** Where the input was read from (path or URL), when `source` is the page's own canonical URL. */
  readFrom?: string;
  title?: string;
  byline?: string;
  /** The publication the page belongs to, as the page names it. */
  siteName?: string;
  published?: string;
  /** The encoding the input's bytes were decoded from. */
  encoding?: string;
  text: string;
  /** Sign-up prompts, photo credits, bylines, share widgets: kept in the text (offsets stay true), never mined. */
  furniture: Span[];
}

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  index: number;
  tokens: Token[];
}

export interface SegmentedDocument extends CleanDocument {
  sentences: Sentence[];
}

/** One mention of a thing, as recognised in a sentence, before resolution. */
export interface MentionCandidate extends Span {
  doc: string;
  sentence: number;
  text: string;
  type: EntityTypeName;
  kind: MentionKind;
  /** Index of the first and one-past-last token of the mention in its sentence. */
  tokenStart: number;
  tokenEnd: number;
  /** Identity decided while recognising (in-document resolution); mentions sharing root type and key are one entity. */
  key?: string;
  /** The canonical name this mention stands for ("Israeli military" for "Israel's military"). */
  canonical?: string;
  /** Why this mention joined its entity (acronym, surname, coreference...), when not by its own name. */
  reason?: string;
  /**
   * The name as written when the span also holds a leading title or honorific ("Okafor" in "Mr Okafor"), or with the
   * possessive of the country whose body it is ("Norway's Ministry of Culture").
   */
  written?: string;
}

/** An entity after resolution: one real-world thing with all its mentions. */
export interface ResolvedEntity {
  id: string;
  name: string;
  type: EntityTypeName;
  mergeKey: string;
  aliases: string[];
  mergeReasons: string[];
  mentions: MentionCandidate[];
}

/** A relation stated by one sentence (or clause), before identical facts are merged. */
export interface RelationCandidate {
  source: string;
  target: string;
  type: RelationTypeName;
  properties: RelationProperties;
  confidence: number;
  evidence: Span & { doc: string };
  /** Earlier sentences the statement needs: where a pronoun's, a nominal's or "the decision"'s referent is named. */
  support?: (Span & { doc: string })[];
}
