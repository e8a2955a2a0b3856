// One process at a time may change the local server's state (start it, or replace its database by a bulk import):
// a lock file in run/ names the holder (pid, what it does, since when). A lock whose holder is gone is stale and is
// taken over; a live holder is waited for (`kg db start`) or named in the refusal (`kg load --bulk`).
import fs from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jLayout } from './local-neo4j-layout.js';
import { processStartTime } from './process-identity.js';
import { errorCode } from '../util/errors.js';
import { isFiniteNumber, isRecord } from '../util/json-shapes.js';

export interface LockHolder {
  pid: number;
  /** The holder's start time (clock ticks since boot, from /proc), so a reused pid is not taken for it. */
  startTime?: number;
  purpose: string;
  since: string;
}

/** Another live process holds the lock; the message names it and what to do. */
export class RunLockedError extends Error {
  constructor(
    readonly holder: LockHolder,
    layout: LocalNeo4jLayout,
  ) {
    super(`another kg process (pid ${holder.pid}) is ${holder.purpose} in ${layout.home} since ${holder.since}; wait for it to finish, then run this again`);
    this.name = 'RunLockedError';
  }
}

export function lockFile(layout: LocalNeo4jLayout): string {
  return path.join(layout.runDir, 'kg.lock');
}

function readHolder(file: string): LockHolder | undefined {
  let holder: unknown;
  try {
    holder = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  return isLockHolder(holder) ? holder : undefined;
}

/** Whether a parsed lock file holds what acquiring the lock writes into it. */
function isLockHolder(value: unknown): value is LockHolder {
  return (
    isRecord(value) &&
    isFiniteNumber(value.pid) &&
    (value.startTime === undefined || isFiniteNumber(value.startTime)) &&
    typeof value.purpose === 'string' &&
    typeof value.since === 'string'
  );
}

/** True when the holder still runs: its pid is alive and, where /proc tells, started when the lock says. */
export function holderAlive(holder: LockHolder): boolean {
  const started = processStartTime(holder.pid);
  if (started === undefined) return false;
  return holder.startTime === undefined || started === -1 || started === holder.startTime;
}

/** The live process holding the lock, if any (a stale lock counts as free). */
export function lockHolder(layout: LocalNeo4jLayout): LockHolder | undefined {
  const holder = readHolder(lockFile(layout));
  return holder && holder.pid !== process.pid && holderAlive(holder) ? holder : undefined;
}

function tryTake(file: string, purpose: string): LockHolder | undefined {
  const holder: LockHolder = { pid: process.pid, startTime: processStartTime(process.pid), purpose, since: new Date().toISOString() };
  try {
    fs.writeFileSync(file, JSON.stringify(holder), { flag: 'wx', mode: 0o600 });
    return undefined;
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
  }
  const current = readHolder(file);
  if (current && holderAlive(current)) return current;
  // Stale (its holder died, or the file is unreadable): replaced by a rename, so two takers cannot both win.
  const claim = `${file}.${process.pid}`;
  fs.writeFileSync(claim, JSON.stringify(holder), { mode: 0o600 });
  const again = readHolder(file);
  if (again && holderAlive(again)) {
    fs.rmSync(claim, { force: true });
    return again;
  }
  fs.renameSync(claim, file);
  return undefined;
}

/**
 * Takes the lock for `purpose`; `wait` keeps trying for that many milliseconds while a live process holds it, else
 * a held lock throws RunLockedError at once. Returns the function that lets it go. A process that holds it already
 * (a bulk import that restarts the server) takes it again without waiting.
 */
export async function takeRunLock(layout: LocalNeo4jLayout, purpose: string, options: { waitMs?: number } = {}): Promise<() => void> {
  fs.mkdirSync(layout.runDir, { recursive: true, mode: 0o700 });
  const file = lockFile(layout);
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    const holder = tryTake(file, purpose);
    if (!holder) break;
    if (holder.pid === process.pid) return () => {};
    if (Date.now() >= deadline) throw new RunLockedError(holder, layout);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const current = readHolder(file);
    if (current?.pid === process.pid) fs.rmSync(file, { force: true });
  };
}
