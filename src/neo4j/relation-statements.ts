// The Cypher that merges a statement of a relation into what is stored, written once for the two places a relation
// can be stored: as a relationship between its endpoints (load-graph.ts, and settle-entities.ts when it restores one)
// and, while the schema does not allow it between its endpoints' current types, as a :WithheldRelation node
// (settle-entities.ts). Both fold by document/merge-rules.ts (maxima, unions, the smaller plain value), so moving a
// relation from one to the other and back, any number of times, keeps everything stated of it.
import { greaterConfidenceCypher, mergePlainPropertiesCypher, smallerValueCypher, unionCypher } from '../document/merge-rules.js';
import { WITHHELD_RELATION_LABEL, assertIdentifier } from './schema-setup.js';

/** A withheld relation's plain property `key` is stored as `property_<key>`, apart from its own fields (id, source…). */
export const WITHHELD_PROPERTY_PREFIX = 'property_';

/** MERGEs rows ({id, source, target, confidence, statedConfidence, evidenceIds, documentIds, properties}) as relationships of `type`. */
export function mergeRelationsCypher(type: string): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:${assertIdentifier(type)} {id: row.id}]->(b)
SET r.confidence = ${greaterConfidenceCypher('r.confidence', 'row.confidence')},
    r.statedConfidence = ${greaterConfidenceCypher('r.statedConfidence', 'row.statedConfidence')},
    r.evidenceIds = ${unionCypher('r.evidenceIds', 'row.evidenceIds')},
    r.documentIds = ${unionCypher('r.documentIds', 'row.documentIds')}
${mergePlainPropertiesCypher('r', 'row.properties')}`;
}

/** Restores withheld relations of `type` (rows as mergeRelationsCypher's, from their nodes) and deletes the nodes. */
export function restoreRelationsCypher(type: string): string {
  return `${mergeRelationsCypher(type)}
WITH DISTINCT row
MATCH (w:${WITHHELD_RELATION_LABEL} {id: row.id})
DELETE w`;
}

/**
 * Withholds relationships (rows as mergeRelationsCypher's, with `type`, read from them): folds each into its
 * :WithheldRelation node, made if missing, and deletes the relationship.
 */
export const WITHHOLD_RELATIONS = `
UNWIND $rows AS row
MERGE (w:${WITHHELD_RELATION_LABEL} {id: row.id})
SET w.relationType = row.type, w.source = row.source, w.target = row.target,
    w.confidence = ${greaterConfidenceCypher('w.confidence', 'row.confidence')},
    w.statedConfidence = ${greaterConfidenceCypher('w.statedConfidence', 'row.statedConfidence')},
    w.evidenceIds = ${unionCypher('w.evidenceIds', 'row.evidenceIds')},
    w.documentIds = ${unionCypher('w.documentIds', 'row.documentIds')}
FOREACH (key IN keys(row.properties) |
  SET w['${WITHHELD_PROPERTY_PREFIX}' + key] = ${smallerValueCypher(`w['${WITHHELD_PROPERTY_PREFIX}' + key]`, 'row.properties[key]')})
WITH row
MATCH (:Entity {id: row.source})-[r {id: row.id}]->(:Entity {id: row.target})
DELETE r`;
