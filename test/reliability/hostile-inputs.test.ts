// Inputs that used to hang, exhaust or abort a whole run: a FIFO and a link to /dev/zero in an input folder, a folder
// nested too deep, a reader that closes the pipe early, a --workers count that would exhaust memory, a graph document
// whose entities carry no aliases, and two loads racing to set up a new database. Each is now skipped or refused with
// its reason, and everything else in the run is kept.
import { execFile, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/synthetic/synthetic-graph.js';
import { MAX_FOLDER_DEPTH } from '../../src/pipeline/ingest.js';
import { clearGraph, openTestDatabase } from '../integration/test-database.js';

const execute = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const kg = path.join(root, 'bin', 'kg.js');
const articles = path.join(root, 'test', 'fixtures', 'articles');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-hostile-'));

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

/** Runs kg with a generous guard: a hang is reported as such rather than holding the suite. */
function kgRun(args: string[], guardMs = 120_000): Promise<{ code: number | null; stdout: string; stderr: string; hung: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [kg, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let hung = false;
    const guard = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, guardMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr, hung });
    });
  });
}

describe('kg extract on hostile folders', () => {
  it('skips a FIFO and a .txt link to /dev/zero with their reasons, and extracts the rest', async () => {
    const folder = path.join(work, 'fifo-folder');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(articles, 'politics.txt'), path.join(folder, 'a-politics.txt'));
    expect(spawnSync('mkfifo', [path.join(folder, 'b-pipe.txt')]).status).toBe(0);
    fs.symlinkSync('/dev/zero', path.join(folder, 'c-zero.txt'));
    const run = await kgRun(['extract', folder]);
    expect(run.hung).toBe(false);
    expect(run.stderr).toMatch(/b-pipe\.txt.*not a regular file/);
    expect(run.stderr).toMatch(/c-zero\.txt.*not a regular file/);
    expect(JSON.parse(run.stdout).documents).toHaveLength(1);
  }, 180_000);

  it('extracts news whose lines are broken and whose brackets and quotes are lost at random, without hanging', async () => {
    // Text as wire copy and pasted pages mangle it: a line break anywhere, a bracket, quote or comma gone, a word in
    // capitals. A results line cut inside its bracketed scorers once looped for ever (score-lines.ts).
    const lines = [
      'HALDEN 1996-08-22',
      'Tallow Town 1 ( Brenn 15th ) Halden Rovers 4 ( Marek 11th , Osk 42nd , Lind 54th , 67th ) .',
      'Corvallo United 2 Brenno Athletic 0 ( halftime 1-0 ) .',
      'Portugal - Rado Vek ( captain ) , Luka Brant , Ivo Senn .',
      '"We will appeal," said Iris Brook, a lawyer for Halden Pharma ( HP ), on Tuesday.',
      'The aid was delivered to Veldania by the Harlow Trust, which ( it said ) had sent 40 tonnes of rice.',
      'Orbis Holdings said its plant in Lerin, opened in 2019 ( at a cost of $ 40 million ), would close.',
      'Standings : Halden Rovers 12 9 2 1 30 10 29 , Tallow Town 12 8 1 3 22 14 25 .',
    ];
    let seed = 20261206;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const dir = path.join(work, 'mangled');
    fs.mkdirSync(dir);
    const files = 120;
    for (let f = 0; f < files; f++) {
      const words = Array.from({ length: 6 }, () => lines[Math.floor(random() * lines.length)]!)
        .join('\n\n')
        .split(' ');
      const mangled = words
        .filter((w) => !(/^[()",]$/.test(w) && random() < 0.3))
        .map((w) => (random() < 0.03 ? w.toUpperCase() : w))
        .map((w) => w + (random() < 0.08 ? '\n' : ' '))
        .join('');
      fs.writeFileSync(path.join(dir, `mangled-${f}.txt`), `${f}\n\n${mangled}`);
    }
    const out = path.join(work, 'mangled.json');
    const run = await kgRun(['extract', dir, '--workers', '1', '--out', out]);
    expect(run.hung).toBe(false);
    expect(run.code).toBe(0);
    expect((JSON.parse(fs.readFileSync(out, 'utf8')) as { documents: unknown[] }).documents).toHaveLength(files);
  });

  it('skips a subfolder nested too deep, naming it, and reads the others', async () => {
    const folder = path.join(work, 'deep');
    let inner = folder;
    for (let i = 0; i <= MAX_FOLDER_DEPTH; i++) inner = path.join(inner, `d${i}`);
    fs.mkdirSync(inner, { recursive: true });
    fs.copyFileSync(path.join(articles, 'crime.txt'), path.join(inner, 'deep.txt'));
    fs.copyFileSync(path.join(articles, 'sports.txt'), path.join(folder, 'top.txt'));
    const run = await kgRun(['extract', folder]);
    expect(run.stderr).toMatch(new RegExp(`more than ${MAX_FOLDER_DEPTH} folders deep; skipped`));
    expect(JSON.parse(run.stdout).documents).toHaveLength(1);
  }, 180_000);

  it('ends quietly when the reader closes the pipe early (kg extract … | head)', () => {
    const run = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(kg)} extract ${JSON.stringify(articles)} | head -c 100 >/dev/null`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.status).toBe(0);
  }, 180_000);

  it('refuses --workers far beyond the cores before starting any', async () => {
    const run = await kgRun(['extract', articles, '--workers', '128']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--workers "128" is not a whole number from 1 to \d+/);
  }, 60_000);
});

describe('kg load on edge documents', () => {
  it('loads a schema-valid document whose entities have no aliases', async () => {
    const graph = syntheticGraph({ relations: 30, seed: 2 }) as unknown as { entities: Record<string, unknown>[] };
    for (const entity of graph.entities) delete entity.aliases;
    const file = path.join(work, 'no-aliases.json');
    fs.writeFileSync(file, JSON.stringify(graph));
    const run = await kgRun(['load', file, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 120_000);

  it('two loads on a database without its constraints both succeed (one finds the other made them)', async () => {
    const database = await openTestDatabase();
    try {
      await clearGraph(database);
      const session = database.writeSession();
      try {
        for (const record of (await session.run('SHOW CONSTRAINTS YIELD name')).records) await session.run(`DROP CONSTRAINT \`${record.get('name')}\``);
        for (const record of (await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records)
          await session.run(`DROP INDEX \`${record.get('name')}\``);
      } finally {
        await session.close();
      }
    } finally {
      await database.close();
    }
    const files = [1, 2].map((seed) => {
      const file = path.join(work, `race-${seed}.json`);
      fs.writeFileSync(file, JSON.stringify(syntheticGraph({ relations: 100, seed })));
      return file;
    });
    const runs = await Promise.all(
      files.map((file) =>
        execute(process.execPath, [kg, 'load', file, '--quiet'], { cwd: root }).then(
          () => 0,
          (e: { code: number; stderr: string }) => e.stderr,
        ),
      ),
    );
    expect(runs).toEqual([0, 0]);
  }, 240_000);
});
