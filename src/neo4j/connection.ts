// The one place a Neo4j driver is created. With NEO4J_URI set the project talks to that server (a cluster, Aura,
// a user's own install) and provisions nothing; otherwise it talks to the local server `kg db start` runs.
import neo4j from 'neo4j-driver';
import type { Config, Driver, Session } from 'neo4j-driver';
import { localCertificate } from '../db/local-neo4j-certificate.js';
import { localBoltUri, localNeo4jLayout, type LocalNeo4jLayout } from '../db/local-neo4j-layout.js';
import { readLocalPassword } from '../db/local-neo4j-password.js';
import { errorCode } from '../util/errors.js';

export interface ConnectionSettings {
  uri: string;
  username?: string;
  password?: string;
  /** Database name; the server's default database when unset. */
  database?: string;
  /** True when the URI came from NEO4J_URI rather than the project's own server. */
  external: boolean;
  /**
   * The project's own server: the path of the self-signed certificate `kg db start` generated, the only one trusted
   * for its TLS. Unset for NEO4J_URI (its scheme, e.g. neo4j+s://, decides) and for a server from before TLS.
   */
  trustedCertificate?: string;
}

/** Reads NEO4J_URI, NEO4J_USERNAME (or NEO4J_USER), NEO4J_PASSWORD and NEO4J_DATABASE. */
export function connectionSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME || env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE || undefined,
      external: true,
    };
  }
  return localConnectionSettings(localNeo4jLayout(env), env.NEO4J_DATABASE || undefined);
}

/** The project's own server in `layout`, with the password `kg db start` generated (none for a server from before). */
export function localConnectionSettings(layout: LocalNeo4jLayout, database?: string): ConnectionSettings {
  const password = readLocalPassword(layout);
  return {
    uri: localBoltUri(layout),
    username: password === undefined ? undefined : 'neo4j',
    password,
    database,
    external: false,
    trustedCertificate: localCertificate(layout),
  };
}

/**
 * The driver's encryption settings for a server: with the project's certificate, TLS trusting that certificate alone
 * (checked against 127.0.0.1 as well); without, none, so the URI's scheme decides as it always has for NEO4J_URI.
 */
export function encryptionConfig(trustedCertificate: string | undefined): Config {
  if (trustedCertificate === undefined) return {};
  return { encrypted: 'ENCRYPTION_ON', trust: 'TRUST_CUSTOM_CA_SIGNED_CERTIFICATES', trustedCertificates: [trustedCertificate] };
}

/** Neo4j could not be reached; the message names the URI and what to do. */
export class Neo4jUnreachableError extends Error {
  constructor(
    readonly uri: string,
    cause: string,
    external: boolean,
    refusedCredentials = false,
  ) {
    super(
      refusedCredentials && !external
        ? `Neo4j at ${uri} refuses the project's password (${cause}); restart the project's server with \`kg db stop\` and \`kg db start\`, which sets it, or set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD to use another server`
        : external
          ? `cannot reach Neo4j at ${uri} (${cause}); check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to use the project's own server`
          : `cannot reach Neo4j at ${uri} (${cause}); start the project's server with \`kg db start\`, or set NEO4J_URI to use another server`,
    );
    this.name = 'Neo4jUnreachableError';
  }
}

/** A driver bound to one database, with the sessions the rest of the code needs. */
export class GraphDatabase {
  private lossless?: Driver;

  constructor(
    readonly driver: Driver,
    readonly settings: ConnectionSettings,
  ) {}

  /**
   * The driver for statements users write (kg query, the viewer's query box, kg export --query): integers come back
   * as neo4j Integers, so one beyond 2^53 is shown exactly (as text) rather than as Infinity or a rounded number.
   * The loader's own statements keep plain numbers (driver). Made on first use, closed with the database.
   */
  get queryDriver(): Driver {
    this.lossless ??= createDriver(this.settings, { losslessIntegers: true });
    return this.lossless;
  }

  readSession(): Session {
    return this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
  }

  writeSession(): Session {
    return this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.WRITE });
  }

  async close(): Promise<void> {
    await Promise.all([this.driver.close(), this.lossless?.close()]);
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [firstLine = ''] = message.split('\n');
  return firstLine.slice(0, 200);
}

/** Creates the driver (no connection yet). */
export function createDriver(settings: ConnectionSettings, options: { losslessIntegers?: boolean } = {}): Driver {
  const auth = settings.password !== undefined ? neo4j.auth.basic(settings.username ?? 'neo4j', settings.password) : undefined;
  return neo4j.driver(settings.uri, auth, {
    ...encryptionConfig(settings.trustedCertificate),
    // Integers come back as JS numbers; ids and counts in this project always fit. What users query may not (queryDriver).
    disableLosslessIntegers: !options.losslessIntegers,
    connectionTimeout: 10_000,
    // A large load batch can take seconds per attempt on a busy server; deadlocks and leader switches are retried
    // for two minutes before the error reaches the user.
    maxTransactionRetryTime: 120_000,
    userAgent: 'newsgraph-kg',
  });
}

/** Opens a connection and checks the server answers; throws Neo4jUnreachableError otherwise. */
export async function openGraphDatabase(settings: ConnectionSettings = connectionSettings()): Promise<GraphDatabase> {
  let driver: Driver;
  try {
    driver = createDriver(settings);
  } catch (error) {
    throw new Neo4jUnreachableError(settings.uri, describe(error), settings.external);
  }
  try {
    await driver.verifyConnectivity({ database: settings.database });
  } catch (error) {
    await driver.close();
    throw new Neo4jUnreachableError(settings.uri, describe(error), settings.external, isAuthenticationError(error));
  }
  return new GraphDatabase(driver, settings);
}

/** Opens the database, runs `work`, and always closes the driver. */
export async function withGraphDatabase<T>(work: (database: GraphDatabase) => Promise<T>, settings?: ConnectionSettings): Promise<T> {
  const database = await openGraphDatabase(settings);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** The server answered but refused the credentials (wrong, missing, or the default password still to be changed). */
export function isAuthenticationError(error: unknown): boolean {
  return (errorCode(error) ?? '').startsWith('Neo.ClientError.Security.');
}

/**
 * True when a Neo4j server answers on Bolt at this URI. With credentials it must also accept them and run
 * `RETURN 1`; without, a refusal of the (missing) credentials counts as answering: the server is up.
 */
export async function boltAnswers(uri: string, credentials?: { username?: string; password?: string; trustedCertificate?: string }): Promise<boolean> {
  const auth = credentials?.password !== undefined ? neo4j.auth.basic(credentials.username ?? 'neo4j', credentials.password) : undefined;
  const driver = neo4j.driver(uri, auth, { ...encryptionConfig(credentials?.trustedCertificate), connectionTimeout: 2_000, maxConnectionPoolSize: 1 });
  try {
    const session = driver.session();
    try {
      await session.run('RETURN 1');
      return true;
    } finally {
      await session.close();
    }
  } catch (error) {
    return !auth && isAuthenticationError(error);
  } finally {
    await driver.close();
  }
}
