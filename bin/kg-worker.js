// Entry of a worker thread running kg's TypeScript sources (tests, scripts run through tsx): registers tsx's loader,
// which a worker does not inherit from the thread that started it, then runs the module named in workerData.module.
// The compiled CLI (dist/) starts its workers on their modules directly (src/util/module-worker.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
