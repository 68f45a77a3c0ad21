import { InputError } from '../errors.js';

/** What a member or moderator is told once a shutdown has begun. */
export const RESTARTING = 'Footnote is restarting, try again in a minute.';

/** Raised by a change that a shutdown stopped before it was saved: nothing of it was kept. */
export class InterruptedError extends InputError {
  override name = 'InterruptedError';
}

/** What a change stopped by a shutdown throws. */
export function interrupted(): InterruptedError {
  return new InterruptedError(
    'Footnote is restarting: this change was interrupted and nothing was saved. Try again in a minute.',
  );
}

/**
 * The phases of an add and of a reindex at which a shutdown may stop it (and a test may pause it).
 * An add's `snapshot-written` is its commit point: the new index serves and its snapshot is queued
 * (written after the reply; a stopping process waits for it with `engine.settle()`).
 */
export type Phase =
  | 'downloaded'
  | 'parsed'
  | 'queued'
  | 'recorded'
  | 'indexed'
  | 'snapshot-written'
  | 'reindex-read'
  | 'reindex-snapshot-written';

/** How a drain ended. */
export interface DrainReport {
  /** Changes that finished (or rolled back) on their own. */
  finished: number;
  /** Changes stopped at the deadline and rolled back. */
  interrupted: number;
  /** Changes still running when even the rollback time was up: nothing is known of them. */
  abandoned: number;
}

/** After the deadline, how long interrupted changes get to roll back. */
const ROLLBACK_MS = 3000;

/**
 * The engine's changes (adds, removes, reindexes) in flight, and the way to stop them: once
 * `drain` begins no new change starts; those running get until the deadline to finish, then are
 * told to stop (`signal`) and roll back at their next checkpoint.
 */
export class ChangeGate {
  private readonly running = new Set<Promise<unknown>>();
  private readonly abort = new AbortController();
  private closing = false;
  private finished = 0;
  private interrupted = 0;
  private wakeClosing: (() => void) | undefined;
  private readonly closed = new Promise<void>((resolve) => (this.wakeClosing = resolve));

  constructor(private readonly pause: TestPause | undefined = testPause()) {}

  /** Aborted when the drain's deadline passes. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** Run `change` unless a shutdown has begun (then refuse it: nothing has started). */
  run<T>(change: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new InputError(RESTARTING));
    const run = change();
    const tracked = run.then(
      () => void this.finished++,
      (error: unknown) => {
        if (error instanceof InterruptedError) this.interrupted++;
        else this.finished++;
      },
    );
    this.running.add(tracked);
    void tracked.finally(() => this.running.delete(tracked));
    return run;
  }

  /**
   * A change reached `phase`: throws InterruptedError when the drain's deadline has passed, so the
   * change rolls back; past the change's commit (`committed`), it carries on to the end.
   * Under NODE_ENV=test, FOOTNOTE_TEST_PAUSE_AT=<phase> holds the change here until a shutdown
   * begins, and `<phase>:hold` until its deadline passes (the e2e kill tests send SIGTERM at each
   * phase this way).
   */
  async checkpoint(phase: Phase, log: (line: string) => void, committed = false): Promise<void> {
    if (this.pause?.phase === phase) {
      log(`test pause at ${phase}`);
      await (this.pause.hold ? aborted(this.abort.signal) : this.closed);
    }
    if (!committed) this.throwIfStopped();
  }

  /** Throws InterruptedError once the drain's deadline has passed. */
  throwIfStopped(): void {
    if (this.abort.signal.aborted) throw interrupted();
  }

  /** Stop taking changes; wait up to `ms` for those running, then stop them and wait for their rollback. */
  async drain(ms: number): Promise<DrainReport> {
    this.closing = true;
    this.wakeClosing?.();
    if (!(await settleWithin(this.running, ms))) {
      this.abort.abort();
      await settleWithin(this.running, ROLLBACK_MS);
    }
    return {
      finished: this.finished,
      interrupted: this.interrupted,
      abandoned: this.running.size,
    };
  }
}

interface TestPause {
  phase: Phase;
  /** Hold until the drain's deadline, not just until the drain begins. */
  hold: boolean;
}

/** Wait up to `ms` for every promise in `running` to settle; true when they all did. */
export async function settleWithin(
  running: Iterable<Promise<unknown>>,
  ms: number,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(resolve, ms, false)));
  const all = Promise.allSettled(running).then(() => true);
  const done = await Promise.race([all, timeout]);
  clearTimeout(timer);
  return done;
}

/** The pause FOOTNOTE_TEST_PAUSE_AT asks for (`phase` or `phase:hold`), read only under NODE_ENV=test. */
function testPause(env: NodeJS.ProcessEnv = process.env): TestPause | undefined {
  const value = env.NODE_ENV === 'test' ? env.FOOTNOTE_TEST_PAUSE_AT : undefined;
  if (!value) return undefined;
  const [phase, mode] = value.split(':');
  return { phase: phase as Phase, hold: mode === 'hold' };
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
