// A graph document as the viewer opens it (a file picked, dropped or named by ?file=, or the document the server
// exports): parsed JSON is checked field by field and typed from what the checks found, never cast. The viewer is
// lenient where it can draw the graph all the same: lists it can do without (the articles, an entity's aliases and
// mentions, a relation's evidence and properties) may be missing and are read as empty, and an entity or relation
// type this schema does not define is kept (drawn in the unknown colour). A field that is there with the wrong kind
// of value, or a relation whose endpoint the document lacks, is an error naming the element. The full schema check
// is kg load's (src/schema/validate-document.ts).
import type { Entity, Evidence, GraphDocument, Mention, MentionKind, Relation, RelationProperties, SourceDocument } from '../document/graph-document.js';
import { isFiniteNumber, isRecord, isStringList } from '../util/json-shapes.js';

/** A mention whose recognised type may be one this schema does not define. */
export type OpenedMention = Omit<Mention, 'type'> & { type?: string };
/** An entity whose type may be one this schema does not define. */
export type OpenedEntity = Omit<Entity, 'type' | 'mentions'> & { type: string; mentions: OpenedMention[] };
/** A relation whose type may be one this schema does not define. */
export type OpenedRelation = Omit<Relation, 'type'> & { type: string };
/** A graph document as the viewer reads it; every GraphDocument is one. */
export interface OpenedDocument {
  version: 1;
  generator?: GraphDocument['generator'];
  documents: SourceDocument[];
  entities: OpenedEntity[];
  relations: OpenedRelation[];
}

const SUGGESTION = 'open a graph document written by kg extract';

/** Reads fields of one JSON object, naming it in every error ("a.json: entities[3]"). */
class Fields {
  constructor(
    private readonly record: Record<string, unknown>,
    private readonly where: string,
  ) {}

  private fail(key: string, kind: string): never {
    throw new Error(`${this.where}.${key} is not ${kind}; ${SUGGESTION}`);
  }
  string(key: string): string {
    const value = this.record[key];
    return typeof value === 'string' ? value : this.fail(key, 'a string');
  }
  number(key: string): number {
    const value = this.record[key];
    return isFiniteNumber(value) ? value : this.fail(key, 'a number');
  }
  /** The field when present; an error when present with another kind of value. */
  optionalString(key: string): string | undefined {
    return this.record[key] === undefined ? undefined : this.string(key);
  }
  optionalNumber(key: string): number | undefined {
    return this.record[key] === undefined ? undefined : this.number(key);
  }
  /** A list of strings; an absent list is empty. */
  strings(key: string): string[] {
    const value = this.record[key] ?? [];
    return isStringList(value) ? value : this.fail(key, 'a list of strings');
  }
  /** A list of objects, each read by `read` with its index; an absent list is empty. */
  list<T>(key: string, read: (item: Fields) => T): T[] {
    const value = this.record[key] ?? [];
    if (!Array.isArray(value)) this.fail(key, 'a list');
    return value.map((item: unknown, i) => read(fieldsOf(item, `${this.where}.${key}[${i}]`)));
  }
  /** An object of strings, numbers and booleans; an absent one is empty. */
  properties(key: string): RelationProperties {
    const value = this.record[key] ?? {};
    if (!isRecord(value)) this.fail(key, 'an object');
    const properties: RelationProperties = {};
    for (const [name, v] of Object.entries(value)) {
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') this.fail(`${key}.${name}`, 'a string, number or boolean');
      properties[name] = v;
    }
    return properties;
  }
  /** The field when present, one of `options`; an error when it is something else. */
  optionalOneOf<T extends string>(key: string, options: readonly T[]): T | undefined {
    const value = this.record[key];
    if (value === undefined) return undefined;
    return options.find((option) => option === value) ?? this.fail(key, `one of ${options.join(', ')}`);
  }
  has(key: string): boolean {
    return this.record[key] !== undefined;
  }
}

function fieldsOf(value: unknown, where: string): Fields {
  if (!isRecord(value)) throw new Error(`${where} is not an object; ${SUGGESTION}`);
  return new Fields(value, where);
}

