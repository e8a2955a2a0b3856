// Checks a graph document at the edge, before anything is written: the JSON Schema for its shape, then the
// graph schema for its meaning (known types, allowed endpoints, references, offsets inside the text). The checks
// run element by element (GraphValidator), so a document read from a file piece by piece is checked the same way
// as one held whole (validateDocument).
import AjvModule, { type ValidateFunction } from 'ajv';
import documentSchema from '../../graph-schema/graph-document.schema.json' with { type: 'json' };
import type { Entity, Relation, SourceDocument } from '../document/graph-document.js';
import {
  GRAPH_LISTS,
  isGraphListName,
  topLevelOf,
  type GraphElement,
  type GraphListName as GraphList,
  type GraphSource,
  type RawGraphElement,
} from '../document/graph-source.js';
import { endpointsAllowed, isEntityType, isRelationType, type EntityTypeName, type RelationTypeName } from './schema.js';

// ajv ships CommonJS; under NodeNext its default export is the module object.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const ajv = new Ajv({ allErrors: true, strict: false });

// The document's own level with the lists' elements left to the element schemas below.
const checkTopLevel = ajv.compile({
  ...documentSchema,
  properties: { ...documentSchema.properties, ...Object.fromEntries(GRAPH_LISTS.map((list) => [list, { type: 'array' }])) },
});
// Each list's element schema; a value that passes is typed as that element.
const checkElement = {
  documents: ajv.compile<SourceDocument>(documentSchema.properties.documents.items),
  entities: ajv.compile<Entity>(documentSchema.properties.entities.items),
  relations: ajv.compile<Relation>(documentSchema.properties.relations.items),
};

export interface ValidationResult {
  valid: boolean;
  /** One line per problem, each naming where it is: `entities[3].type: unknown entity type "Foo"`. */
  errors: string[];
}

const MAX_REPORTED = 20;

/**
 * Validates a graph document given piece by piece: `topLevel` with the document's own properties (lists may be
 * given as empty arrays), then every document, every entity and every relation, in that order (entities refer to
 * documents, relations to both), then `result`. Holds only ids, types and text lengths, never the elements.
 */
export class GraphValidator {
  private readonly errors: string[] = [];
  private shapeFailed = false;
  private readonly textLength = new Map<string, number>();
  private readonly entityTypeById = new Map<string, string>();
  private readonly seenIds = new Set<string>();
  private readonly allowedEndpoints = new Map<string, Map<string, Map<string, boolean>>>();

  private report(message: string): void {
    if (this.errors.length < MAX_REPORTED) this.errors.push(message);
  }

  /** The document's own level: version, generator, that the three lists are there, no unknown properties. */
  topLevel(value: unknown): void {
    if (!checkTopLevel(value)) {
      this.shapeFailed = true;
      for (const e of checkTopLevel.errors ?? []) this.report(`${e.instancePath || '(document)'}: ${e.message}`);
    }
  }

  /**
   * One element of a list, at its index. Lists must be given in GRAPH_LISTS order. Gives the element typed when its
   * shape holds (its meaning may still be wrong: see result()), undefined when it does not.
   */
  element(list: GraphList, index: number, value: unknown): GraphElement | undefined {
    if (list === 'documents') {
      if (!this.shaped(checkElement.documents, list, index, value)) return undefined;
      if (!this.shapeFailed) this.document(value, index);
      return { list, index, value };
    }
    if (list === 'entities') {
      if (!this.shaped(checkElement.entities, list, index, value)) return undefined;
      if (!this.shapeFailed) this.entity(value, index);
      return { list, index, value };
    }
    if (!this.shaped(checkElement.relations, list, index, value)) return undefined;
    // Meaning is checked only while every shape so far held, as the messages would otherwise repeat the shape's.
    if (!this.shapeFailed) this.relation(value, index);
    return { list, index, value };
  }

  /** Checks an element's shape, reporting what is wrong. */
  private shaped<T>(check: ValidateFunction<T>, list: GraphList, index: number, value: unknown): value is T {
    if (check(value)) return true;
    this.shapeFailed = true;
    for (const e of check.errors ?? []) this.report(`/${list}/${index}${e.instancePath}: ${e.message}`);
    return false;
  }

  /** Problems found so far. */
  get errorCount(): number {
    return this.errors.length;
  }

  result(): ValidationResult {
    return { valid: this.errors.length === 0, errors: [...this.errors] };
  }

  private document(document: SourceDocument, i: number): void {
    if (this.textLength.has(document.id)) this.report(`documents[${i}].id: duplicate id "${document.id}"`);
    this.textLength.set(document.id, document.text.length);
  }

  /**
   * endpointsAllowed, remembered per type triple: a million relations use a few dozen. The memory is keyed by nested
   * maps rather than a joined string, which would be a new string to build and hash for every relation.
   */
  private endpointsAllowed(type: RelationTypeName, source: EntityTypeName, target: EntityTypeName): boolean {
    let bySource = this.allowedEndpoints.get(type);
    if (!bySource) this.allowedEndpoints.set(type, (bySource = new Map()));
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    let allowed = byTarget.get(target);
    if (allowed === undefined) byTarget.set(target, (allowed = endpointsAllowed(type, source, target)));
    return allowed;
  }

