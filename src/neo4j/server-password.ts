// Gives the local server's `neo4j` user the password kept in run/. A new store (or one from before auth was turned
// on) holds the default password `neo4j`, which may only be changed: that is done at once after start-up.
import neo4j from 'neo4j-driver';
import { encryptionConfig, isAuthenticationError } from './connection.js';

const DEFAULT_PASSWORD = 'neo4j';

export type PasswordOutcome = 'accepted' | 'set' | 'refused';

/** Where the server is: its Bolt URI and the certificate its TLS is trusted by (connection.ts). */
export interface ServerAddress {
  uri: string;
  trustedCertificate?: string;
}

async function tryAs(
  server: ServerAddress,
  password: string,
  work: (run: (cypher: string, params?: object) => Promise<void>) => Promise<void>,
): Promise<boolean> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password), {
    ...encryptionConfig(server.trustedCertificate),
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 1,
  });
  try {
    const session = driver.session({ database: 'system' });
    try {
      await work(async (cypher, params) => {
        await session.run(cypher, params);
      });
      return true;
    } finally {
      await session.close();
    }
  } catch (error) {
    if (isAuthenticationError(error)) return false;
    throw error;
  } finally {
    await driver.close();
  }
}

/**
 * 'accepted' when the server takes `password` already; 'set' when it still had the default password and now has
 * `password` (no longer to be changed); 'refused' when it has another one, set by someone else.
 */
export async function claimServerPassword(server: ServerAddress, password: string): Promise<PasswordOutcome> {
  if (await tryAs(server, password, (run) => run('SHOW CURRENT USER'))) return 'accepted';
  const changed = await tryAs(server, DEFAULT_PASSWORD, (run) =>
    run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: DEFAULT_PASSWORD, new: password }),
  );
  if (!changed) return 'refused';
  return (await tryAs(server, password, (run) => run('SHOW CURRENT USER'))) ? 'set' : 'refused';
}
