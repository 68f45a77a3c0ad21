/**
 * Prints how fast the real bot answers through the peer: `npx tsx tests/e2e/peer/measure.ts [n]`.
 * ack = dispatch → first callback; done = dispatch → final message. Not a test: figures only.
 */
import { launch } from './harness.js';
import type { InteractionRecord } from './peer.js';
import { SEED_QUESTIONS } from './questions.js';

const n = Number(process.argv[2] ?? 50);
const QUESTIONS = SEED_QUESTIONS;

const started = Date.now();
const h = await launch();
console.log(`bot online in ${Date.now() - started} ms (deploy + spawn + engine + gateway)`);
const user = h.peer.user('bench');

async function time(label: string, make: (i: number) => InteractionRecord): Promise<void> {
  const ack: number[] = [];
  const done: number[] = [];
  for (let i = 0; i < n; i++) {
    const record = make(i);
    await record.waitFor();
    ack.push(record.ackMs ?? NaN);
    done.push(Math.max(...record.sent.map((s) => s.ms)));
  }
  console.log(
    `${label.padEnd(22)} ack p50 ${pct(ack, 50)} p95 ${pct(ack, 95)} max ${pct(ack, 100)} | done p50 ${pct(done, 50)} p95 ${pct(done, 95)} ms (n=${n})`,
  );
}

function pct(values: number[], p: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  return String(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

await time('/ask', (i) =>
  h.peer.slash(user, 'ask', { question: QUESTIONS[i % QUESTIONS.length]! }),
);
await time('/quote', () => h.peer.slash(user, 'quote', { speaker: 'McGregor' }));
await time('autocomplete', (i) =>
  h.peer.autocomplete(user, 'quote', 'speaker', 'abcdefghijklmnopqrstuvwxyz'[i % 26]!),
);
const asked = await h.peer.slash(user, 'ask', { question: 'Putin Russia China' }).waitFor();
await time('button: full passage', () => h.peer.click(user, asked.original, /^Full passage/));
await time('/sources', () => h.peer.slash(user, 'sources'));
await h.stop();
