// Entry of an extraction worker thread (started through startModuleWorker): answers the main thread's requests
// with the per-document work of document-worker.ts.
import { parentPort } from 'node:worker_threads';
import { documentWorker, type ToWorker } from './document-worker.js';

const port = parentPort;
if (!port) throw new Error('extract-worker runs as a worker thread of kg extract (startModuleWorker), not on its own');
const handle = documentWorker();
port.on('message', (request: ToWorker) => port.postMessage(handle(request)));
