// What moving /add's heavy work to a worker thread costs and saves, on bench:load's 4.9 MB page:
// each step run in this thread (the same-run baseline: the main thread is blocked throughout) and
// on the worker (round trip, and the longest the main thread's event loop stalled meanwhile), and
// what handing the result back costs (structured clone of the article, passages, terms, quotes).
//
//   npx tsx scripts/bench-handoff.ts [--runs 5]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { serialize } from 'node:v8';
import { runTask, type HeavyTasks, type TaskName } from '../src/engine/heavy-work.js';
import { HeavyWorker } from '../src/engine/worker-pool.js';
import { median } from './squad.js';
import { bigPage } from './big-page.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write(`bench-handoff: --runs must be a positive integer, not "${values.runs}"\n`);
  process.exit(2);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; stall: number; out: T }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const t0 = performance.now();
  const out = await work();
  const ms = performance.now() - t0;
  delay.disable();
  return { ms, stall: delay.max / 1e6, out };
}

const dir = await mkdtemp(join(tmpdir(), 'footnote-handoff-'));
const worker = new HeavyWorker();
try {
  const bytes = new TextEncoder().encode(bigPage());
  const prepareInput = {
    obtained: {
      bytes,
      kind: 'html' as const,
      url: 'https://news.example/report',
      asked: 'https://news.example/report',
    },
  };
  const prepared = await runTask('prepare', prepareInput);
  const path = join(dir, 'report.md');
  await writeFile(path, prepared.markdown);
  const analyseInput = { path, file: '123456789012345678/report.md', size: 0, hash: '' };
  const tasks: [TaskName, HeavyTasks[TaskName]['input']][] = [
    ['prepare', prepareInput],
    ['analyse', analyseInput],
  ];
  console.log(`page ${(bytes.length / 1e6).toFixed(1)} MB; medians of ${RUNS} runs, ms`);
  console.log(
    'task      in-thread (blocks)  worker round trip  main stall on worker  handoff clone  result MB',
  );
  for (const [task, input] of tasks) {
    const here: number[] = [];
    const there: number[] = [];
    const stalls: number[] = [];
    const clones: number[] = [];
    let mb = 0;
    for (let i = 0; i < RUNS; i++) {
      const local = await timed(() => runTask(task, input as never));
      here.push(local.ms);
      const remote = await timed(() => worker.run(task, input as never));
      there.push(remote.ms);
      stalls.push(remote.stall);
      const t0 = performance.now();
      structuredClone(remote.out);
      clones.push(performance.now() - t0);
      mb = serialize(remote.out).length / 1e6;
    }
    console.log(
      `${task.padEnd(9)} ${median(here).toFixed(0).padStart(18)} ${median(there).toFixed(0).padStart(18)} ${median(stalls).toFixed(0).padStart(21)} ${median(clones).toFixed(0).padStart(14)} ${mb.toFixed(1).padStart(10)}`,
    );
  }
  console.log(
    '(handoff clone: serialize + deserialize of the result in one thread; the main thread pays the deserialize half)',
  );
} finally {
  await worker.stop();
  await rm(dir, { recursive: true, force: true });
}
