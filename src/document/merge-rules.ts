// How two statements of the same node or relationship become one, whatever order they arrive in: the one definition
// the build (several documents in one extraction), `kg load` (graph documents one after another, as Cypher) and
// `kg load --bulk` (graph documents folded before the import) apply. Every rule is commutative, associative and
// idempotent, so partitions of a graph loaded in any order, or twice, end the same:
// - lists (aliases, merge reasons, evidence and document ids) are unions;
// - confidences are maxima;
// - a plain value (a relation's verb or date, a document's source, title or published date) is the smaller of the
//   two in one total order (false < true < numbers < strings, then by value), never the one read last;
// - an entity's mentions in one document, stated twice (the same article in two extractions), are the statement with
//   more mentions, ties to the smaller offsets, kinds, names and types, compared as lists;
// - an entity's name and type are decided from all its mentions' votes (merge-across-documents.ts), its labels are those of that
//   one type, so it never keeps two sibling subtype labels;
// - an id reused with another name and another root type is a collision and is refused.
// The Cypher the loader runs is written here beside the JavaScript it mirrors, and tested against the same cases
// (test/integration/merge-rules.test.ts).
import type { EntityTypeName } from '../schema/schema.js';
import { isEntityType, labelsFor, rootType } from '../schema/schema.js';
import { decideName, decideType } from '../pipeline/merge-across-documents.js';

export type PlainValue = string | number | boolean;

/** false < true < numbers < strings: a value's rank in the total order before its value is compared. */
function kindRank(value: PlainValue): number {
  return typeof value === 'boolean' ? 0 : typeof value === 'number' ? 1 : 2;
}

/** The value kept of two statements of one plain property: the smaller in one total order; an absent one yields. */
export function smallerValue<T extends PlainValue>(existing: T | null | undefined, incoming: T): T;
export function smallerValue<T extends PlainValue>(existing: T | null | undefined, incoming: T | null | undefined): T | null;
export function smallerValue<T extends PlainValue>(existing: T | null | undefined, incoming: T | null | undefined): T | null {
  if (existing === null || existing === undefined) return incoming ?? null;
  if (incoming === null || incoming === undefined) return existing;
  const rank = kindRank(incoming) - kindRank(existing);
  if (rank !== 0) return rank < 0 ? incoming : existing;
  return incoming < existing ? incoming : existing;
}

/**
 * The same rule as Cypher. Neo4j orders values of different kinds by nothing (`1 < 'a'` is null), so the kinds are
 * ranked by valueType()'s name first: BOOLEAN < FLOAT < INTEGER < STRING, the order kindRank gives.
 */
export function smallerValueCypher(existing: string, incoming: string): string {
  return `CASE WHEN ${incoming} IS NULL THEN ${existing} WHEN ${existing} IS NULL THEN ${incoming}
    WHEN valueType(${incoming}) <> valueType(${existing}) THEN CASE WHEN valueType(${incoming}) < valueType(${existing}) THEN ${incoming} ELSE ${existing} END
    WHEN ${incoming} < ${existing} THEN ${incoming} ELSE ${existing} END`;
}

/** The greater of two confidences; an absent one yields. */
export function greaterConfidence(existing: number | undefined, incoming: number | undefined): number | undefined {
  if (existing === undefined) return incoming;
  if (incoming === undefined) return existing;
  return Math.max(existing, incoming);
}

export function greaterConfidenceCypher(existing: string, incoming: string): string {
  return `CASE WHEN ${existing} IS NULL OR ${incoming} > ${existing} THEN ${incoming} ELSE ${existing} END`;
}

/** Independent statements of the same fact raise confidence: the strongest statement's, compounded over `statements`. */
export function combinedConfidence(stated: number, statements: number): number {
  return +Math.min(0.99, 1 - (1 - stated) ** statements).toFixed(3);
}

/**
 * A relation's confidence once its statements from several documents are together: the strongest statement's
 * compounded over all of them, or as stored when a single statement, or no strongest statement's, is known.
 */
export function settledConfidence(confidence: number, stated: number | null | undefined, statements: number): number {
  return stated === null || stated === undefined || statements < 2 ? confidence : combinedConfidence(stated, statements);
}

/** Appends the values of `incoming` not yet in `target`. */
export function unionInto(target: string[], incoming: readonly string[]): void {
  for (const value of incoming) if (!target.includes(value)) target.push(value);
}

