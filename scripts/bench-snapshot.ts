// npm run bench:snapshot: what the snapshot's line checksums cost a start-up. Builds the SQuAD
// corpus (~19k passages) once into a temporary folder (or uses BENCH_DATA's), then times the
// snapshot load eight times and the CRC-32 pass over its lines alone, and prints the medians.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { openEngine } from '../src/engine/engine.js';
import { loadSnapshot } from '../src/search/snapshot.js';
import { SQUAD_ARTICLES } from './squad.js';

const RUNS = 8;
const scratch = process.env.BENCH_DATA ? undefined : mkdtempSync(join(tmpdir(), 'bench-snap-'));
const engine = await openEngine({
  corpusDir: SQUAD_ARTICLES,
  dataDir: process.env.BENCH_DATA ?? scratch!,
});
const path = engine.snapshotPath;
const passages = engine.stats().passages;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const time = async (work: () => unknown): Promise<number> => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

const load: number[] = [];
const checks: number[] = [];
const lines = readFileSync(path, 'utf8')
  .trimEnd()
  .split('\n')
  .map((line) => line.slice(0, line.lastIndexOf('\t')));
await loadSnapshot(path); // warm-up
for (let i = 0; i < RUNS; i++) {
  load.push(
    await time(async () => {
      const loaded = await loadSnapshot(path);
      if ('problem' in loaded) throw new Error(loaded.problem);
    }),
  );
  checks.push(await time(() => lines.forEach((line) => crc32(line))));
}
const mb = lines.reduce((n, l) => n + l.length, 0) / 2 ** 20;
console.log(
  `snapshot load at ${passages} passages (${mb.toFixed(1)} MB, ${lines.length} lines): median ${median(load).toFixed(0)} ms, of which the CRC-32 checks ${median(checks).toFixed(0)} ms (${RUNS} runs)`,
);
if (scratch) rmSync(scratch, { recursive: true, force: true });
