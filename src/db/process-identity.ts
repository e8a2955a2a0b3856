// Telling a process from another that later got the same pid: Linux gives every process its start time (field 22 of
// /proc/<pid>/stat), which a reused pid does not share. Where /proc is missing, the pid alone has to do.
import fs from 'node:fs';
import { errorCode } from '../util/errors.js';

/**
 * The process's start time in clock ticks since boot; -1 when it runs but /proc cannot tell; undefined when it is
 * not running (or is a zombie: exited, not yet collected by its parent).
 */
export function processStartTime(pid: number): number | undefined {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (errorCode(error) !== 'EPERM') return undefined;
  }
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return fs.existsSync('/proc/self/stat') ? undefined : -1;
  }
  // The command name (field 2) may hold spaces and parentheses: the fields after it start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z') return undefined;
  const started = Number(fields[19]);
  return Number.isFinite(started) ? started : -1;
}

/** The command line of a running process (arguments joined by spaces), or undefined where /proc cannot tell. */
export function processCommandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return undefined;
  }
}