/** The same union as Cypher, so it happens in the database. */
export function unionCypher(existing: string, incoming: string): string {
  return `reduce(acc = coalesce(${existing}, []), x IN ${incoming} | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;
}

/** Folds one statement's plain properties into the kept ones, key by key (smallerValue). */
export function mergePlainProperties(kept: Record<string, PlainValue>, incoming: Readonly<Record<string, PlainValue>>): void {
  for (const [key, value] of Object.entries(incoming)) kept[key] = smallerValue(kept[key], value);
}

/**
 * The same fold as Cypher, for the node or relationship `target` and the map `incoming`: every key of the map is set
 * to the smaller of the stored and the new value (dynamic property keys, Neo4j 5.26).
 */
export function mergePlainPropertiesCypher(target: string, incoming: string): string {
  return `FOREACH (key IN keys(${incoming}) | SET ${target}[key] = ${smallerValueCypher(`${target}[key]`, `${incoming}[key]`)})`;
}

/** What an entity's mentions in one document hold (a MENTIONED_IN relationship). */
export interface MentionFields {
  count: number;
  starts: readonly number[];
  ends: readonly number[];
  kinds: readonly string[];
  names: readonly string[];
  types: readonly string[];
}

type ListKey = readonly (number | string | readonly (number | string)[])[];

/** Lexicographic order of lists, as Cypher compares them (a list that is a prefix of another is smaller). */
function compareLists(a: ListKey, b: ListKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    const order = Array.isArray(x) || Array.isArray(y) ? compareLists(x as ListKey, y as ListKey) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

function mentionKey(m: MentionFields): ListKey {
  return [-m.count, m.starts, m.ends, m.kinds, m.names, m.types];
}

/** Which of two statements of an entity's mentions in one document is kept (the same one in any order). */
export function keptMention<T extends MentionFields>(existing: T | undefined, incoming: T): T {
  return existing === undefined || compareLists(mentionKey(incoming), mentionKey(existing)) < 0 ? incoming : existing;
}

/** The same choice as Cypher: true when the row `row` is kept over the stored relationship `m` (or none is stored). */
export function incomingMentionKeptCypher(m: string, row: string): string {
  const key = (x: string) => `[-${x}.count, ${x}.starts, ${x}.ends, ${x}.kinds, coalesce(${x}.names, []), coalesce(${x}.types, [])]`;
  return `(${m}.count IS NULL OR ${key(row)} < ${key(m)})`;
}

/** The fields of a document node that are plain values (the id is its text's hash, so the text is the same). */
export const DOCUMENT_PLAIN_FIELDS = ['source', 'title', 'published', 'text'] as const;

export interface DocumentFields {
  source: string;
  title: string | null;
  published: string | null;
  text: string;
}

/** Two statements of one document (the same text read from two places): each field the smaller value. */
export function mergeDocumentFields<T extends DocumentFields>(kept: T, incoming: DocumentFields): T {
  for (const field of DOCUMENT_PLAIN_FIELDS) (kept as DocumentFields)[field] = smallerValue(kept[field], incoming[field])!;
  return kept;
}

/** The same merge as Cypher: `SET` assignments for the node `node` from the row `row`. */
export function mergeDocumentFieldsCypher(node: string, row: string): string {
  return DOCUMENT_PLAIN_FIELDS.map((field) => `${node}.${field} = ${smallerValueCypher(`${node}.${field}`, `${row}.${field}`)}`).join(',\n    ');
}

/** What an entity node holds before its name and type are decided, and the mentions' votes that decide them. */
export interface EntityState {
  name: string;
  type: string;
  aliases: readonly string[];
  mergeKey: string | null;
  mergeReasons: readonly string[];
  /** Every mention's vote (name and type), document by document, over every document that mentions the entity. */
  votes: readonly { names: readonly string[]; types: readonly string[] }[];
}

export interface DecidedEntity {
  name: string;
  type: EntityTypeName;
  /** Every label of the one type, root first: no sibling subtype is ever kept. */
  labels: string[];
  aliases: string[];
  mergeReasons: string[];
}

/**
 * Why each alias joined, as one extraction would say it (merge-across-documents.ts): a name mentions voted for that became an alias
 * gets the merge key's reason unless one is known, and the name decided has none. Every losing name is treated
 * alike, so the reasons do not depend on which name the node was created with.
 */
function reasonsFor(entity: EntityState, name: string): string[] {
  const about = (alias: string) => (reason: string) => reason.startsWith(`"${alias}":`) || reason.startsWith(`"${alias}" has the same merge key`);
  const reasons = entity.mergeReasons.filter((r) => !about(name)(r));
  if (entity.mergeKey) {
    for (const voted of new Set(entity.votes.flatMap((v) => v.names))) {
      if (voted !== name && !reasons.some(about(voted))) reasons.push(`"${voted}" has the same merge key "${entity.mergeKey}"`);
    }
  }
  return [...new Set(reasons)].sort();
}

/**
 * An entity's name, type, labels, aliases and merge reasons from all its mentions' votes, by the rules one extraction
 * of everything applies (merge-across-documents.ts): so they never depend on which document was loaded first or last.
 */
export function decideEntity(entity: EntityState): DecidedEntity {
  const name = entity.votes.some((v) => v.names.length) ? decideName(entity.votes.map((v) => v.names)) : entity.name;
  const types = entity.votes.flatMap((v) => v.types).filter(isEntityType);
  const type: EntityTypeName = types.length ? decideType(types) : (entity.type as EntityTypeName);
  const aliases = [...new Set([...entity.aliases, entity.name])].filter((a) => a !== name).sort();
  return { name, type, labels: labelsFor(type), aliases, mergeReasons: reasonsFor(entity, name) };
}

/** An entity as a graph document or the database states it, for the collision check. */
export interface EntityIdentity {
  id: string;
  name: string;
  type: string;
  aliases?: readonly string[];
}

/**
 * Whether two statements of one id are of different things: another root type and no name in common. Ids come from
 * the root type and the merge key, so only a document written by hand or by another tool can reuse one this way;
 * merging them would turn a Person into a [Company, Person] with a foreign alias.
 */
export function idCollision(a: EntityIdentity, b: EntityIdentity): boolean {
  if (!isEntityType(a.type) || !isEntityType(b.type) || rootType(a.type) === rootType(b.type)) return false;
  const namesOf = (e: EntityIdentity) => new Set([e.name, ...(e.aliases ?? [])]);
  const names = namesOf(a);
  return ![...namesOf(b)].some((n) => names.has(n));
}

/** The one line that refuses a collision, naming both statements and what to do. */
export function idCollisionMessage(a: EntityIdentity & { where: string }, b: EntityIdentity & { where: string }): string {
  return `entity id "${a.id}" is ${a.type} "${a.name}" in ${a.where} but ${b.type} "${b.name}" in ${b.where}; ids are made from the root type and name, so one of the documents was not written by kg extract: fix or re-extract it (nothing was loaded)`;
}