const OPTIONAL_DOCUMENT_FIELDS = ['readFrom', 'title', 'byline', 'siteName', 'published', 'encoding'] as const;

function readSourceDocument(f: Fields): SourceDocument {
  const document: SourceDocument = { id: f.string('id'), source: f.optionalString('source') ?? '', text: f.optionalString('text') ?? '' };
  for (const key of OPTIONAL_DOCUMENT_FIELDS) {
    const value = f.optionalString(key);
    if (value !== undefined) document[key] = value;
  }
  return document;
}

const MENTION_KINDS: readonly MentionKind[] = ['name', 'nominal', 'pronoun'];

function readMention(f: Fields): OpenedMention {
  const mention: OpenedMention = { doc: f.string('doc'), start: f.number('start'), end: f.number('end') };
  const kind = f.optionalOneOf('kind', MENTION_KINDS);
  if (kind !== undefined) mention.kind = kind;
  const name = f.optionalString('name');
  if (name !== undefined) mention.name = name;
  const type = f.optionalString('type');
  if (type !== undefined) mention.type = type;
  return mention;
}

function readEntity(f: Fields): OpenedEntity {
  const entity: OpenedEntity = {
    id: f.string('id'),
    name: f.string('name'),
    type: f.string('type'),
    aliases: f.strings('aliases'),
    mentions: f.list('mentions', readMention),
  };
  const mergeKey = f.optionalString('mergeKey');
  if (mergeKey !== undefined) entity.mergeKey = mergeKey;
  if (f.has('mergeReasons')) entity.mergeReasons = f.strings('mergeReasons');
  return entity;
}

function readEvidence(f: Fields): Evidence {
  const evidence: Evidence = { doc: f.string('doc'), start: f.number('start'), end: f.number('end') };
  const text = f.optionalString('text');
  if (text !== undefined) evidence.text = text;
  return evidence;
}

function readRelation(f: Fields): OpenedRelation {
  const relation: OpenedRelation = {
    id: f.string('id'),
    source: f.string('source'),
    target: f.string('target'),
    type: f.string('type'),
    properties: f.properties('properties'),
    confidence: f.optionalNumber('confidence') ?? 0,
    evidence: f.list('evidence', readEvidence),
  };
  const stated = f.optionalNumber('statedConfidence');
  if (stated !== undefined) relation.statedConfidence = stated;
  return relation;
}

/**
 * A parsed graph document checked and typed for the viewer; `name` (the file's) starts every error, which names the
 * element and field that is wrong ("a.json: entities[3].name is not a string; open a graph document written by kg
 * extract").
 */
export function readOpenedDocument(value: unknown, name: string): OpenedDocument {
  if (!isRecord(value) || !Array.isArray(value.entities) || !Array.isArray(value.relations))
    throw new Error(`${name} is not a graph document (no "entities" and "relations" lists); ${SUGGESTION}`);
  const top = new Fields(value, name);
  const entities = top.list('entities', readEntity);
  const ids = new Set(entities.map((e) => e.id));
  const relations = top.list('relations', readRelation);
  for (const r of relations)
    if (!ids.has(r.source) || !ids.has(r.target)) throw new Error(`${name}: relation ${r.id} points at an entity the document does not have; ${SUGGESTION}`);
  const generator = isRecord(value.generator) ? value.generator : undefined;
  return {
    version: 1,
    ...(generator && typeof generator.name === 'string' && typeof generator.version === 'string'
      ? { generator: { name: generator.name, version: generator.version } }
      : {}),
    documents: top.list('documents', readSourceDocument),
    entities,
    relations,
  };
}

/** The part of an opened graph document that is visible, with only the articles it points into. */
export function documentSubset(document: OpenedDocument, visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): OpenedDocument {
  const entities = document.entities.filter((e) => visible.nodes.has(e.id));
  const relations = document.relations.filter((r) => visible.edges.has(r.id));
  const used = new Set([...entities.flatMap((e) => e.mentions.map((m) => m.doc)), ...relations.flatMap((r) => r.evidence.map((e) => e.doc))]);
  return { ...document, documents: document.documents.filter((d) => used.has(d.id)), entities, relations };
}
