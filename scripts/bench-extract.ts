// Speed of the whole `kg extract` on one worker, as a user runs it: the development articles repeated (each copy
// headed by its number, so no copy repeats another's text) to at least 500,000 tokens, and the CoNLL-2003 `valid`
// documents. Prints tokens per second of wall time and of CPU time (user + system: on a shared machine the wall time
// measures the other load as much as the command), start-up included, and the peak resident memory.
// usage: npm run bench:extract [-- --tokens 500000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll } from '../src/ner/conll-reader.js';
import { tokenise } from '../src/pipeline/segment.js';
import { writeConllDocuments } from './eval/conll2003-set.js';

const { values } = parseArgs({ options: { tokens: { type: 'string', default: '500000' } } });
const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const shared = here('../../shared/');
const kg = here('../bin/kg.js');
const work = mkdtempSync(join(tmpdir(), 'kg-bench-extract-'));

/** Runs kg extract on one worker under GNU time; wall and CPU seconds and peak RSS in MB. */
function timeExtract(dir: string): { seconds: number; cpu: number; peakMb: number } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, kg, 'extract', dir, '--workers', '1', '--out', join(work, 'out.json')], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`bench-extract: kg extract failed:\n${run.stderr}`);
  const [seconds, user, system, kb] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: seconds!, cpu: user! + system!, peakMb: kb! / 1024 };
}

const countTokens = (dir: string): number => readdirSync(dir).reduce((n, f) => n + tokenise(readFileSync(join(dir, f), 'utf8')).length, 0);

try {
  const articlesDir = join(shared, 'eval/dev-articles/articles');
  const articles = readdirSync(articlesDir)
    .sort()
    .map((f) => readFileSync(join(articlesDir, f), 'utf8'));
  const repeated = join(work, 'articles');
  mkdirSync(repeated);
  let tokens = 0;
  for (let copy = 0; tokens < Number(values.tokens); copy++) {
    articles.forEach((text, n) => {
      const headed = `Copy ${copy}\n\n${text}`;
      writeFileSync(join(repeated, `copy-${String(copy).padStart(4, '0')}-${n}.txt`), headed);
      tokens += tokenise(headed).length;
    });
  }
  const valid = join(work, 'valid');
  writeConllDocuments(readConll(join(shared, 'data/conll2003/valid.txt')), 'valid', valid);
  console.log('| Input | Files | Tokens | Wall s | Tokens/s (wall) | CPU s | Tokens/s (CPU) | Peak RSS MB |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [label, dir] of [
    ['development articles, repeated', repeated],
    ['CoNLL-2003 valid documents', valid],
  ] as const) {
    const files = readdirSync(dir).length;
    const count = countTokens(dir);
    const { seconds, cpu, peakMb } = timeExtract(dir);
    const rate = (s: number): string => Math.round(count / s).toLocaleString('en-US');
    console.log(
      `| ${label} | ${files} | ${count.toLocaleString('en-US')} | ${seconds.toFixed(1)} | ${rate(seconds)} | ${cpu.toFixed(1)} | ${rate(cpu)} | ${peakMb.toFixed(0)} |`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
