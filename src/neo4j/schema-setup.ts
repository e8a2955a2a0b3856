// Neo4j constraints and indexes, derived from graph-schema/: uniqueness on every node id (withheld relations' too), a name index per entity
// type, uniqueness on the id of every relation type (so MERGE on a relationship id is a lookup), and one fulltext index over
// entity names and aliases and one over sentence texts, for search. Every statement is idempotent (IF NOT EXISTS).
import { entityTypes, relationTypes } from '../schema/schema.js';
import type { GraphDatabase } from './connection.js';
import { errorCode } from '../util/errors.js';

export const ENTITY_FULLTEXT_INDEX = 'entity_names';
/** Fulltext index over sentence texts: the viewer's search finds relations by the words of their evidence. */
export const SENTENCE_FULLTEXT_INDEX = 'sentence_texts';

/** Node labels the loader writes besides the entity types. */
export const DOCUMENT_LABEL = 'Document';
export const SENTENCE_LABEL = 'Sentence';
/**
 * A relation the schema does not allow between its endpoints' current types, kept as a node of its own (type,
 * endpoints, evidence, confidence, properties) rather than deleted, so that a later type change restores it with
 * everything stated of it, whatever order the loads came in (settle-entities.ts). No query of the graph matches it.
 */
export const WITHHELD_RELATION_LABEL = 'WithheldRelation';

/** Labels and relationship types come from the schema, checked here because Cypher cannot take them as parameters. */
export function assertIdentifier(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`schema name "${name}" is not a plain identifier; fix graph-schema/`);
  return name;
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** The statements that set up the database for this schema, in order. */
export function schemaStatements(): string[] {
  const statements = [
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:${DOCUMENT_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:${SENTENCE_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT withheld_relation_id IF NOT EXISTS FOR (n:${WITHHELD_RELATION_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE INDEX withheld_relation_source IF NOT EXISTS FOR (n:${WITHHELD_RELATION_LABEL}) ON (n.source)`,
    `CREATE INDEX withheld_relation_target IF NOT EXISTS FOR (n:${WITHHELD_RELATION_LABEL}) ON (n.target)`,
    `CREATE FULLTEXT INDEX ${ENTITY_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]`,
    `CREATE FULLTEXT INDEX ${SENTENCE_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${SENTENCE_LABEL}) ON EACH [n.text]`,
    `CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)`,
    `CREATE INDEX entity_merge_key IF NOT EXISTS FOR (n:Entity) ON (n.mergeKey)`,
  ];
  for (const type of entityTypes) {
    const label = assertIdentifier(type.name);
    statements.push(`CREATE INDEX ${snake(label)}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`);
  }
  for (const type of relationTypes) {
    const relType = assertIdentifier(type.name);
    // Unique per type: also the index MERGE uses, and a guard against two concurrent loads creating the same fact twice.
    statements.push(`CREATE CONSTRAINT ${snake(relType)}_id_unique IF NOT EXISTS FOR ()-[r:${relType}]-() REQUIRE r.id IS UNIQUE`);
  }
  return statements;
}

/** Creates the constraints and indexes (idempotent) and waits until they are online. */
export async function ensureGraphSchema(database: GraphDatabase): Promise<number> {
  const statements = schemaStatements();
  const session = database.writeSession();
  try {
    for (const statement of statements) {
      for (let attempt = 1; ; attempt++) {
        try {
          await session.run(statement);
          break;
        } catch (error) {
          // Two loads on a new database create the same indexes at once: the loser finds them made, or deadlocks on
          // the schema lock; the statement is idempotent, so it is run again.
          const code = errorCode(error) ?? '';
          const raced = /EquivalentSchemaRuleAlreadyExists|AlreadyExists|CreationFailed|^Neo\.TransientError\./.test(code);
          if (!raced || attempt === 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return statements.length;
}
