// The worker thread's entry (see worker-pool.ts): runs one task per message, in arrival order.
import { parentPort } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { runTask, type TaskName } from './heavy-work.js';

/** A task as the pool posts it. */
interface Request {
  id: number;
  task: TaskName;
  input: never;
}

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread only');
port.on('message', (request: Request) => {
  runTask(request.task, request.input).then(
    (result) => port.postMessage({ id: request.id, result }),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        error: {
          message: error instanceof Error ? error.message : String(error),
          input: error instanceof InputError,
        },
      }),
  );
});
