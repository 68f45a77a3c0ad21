// npm run bench:load: the real bot against the Discord-protocol peer on 127.0.0.1, N /ask from
// distinct members with a fixed number in flight, optionally while a moderator's ~5 MB /add runs.
// Prints throughput, ack and final-answer percentiles, late callbacks, errors and the bot's RSS.
// Loopback only and bounded: at most --n interactions, each run aborted after --limit seconds.
//
//   npm run bench:load -- [--n 2000] [--inflight 50] [--runs plain,add] [--limit 180]
//                         [--entry dist/src/main.js] [--dump FILE] [--cpu-prof DIR]
//
// The bot runs as `npm start` runs it, built and with its node options (npm run build first; a
// stale build is refused);
// --entry src/main.ts runs the sources under tsx instead, or another build's main.js.
// --dump FILE writes each run's interactions (dispatch time, ack, final) as JSON lines to FILE.
// --cpu-prof DIR has the bot (and deploy-commands) write a CPU profile of its main thread into DIR.
import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../tests/e2e/peer/harness.js';
import type { InteractionRecord } from '../tests/e2e/peer/peer.js';
import { SEED_QUESTIONS } from '../tests/e2e/peer/questions.js';
import { bigPage } from './big-page.js';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    inflight: { type: 'string', default: '50' },
    runs: { type: 'string', default: 'plain,add' },
    limit: { type: 'string', default: '180' },
    'cpu-prof': { type: 'string' },
    dump: { type: 'string' },
    entry: { type: 'string', default: 'dist/src/main.js' },
  },
});
const N = positive(args.n, '--n');
const IN_FLIGHT = positive(args.inflight, '--inflight');
const LIMIT_MS = positive(args.limit, '--limit') * 1000;
const ENTRY = args.entry;
if (ENTRY === 'dist/src/main.js') refuseStaleBuild();
const RUNS = args.runs.split(',').map((r) => r.trim());
for (const run of RUNS) if (run !== 'plain' && run !== 'add') fail(`unknown run "${run}"`);

const QUESTIONS = SEED_QUESTIONS;
/** USER_HZ, the unit of /proc's CPU times: 100 on every Linux Node runs on. */
const CLOCK_TICKS = 100;
/** Past Discord's 3 s an answer can still come as an edit of a deferral; past this it never will. */
const ANSWER_WAIT_MS = 15_000;

function positive(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) fail(`${name} must be a positive integer, not "${text}"`);
  return n;
}

/** The default entry is the build in dist/: refuse to measure one older than the sources. */
function refuseStaleBuild(): void {
  // tsc rewrites only what changed, but its build info on every build.
  const built = statSync('dist/.tsbuildinfo', { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const newest = ['src', 'commands']
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)),
    )
    .filter((f) => f.endsWith('.ts'))
    .reduce((latest, f) => Math.max(latest, statSync(f).mtimeMs), 0);
  if (newest > built)
    fail('dist/ is older than src/: run npm run build (or pass --entry src/main.ts)');
}

/** The environment that has the bot's main thread profiled into `dir` (scripts/cpu-profile.mjs). */
function profiled(dir: string): Record<string, string> {
  const preload = new URL('./cpu-profile.mjs', import.meta.url).href;
  return { NODE_OPTIONS: `--import=${preload}`, FOOTNOTE_CPU_PROF_DIR: path.resolve(dir) };
}

/** The node options `npm start` gives the bot: from the package.json beside the entry's dist/. */
function startOptions(): string {
  const root = ENTRY.includes('dist/') ? ENTRY.slice(0, ENTRY.lastIndexOf('dist/')) : '.';
  const file = path.join(root || '.', 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { scripts: { start: string } };
  return /^node((?: --\S+)*) /.exec(pkg.scripts.start)?.[1]?.trim() ?? '';
}

/** The bot's NODE_OPTIONS and the rest of its environment for `--cpu-prof`. */
function nodeEnv(profileDir: string | undefined): Record<string, string> {
  const profile = profileDir ? profiled(profileDir) : {};
  const options = [startOptions(), profile.NODE_OPTIONS].filter(Boolean).join(' ');
  return { ...profile, ...(options ? { NODE_OPTIONS: options } : {}) };
}

function fail(message: string): never {
  process.stderr.write(`bench:load: ${message}\n`);
  process.exit(2);
}

/** The bot's resident set size now and its high-water mark, in MB (Linux /proc). */
function rssOf(pid: number | undefined): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1]);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}

/** CPU time (user + system, ms) the bot's main thread has used: Linux /proc, NaN elsewhere. */
function mainThreadCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

