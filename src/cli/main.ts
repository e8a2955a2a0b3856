// Entry point of the `kg` command: dispatches to subcommands, turns CliErrors into one-line messages.
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { dbCommand } from './commands/db-command.js';
import { demoCommand } from './commands/demo-command.js';
import { extractCommand } from './commands/extract-command.js';
import { loadCommand } from './commands/load-command.js';
import { serveCommand } from './commands/serve-command.js';
import { queryCommand } from './commands/query-command.js';
import { exportCommand } from './commands/export-command.js';

const commands: Command[] = [extractCommand, loadCommand, dbCommand, demoCommand, serveCommand, queryCommand, exportCommand];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `kg — build a knowledge graph from news articles

usage: kg <command> [options]   (kg <command> --help for details)

${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

  --debug  show stack traces of unexpected errors`;
}

/** Runs the CLI with the given arguments (without node and script). */
export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new CliError(`kg: unknown command "${name}"; run kg --help to see the commands`);
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
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`kg ${name}: ${message.split('\n')[0]} (run again with --debug for details)\n`);
      process.exitCode = 1;
    }
  }
}
