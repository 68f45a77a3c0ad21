// npm run bench: build, snapshot, start-up, query latency and peak RSS at ~19k and ~100k passages,
// next to default MiniSearch, each figure from its own fresh process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { row } from './squad.js';

function measure(mode: string, scale: number, env: NodeJS.ProcessEnv = {}): Record<string, number> {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench-worker.ts', mode, String(scale)],
    {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

const fmt = (n: number | undefined, digits = 1): string =>
  n === undefined ? '-' : n.toFixed(digits);
const ratio = (a?: number, b?: number): string =>
  a !== undefined && b ? `${(a / b).toFixed(2)}×` : '-';

const widths = [26, 12, 14, 8];
const snapshots = mkdtempSync(join(tmpdir(), 'footnote-bench-'));
try {
  for (const scale of [1, 5]) {
    const BENCH_SNAPSHOT = join(snapshots, `snapshot-${scale}.json`);
    const built = measure('footnote', scale, { BENCH_SNAPSHOT });
    const ours: Record<string, number | undefined> = {
      ...measure('serve', scale, { BENCH_SNAPSHOT }),
      buildMs: built.buildMs,
    };
    const base = measure('minisearch', scale);
    console.log(`\n${ours.passages} passages (SQuAD articles ×${scale})`);
    console.log(row(['', 'footnote', 'minisearch dflt', 'ratio'], widths));
    for (const [name, key, digits] of [
      ['index build ms', 'buildMs', 0],
      ['query p50 ms', 'p50', 2],
      ['query p99 ms', 'p99', 2],
      ['peak RSS MB, serving', 'rssMb', 0],
    ] as const) {
      console.log(
        row(
          [name, fmt(ours[key], digits), fmt(base[key], digits), ratio(ours[key], base[key])],
          widths,
        ),
      );
    }
    console.log(row(['peak RSS MB, building', fmt(built.rssMb, 0), '-', '-'], widths));
    console.log(row(['snapshot MB', fmt(built.snapshotMb), '-', '-'], widths));
    console.log(row(['snapshot load ms', fmt(ours.loadMs, 0), '-', '-'], widths));
  }
} finally {
  rmSync(snapshots, { recursive: true, force: true });
}
console.log(
  '\nfootnote serving: a fresh process that loads the snapshot and answers (what a bot holds);\nminisearch dflt: one process that builds its index from the passages and answers.',
);

const data = mkdtempSync(join(tmpdir(), 'footnote-startup-'));
try {
  const cold = measure('startup', 1, { BENCH_DATA: data });
  const warm = [0, 1, 2]
    .map(() => measure('startup', 1, { BENCH_DATA: data }).startupMs!)
    .sort((a, b) => a - b);
  console.log(
    `\nstart-up on SQuAD: first (builds the snapshot) ${fmt(cold.startupMs, 0)} ms; from the snapshot, median of 3: ${fmt(warm[1], 0)} ms`,
  );
} finally {
  rmSync(data, { recursive: true, force: true });
}

const ingest = [0, 1, 2]
  .map(() => measure('ingest', 1))
  .sort((a, b) => a.plainMs! - b.plainMs!)[1]!;
const withQuotes = ingest.plainMs! + ingest.quotesMs!;
console.log(
  `\ningestion of the SQuAD articles (read, parse, index; median of 3 runs): without quotes ${fmt(ingest.plainMs, 0)} ms, with quote extraction ${fmt(withQuotes, 0)} ms (${ingest.quotes} quotes): ${ratio(withQuotes, ingest.plainMs)} (target ≤ 2×)`,
);
console.log(
  'targets: p50 ≤ 3 ms, p99 ≤ 15 ms at ~19k; start-up from snapshot ≤ 1500 ms; peak RSS ≤ 600 MB at ~100k',
);
