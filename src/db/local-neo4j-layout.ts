// Where the project's own Neo4j lives and which ports it listens on. Pure: reads the environment, touches no files.
// Every setting can be moved by environment variable so tests and benchmarks can run beside a user's own server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NEO4J_VERSION = '5.26.30';

/** The repository root (src/db/ is two levels down). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface LocalNeo4jLayout {
  /** NEO4J_HOME of the local server: lib/, conf/, data/, logs/, run/, plugins/, import/. */
  home: string;
  libDir: string;
  confDir: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  importDir: string;
  /** JSON file recording the running server (pid, ports), written by `kg db start`. */
  stateFile: string;
  /** The pom.xml that names the server's Maven artifacts. */
  pomFile: string;
  boltPort: number;
  httpPort: number;
  heapSize: string;
  pageCacheSize: string;
  /** Longest a transaction may run before the server ends it (Neo4j duration, e.g. `10m`). */
  transactionTimeout: string;
}

function port(value: string | undefined, fallback: number, variable: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
    throw new Error(`${variable}=${value} is not a port number; set it to an integer between 1 and 65535`);
  }
  return parsed;
}

/** The layout of the local server, from KG_NEO4J_HOME, KG_NEO4J_BOLT_PORT, KG_NEO4J_HTTP_PORT, KG_NEO4J_HEAP,
 * KG_NEO4J_PAGECACHE, KG_NEO4J_TX_TIMEOUT (defaults: `.neo4j/` in the project, 7687, 7474, 1g, 512m, 10m). The HTTP
 * port is kept for old configurations; the server no longer opens it. */
export function localNeo4jLayout(env: NodeJS.ProcessEnv = process.env): LocalNeo4jLayout {
  const home = path.resolve(env.KG_NEO4J_HOME || path.join(projectRoot, '.neo4j'));
  return {
    home,
    libDir: path.join(home, 'lib'),
    confDir: path.join(home, 'conf'),
    dataDir: path.join(home, 'data'),
    logsDir: path.join(home, 'logs'),
    runDir: path.join(home, 'run'),
    importDir: path.join(home, 'import'),
    stateFile: path.join(home, 'run', 'kg-server.json'),
    pomFile: path.join(projectRoot, 'scripts', 'neo4j', 'pom.xml'),
    boltPort: port(env.KG_NEO4J_BOLT_PORT, 7687, 'KG_NEO4J_BOLT_PORT'),
    httpPort: port(env.KG_NEO4J_HTTP_PORT, 7474, 'KG_NEO4J_HTTP_PORT'),
    heapSize: env.KG_NEO4J_HEAP || '1g',
    pageCacheSize: env.KG_NEO4J_PAGECACHE || '512m',
    transactionTimeout: env.KG_NEO4J_TX_TIMEOUT || '10m',
  };
}

/** The Bolt URI of the local server. */
export function localBoltUri(layout: LocalNeo4jLayout = localNeo4jLayout()): string {
  return `bolt://127.0.0.1:${layout.boltPort}`;
}

/** The file holding the generated password of the local server's `neo4j` user (mode 0600, in run/). */
export function passwordFile(layout: LocalNeo4jLayout): string {
  return path.join(layout.runDir, 'neo4j-password');
}

/**
 * The folder of the local server's Bolt TLS certificate and private key (run/bolt-tls/), which `kg db start` generates:
 * the server requires TLS on Bolt, so a web page's WebSocket to the Bolt port is refused (see renderNeo4jConf).
 */
export function boltTlsDir(layout: LocalNeo4jLayout): string {
  return path.join(layout.runDir, 'bolt-tls');
}

/** The local server's self-signed certificate (PEM), the one certificate the project's clients trust for it. */
export function boltCertificateFile(layout: LocalNeo4jLayout): string {
  return path.join(boltTlsDir(layout), 'public.crt');
}

/** The private key of that certificate (PEM, mode 0600). */
export function boltPrivateKeyFile(layout: LocalNeo4jLayout): string {
  return path.join(boltTlsDir(layout), 'private.key');
}

