// What keeps `kg load --bulk` safe to interrupt. While it runs, Ctrl-C and SIGTERM are caught: before neo4j-admin
// starts they stop the load (the CSV files are removed, the server started again, nothing imported); while it imports
// they wait for it, since an import stopped half-way leaves a database that cannot start. A marker in run/ records the
// phase, so a load killed outright (SIGKILL, a crash) is found by the next `kg db start`, explained, and its database
// given the constraints and indexes it never got.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jLayout } from '../db/local-neo4j-layout.js';
import { processStartTime } from '../db/process-identity.js';
import { isRecord } from '../util/json-shapes.js';

/** The load was interrupted before anything was imported; the message says the database is as it was. */
export class BulkInterruptedError extends Error {
  constructor(signal: string) {
    super(`interrupted (${signal}) before the import: nothing was imported, the CSV files are removed and Neo4j runs again with the database as it was`);
    this.name = 'BulkInterruptedError';
  }
}

/** Catches SIGINT and SIGTERM for the length of a bulk load. */
export class BulkSignals {
  signal: string | undefined;
  private importing = false;
  private readonly handler = (signal: NodeJS.Signals) => {
    this.signal ??= signal;
    this.log(
      this.importing
        ? `${signal}: neo4j-admin is importing; waiting for it to finish (stopped half-way it would leave a database that cannot start)…`
        : `${signal}: stopping; the CSV files are removed and Neo4j is started again…`,
    );
  };

  constructor(private readonly log: (line: string) => void) {
    process.on('SIGINT', this.handler);
    process.on('SIGTERM', this.handler);
  }

  /** Throws BulkInterruptedError once a signal came, while nothing is imported yet. */
  check(): void {
    if (this.signal && !this.importing) throw new BulkInterruptedError(this.signal);
  }

  /** From here on a signal waits for the import instead of stopping the load. */
  startImport(): void {
    this.check();
    this.importing = true;
  }

  dispose(): void {
    process.off('SIGINT', this.handler);
    process.off('SIGTERM', this.handler);
  }
}

export type BulkPhase = 'csv' | 'import' | 'restart';

export interface BulkMarker {
  pid: number;
  startTime?: number;
  phase: BulkPhase;
  /** neo4j-admin's pid during the import. */
  adminPid?: number;
  adminStartTime?: number;
  since: string;
}

function markerFile(layout: LocalNeo4jLayout): string {
  return path.join(layout.runDir, 'bulk-import.json');
}

/** Records the phase a bulk load is in (removed when it ends, whatever the outcome, unless the process is killed). */
export function writeBulkMarker(layout: LocalNeo4jLayout, phase: BulkPhase, admin?: number): void {
  const marker: BulkMarker = {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    phase,
    ...(admin ? { adminPid: admin, adminStartTime: processStartTime(admin) } : {}),
    since: new Date().toISOString(),
  };
  fs.writeFileSync(markerFile(layout), JSON.stringify(marker), { mode: 0o600 });
}

export function removeBulkMarker(layout: LocalNeo4jLayout): void {
  fs.rmSync(markerFile(layout), { force: true });
}

const optionalNumber = (value: unknown) => value === undefined || typeof value === 'number';

/** True when a parsed marker file has the fields writeBulkMarker writes; any other content is no marker. */
function isBulkMarker(value: unknown): value is BulkMarker {
  return (
    isRecord(value) &&
    typeof value.pid === 'number' &&
    (value.phase === 'csv' || value.phase === 'import' || value.phase === 'restart') &&
    typeof value.since === 'string' &&
    optionalNumber(value.startTime) &&
    optionalNumber(value.adminPid) &&
    optionalNumber(value.adminStartTime)
  );
}

/** The marker of a bulk load, if one is recorded. */
export function readBulkMarker(layout: LocalNeo4jLayout): BulkMarker | undefined {
  try {
    const marker: unknown = JSON.parse(fs.readFileSync(markerFile(layout), 'utf8'));
    return isBulkMarker(marker) ? marker : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number | undefined, startTime: number | undefined): boolean {
  if (pid === undefined) return false;
  const started = processStartTime(pid);
  return started !== undefined && (startTime === undefined || started === -1 || started === startTime);
}

/** The state a recorded bulk load left: still running (its kg or its neo4j-admin), or ended without finishing. */
export function bulkMarkerState(marker: BulkMarker): 'running' | 'importing-orphan' | 'abandoned' {
  if (alive(marker.pid, marker.startTime)) return 'running';
  if (marker.phase === 'import' && alive(marker.adminPid, marker.adminStartTime)) return 'importing-orphan';
  return 'abandoned';
}

/**
 * Runs neo4j-admin in its own process group, so a Ctrl-C meant for kg does not reach it, and resolves with its exit
 * code and output once it ends. `onStart` hears its pid as soon as it runs.
 */
export function runDetached(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onStart: (pid: number) => void },
): Promise<{ status: number | null; output: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      // The end of the output holds the error, if any; the start holds nothing the user needs.
      output = (output + chunk.toString('utf8')).slice(-1_000_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (error) => resolve({ status: null, output, error }));
    child.once('spawn', () => options.onStart(child.pid!));
    child.once('close', (status) => resolve({ status, output }));
  });
}
