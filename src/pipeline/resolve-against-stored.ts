// `kg extract --against-db`: a new extraction's entities that Neo4j already holds (same root type and merge key,
// so the same id) take the name and type that all their mentions, stored and new, decide by the rules of one
// extraction (merge-across-documents.ts), and the stored aliases; relations the schema does not allow between the decided types
// are left out, as one extraction would leave them. The graph written is then what loading it will settle to.
import type { Entity, GraphDocument } from '../document/graph-document.js';
import type { StoredEntityEvidence } from '../neo4j/stored-evidence.js';
import { endpointsAllowed, isEntityType, type EntityTypeName } from '../schema/schema.js';
import { decideName, decideType } from './merge-across-documents.js';
import { valueAt } from '../util/checked-index.js';

export interface AgainstStoredReport {
  /** Entities of the new graph that Neo4j already holds. */
  known: number;
  /** Of those, the ones whose name, type or aliases changed once the stored mentions were counted. */
  changed: number;
  /** Relations left out because the schema does not allow them between their endpoints' decided types. */
  relationsDropped: number;
}

/** Decides the graph's entities against the stored evidence; changes `graph` in place. */
export function resolveAgainstStored(graph: GraphDocument, stored: Map<string, StoredEntityEvidence>): AgainstStoredReport {
  const report: AgainstStoredReport = { known: 0, changed: 0, relationsDropped: 0 };
  for (const entity of graph.entities) {
    const evidence = stored.get(entity.id);
    if (!evidence) continue;
    report.known++;
    if (decideEntity(entity, evidence)) report.changed++;
  }
  const typeOf = new Map(graph.entities.map((e) => [e.id, e.type]));
  const before = graph.relations.length;
  graph.relations = graph.relations.filter((r) => endpointsAllowed(r.type, valueAt(typeOf, r.source), valueAt(typeOf, r.target)));
  report.relationsDropped = before - graph.relations.length;
  return report;
}

/** Sets the entity's name, type and aliases from its new and stored votes; true when any changed. */
function decideEntity(entity: Entity, evidence: StoredEntityEvidence): boolean {
  const newNames = entity.mentions.map((m) => m.name ?? entity.name);
  const newTypes = entity.mentions.map((m) => m.type ?? entity.type);
  const newByDocument = new Map<string, string[]>();
  entity.mentions.forEach((m) => {
    const name = m.name ?? entity.name;
    const votes = newByDocument.get(m.doc);
    if (votes) votes.push(name);
    else newByDocument.set(m.doc, [name]);
  });
  const name = decideName([...newByDocument.values(), ...evidence.names]);
  const type = decideType([...newTypes, ...evidence.types.filter(isEntityType)] as EntityTypeName[]);
  const aliases = [...new Set([...entity.aliases, ...evidence.aliases, evidence.name, entity.name])].filter((a) => a !== name).sort();
  const changed = name !== entity.name || type !== entity.type || aliases.join('\n') !== entity.aliases.join('\n');
  // Each mention keeps its own vote, written only where it differs from the entity's.
  entity.mentions = entity.mentions.map((m, i) => ({
    doc: m.doc,
    start: m.start,
    end: m.end,
    ...(m.kind ? { kind: m.kind } : {}),
    ...(newNames[i] !== name ? { name: newNames[i] } : {}),
    ...(newTypes[i] !== type ? { type: newTypes[i] } : {}),
  }));
  entity.name = name;
  entity.type = type;
  entity.aliases = aliases;
  return changed;
}
