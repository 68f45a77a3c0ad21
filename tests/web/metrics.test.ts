import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/engine.js';
import { Metrics, meteredEngine } from '../../src/web/metrics.js';

describe('meteredEngine', () => {
  it('counts answers and reindexes, and callers of one reindex share one promise', async () => {
    const data = await mkdtemp(join(tmpdir(), 'footnote-metrics-'));
    try {
      const engine = await openEngine({ corpusDir: 'seeds', dataDir: data });
      const metrics = new Metrics(engine);
      const metered = meteredEngine(engine, metrics);
      metered.ask('Which university did Putin visit?');
      metered.ask('zebras juggling quasars');
      const [a, b] = [metered.reindex(), metered.reindex()];
      expect(a).toBe(b);
      await a;
      const text = (await metrics.render()).body;
      expect(text).toMatch(/^footnote_answers_total\{result="answered"\} 1$/m);
      expect(text).toMatch(/^footnote_answers_total\{result="nothing"\} 1$/m);
      expect(text).toMatch(/^footnote_index_articles [1-9]/m);
      expect(metered.sources()).toEqual(engine.sources());
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });
});
