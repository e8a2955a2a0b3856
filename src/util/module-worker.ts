// Worker threads that run one of kg's own modules. Compiled (dist/), the module starts directly; from the TypeScript
// sources (tests, scripts run through tsx) it starts through bin/kg-worker.js, which registers tsx's loader first,
// since a worker does not inherit the loader of the thread that started it.
import path from 'node:path';
import { Worker } from 'node:worker_threads';

const BOOT_FROM_SOURCES = new URL('../../bin/kg-worker.js', import.meta.url);

/** The module `relative` (written without extension) beside the module `base`, in the form `base` itself runs in. */
export function siblingModule(relative: string, base: string): URL {
  return new URL(`${relative}${path.extname(new URL(base).pathname)}`, base);
}

/** Starts a worker thread on `module` (a siblingModule), passing it `workerData`. */
export function startModuleWorker(module: URL, workerData: Record<string, unknown> = {}): Worker {
  if (module.pathname.endsWith('.ts')) return new Worker(BOOT_FROM_SOURCES, { workerData: { ...workerData, module: module.href } });
  return new Worker(module, { workerData });
}
