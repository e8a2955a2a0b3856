// Entry point of the `kg` command: dispatches to subcommands, turns CliErrors into one-line messages.
import { CliError } from './cli-error.js';
import type { CommandEntry } from './command.js';
import { errorStack } from '../util/errors.js';

/** The subcommands, in the order `kg --help` lists them. */
export const commandEntries: CommandEntry[] = [
  {
    name: 'extract',
    summary: 'extract entities and relations from articles into a graph document',
    load: async () => (await import('./commands/extract-command.js')).extractCommand,
  },
  {
    name: 'load',
    summary: 'validate graph documents and load them into Neo4j (idempotent)',
    load: async () => (await import('./commands/load-command.js')).loadCommand,
  },
  {
    name: 'db',
    summary: "start, stop or check the project's own Neo4j server",
    load: async () => (await import('./commands/db-command.js')).dbCommand,
  },
  {
    name: 'demo',
    summary: 'start Neo4j, extract and load the example article, and serve the viewer (npm start)',
    load: async () => (await import('./commands/demo-command.js')).demoCommand,
  },
  {
    name: 'serve',
    summary: 'serve the Sigma.js viewer and its API over the graph in Neo4j',
    load: async () => (await import('./commands/serve-command.js')).serveCommand,
  },
  {
    name: 'query',
    summary: 'run a Cypher query (read-only unless --write) and print a table, JSON or a graph document',
    load: async () => (await import('./commands/query-command.js')).queryCommand,
  },
  {
    name: 'export',
    summary: 'export a subgraph as GraphML, GEXF, a graph document, neo4j-admin CSV or a Cypher script',
    load: async () => (await import('./commands/export-command.js')).exportCommand,
  },
];

function overview(): string {
  const width = Math.max(...commandEntries.map((c) => c.name.length));
  return `kg — build a knowledge graph from news articles

usage: kg <command> [options]   (kg <command> --help for details)

${commandEntries.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

  --debug  show stack traces of unexpected errors`;
}

let stdoutWatched = false;

/**
 * A reader that stops early (kg extract … | head) closes the pipe: that ends the output, not in an error. Watched
 * once however often main runs in the process (the tests run commands through it one after another).
 */
function endQuietlyWhenStdoutCloses(): void {
  if (stdoutWatched) return;
  stdoutWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** Runs the CLI with the given arguments (without node and script). */
export async function main(argv: string[]): Promise<void> {
  endQuietlyWhenStdoutCloses();
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return;
  }
  const entry = commandEntries.find((c) => c.name === name);
  try {
    if (!entry) throw new CliError(`kg: unknown command "${name}"; run kg --help to see the commands`);
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      console.log(command.usage);
      return;
    }
    await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
    } else if (debug) {
      process.stderr.write(`${errorStack(error)}\n`);
      process.exitCode = 1;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`kg ${name}: ${message.split('\n')[0]} (run again with --debug for details)\n`);
      process.exitCode = 1;
    }
  }
}
