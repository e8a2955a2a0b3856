// The bad-input corpus through `kg extract`: every input gives a valid graph or one-line errors, never a stack
// trace, never a hang; a folder with bad files still extracts the good ones. Each file of the corpus runs through the
// CLI's main() in this process; a child process runs the cases that are about the process itself (its exit status,
// another user's permissions) or read several files at once (worker threads).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/schema/validate-document.js';
import { corpus, expectCleanMessages, extract, extractInProcess, workDir } from '../kg-extract-run.js';

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
  'crlf-line-endings.txt',
  'deeply-nested.html',
  'emoji-and-rtl.txt',
  'front-matter.md',
  'long-sentence.txt',
  'names-with-special-characters.txt',
  'non-english.txt',
  'one-long-word.txt',
  'punctuation-and-numbers.txt',
  'utf16.txt',
];

describe('kg extract on bad input', () => {
  for (const [file, reason] of Object.entries(refused)) {
    it(`refuses ${file} with a one-line reason and a non-zero exit`, async () => {
      const run = await extractInProcess([path.join(corpus, file)]);
      expect(run.status).not.toBe(0);
      expect(run.graph).toBeUndefined();
      expectCleanMessages(run.lines);
      expect(run.lines[0]).toContain(file);
      expect(run.lines[0]).toMatch(reason);
    });
  }

  for (const file of accepted) {
    it(`turns ${file} into a valid graph document`, async () => {
      const run = await extractInProcess([path.join(corpus, file)]);
      expect(run.status).toBe(0);
      expectCleanMessages(run.lines);
      expect(validateDocument(run.graph).errors).toEqual([]);
      expect(run.graph.documents).toHaveLength(1);
    });
  }

  it('keeps names with quotes, backslashes, braces and Cypher keywords as plain text', async () => {
    const run = await extractInProcess([path.join(corpus, 'names-with-special-characters.txt')]);
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