function pct(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

const spread = (values: number[]): string =>
  [50, 95, 99, 100].map((p) => String(Math.round(pct(values, p)))).join(' / ');

/** When the member saw the final answer: the first response, or the edit that replaced "thinking…". */
function finalMs(record: InteractionRecord): number | undefined {
  const ok = record.sent.filter((s) => s.status < 300);
  const shown = ok.filter((s) => s.kind === 'edit' || s.kind === 'followup' || s.type === 4);
  return shown.at(-1)?.ms;
}

/** The start of what a reply said (its content or first embed's title). */
function oneLine(body: { content?: string; embeds?: { title?: string }[] } | undefined): string {
  const text = body?.content || body?.embeds?.[0]?.title || '(nothing)';
  return text.replace(/\s+/g, ' ').slice(0, 80);
}

async function serve(page: string): Promise<{ server: Server; url: string }> {
  // Encoded once, before the run: encoding 5 MB of text for the response held this process's
  // event loop (the peer's) for ~0.2 s while the first /ask waited, a cost no real site would
  // put on Discord's side.
  const body = Buffer.from(page, 'utf8');
  const server = createServer((_, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
      .end(body),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/report` };
}

async function measure(withAdd: boolean): Promise<void> {
  const web = withAdd ? await serve(bigPage()) : undefined;
  // Quotas wide enough for the page: the add must really be parsed, indexed and saved.
  const h = await launch(
    {
      FETCH_ALLOW: '127.0.0.1',
      LOG_LEVEL: 'info',
      ARTICLE_MAX_CHARS: '2000000',
      GUILD_MAX_CHARS: '4000000',
      ...nodeEnv(args['cpu-prof']),
    },
    {},
    ENTRY,
  );
  const pid = h.bot.child.pid;
  const before = rssOf(pid);
  const cpuBefore = mainThreadCpuMs(pid);
  const peerCpuBefore = process.cpuUsage();
  let peak = before.rss;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid).rss)), 100);
  const deadline = Date.now() + LIMIT_MS;
  const records: InteractionRecord[] = [];
  let timedOut = 0;
  const started = Date.now();
  const add = web
    ? h.peer.slash(h.peer.user('moderator', true), 'add', { url: web.url })
    : undefined;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < N && Date.now() < deadline) {
      const i = next++;
      const record = h.peer.slash(h.peer.user(`member${i}`), 'ask', {
        question: QUESTIONS[i % QUESTIONS.length]!,
      });
      records.push(record);
      await record
        .waitFor(undefined, Math.max(1, Math.min(ANSWER_WAIT_MS, deadline - Date.now())))
        .catch(() => timedOut++);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const wallMs = Date.now() - started;
  const addDone = add
    ? await add
        .waitFor(undefined, Math.max(1, deadline - Date.now()))
        .then((r) => `${finalMs(r)} ms: ${oneLine(r.bodies.at(-1))}`)
        .catch(() => 'not finished')
    : undefined;
  clearInterval(sampler);
  const after = rssOf(pid);
  const cpuMs = mainThreadCpuMs(pid) - cpuBefore;
  const peerCpu = process.cpuUsage(peerCpuBefore);
  const peerCpuMs = (peerCpu.user + peerCpu.system) / 1000;
  const logErrors = h.bot.logs.filter((l) => l.level >= 50).length;
  await h.stop();
  await new Promise((resolve) => (web ? web.server.close(resolve) : resolve(undefined)));

  const acks = records.map((r) => r.ackMs).filter((ms): ms is number => ms !== undefined);
  const finals = records.map(finalMs).filter((ms): ms is number => ms !== undefined);
  const late = records.filter((r) => r.sent.some((s) => s.kind === 'callback' && s.status === 404));
  const refused = records.filter((r) => r.sent.some((s) => s.status >= 300));
  const answered = finals.length;
  const label = withAdd ? 'while a 4.9 MB /add (1 MB of text) runs' : 'no /add';
  console.log(`\n/ask ×${records.length} at ${IN_FLIGHT} in flight, ${label}`);
  console.log(
    `  throughput      ${((answered * 1000) / wallMs).toFixed(1)} answers/s (${answered} in ${wallMs} ms)`,
  );
  console.log(`  ack   ms        p50 / p95 / p99 / max  ${spread(acks)}`);
  console.log(`  final ms        p50 / p95 / p99 / max  ${spread(finals)}`);
  const deferred = records.filter((r) => r.sent.some((s) => s.kind === 'callback' && s.type === 5));
  console.log(`  late callbacks  ${late.length} (${deferred.length} deferred, then edited)`);
  console.log(
    `  errors          ${refused.length} refused by the peer, ${timedOut} unanswered, ${logErrors} error log lines`,
  );
  console.log(
    `  bot RSS MB      ${before.rss.toFixed(0)} before, ${peak.toFixed(0)} peak sampled, ${after.rss.toFixed(0)} after (high-water ${after.hwm.toFixed(0)})`,
  );
  console.log(
    `  bot main thread ${(cpuMs / Math.max(1, answered)).toFixed(2)} ms CPU per answer (${Math.round((100 * cpuMs) / wallMs)}% of the wall time)`,
  );
  // The peer shares the machine with the bot, as Discord's servers would not.
  console.log(
    `  peer + driver   ${(peerCpuMs / Math.max(1, answered)).toFixed(2)} ms CPU per answer (this process, all threads)`,
  );
  if (addDone) console.log(`  the /add        final reply at ${addDone}`);
  if (args.dump) {
    const rows = records.map((r) => [r.dispatchedAt - started, r.ackMs, finalMs(r)]);
    appendFileSync(
      args.dump,
      JSON.stringify({ run: withAdd ? 'add' : 'plain', started, rows }) + '\n',
    );
  }
}

for (const run of RUNS) await measure(run === 'add');
