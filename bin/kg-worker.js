// Entry of kg's worker threads: loads the TypeScript sources through tsx's loader, as kg.js does (a worker does
// not inherit the loader of the thread that started it), then runs the module named in workerData.module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
