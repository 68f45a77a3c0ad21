import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Answer } from '../answers/types.js';
import type { FootnoteEngine, ReindexReport } from '../engine/api.js';

/** How a command ended: answered, refused with a message the user must act on, or failed. */
export type Outcome = 'ok' | 'refused' | 'error';

/**
 * The process's Prometheus metrics, in a registry of its own (so tests can make several).
 * @see https://prometheus.io/docs/instrumenting/exposition_formats/
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly commands = new Counter({
    name: 'footnote_commands_total',
    help: 'Commands handled, by name and outcome (ok, refused, error)',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'footnote_command_duration_seconds',
    help: 'Time from a command arriving to its handler returning',
    labelNames: ['command'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly answers = new Counter({
    name: 'footnote_answers_total',
    help: 'Questions answered with passages vs with "nothing in the corpus"',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly reindexAt = new Gauge({
    name: 'footnote_last_reindex_timestamp_seconds',
    help: 'When the index was last brought up to date (Unix time)',
    registers: [this.registry],
  });
  private readonly reindexDuration = new Gauge({
    name: 'footnote_last_reindex_duration_seconds',
    help: 'How long the last index update took',
    registers: [this.registry],
  });

  /** Index sizes are read from the engine when scraped, so they are never stale. */
  constructor(engine: Pick<FootnoteEngine, 'stats'>) {
    const sizes = [
      ['articles', 'Articles in the index'],
      ['passages', 'Passages in the index'],
      ['quotes', 'Quotations extracted'],
    ] as const;
    for (const [key, help] of sizes) {
      new Gauge({
        name: `footnote_index_${key}`,
        help,
        registers: [this.registry],
        collect() {
          this.set(engine.stats()[key]);
        },
      });
    }
    this.reindexed(engine.stats().loadMs);
  }

  /** Count one command and its time. */
  command(name: string, outcome: Outcome, seconds: number): void {
    this.commands.inc({ command: name, outcome });
    this.latency.observe({ command: name }, seconds);
  }

  /** Count an answer as answered or "nothing". */
  answer(answer: Answer): void {
    this.answers.inc({ result: answer.results.length > 0 ? 'answered' : 'nothing' });
  }

  /** Record an index update that just finished after `ms`. */
  reindexed(ms: number): void {
    this.reindexAt.set(Date.now() / 1000);
    this.reindexDuration.set(ms / 1000);
  }

  /** The exposition text and its content type, for GET /metrics. */
  async render(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}

/**
 * The engine with its answers and reindexes counted; every other call passes straight through.
 * Each door is handed this instead of the engine, so no door needs to count anything itself.
 */
export function meteredEngine<E extends FootnoteEngine>(engine: E, metrics: Metrics): E {
  const counting = new WeakMap<Promise<ReindexReport>, Promise<ReindexReport>>();
  return new Proxy(engine, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'ask' && typeof value === 'function') {
        return (...args: Parameters<FootnoteEngine['ask']>) => {
          const answer = (value as FootnoteEngine['ask']).apply(receiver, args);
          metrics.answer(answer);
          return answer;
        };
      }
      if (property === 'reindex' && typeof value === 'function') {
        return () => {
          const run = (value as FootnoteEngine['reindex']).apply(receiver);
          // Callers that share one engine run share one counted promise too (the reindexer
          // tells a joined run by its identity).
          let counted = counting.get(run);
          if (!counted) {
            counted = run.then((report) => {
              metrics.reindexed(report.ms);
              return report;
            });
            counting.set(run, counted);
          }
          return counted;
        };
      }
      return value;
    },
  });
}
