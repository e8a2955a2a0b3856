// `kg --help` lists every subcommand without loading it; each listed name loads the command of that name.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandEntries } from '../../src/cli/main.js';

describe('kg subcommands', () => {
  it('loads, for every listed name, the command of that name with its usage', async () => {
    expect(commandEntries.map((entry) => entry.name)).toEqual(['extract', 'load', 'db', 'demo', 'serve', 'query', 'export']);
    for (const entry of commandEntries) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.usage).toMatch(new RegExp(`^kg ${entry.name}\\b`));
    }
  });

  it('prints the overview and a subcommand usage from the compiled CLI', () => {
    const overview = spawnSync(process.execPath, [path.resolve('bin/kg.js'), '--help'], { encoding: 'utf8' });
    expect(overview.status).toBe(0);
    for (const entry of commandEntries) expect(overview.stdout).toContain(`${entry.name.padEnd(7)}  ${entry.summary}`);
    const usage = spawnSync(process.execPath, [path.resolve('bin/kg.js'), 'load', '--help'], { encoding: 'utf8' });
    expect(usage.status).toBe(0);
    expect(usage.stdout).toMatch(/^kg load <graph\.json>/);
  });
});