/** Bytes in a memory size written the way Neo4j writes it (`512m`, `1g`, `65536k`, a plain number of bytes). */
export function memoryBytes(size: string): number {
  const match = /^(\d+)([kmg]?)b?$/i.exec(size.trim());
  const [, amount, unit = ''] = match ?? [];
  if (amount === undefined) throw new Error(`memory size "${size}" is not a number followed by k, m or g`);
  const power = ['', 'k', 'm', 'g'].indexOf(unit.toLowerCase());
  return Number(amount) * 1024 ** power;
}

/**
 * neo4j.conf for the local server. Any program on this machine, and any web page a browser on it opens, can reach
 * loopback ports, so: auth on (the password is generated into run/), Bolt only (the HTTP API, with its `*` CORS, is
 * off), TLS required on Bolt with a certificate no browser trusts (so no page can open Bolt over a WebSocket), LOAD CSV
 * may not fetch from the network, and every transaction has a time and a memory limit, so one runaway query cannot
 * hold the server.
 */
export function renderNeo4jConf(layout: LocalNeo4jLayout): string {
  const heap = memoryBytes(layout.heapSize);
  return [
    '# Written by `kg db start`; edit the KG_NEO4J_* environment variables instead of this file.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${layout.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    // Neo4j 5.26 serves Bolt over a WebSocket on the Bolt port to any origin, and has no setting to turn that off; it
    // checks only that a connection is encrypted when encryption is required (TransportSelectionHandler). So TLS is
    // required on every Bolt connection, with the self-signed certificate `kg db start` generates into run/bolt-tls/:
    // a page's ws:// upgrade is refused as unencrypted, and its wss:// one fails in the browser, which does not trust
    // the certificate. The project's clients trust exactly that certificate (neo4j/connection.ts).
    'server.bolt.tls_level=REQUIRED',
    'dbms.ssl.policy.bolt.enabled=true',
    `dbms.ssl.policy.bolt.base_directory=${boltTlsDir(layout)}`,
    'dbms.ssl.policy.bolt.private_key=private.key',
    'dbms.ssl.policy.bolt.public_certificate=public.crt',
    'dbms.ssl.policy.bolt.client_auth=NONE',
    'dbms.security.auth_enabled=true',
    // No lock-out after failed logins: any web page can send wrong passwords over a WebSocket to the Bolt port, and with
    // Neo4j's default (3 failures lock the user for 5 s) that locks the project's own commands out. The generated
    // password is 24+ random characters, so the lock-out adds nothing against guessing it.
    'dbms.security.auth_max_failed_attempts=0',
    // Every address there is (the setting's name in 5.26): LOAD CSV FROM 'http://…' would otherwise make the JVM fetch
    // any URL it is given.
    'internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0',
    // Long enough for the largest load batch on a slow machine, short enough that a forgotten query ends.
    `db.transaction.timeout=${layout.transactionTimeout}`,
    // One transaction may take 60 % of the heap and all of them together 70 %, so a huge result fails alone.
    `db.memory.transaction.max=${Math.floor((heap * 0.6) / 1024 ** 2)}m`,
    `dbms.memory.transaction.total.max=${Math.floor((heap * 0.7) / 1024 ** 2)}m`,
    'server.directories.data=data',
    'server.directories.logs=logs',
    'server.directories.run=run',
    'server.directories.plugins=plugins',
    'server.directories.import=import',
    `server.memory.heap.initial_size=${layout.heapSize}`,
    `server.memory.heap.max_size=${layout.heapSize}`,
    `server.memory.pagecache.size=${layout.pageCacheSize}`,
    'dbms.usage_report.enabled=false',
    // LOAD CSV reads only from import/, which the benchmarks fill.
    'dbms.security.allow_csv_import_from_file_urls=true',
    '',
  ].join('\n');
}

/** The JVM arguments the official launcher uses for this server class (see `Neo4jCommand console --dry-run`). */
export function javaArguments(layout: LocalNeo4jLayout, mainClass: string, extra: string[] = []): string[] {
  return [
    '-cp',
    `${path.join(layout.home, 'plugins')}/*:${layout.libDir}/*`,
    `-Xms${layout.heapSize}`,
    `-Xmx${layout.heapSize}`,
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    mainClass,
    `--home-dir=${layout.home}`,
    `--config-dir=${layout.confDir}`,
    ...extra,
  ];
}

/** The java binary: $JAVA_HOME/bin/java when set, else `java` on the PATH. */
export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}
