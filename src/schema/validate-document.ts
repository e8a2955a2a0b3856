// Checks a graph document at the edge, before anything is written: the JSON Schema for its shape, then the
// graph schema for its meaning (known types, allowed endpoints, references, offsets inside the text).
import AjvModule from 'ajv';
import documentSchema from '../../graph-schema/graph-document.schema.json' with { type: 'json' };
import type { GraphDocument } from '../document/graph-document.js';
import { endpointsAllowed, isEntityType, isRelationType } from './schema.js';

// ajv ships CommonJS; under NodeNext its default export is the module object.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const ajv = new Ajv({ allErrors: true, strict: false });
const checkShape = ajv.compile(documentSchema);

export interface ValidationResult {
  valid: boolean;
  /** One line per problem, each naming where it is: `entities[3].type: unknown entity type "Foo"`. */
  errors: string[];
}

const MAX_REPORTED = 20;

/** Validates any parsed JSON value as a graph document. Never throws for bad data. */
export function validateDocument(value: unknown): ValidationResult {
  if (!checkShape(value)) {
    const errors = (checkShape.errors ?? []).map((e) => `${e.instancePath || '(document)'}: ${e.message}`);
    return { valid: false, errors: errors.slice(0, MAX_REPORTED) };
  }
  const doc = value as unknown as GraphDocument;
  const errors: string[] = [];
  const report = (message: string) => {
    if (errors.length < MAX_REPORTED) errors.push(message);
  };
  const textLength = new Map(doc.documents.map((d) => [d.id, d.text.length]));
  const entityTypeById = new Map<string, string>();
  const checkSpan = (where: string, span: { doc: string; start: number; end: number }) => {
    const length = textLength.get(span.doc);
    if (length === undefined) report(`${where}.doc: no document with id "${span.doc}"`);
    else if (span.start > span.end || span.end > length) report(`${where}: offsets ${span.start}-${span.end} fall outside the document text (length ${length})`);
  };
  const seenIds = new Set<string>();
  doc.entities.forEach((entity, i) => {
    if (seenIds.has(entity.id)) report(`entities[${i}].id: duplicate id "${entity.id}"`);
    seenIds.add(entity.id);
    if (!isEntityType(entity.type)) report(`entities[${i}].type: unknown entity type "${entity.type}"`);
    entityTypeById.set(entity.id, entity.type);
    entity.mentions.forEach((m, j) => checkSpan(`entities[${i}].mentions[${j}]`, m));
  });
  doc.relations.forEach((relation, i) => {
    if (seenIds.has(relation.id)) report(`relations[${i}].id: duplicate id "${relation.id}"`);
    seenIds.add(relation.id);
    const sourceType = entityTypeById.get(relation.source);
    const targetType = entityTypeById.get(relation.target);
    if (!sourceType) report(`relations[${i}].source: no entity with id "${relation.source}"`);
    if (!targetType) report(`relations[${i}].target: no entity with id "${relation.target}"`);
    if (!isRelationType(relation.type)) report(`relations[${i}].type: unknown relation type "${relation.type}"`);
    else if (sourceType && targetType && isEntityType(sourceType) && isEntityType(targetType)
      && !endpointsAllowed(relation.type, sourceType, targetType)) {
      report(`relations[${i}]: ${relation.type} does not allow ${sourceType} → ${targetType}`);
    }
    relation.evidence.forEach((e, j) => checkSpan(`relations[${i}].evidence[${j}]`, e));
  });
  return { valid: errors.length === 0, errors };
}
