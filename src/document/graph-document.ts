// The graph document: the interchange format written by `kg extract`, read by `kg load` and the viewer.
// Its JSON Schema is graph-schema/graph-document.schema.json; these types mirror it.
import type { EntityTypeName, RelationTypeName } from '../schema/schema.js';

export interface SourceDocument {
  id: string;
  source: string;
  /** Where the input was read from (path or URL), when `source` is the page's own canonical URL. */
  readFrom?: string;
  title?: string;
  byline?: string;
  /** The publication the page belongs to, as the page names it. */
  siteName?: string;
  published?: string;
  /** The encoding the input's bytes were decoded from ("utf-8", "windows-1252"...). */
  encoding?: string;
  text: string;
}

export type MentionKind = 'name' | 'nominal' | 'pronoun';

export interface Mention {
  doc: string;
  start: number;
  end: number;
  kind?: MentionKind;
  /** The name this mention stands for, when it is not the entity's (a vote in deciding the entity's name). */
  name?: string;
  /** The type this mention was recognised as, when it is not the entity's (a vote in deciding the entity's type). */
  type?: EntityTypeName;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityTypeName;
  aliases: string[];
  mergeKey?: string;
  mergeReasons?: string[];
  mentions: Mention[];
}

export interface Evidence {
  doc: string;
  start: number;
  end: number;
  text?: string;
}

export type RelationProperties = Record<string, string | number | boolean>;

export interface Relation {
  id: string;
  source: string;
  target: string;
  type: RelationTypeName;
  properties: RelationProperties;
  confidence: number;
  /** The strongest single statement's confidence, when `confidence` compounds several statements. */
  statedConfidence?: number;
  evidence: Evidence[];
}

export interface GraphDocument {
  version: 1;
  generator?: { name: string; version: string };
  documents: SourceDocument[];
  entities: Entity[];
  relations: Relation[];
}
