/**
 * Worker thread entry (dist/cli-worker.js): parses one file per message, so a file that
 * exhausts the worker's heap or time budget costs that worker only, never the batch.
 */
import { parentPort } from 'node:worker_threads';
import { describeFailure, parseFile } from './parse-file.js';
import type { TaskMessage, ResultMessage } from './worker-protocol.js';

const port = parentPort;
if (port === null) throw new Error('cli-worker.js runs as a worker thread of the zfxxgk command line');

port.on('message', (task: TaskMessage) => {
  parseFile(task.bytes, task.name, { layout: task.layout, html: task.html, sources: task.sources === true }).then(
    ({ report, decoding }) => port.postMessage({ id: task.id, ok: true, report, decoding } satisfies ResultMessage),
    (error: unknown) => port.postMessage({ id: task.id, ok: false, ...describeFailure(error) } satisfies ResultMessage),
  );
});
