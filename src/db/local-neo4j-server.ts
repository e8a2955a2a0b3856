// The project's own Neo4j Community server: resolved from Maven Central on first use, configured for loopback,
// started as a detached JVM, and stopped by the pid recorded at start. `kg db start|stop|status` call these.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { boltAnswers, localConnectionSettings, openGraphDatabase } from '../neo4j/connection.js';
import { bulkMarkerState, readBulkMarker, removeBulkMarker } from '../neo4j/bulk-interruption.js';
import { ensureGraphSchema } from '../neo4j/schema-setup.js';
import { claimServerPassword } from '../neo4j/server-password.js';
import { ensureLocalCertificate, localCertificate } from './local-neo4j-certificate.js';
import { ensureLocalPassword, readLocalPassword } from './local-neo4j-password.js';
import { processCommandLine, processStartTime } from './process-identity.js';
import { takeRunLock } from './run-lock.js';
import {
  NEO4J_VERSION,
  javaArguments,
  javaBinary,
  localBoltUri,
  localNeo4jLayout,
  passwordFile,
  renderNeo4jConf,
  type LocalNeo4jLayout,
} from './local-neo4j-layout.js';
import { errorCode, errorMessage } from '../util/errors.js';
import { isFiniteNumber, isRecord } from '../util/json-shapes.js';

/** A problem starting or stopping the server that the user can fix; the message says how. */
export class LocalServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalServerError';
  }
}

export interface ServerState {
  pid: number;
  /** The JVM's start time (process-identity.ts), so a pid the system later gave another process is not taken for it. */
  startTime?: number;
  boltUri: string;
  httpPort: number;
  version: string;
  startedAt: string;
}

export interface StartReport {
  state: ServerState;
  alreadyRunning: boolean;
  /** Milliseconds spent resolving jars (0 when they were in place). */
  resolveMs: number;
  /** Milliseconds from spawning the JVM to Bolt answering. */
  startMs: number;
  /** Bytes in lib/ after resolving. */
  libBytes: number;
}

const JARS_MARKER = '.resolved-version';
const SERVER_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/** Whether the process is running (a zombie, exited but not yet collected by its parent, is not). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
  // A server that has exited but whose parent has not collected it yet (a zombie) still answers kill(pid, 0):
  // its state in /proc says it is gone. Where /proc is missing, the signal's answer stands.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    // No entry for it: gone, where /proc exists at all.
    return !fs.existsSync('/proc/self/stat');
  }
}

/**
 * True when the recorded pid is still this server: alive, started when it was recorded, and a JVM run with this home.
 * A record left by a crash whose pid now belongs to another process (a reboot, a busy machine) is not.
 */
function isRecordedServer(state: ServerState, layout: LocalNeo4jLayout): boolean {
  const started = processStartTime(state.pid);
  if (started === undefined) return false;
  if (state.startTime !== undefined && started !== -1 && started !== state.startTime) return false;
  const commandLine = processCommandLine(state.pid);
  return commandLine === undefined || commandLine.includes(`--home-dir=${layout.home}`);
}

/** Whether a parsed state file holds what startServer writes into it. */
function isServerState(value: unknown): value is ServerState {
  return (
    isRecord(value) &&
    isFiniteNumber(value.pid) &&
    (value.startTime === undefined || isFiniteNumber(value.startTime)) &&
    typeof value.boltUri === 'string' &&
    isFiniteNumber(value.httpPort) &&
    typeof value.version === 'string' &&
    typeof value.startedAt === 'string'
  );
}

/** The recorded state of a server that is still alive, or undefined. A stale record (dead or reused pid) is removed. */
export function runningServer(layout: LocalNeo4jLayout = localNeo4jLayout()): ServerState | undefined {
  if (!fs.existsSync(layout.stateFile)) return undefined;
  let state: unknown;
  try {
    state = JSON.parse(fs.readFileSync(layout.stateFile, 'utf8'));
  } catch {
    fs.rmSync(layout.stateFile, { force: true });
    return undefined;
  }
  if (isServerState(state) && isRecordedServer(state, layout)) return state;
  fs.rmSync(layout.stateFile, { force: true });
  return undefined;
}

function directoryBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
}

