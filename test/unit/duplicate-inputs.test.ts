// Inputs with the same text become one document, and kg extract says which inputs repeated which.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicatesLine } from '../../src/cli/commands/extract-command.js';
import { keepDocuments } from '../../src/pipeline/extract-graph.js';
import type { CleanDocument } from '../../src/pipeline/stage-types.js';

const doc = (id: string, source: string, text = 'Acme Corp hired Jane Doe.'): CleanDocument => ({ id, source, text, furniture: [] });

describe('keepDocuments', () => {
  it('keeps the first of each text and names the input each repeat was merged into', () => {
    const kept = keepDocuments([doc('doc:a', 'a.txt'), doc('doc:b', 'b.txt'), doc('doc:a', 'copy-of-a.txt'), doc('doc:a', 'again-a.txt')]);
    expect(kept.documents.map((d) => d.source)).toEqual(['a.txt', 'b.txt']);
    expect(kept.duplicates).toEqual([
      { source: 'copy-of-a.txt', of: 'a.txt' },
      { source: 'again-a.txt', of: 'a.txt' },
    ]);
  });
});

describe('duplicatesLine', () => {
  it('counts every repeat and lists the first ten', () => {
    const repeats = Array.from({ length: 12 }, (_, i) => ({ source: `copy-${i}.txt`, of: 'a.txt' }));
    const line = duplicatesLine(repeats);
    expect(line).toMatch(/^kg extract: 12 input\(s\) have the same text as an earlier one/);
    expect(line).toContain('copy-9.txt = a.txt');
    expect(line).not.toContain('copy-10.txt');
    expect(line).toMatch(/and 2 more$/);
  });
});

describe('kg extract on repeated inputs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-duplicates-'));
  const article = 'Harbour Logistics agreed to buy Fenwick Freight, chief executive Dana Whitlock said on Tuesday.\n';
  fs.writeFileSync(path.join(dir, 'a.txt'), article);
  fs.writeFileSync(path.join(dir, 'b.txt'), 'Northwind Trading opened an office in Lisbon.\n');
  fs.writeFileSync(path.join(dir, 'c.txt'), article);
  fs.writeFileSync(path.join(dir, 'd.txt'), article);

  for (const workers of ['1', '2']) {
    it(`merges them and reports which repeated which (--workers ${workers})`, () => {
      const out = path.join(dir, `graph-${workers}.json`);
      const run = spawnSync(process.execPath, ['bin/kg.js', 'extract', dir, '--out', out, '--workers', workers], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status).toBe(0);
      const a = path.join(dir, 'a.txt');
      expect(run.stderr).toContain(
        `kg extract: 2 input(s) have the same text as an earlier one and were merged into it: ${path.join(dir, 'c.txt')} = ${a}, ${path.join(dir, 'd.txt')} = ${a}`,
      );
      expect(JSON.parse(fs.readFileSync(out, 'utf8')).documents).toHaveLength(2);
    });
  }
});
