// Runs `kg extract` on files of the bad-input corpus (test/fixtures/bad-inputs), for the tests that check what the
// command prints and how it exits: in a child process, or through the CLI's main() in the test's own process, which
// runs the same command code with the models loaded once for all the files instead of once a file.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, vi } from 'vitest';
import { main } from '../src/cli/main.js';

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

/**
 * Runs `kg extract ARGS --out FILE` through main() in this process, as bin/kg.js runs it: the exit status the process
 * would end with (process.exitCode, which is put back afterwards), stderr and its lines, the JSON written and its graph.
 */
export async function extractInProcess(args: string[]) {
  const out = path.join(workDir, `out-${Math.random().toString(36).slice(2)}.json`);
  let stderr = '';
  const capture = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const exitCodeBefore = process.exitCode;
  process.exitCode = undefined;
  let status: number;
  try {
    await main(['extract', ...args, '--out', out]);
  } finally {
    status = Number(process.exitCode ?? 0);
    process.exitCode = exitCodeBefore;
    capture.mockRestore();
  }
  const json = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
  return { status, stderr, lines: stderr.trim().split('\n').filter(Boolean), json, graph: json === undefined ? undefined : JSON.parse(json) };
}

/** Every line is a one-line message of kg extract, never a stack trace. */
export function expectCleanMessages(lines: string[]) {
  for (const line of lines) {
    expect(line).toMatch(/^kg extract: /);
    expect(line).not.toMatch(/^\s+at /);
  }
}
