import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { interrupted } from './drain.js';
import type { HeavyTasks, TaskName } from './heavy-work.js';

/**
 * A worker idle this long after real work is stopped, its heap given back (the next task starts a
 * new one, or keepWarm starts and warms one at once).
 */
const IDLE_MS = 60_000;

/**
 * Each of the worker's two semi-spaces, where V8 puts new objects until they survive a collection.
 * Parsing, tokenizing and quote extraction allocate about a gigabyte of short-lived objects on one
 * pass over the SQuAD articles. At V8's default of 16 MB, a collection came every ~11 MB and each
 * copied what the article in hand still held (74 collections pausing ~1.1 s in one quote pass); at
 * 32 MB a warm pass took ~2.1 s of CPU instead of ~3.3 s. A worker idle after real work is stopped,
 * which gives the memory back.
 */
export const HEAVY_SEMI_SPACE_MB = 32;

/** A task failed because the worker stopped or died, not because of its input: run it again. */
export class WorkerStopped extends Error {
  override name = 'WorkerStopped';
}

/** The young generation as V8 sizes it: two semi-spaces and a large-object space of one's size. */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 3 * HEAVY_SEMI_SPACE_MB };

/** How a task is run: what stops it, and what memory moves to the worker instead of being copied. */
export interface RunOptions {
  /** Aborting it fails the task with InterruptedError and stops the worker. */
  signal?: AbortSignal;
  /** Buffers handed over whole (see ownBuffer): unusable here afterwards, but not copied. */
  transfer?: ArrayBuffer[];
}

/**
 * The buffer behind `bytes` when the view spans all of it, so that it can be handed to the worker
 * instead of copied (a 5 MB page cost the main thread ~20 ms to clone, answers waiting meanwhile);
 * none when the buffer holds more (Node's pool of small Buffers), which must not move.
 */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength;
  return whole && buffer instanceof ArrayBuffer ? [buffer] : [];
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: { message: string; input: boolean };
}

/** Runs tasks on the worker without counting as its work (see HeavyWorker.keepWarm). */
export type WarmUp = (
  run: <T extends TaskName>(
    task: T,
    input: HeavyTasks[T]['input'],
  ) => Promise<HeavyTasks[T]['output']>,
) => Promise<void>;

/**
 * One worker thread for the heavy work of adds and reindexes (parsing, quote extraction,
 * tokenizing), so the main thread keeps answering meanwhile. Started on first use, or kept warm
 * (keepWarm); restarted after it dies. Its entry is worker.js beside this file when built,
 * worker.ts under tsx or vitest.
 */
export class HeavyWorker {
  private worker: Worker | undefined;
  private idle: NodeJS.Timeout | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  /** Whether the worker has done real work since it started: only then is it stopped when idle. */
  private used = false;
  private warmUp: WarmUp | undefined;
  /** Warm-ups running: a worker that dies during one is not warmed again (it would only repeat). */
  private warming = 0;
  private readonly idleMs: number;

  /** `idleMs`: how long an idle worker that did real work lives on (IDLE_MS by default). */
  constructor(options: { idleMs?: number } = {}) {
    this.idleMs = options.idleMs ?? IDLE_MS;
  }

  /** Run `task` on the worker; rejects with InterruptedError (and stops the worker) once `signal` aborts. */
  run<T extends TaskName>(
    task: T,
    input: HeavyTasks[T]['input'],
    options: RunOptions = {},
  ): Promise<HeavyTasks[T]['output']> {
    this.used = true;
    return this.send(task, input, options);
  }

  /**
   * Keep a worker ready with its code compiled, for a long-running door. A cold worker spent ~2.5 s
   * of CPU on a 5 MB page that took it ~1.8 s after a warm-up (~1.2 s on its second such page),
   * and V8 compiled its code on threads of normal priority meanwhile, beside the main thread's
   * answers. So `warmUp` runs now, and again on the fresh worker that replaces one stopped after
   * real work or one that died. The worker holds 35-45 MB while idle. Resolves when warm; a warm-up that fails leaves
   * the worker as it was. A later call replaces the warm-up: the earlier one's tasks are refused.
   */
  keepWarm(warmUp: WarmUp): Promise<void> {
    this.warmUp = warmUp;
    return this.rewarm();
  }