/** Copies the server's jars from Maven Central (through ~/.m2) into lib/, once per version. */
export function resolveNeo4jJars(layout: LocalNeo4jLayout, log: (line: string) => void): number {
  const marker = path.join(layout.libDir, JARS_MARKER);
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === NEO4J_VERSION) return 0;
  const began = Date.now();
  log(`resolving Neo4j ${NEO4J_VERSION} from Maven Central into ${layout.libDir} (first use only)…`);
  fs.rmSync(layout.libDir, { recursive: true, force: true });
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      layout.pomFile,
      `-Dneo4j.version=${NEO4J_VERSION}`,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      // Same-named jars from different groups would overwrite each other without the group prefix.
      '-Dmdep.prependGroupId=true',
      `-DoutputDirectory=${layout.libDir}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.error && errorCode(result.error) === 'ENOENT') {
    throw new LocalServerError(
      'Maven (mvn) is not on the PATH: install it (Debian: apt-get install -y maven) so Neo4j can be resolved, or set NEO4J_URI to use an existing server',
    );
  }
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => /ERROR|Could not/.test(l));
    throw new LocalServerError(
      `Maven could not resolve org.neo4j:neo4j:${NEO4J_VERSION}: ${output[0]?.trim() ?? `exit code ${result.status}`}; check network access to Maven Central (or a mirror in ~/.m2/settings.xml) and retry`,
    );
  }
  fs.writeFileSync(marker, `${NEO4J_VERSION}\n`);
  return Date.now() - began;
}

function checkJava(): void {
  const java = javaBinary();
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LocalServerError(
      `Java was not found (${java}): Neo4j ${NEO4J_VERSION} needs Java 17 or 21; install it (Debian: apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME`,
    );
  }
  const version = /version "(\d+)/.exec(result.stderr)?.[1];
  if (version && Number(version) < 17) {
    throw new LocalServerError(`Java ${version} is too old for Neo4j ${NEO4J_VERSION}: install Java 17 or 21 and put it first on the PATH or in JAVA_HOME`);
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function checkPorts(layout: LocalNeo4jLayout): Promise<void> {
  for (const [port, variable] of [[layout.boltPort, 'KG_NEO4J_BOLT_PORT']] as const) {
    if (!(await portFree(port))) {
      throw new LocalServerError(
        `port ${port} on 127.0.0.1 is already taken (another Neo4j or program): stop it, or choose another port with ${variable}=<port>`,
      );
    }
  }
}

/** Turns the end of the server's log into one actionable line. */
function explainStartFailure(logText: string, layout: LocalNeo4jLayout, exitCode: number | null): string {
  const where = `see ${path.join(layout.logsDir, 'console.log')}`;
  if (/FileLockException|locked by another process|Unable to obtain lock/i.test(logText)) {
    return `the data folder ${layout.dataDir} is locked by another Neo4j process: stop that process (kg db stop, or kill it), or use another folder with KG_NEO4J_HOME; ${where}`;
  }
  if (/Address already in use|BindException/i.test(logText)) {
    return `the Neo4j port is already in use: free ${layout.boltPort} or set KG_NEO4J_BOLT_PORT; ${where}`;
  }
  if (/Invalid memory configuration|exceeds|OutOfMemory/i.test(logText)) {
    return `Neo4j refused its memory settings: lower KG_NEO4J_HEAP / KG_NEO4J_PAGECACHE; ${where}`;
  }
  if (fs.existsSync(path.join(layout.runDir, 'bulk-import.json'))) {
    return `Neo4j could not open the database an interrupted kg load --bulk left half-imported: remove ${path.join(layout.dataDir, 'databases', 'neo4j')} and ${path.join(layout.dataDir, 'transactions', 'neo4j')} (only the graph; users and the password stay), run kg db start, and load again; ${where}`;
  }
  const lastError = logText
    .split('\n')
    .filter((l) => /ERROR|Exception/.test(l))
    .pop();
  return `Neo4j stopped during start-up (exit code ${exitCode ?? 'unknown'})${lastError ? `: ${lastError.trim().slice(0, 200)}` : ''}; ${where}`;
}

/** Resolves (first time), configures and starts the local server, and waits until Bolt answers. */
export async function startLocalServer(options: { layout?: LocalNeo4jLayout; log?: (line: string) => void; timeoutMs?: number } = {}): Promise<StartReport> {
  const layout = options.layout ?? localNeo4jLayout();
  // Two starts at once would both spawn a JVM; the second waits for the first and finds the server running.
  const release = await takeRunLock(layout, 'starting Neo4j', { waitMs: options.timeoutMs ?? 180_000 }).catch((error: unknown) => {
    throw new LocalServerError(errorMessage(error));
  });
  try {
    return await startUnlocked(layout, options);
  } finally {
    release();
  }
}

async function startUnlocked(layout: LocalNeo4jLayout, options: { log?: (line: string) => void; timeoutMs?: number }): Promise<StartReport> {
  const log = options.log ?? (() => {});
  const existing = runningServer(layout);
  if (existing) {
    return { state: existing, alreadyRunning: true, resolveMs: 0, startMs: 0, libBytes: directoryBytes(layout.libDir) };
  }
  const marker = readBulkMarker(layout);
  if (marker && marker.pid !== process.pid && bulkMarkerState(marker) === 'importing-orphan') {
    throw new LocalServerError(
      `neo4j-admin (pid ${marker.adminPid}) of an interrupted kg load --bulk is still importing into ${layout.dataDir}; wait for it to end (it has no more to do than finish), then run kg db start again`,
    );
  }
  checkJava();
  await checkPorts(layout);
  const resolveMs = resolveNeo4jJars(layout, log);
  for (const dir of [layout.confDir, layout.dataDir, layout.logsDir, layout.runDir, layout.importDir, path.join(layout.home, 'plugins')]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  const password = ensureLocalPassword(layout);
  const trustedCertificate = await ensureLocalCertificate(layout);
  fs.writeFileSync(path.join(layout.confDir, 'neo4j.conf'), renderNeo4jConf(layout));

  const consoleLog = path.join(layout.logsDir, 'console.log');
  const logFd = fs.openSync(consoleLog, 'w');
  const began = Date.now();
  const child = spawn(javaBinary(), javaArguments(layout, SERVER_CLASS, ['--console-mode']), {
    cwd: layout.home,
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  child.unref();

  const state: ServerState = {
    pid: child.pid ?? -1,
    startTime: child.pid === undefined ? undefined : processStartTime(child.pid),
    boltUri: localBoltUri(layout),
    httpPort: layout.httpPort,
    version: NEO4J_VERSION,
    startedAt: new Date().toISOString(),
  };
  const deadline = began + (options.timeoutMs ?? 180_000);
  log(`starting Neo4j ${NEO4J_VERSION} on ${state.boltUri}…`);
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new LocalServerError(explainStartFailure(fs.readFileSync(consoleLog, 'utf8'), layout, exited));
    }
    if (await boltAnswers(state.boltUri, { trustedCertificate })) {
      const claimed = await claimServerPassword({ uri: state.boltUri, trustedCertificate }, password).catch((error: unknown) => {
        process.kill(state.pid, 'SIGTERM');
        throw new LocalServerError(`Neo4j started but its password could not be set (${errorMessage(error).split('\n')[0]}); stopped it; see ${consoleLog}`);
      });
      if (claimed === 'refused') {
        process.kill(state.pid, 'SIGTERM');
        throw new LocalServerError(
          `Neo4j in ${layout.home} refuses the password kept in ${passwordFile(layout)}: its neo4j user was given another one; stopped it. Put that password in the file, or reset the users (rm -r ${path.join(layout.dataDir, 'databases', 'system')} ${path.join(layout.dataDir, 'transactions', 'system')}; the graph stays) and run kg db start again`,
        );
      }
      fs.writeFileSync(layout.stateFile, `${JSON.stringify(state, null, 2)}\n`);
      if (marker && marker.pid !== process.pid && bulkMarkerState(marker) === 'abandoned') await repairAbandonedBulk(layout, marker.phase, log);
      return { state, alreadyRunning: false, resolveMs, startMs: Date.now() - began, libBytes: directoryBytes(layout.libDir) };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.kill(state.pid, 'SIGTERM');
  throw new LocalServerError(`Neo4j did not answer on ${state.boltUri} within ${Math.round((deadline - began) / 1000)} s; see ${consoleLog}`);
}

/**
 * A bulk load that was killed outright left its marker: the database holds what neo4j-admin got to write (all of it,
 * when the import itself finished) but none of the constraints and indexes the load creates last. They are created
 * now, and the user is told what happened.
 */
async function repairAbandonedBulk(layout: LocalNeo4jLayout, phase: string, log: (line: string) => void): Promise<void> {
  const database = await openGraphDatabase(localConnectionSettings(layout));
  try {
    await ensureGraphSchema(database);
    const session = database.readSession();
    const nodes = await session
      .run('MATCH (n) RETURN count(n) AS n')
      .then(
        (r) => Number(r.records[0]?.get('n')),
        () => 0,
      )
      .finally(() => session.close());
    log(
      `an interrupted kg load --bulk (stopped during its ${phase} phase) left this database with ${nodes} nodes; its constraints and indexes are rebuilt. If the graph is incomplete, empty the database and run the same kg load --bulk again`,
    );
  } finally {
    await database.close();
  }
  // CSV files of a load killed before its import would stay readable in import/.
  for (const name of fs.readdirSync(layout.importDir))
    if (name.startsWith('bulk-')) fs.rmSync(path.join(layout.importDir, name), { recursive: true, force: true });
  removeBulkMarker(layout);
}

/** Stops the local server (SIGTERM, then SIGKILL after the grace period). Returns false when none was running. */
export async function stopLocalServer(options: { layout?: LocalNeo4jLayout; graceMs?: number } = {}): Promise<boolean> {
  const layout = options.layout ?? localNeo4jLayout();
  const state = runningServer(layout);
  if (!state) return false;
  // The JVM leads its own process group (detached), so the signal reaches it and nothing else.
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + (options.graceMs ?? 60_000);
  while (processAlive(state.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (processAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
  while (processAlive(state.pid)) await new Promise((resolve) => setTimeout(resolve, 100));
  fs.rmSync(layout.stateFile, { force: true });
  return true;
}

export interface ServerStatus {
  state?: ServerState;
  answering: boolean;
}

/** Whether the local server runs, and whether Bolt answers. */
export async function localServerStatus(layout: LocalNeo4jLayout = localNeo4jLayout()): Promise<ServerStatus> {
  const state = runningServer(layout);
  const password = readLocalPassword(layout);
  return { state, answering: state ? await boltAnswers(state.boltUri, { password, trustedCertificate: localCertificate(layout) }) : false };
}
