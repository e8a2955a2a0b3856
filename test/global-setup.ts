// Vitest global setup: the integration and browser tests run against a real Neo4j. Unless NEO4J_URI names one, the
// project's own server is started here, in its own folder and on its own ports so it never touches the user's.
import path from 'node:path';
import { localBoltUri, localNeo4jLayout, projectRoot } from '../src/db/local-neo4j-layout.js';
import { LocalServerError, startLocalServer, stopLocalServer } from '../src/db/local-neo4j-server.js';
import { boltAnswers, localConnectionSettings } from '../src/neo4j/connection.js';

const TEST_ENV = {
  KG_NEO4J_HOME: process.env.KG_TEST_NEO4J_HOME || path.join(projectRoot, '.neo4j-test'),
  KG_NEO4J_BOLT_PORT: process.env.KG_TEST_NEO4J_BOLT_PORT || '7697',
  KG_NEO4J_HTTP_PORT: process.env.KG_TEST_NEO4J_HTTP_PORT || '7484',
};

export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env.NEO4J_URI) return;
  Object.assign(process.env, TEST_ENV);
  const layout = localNeo4jLayout(process.env);
  const log = (line: string) => process.stderr.write(`[test neo4j] ${line}\n`);
  try {
    // Its jars are copied from the local Maven repository (~/.m2), so only the first resolve on a machine downloads.
    const report = await startLocalServer({ layout, log });
    log(`${report.state.boltUri} ${report.alreadyRunning ? 'already running' : `ready in ${(report.startMs / 1000).toFixed(1)} s`}`);
    return async () => {
      if (!report.alreadyRunning) await stopLocalServer({ layout });
    };
  } catch (error) {
    // A test server left by an interrupted run still holds the port: use it rather than fail.
    if (
      error instanceof LocalServerError &&
      (await boltAnswers(localBoltUri(layout), { trustedCertificate: localConnectionSettings(layout).trustedCertificate }))
    ) {
      log(`${localBoltUri(layout)} answers (left by an earlier run); using it`);
      return;
    }
    throw error;
  }
}