  /** Stop for good (a shutdown): tasks in flight fail, and no warm worker is started again. */
  close(): Promise<void> {
    this.warmUp = undefined;
    return this.stop();
  }

  private async rewarm(): Promise<void> {
    const warmUp = this.warmUp;
    // Once closed (or warmed another way), the warm-up's next task is refused, not run on a worker
    // started for it: it may be awaiting its input when close() comes.
    const run = <T extends TaskName>(
      task: T,
      input: HeavyTasks[T]['input'],
    ): Promise<HeavyTasks[T]['output']> =>
      this.warmUp === warmUp
        ? this.send(task, input)
        : Promise.reject(new WorkerStopped('the worker is no longer kept warm'));
    this.warming++;
    try {
      await warmUp?.(run);
    } catch {
      // Closed meanwhile, or an input it could not read: nothing is lost but the warmth.
    } finally {
      this.warming--;
    }
  }

  private send<T extends TaskName>(
    task: T,
    input: HeavyTasks[T]['input'],
    options: RunOptions = {},
  ): Promise<HeavyTasks[T]['output']> {
    const { signal, transfer = [] } = options;
    if (signal?.aborted) return Promise.reject(interrupted());
    const worker = this.start();
    const id = this.next++;
    return new Promise<HeavyTasks[T]['output']>((resolve, reject) => {
      const onAbort = (): void => void this.stop(interrupted());
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value as HeavyTasks[T]['output']);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      });
      clearTimeout(this.idle);
      worker.ref();
      worker.postMessage({ id, task, input }, transfer);
    });
  }

  /** Stop the worker; its tasks fail with `reason`. */
  async stop(reason: Error = new WorkerStopped('the worker thread was stopped')): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    this.used = false;
    this.failAll(reason);
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker();
    // An idle worker does not keep the process alive; a pending task does (ref'd while busy).
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) {
        worker.unref();
        // An idle worker's memory (its own heap and parsers) is given back after a while; a
        // worker kept warm is replaced by a fresh one, warmed again.
        if (this.used) this.idle = setTimeout(() => void this.recycle(), this.idleMs).unref();
      }
      if (!reply.error) pending.resolve(reply.result);
      else if (reply.error.input) pending.reject(new InputError(reply.error.message));
      else pending.reject(new Error(reply.error.message));
    });
    worker.on('error', (error) => this.died(worker, new WorkerStopped(error.message)));
    worker.on('exit', (code) =>
      this.died(worker, new WorkerStopped(`the worker thread stopped (exit code ${code})`)),
    );
    this.worker = worker;
    return worker;
  }

  /**
   * The worker ended without being stopped (out of memory, a crash): its tasks fail, and one kept
   * warm is replaced by a fresh warm worker, as after an idle stop, so the next add is not the one
   * to start it cold.
   */
  private died(worker: Worker, reason: Error): void {
    if (this.worker !== worker) return;
    clearTimeout(this.idle);
    this.worker = undefined;
    this.used = false;
    this.failAll(reason);
    if (this.warmUp && this.warming === 0) void this.rewarm();
  }

  private async recycle(): Promise<void> {
    await this.stop();
    if (this.warmUp) await this.rewarm();
  }

  private failAll(reason: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(reason);
  }
}

/**
 * The built worker.js, or, when this module runs as TypeScript (tsx, vitest), worker.ts with tsx
 * registered inside the worker first: a worker does not inherit the parent's loader hooks.
 */
function spawnWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { resourceLimits: RESOURCE_LIMITS });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, resourceLimits: RESOURCE_LIMITS });
}
