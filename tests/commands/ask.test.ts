import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as ask from '../../commands/ask.js';
import type { Edit, Reply } from '../../src/discord/response.js';
import { fakeEngine } from '../discord/fake-engine.js';
import { click, context, GUILD_A, slash } from '../discord/fake-interaction.js';
import { seedsCorpus } from '../helpers/guild-corpus.js';

const passages = Array.from({ length: 8 }, (_, i) => ({
  title: `Harbin story ${i + 1}`,
  text: `Putin visited Harbin, paragraph ${i + 1}, with talk of trade and @everyone.`,
  url: `https://example.com/${i}`,
}));

const buttonIds = (payload: Reply | Edit | undefined): string[] =>
  (payload?.components ?? []).flatMap((row) =>
    row.components.map((c) => ('custom_id' in c ? c.custom_id : '')),
  );

describe('/ask', () => {
  it('answers in the first response with a page of cited results and paging buttons', async () => {
    const engine = fakeEngine(passages);
    const i = slash('ask', { question: 'Why did Putin visit Harbin?', results: 2 });
    await ask.execute(i, context(engine));
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    expect((i.last as Reply).flags).toBeUndefined();
    expect(engine.calls.ask).toEqual([{ question: 'Why did Putin visit Harbin?', k: 15 }]);
    const edit = i.last!;
    expect(edit.embeds).toHaveLength(2);
    expect(edit.allowedMentions).toEqual({ parse: [] });
    expect(JSON.stringify(edit)).not.toMatch(/@everyone/);
    expect(buttonIds(edit).filter((id) => id.startsWith('ask:page:'))).toHaveLength(2);
  });

  it('answers privately when asked', async () => {
    const i = slash('ask', { question: 'Harbin', private: true });
    await ask.execute(i, context(fakeEngine(passages)));
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    expect((i.last as Reply).flags).toBe(MessageFlags.Ephemeral);
  });

  it('refuses a blank question before any response, so the refusal can be private', async () => {
    const i = slash('ask', { question: '   ' });
    await expect(ask.execute(i, context(fakeEngine(passages)))).rejects.toThrow(/empty/);
    expect(i.calls).toEqual([]);
  });

  it('says nothing in the corpus answers, suggesting /sources', async () => {
    const i = slash('ask', { question: 'volcanoes on Mars' });
    await ask.execute(i, context(fakeEngine(passages)));
    expect(i.last!.content).toMatch(/nothing in the corpus.*\/sources/s);
    expect(i.last!.components ?? []).toEqual([]);
  });

  it('refuses a second question within the cooldown, privately, saying when to retry', async () => {
    const ctx = context(fakeEngine(passages), [], 30);
    await ask.execute(slash('ask', { question: 'Harbin' }), ctx);
    const again = slash('ask', { question: 'Harbin' });
    await ask.execute(again, ctx);
    expect(again.calls).toHaveLength(1);
    expect(again.calls[0]!.method).toBe('reply');
    expect((again.last as Reply).flags).toBe(MessageFlags.Ephemeral);
    expect(again.last!.content).toMatch(/<t:\d+:R>/);
    const other = slash('ask', { question: 'Harbin' }, 'someone-else');
    await ask.execute(other, ctx);
    expect(other.calls[0]!.method).toBe('reply');
    expect(other.last!.embeds!.length).toBeGreaterThan(0);
  });

  it('pages for the asker, refuses others privately, and shows full passages to anyone', async () => {
    const ctx = context(fakeEngine(passages));
    const i = slash('ask', { question: 'Harbin trade', results: 3 }, 'asker');
    await ask.execute(i, ctx);
    const more = buttonIds(i.last).find((id) => id.endsWith(':1') && id.startsWith('ask:page:'))!;
    const args = more.split(':').slice(1);

    const mine = click(more, 'asker');
    await ask.button(mine, ctx, args);
    expect(mine.calls[0]!.method).toBe('update');
    expect(mine.last!.embeds![0]!.title).toBe('Result 4 of 8');

    const theirs = click(more, 'stranger');
    await ask.button(theirs, ctx, args);
    expect(theirs.calls[0]!.method).toBe('reply');
    expect((theirs.last as Reply).flags).toBe(MessageFlags.Ephemeral);
    expect(theirs.last!.content).toMatch(/Only the person who ran this command/);

    const full = buttonIds(i.last).find((id) => id.startsWith('ask:full:'))!;
    const peek = click(full, 'stranger');
    await ask.button(peek, ctx, full.split(':').slice(1));
    expect((peek.last as Reply).flags).toBe(MessageFlags.Ephemeral);
    expect(peek.last!.embeds![0]!.description).toContain('Putin visited Harbin, paragraph 1');
  });

  it('tells the clicker when the results have expired', async () => {
    const b = click('ask:page:nosuchid:1');
    await ask.button(b, context(fakeEngine(passages)), ['page', 'nosuchid', '1']);
    expect(b.last!.content).toMatch(/expired/);
  });
});

