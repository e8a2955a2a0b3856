// bin/kg.js runs the compiled CLI in dist/: it rebuilds dist/ first when a source changed since the last build, so
// it never runs stale code, and when it cannot build it says why and what to do instead of running anything.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkoutWithout, removeCheckoutCopies } from '../checkout-copy.js';

const kgIn = (dir: string, args: string[]) => spawnSync(process.execPath, [path.join(dir, 'bin/kg.js'), ...args], { encoding: 'utf8' });
const stampOf = (dir: string) => fs.statSync(path.join(dir, 'dist/.built-from-src')).mtimeMs;

// Removing whole checkout copies can outlast the default hook timeout on a busy disk.
afterAll(removeCheckoutCopies, 120_000);

describe('the compiled CLI', () => {
  it('rebuilds dist/ when a source changed, then runs the new code', () => {
    const dir = checkoutWithout([]);
    const source = path.join(dir, 'src/cli/main.ts');
    fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace('build a knowledge graph from news articles', 'a changed overview'));
    const run = kgIn(dir, ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^kg — a changed overview/);
    expect(fs.readFileSync(path.join(dir, 'dist/cli/main.js'), 'utf8')).toContain('a changed overview');
    const bundle = path.join(dir, 'dist/kg');
    const bundled = fs.readdirSync(bundle).filter((f) => f.endsWith('.js'));
    expect(bundled.some((f) => fs.readFileSync(path.join(bundle, f), 'utf8').includes('a changed overview'))).toBe(true);
  });

  it('leaves a current dist/ as it is', () => {
    const dir = checkoutWithout([]);
    expect(kgIn(dir, ['--help']).status).toBe(0);
    const built = stampOf(dir);
    expect(kgIn(dir, ['--help']).status).toBe(0);
    expect(stampOf(dir)).toBe(built);
  });

  it('says what to do, and runs nothing, when dist/ must be built and esbuild is not installed', () => {
    const dir = checkoutWithout(['dist'], { linkModules: false });
    const run = kgIn(dir, ['--help']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^kg: dist\/ must be built from src\/ but esbuild is not installed; run npm ci/);
  });
});
