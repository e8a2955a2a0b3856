// `kg demo` (what `npm start` runs): the whole path on the bundled example article — start the project's Neo4j,
// extract, load, serve the viewer — and print the URL.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../db/local-neo4j-layout.js';
import { main } from '../main.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';

const EXAMPLES = path.join(projectRoot, 'examples');

async function step(argv: string[]): Promise<void> {
  await main(argv);
  if (process.exitCode && process.exitCode !== 0) {
    throw new CliError(`kg demo: \`kg ${argv.join(' ')}\` failed; see the message above`, Number(process.exitCode));
  }
}

export const demoCommand: Command = {
  name: 'demo',
  usage: `kg demo [--port N] [--out FILE]

Runs, in order: kg db start (skipped when NEO4J_URI is set), kg extract examples/ --out FILE,
kg load FILE, kg serve --port N. Stop it with Ctrl-C; stop Neo4j with kg db stop.

  --port N    viewer port (default 5173)
  --out FILE  where the graph document goes (default .neo4j/example-graph.json)`,
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, out: { type: 'string' } } });
    const out = values.out ?? path.join(projectRoot, '.neo4j', 'example-graph.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await step(['db', 'start']);
    await step(['extract', EXAMPLES, '--out', out]);
    await step(['load', out, '--quiet']);
    await step(['serve', ...(values.port ? ['--port', values.port] : [])]);
  },
};
