// Worker threads that run one of kg's own modules. Compiled (dist/), the module starts directly. From the TypeScript
// sources (tests, scripts run through tsx) the worker runs the module's compiled copy in dist/ when dist/ was built
// from the current sources (compiling every module again in each worker through tsx costs it most of a second of
// CPU); otherwise it starts through bin/kg-worker.js, which registers tsx's loader first, since a worker does not
// inherit the loader of the thread that started it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildIsCurrent } from '../../scripts/build-cli.mjs';

const BOOT_FROM_SOURCES = new URL('../../bin/kg-worker.js', import.meta.url);
const SOURCES = new URL('../', import.meta.url);
const COMPILED = new URL('../../dist/', import.meta.url);

/** The module `relative` (written without extension) beside the module `base`, in the form `base` itself runs in. */
export function siblingModule(relative: string, base: string): URL {
  return new URL(`${relative}${path.extname(new URL(base).pathname)}`, base);
}

/** Starts a worker thread on `module` (a siblingModule), passing it `workerData`. */
export function startModuleWorker(module: URL, workerData: Record<string, unknown> = {}): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, { workerData });
  if (buildIsCurrent()) return new Worker(compiledCopy(module), { workerData });
  return new Worker(BOOT_FROM_SOURCES, { workerData: { ...workerData, module: module.href } });
}

/** Where the build writes the compiled copy of the source module `module` (scripts/build-cli.mjs). */
function compiledCopy(module: URL): URL {
  const relative = path.relative(fileURLToPath(SOURCES), fileURLToPath(module)).replace(/\.ts$/, '.js');
  return new URL(relative.split(path.sep).join('/'), COMPILED);
}
