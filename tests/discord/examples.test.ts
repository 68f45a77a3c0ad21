import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as help from '../../commands/help.js';
import { corpusExamples } from '../../src/discord/examples.js';
import { loadCommands } from '../../src/discord/loader.js';
import type { Reply } from '../../src/discord/response.js';
import { openEngine, type Engine } from '../../src/engine/engine.js';
import { fakeEngine } from './fake-engine.js';
import { context, slash } from './fake-interaction.js';

/* /help's examples come from the corpus the server really has, tried on the real engine. */

let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-examples-'));
  await cp('seeds', join(dir, 'corpus'), { recursive: true });
  engine = await openEngine({ corpusDir: join(dir, 'corpus'), dataDir: join(dir, 'data') });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('corpusExamples', () => {
  it('names a speaker the corpus has, a topic they spoke on and a question it answers', () => {
    const examples = corpusExamples(engine, undefined);
    const [plain, about] = examples.quote!;
    const speaker = /^\/quote speaker: (.+)$/.exec(plain!)![1]!;
    expect(engine.speakers().map((s) => s.name)).toContain(speaker);
    expect(engine.quote(speaker).speaker).toBe(speaker);

    const topic = new RegExp(`^/quote speaker: ${speaker} about: (\\S+)$`).exec(about!)![1]!;
    expect(engine.quote(speaker, { about: topic }).quotes.length).toBeGreaterThan(0);

    const question = /^\/ask question: (.+)$/.exec(examples.ask![0]!)![1]!;
    expect(question).toContain(speaker);
    expect(engine.ask(question).results.length).toBeGreaterThan(0);
  });

  it('offers nothing for a corpus with no speakers, so the static examples stay', async () => {
    const empty = fakeEngine([]);
    expect(corpusExamples(empty, undefined)).toEqual({});
    const i = slash('help');
    await help.execute(i, context(empty, await loadCommands()));
    const fields = (i.last as Reply).embeds![0]!.fields!;
    expect(fields.find((f) => f.name === '/quote')!.value).toMatch(/suggestions appear/);
  });

  it('are what /help shows', async () => {
    const i = slash('help');
    await help.execute(i, context(engine, await loadCommands()));
    const fields = (i.last as Reply).embeds![0]!.fields!;
    const examples = corpusExamples(engine, i.guildId ?? undefined);
    const quote = fields.find((f) => f.name === '/quote')!.value;
    for (const example of examples.quote!) expect(quote).toContain(`\`${example}\``);
    expect(fields.find((f) => f.name === '/ask')!.value).toContain(`\`${examples.ask![0]}\``);
  });
});
