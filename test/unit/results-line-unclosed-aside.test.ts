// A results line whose scorers' aside a line break cuts off before its closing bracket ("Eindhoven 4 ( Numan 11th ,"
// then "Nilis 42nd ) .") once sent the results-line reading round a loop for ever. The extraction runs in a child
// process with a time limit, so that the loop, were it back, fails this test instead of stalling the whole run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('results lines', () => {
  it('reads a line whose bracketed aside is cut off by a line break, and goes on to the next', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-unclosed-aside-'));
    try {
      writeFileSync(
        path.join(dir, 'summary.txt'),
        'Tallow Town 1 ( Brenn 15th ) Halden Rovers 4 ( Marek 11th ,\nOsk 42nd ) .\n\nCorvallo United 2 Brenno Athletic 0\n',
      );
      const out = path.join(dir, 'graph.json');
      const run = spawnSync(process.execPath, [path.resolve('bin/kg.js'), 'extract', dir, '--workers', '1', '--out', out], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.signal).toBeNull();
      expect(run.status).toBe(0);
      const graph = JSON.parse(readFileSync(out, 'utf8')) as {
        entities: { id: string; name: string }[];
        relations: { source: string; target: string; type: string }[];
      };
      const id = (name: string) => graph.entities.find((e) => e.name === name)?.id;
      expect(graph.relations.some((r) => r.type === 'DEFEATED' && r.source === id('Corvallo United') && r.target === id('Brenno Athletic'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