  /** Adds an entity or relation id; false when it was there already. One set operation instead of a lookup and an add. */
  private firstSeen(id: string): boolean {
    const before = this.seenIds.size;
    return this.seenIds.add(id).size > before;
  }

  /** The spans of element `i` of `list`, under its property `key`; where a span is is named only when it is wrong. */
  private checkSpans(list: GraphList, i: number, key: string, spans: readonly { doc: string; start: number; end: number }[]): void {
    for (let j = 0; j < spans.length; j++) {
      const span = spans[j]!;
      const length = this.textLength.get(span.doc);
      if (length === undefined) this.report(`${list}[${i}].${key}[${j}].doc: no document with id "${span.doc}"`);
      else if (span.start > span.end || span.end > length)
        this.report(`${list}[${i}].${key}[${j}]: offsets ${span.start}-${span.end} fall outside the document text (length ${length})`);
    }
  }

  private entity(entity: Entity, i: number): void {
    if (!this.firstSeen(entity.id)) this.report(`entities[${i}].id: duplicate id "${entity.id}"`);
    if (!isEntityType(entity.type)) this.report(`entities[${i}].type: unknown entity type "${entity.type}"`);
    this.entityTypeById.set(entity.id, entity.type);
    this.checkSpans('entities', i, 'mentions', entity.mentions);
  }

  private relation(relation: Relation, i: number): void {
    if (!this.firstSeen(relation.id)) this.report(`relations[${i}].id: duplicate id "${relation.id}"`);
    const sourceType = this.entityTypeById.get(relation.source);
    const targetType = this.entityTypeById.get(relation.target);
    if (!sourceType) this.report(`relations[${i}].source: no entity with id "${relation.source}"`);
    if (!targetType) this.report(`relations[${i}].target: no entity with id "${relation.target}"`);
    if (!isRelationType(relation.type)) this.report(`relations[${i}].type: unknown relation type "${relation.type}"`);
    else if (
      sourceType &&
      targetType &&
      isEntityType(sourceType) &&
      isEntityType(targetType) &&
      !this.endpointsAllowed(relation.type, sourceType, targetType)
    ) {
      this.report(`relations[${i}]: ${relation.type} does not allow ${sourceType} → ${targetType}`);
    }
    this.checkSpans('relations', i, 'evidence', relation.evidence);
  }
}

/**
 * An element read again from a source already validated, narrowed by its list's shape. A file changed since it was
 * validated is the only way its shape can fail here, and that stops the read rather than passing on a bad element.
 */
export function checkedElement(raw: RawGraphElement, where: string): GraphElement {
  const { list, index, value } = raw;
  if (list === 'documents' && checkElement.documents(value)) return { list, index, value };
  if (list === 'entities' && checkElement.entities(value)) return { list, index, value };
  if (list === 'relations' && checkElement.relations(value)) return { list, index, value };
  throw new Error(`${where}: ${list}[${index}] is not a graph document element any more (the file changed since it was validated); validate and load it again`);
}

/** A source whose elements are checked as they are read (checkedElement): what a validated file is loaded from. */
export function checkedGraphSource(raw: GraphSource<RawGraphElement>, where: string): GraphSource {
  return {
    topLevel: () => raw.topLevel(),
    async *elements(lists) {
      for await (const element of raw.elements(lists)) yield checkedElement(element, where);
    },
  };
}

/** Validates any parsed JSON value as a graph document. Never throws for bad data. */
export function validateDocument(value: unknown): ValidationResult {
  const validator = new GraphValidator();
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const lists: Record<string, unknown> = isObject ? Object.fromEntries(Object.entries(value)) : {};
  validator.topLevel(topLevelOf(value));
  for (const list of GRAPH_LISTS) {
    const elements = lists[list];
    if (Array.isArray(elements)) elements.forEach((element, i) => validator.element(list, i, element));
  }
  return validator.result();
}

/**
 * Validates a graph document read from a source (see GraphValidator), and counts each list's elements. The lists
 * are read in one pass when they are stored in the order the checks need (documents, entities, relations: what
 * kg extract writes), list by list otherwise. Reading stops once the report is full. `onValid` is handed each
 * element while no error has been found, so a caller can learn from the document in the same read.
 */
export async function validateGraphSource(
  source: GraphSource<RawGraphElement>,
  onValid: (element: GraphElement) => void = () => {},
): Promise<ValidationResult & { counts: Record<GraphList, number> }> {
  // The top level comes with its keys in stored order, which tells whether one pass will do.
  const top = await source.topLevel();
  const stored = Object.keys(top).filter(isGraphListName);
  const inOrder = stored.every((list, i) => i === 0 || GRAPH_LISTS.indexOf(stored[i - 1]!) < GRAPH_LISTS.indexOf(list));
  const validator = new GraphValidator();
  const counts = { documents: 0, entities: 0, relations: 0 };
  validator.topLevel(top);
  for (const lists of inOrder ? [GRAPH_LISTS] : GRAPH_LISTS.map((list) => [list])) {
    if (validator.errorCount >= MAX_REPORTED) break;
    for await (const element of source.elements(lists)) {
      const checked = validator.element(element.list, counts[element.list]++, element.value);
      if (checked && validator.errorCount === 0) onValid(checked);
      else if (validator.errorCount >= MAX_REPORTED) break;
    }
  }
  return { ...validator.result(), counts };
}
