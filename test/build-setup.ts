// Vitest global setup of every project: the tests run `node bin/kg.js`, which runs the compiled CLI in dist/, so
// dist/ is rebuilt here first if a source changed since it was built (bin/kg.js would otherwise do it in the first
// child process, or fail to where that process runs as another user).
import { buildCli, buildIsCurrent } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  if (!buildIsCurrent()) await buildCli();
}
