// Entry of a validation worker thread (started by validateGraphFileOnWorker through startModuleWorker): validates the
// graph document file named in workerData.file and posts the result, or why the file could not be read as JSON.
import { parentPort, workerData } from 'node:worker_threads';
import { GraphFileSyntaxError } from '../document/graph-file-reader.js';
import { graphFileSource } from '../document/graph-source.js';
import { validateGraphSource } from './validate-document.js';
import type { FromValidationWorker } from './validate-on-worker.js';
import { errorMessage } from '../util/errors.js';
import { isRecord } from '../util/json-shapes.js';

const file: unknown = isRecord(workerData) ? workerData.file : undefined;
if (typeof file !== 'string') throw new Error('internal error: a validation worker was started without the file to validate (workerData.file)');
const port = parentPort;
if (!port) throw new Error('validation-worker runs as a worker thread (validateGraphFileOnWorker), not on its own');

let reply: FromValidationWorker;
try {
  reply = { kind: 'result', result: await validateGraphSource(graphFileSource(file)) };
} catch (error) {
  const notJson = error instanceof GraphFileSyntaxError || error instanceof SyntaxError;
  reply = { kind: 'failed', notJson, message: errorMessage(error) };
}
port.postMessage(reply);
