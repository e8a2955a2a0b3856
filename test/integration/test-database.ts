// Shared by the integration tests: a connection to the test Neo4j (started by test/global-setup.ts) and a way to
// start each test from an empty graph. Test files run one after another (vitest.config.ts), so clearing is safe.
import { openGraphDatabase, type GraphDatabase } from '../../src/neo4j/connection.js';

export async function openTestDatabase(): Promise<GraphDatabase> {
  return openGraphDatabase();
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function clearGraph(database: GraphDatabase): Promise<void> {
  const session = database.writeSession();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
