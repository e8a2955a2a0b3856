// Entry of an extraction worker thread (started through startModuleWorker): answers the main thread's requests
// with the per-document work of document-worker.ts.
import { parentPort } from 'node:worker_threads';
import { documentWorker, type ToWorker } from './document-worker.js';

const handle = documentWorker();
parentPort!.on('message', (request: ToWorker) => parentPort!.postMessage(handle(request)));
