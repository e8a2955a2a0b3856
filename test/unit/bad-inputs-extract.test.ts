// The bad-input corpus through `kg extract`: every input gives a valid graph or one-line errors, never a stack
// trace, never a hang; a folder with bad files still extracts the good ones.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/schema/validate-document.js';

const corpus = path.resolve('test/fixtures/bad-inputs');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bad-inputs-'));
// World-writable so the unreadable-file check can run as an unprivileged user and still write its output.
fs.chmodSync(workDir, 0o777);

function extract(inputs: string[], options: SpawnSyncOptions = {}) {
  const out = path.join(workDir, `out-${Math.random().toString(36).slice(2)}.json`);
  const result = spawnSync(process.execPath, [path.resolve('bin/kg.js'), 'extract', ...inputs, '--out', out], {
    encoding: 'utf8', timeout: 240_000, ...options,
  });
  const stderr = String(result.stderr ?? '');
  const graph = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : undefined;
  return { status: result.status, signal: result.signal, stderr, lines: stderr.trim().split('\n').filter(Boolean), graph };
}

function expectCleanMessages(lines: string[]) {
  for (const line of lines) {
    expect(line).toMatch(/^kg extract: /);
    expect(line).not.toMatch(/^\s+at /);
  }
}

const refused: Record<string, RegExp> = {
  'empty.txt': /empty/,
  'whitespace-only.txt': /whitespace only/,
  'document.pdf': /is a PDF; convert it to text/,
  'image.png': /is an image/,
  'report.docx': /Word document/,
  'invalid-utf8.txt': /not valid UTF-8 and reads as no known text encoding; re-save it as UTF-8/,
  'scripts-only.html': /no article text/,
  'navigation-only.html': /no article text/,
  'graph-not-json.json': /to load a graph document use kg load/,
};

const accepted = [
  'crlf-line-endings.txt', 'deeply-nested.html', 'emoji-and-rtl.txt', 'front-matter.md', 'long-sentence.txt',
  'names-with-special-characters.txt', 'non-english.txt', 'one-long-word.txt', 'punctuation-and-numbers.txt',
  'utf16.txt',
];

describe('kg extract on bad input', () => {
  for (const [file, reason] of Object.entries(refused)) {
    it(`refuses ${file} with a one-line reason and a non-zero exit`, () => {
      const run = extract([path.join(corpus, file)]);
      expect(run.status).not.toBe(0);
      expect(run.graph).toBeUndefined();
      expectCleanMessages(run.lines);
      expect(run.lines[0]).toContain(file);
      expect(run.lines[0]).toMatch(reason);
    });
  }

  for (const file of accepted) {
    it(`turns ${file} into a valid graph document`, () => {
      const run = extract([path.join(corpus, file)]);
      expect(run.status).toBe(0);
      expectCleanMessages(run.lines);
      expect(validateDocument(run.graph).errors).toEqual([]);
      expect(run.graph.documents).toHaveLength(1);
    });
  }

  it('keeps names with quotes, backslashes, braces and Cypher keywords as plain text', () => {
    const run = extract([path.join(corpus, 'names-with-special-characters.txt')]);
    const names: string[] = run.graph.entities.map((e: { name: string }) => e.name);
    expect(names.some((n) => n.includes("O'Neil"))).toBe(true);
    expect(names.some((n) => /Oslo/.test(n))).toBe(true);
  });

  it('extracts the good files of a mixed folder and reports each bad one', () => {
    const run = extract([path.join(corpus, 'mixed-folder')]);
    expect(run.status).toBe(2);
    expect(run.graph.documents.map((d: { source: string }) => path.basename(d.source)).sort()).toEqual(['good-article.txt', 'good-page.html']);
    expectCleanMessages(run.lines);
    expect(run.stderr).toMatch(/skipped .*empty\.txt: is empty/);
    expect(run.stderr).toMatch(/skipped .*picture\.txt: looks binary/);
  });

  it('names a missing path and says to check it', () => {
    const run = extract([path.join(corpus, 'no-such-article.txt')]);
    expect(run.status).not.toBe(0);
    expectCleanMessages(run.lines);
    expect(run.lines[0]).toMatch(/no-such-article\.txt: does not exist; check the path/);
  });

  it('reports an unreadable file without stopping', () => {
    const locked = path.join(workDir, 'locked.txt');
    fs.writeFileSync(locked, 'Acme Corp hired Jane Doe.\n');
    fs.chmodSync(locked, 0o000);
    // Root reads any file, so the check runs as the unprivileged "nobody" user when the tests run as root.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: workDir } } : {};
    const run = extract([locked, path.join(corpus, 'crlf-line-endings.txt')], asNobody);
    expectCleanMessages(run.lines);
    expect(run.stderr).toMatch(/locked\.txt: cannot be read \(permission denied\)/);
    expect(run.status).toBe(2);
    expect(run.graph.documents).toHaveLength(1);
  });
});

describe('kg extract on a 20 MB article', () => {
  const big = path.join(workDir, 'twenty-megabytes.txt');
  beforeAll(() => {
    const paragraph = fs.readFileSync(path.join(corpus, 'crlf-line-endings.txt'), 'utf8').replace(/\r/g, '')
      + 'Officials in Madrid said the Northwind Group would open offices in Lisbon and Porto next year.\n\n';
    fs.writeFileSync(big, paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length)));
  });
  afterAll(() => fs.rmSync(big, { force: true }));

  it('extracts it within a 1 GB heap', () => {
    const run = extract([big], { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=1024' } });
    expectCleanMessages(run.lines);
    expect(run.status).toBe(0);
    expect(run.graph.entities.length).toBeGreaterThan(0);
  }, 300_000);
});
