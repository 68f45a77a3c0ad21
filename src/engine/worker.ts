// The worker thread's entry (see worker-pool.ts): runs one task per message, in arrival order.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { TaskName } from './heavy-work.js';

/** A task as the pool posts it. */
interface Request {
  id: number;
  task: TaskName;
  input: never;
}

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread only');
// Before the task modules load: parsing and compiling them is the thread's first work (~0.2 s of
// CPU), and it comes while the main thread answers, so it yields too. Messages wait meanwhile.
lowerPriority();
const { InputError } = await import('../errors.js');
const { runTask } = await import('./heavy-work.js');
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

/**
 * On a busy machine the main thread's answers come first: on Linux the nice value is a thread's
 * own, so this thread (found through /proc/thread-self) is niced. Elsewhere it stays as it is.
 */
function lowerPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the work still runs, at the process's priority.
  }
}
