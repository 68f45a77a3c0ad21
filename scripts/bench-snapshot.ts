// npm run bench:snapshot: what the snapshot's record checksums cost a start-up. Builds the SQuAD
// corpus (~19k passages) once into a temporary folder (or uses BENCH_DATA's), then times the
// snapshot load eight times and a CRC-32 pass over the whole file alone (what the load checks:
// every record's payload), and prints the medians.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { openEngine } from '../src/engine/engine.js';
import { loadSnapshot } from '../src/search/snapshot.js';
import { median, SQUAD_ARTICLES } from './squad.js';

const RUNS = 8;
const dataDir = process.env.BENCH_DATA || undefined; // set but empty is unset, not the cwd
const scratch = dataDir ? undefined : mkdtempSync(join(tmpdir(), 'bench-snap-'));
const engine = await openEngine({
  corpusDir: SQUAD_ARTICLES,
  dataDir: dataDir ?? scratch!,
});
const path = engine.snapshotPath;
const passages = engine.stats().passages;

const time = async (work: () => unknown): Promise<number> => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

const load: number[] = [];
const checks: number[] = [];
const bytes = readFileSync(path);
await loadSnapshot(path); // warm-up
for (let i = 0; i < RUNS; i++) {
  load.push(
    await time(async () => {
      const loaded = await loadSnapshot(path);
      if ('problem' in loaded) throw new Error(loaded.problem);
    }),
  );
  checks.push(await time(() => crc32(bytes)));
}
const mb = bytes.length / 2 ** 20;
console.log(
  `snapshot load at ${passages} passages (${mb.toFixed(1)} MB): median ${median(load).toFixed(0)} ms, of which the CRC-32 checks ${median(checks).toFixed(0)} ms (${RUNS} runs)`,
);
if (scratch) rmSync(scratch, { recursive: true, force: true });
