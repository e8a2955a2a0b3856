// Runs the real `kg extract` command (bin/kg.js) as a child process, so every figure of the evaluation is what a user
// of the CLI gets. Rules switched with `--without` / `--with` reach the child through KG_RULES_OFF / KG_RULES_ON.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const KG = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));

export interface ExtractOptions {
  readonly workers?: number;
  /** Ids of recognition or relation rules to switch off, and of rules off by default to switch on. */
  readonly rulesOff?: readonly string[];
  readonly rulesOn?: readonly string[];
}

/** Extracts `inputs` (files or folders) into the graph document `out`; rejects with the CLI's stderr on failure. */
export function runExtract(inputs: readonly string[], out: string, options: ExtractOptions = {}): Promise<void> {
  const args = [KG, 'extract', ...inputs, '--out', out];
  if (options.workers) args.push('--workers', String(options.workers));
  const env = { ...process.env };
  if (options.rulesOff?.length) env.KG_RULES_OFF = options.rulesOff.join(',');
  if (options.rulesOn?.length) env.KG_RULES_ON = options.rulesOn.join(',');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`eval: kg extract ${inputs.join(' ')} exited ${code}:\n${stderr.trim()}`))));
  });
}

/** Runs `tasks` with at most `limit` at a time, results in input order. */
export async function inPool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