describe('/ask buttons once an article is removed (review)', () => {
  it('shows no text of a removed article again, by paging or by full passage', async () => {
    const folder = await seedsCorpus('footnote-ask-removed-');
    try {
      const engine = await folder.open();
      const text =
        'Harbour dues to rise\n\nThe Scalpay harbour trust said dues will rise by a fifth to pay for a new pontoon.';
      const bytes = new TextEncoder().encode(text);
      const added = await engine.addArticle({
        guild: GUILD_A,
        by: { id: 'mod' },
        source: { kind: 'file', name: 'pontoon.txt', bytes },
        via: 'cli',
      });
      const ctx = context(engine);
      const i = slash('ask', { question: 'Why will harbour dues rise?', results: 1 }, 'asker');
      await ask.execute(i, ctx);
      const full = buttonIds(i.last).find((id) => id.startsWith('ask:full:'))!;
      const before = click(full, 'asker');
      await ask.button(before, ctx, full.split(':').slice(1));
      expect(before.last!.embeds![0]!.description).toContain('new pontoon');
      await engine.removeArticle({ guild: GUILD_A, by: { id: 'mod' }, id: added.id, via: 'cli' });
      const after = click(full, 'stranger');
      await ask.button(after, ctx, full.split(':').slice(1));
      expect((after.last as Reply).flags).toBe(MessageFlags.Ephemeral);
      expect(after.last!.content).toMatch(/removed from the corpus/);
      expect(JSON.stringify(after.last)).not.toContain('pontoon');
      const more = buttonIds(i.last).find((id) => id.startsWith('ask:page:') && id.endsWith(':1'))!;
      const page = click(more, 'asker');
      await ask.button(page, ctx, more.split(':').slice(1));
      expect(page.calls.map((c) => c.method)).toEqual(['reply']);
      expect(page.last!.content).toMatch(/removed from the corpus/);
      await engine.settle();
    } finally {
      await folder.remove();
    }
  });
});

describe('/ask buttons once an article is edited (review)', () => {
  it('shows an edited article neither as it read nor as it reads now; other changes leave them working', async () => {
    const folder = await seedsCorpus('footnote-ask-edited-');
    try {
      const engine = await folder.open();
      const ctx = context(engine);
      const i = slash('ask', { question: 'What did Xi and Putin drink?', results: 1 }, 'asker');
      await ask.execute(i, ctx);
      const full = buttonIds(i.last).find((id) => id.startsWith('ask:full:'))!;
      const open = async (): Promise<Reply | Edit> => {
        const b = click(full, 'asker');
        await ask.button(b, ctx, full.split(':').slice(1));
        return b.last!;
      };
      expect((await open()).embeds![0]!.description).toContain('drank tea');
      // Another server's new article, then a reindex: the answer's articles are as they were.
      await folder.add('42', 'pontoon.txt', 'Harbour dues\n\nThe harbour trust raised its dues.');
      await engine.reindex();
      expect((await open()).embeds![0]!.description).toContain('drank tea');
      const file = join(folder.corpus, '000_54998b500be7b4bb.txt');
      await writeFile(file, (await readFile(file, 'utf8')).replace('drank tea', 'drank coffee'));
      await engine.reindex();
      const after = await open();
      expect((after as Reply).flags).toBe(MessageFlags.Ephemeral);
      expect(after.content).toMatch(/edited since/);
      expect(JSON.stringify(after)).not.toMatch(/drank (tea|coffee)/);
      // Review of 9c30ed4: a story edited in a file of several changes only its own version.
      const stories = join(folder.corpus, '002_754df6e12105acde.txt');
      const before = ['', '#2', '#5'].map((s) => engine.version(`002_754df6e12105acde.txt${s}`));
      await writeFile(
        stories,
        (await readFile(stories, 'utf8')).replace('Just a month after', 'Only a month after'),
      );
      await engine.reindex();
      const now = ['', '#2', '#5'].map((s) => engine.version(`002_754df6e12105acde.txt${s}`));
      expect(now[0]).not.toBe(before[0]);
      expect(now.slice(1)).toEqual(before.slice(1));
      // The snapshots the reindexes queued are written before the folder goes.
      await engine.settle();
    } finally {
      await folder.remove();
    }
  });
});
