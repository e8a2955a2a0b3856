// `kg extract` on a 20 MB article in a 1 GB heap: a stress test of the whole command (over a minute of extraction),
// kept out of the fast unit loop; it needs no database.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus, expectCleanMessages, extract, workDir } from '../kg-extract-run.js';

describe('kg extract on a 20 MB article', () => {
  const big = path.join(workDir, 'twenty-megabytes.txt');
  beforeAll(() => {
    const paragraph =
      fs.readFileSync(path.join(corpus, 'crlf-line-endings.txt'), 'utf8').replace(/\r/g, '') +
      'Officials in Madrid said the Northwind Group would open offices in Lisbon and Porto next year.\n\n';
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
