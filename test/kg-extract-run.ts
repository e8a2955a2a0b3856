// Runs `kg extract` in a child process on files of the bad-input corpus (test/fixtures/bad-inputs), for the tests
// that check what the command prints and how it exits.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

export const corpus = path.resolve('test/fixtures/bad-inputs');
export const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bad-inputs-'));
// World-writable so the unreadable-file check can run as an unprivileged user and still write its output.
fs.chmodSync(workDir, 0o777);

/** Runs `kg extract INPUTS --out FILE`; the exit status, stderr and its lines, and the graph written (if any). */
export function extract(inputs: string[], options: SpawnSyncOptions = {}) {
  const out = path.join(workDir, `out-${Math.random().toString(36).slice(2)}.json`);
  const result = spawnSync(process.execPath, [path.resolve('bin/kg.js'), 'extract', ...inputs, '--out', out], {
    encoding: 'utf8',
    timeout: 240_000,
    ...options,
  });
  const stderr = String(result.stderr ?? '');
  const graph = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : undefined;
  return { status: result.status, signal: result.signal, stderr, lines: stderr.trim().split('\n').filter(Boolean), graph };
}

/** Every line is a one-line message of kg extract, never a stack trace. */
export function expectCleanMessages(lines: string[]) {
  for (const line of lines) {
    expect(line).toMatch(/^kg extract: /);
    expect(line).not.toMatch(/^\s+at /);
  }
}
