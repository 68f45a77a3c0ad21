import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as reindex from '../../commands/reindex.js';
import { fakeEngine } from '../discord/fake-engine.js';
import { context, GUILD_A, GUILD_B, MANAGE_GUILD, slash } from '../discord/fake-interaction.js';
import { seedsCorpus } from '../helpers/guild-corpus.js';

describe('/reindex', () => {
  it('is registered for Manage Server only, in servers only', () => {
    const json = reindex.data.toJSON();
    expect(json.default_member_permissions).toBe(MANAGE_GUILD.toString());
    expect(json.contexts).toEqual([0]);
  });

  it('refuses a member without Manage Server even if Discord showed them the command', async () => {
    const engine = fakeEngine([]);
    const i = slash('reindex', {}, 'member', 0n);
    await reindex.execute(i, context(engine));
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    expect(i.last!.content).toMatch(/Manage Server/);
    expect(engine.calls.reindex).toBe(0);
  });

  it('defers privately, then reports what changed', async () => {
    const engine = fakeEngine([{ title: 'a', text: 'b' }], {}, 20);
    const i = slash('reindex', {}, 'mod', MANAGE_GUILD);
    await reindex.execute(i, context(engine));
    expect(i.calls[0]).toEqual({
      method: 'deferReply',
      payload: { flags: MessageFlags.Ephemeral },
    });
    expect(i.last!.content).toMatch(/Reindex finished in 20 ms/);
  });

  it('coalesces concurrent calls into one run', async () => {
    const engine = fakeEngine([], {}, 50);
    const ctx = context(engine);
    const calls = [1, 2, 3].map(() => slash('reindex', {}, 'mod', MANAGE_GUILD));
    await Promise.all(calls.map((i) => reindex.execute(i, ctx)));
    expect(engine.calls.reindex).toBe(1);
    for (const i of calls) expect(i.last!.content).toMatch(/Reindex finished/);
    await reindex.execute(slash('reindex', {}, 'mod', MANAGE_GUILD), ctx);
    expect(engine.calls.reindex).toBe(2);
  });

  // Discord's answers to the deferrals come back in their own time: a call whose deferral is slower
  // than the run still joins it, as the run starts before the deferral is awaited.
  it('coalesces calls that arrive together however long their deferrals take', async () => {
    const engine = fakeEngine([], {}, 20);
    const ctx = context(engine);
    const [fast, slow] = [1, 2].map(() => slash('reindex', {}, 'mod', MANAGE_GUILD));
    const deferReply = slow!.deferReply.bind(slow);
    slow!.deferReply = async (payload) => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      return deferReply(payload);
    };
    await Promise.all([fast!, slow!].map((i) => reindex.execute(i, ctx)));
    expect(engine.calls.reindex).toBe(1);
    expect(slow!.last!.content).toMatch(/Reindex finished/);
  });
});

describe('/reindex on a real engine', () => {
  it("counts the shared corpus and this server's additions, never another server's", async () => {
    const folder = await seedsCorpus('footnote-reindex-');
    try {
      const article = (title: string) =>
        `${title}\n\nThe harbour trust met on Monday about ${title}.`;
      await folder.add(GUILD_A, 'ferry.txt', article('The ferry timetable'));
      for (const name of ['one', 'two', 'three'])
        await folder.add(GUILD_B, `${name}.txt`, article(`The ${name} pontoon`));
      const engine = await folder.open();
      const shared = engine.sources().length;
      const i = slash('reindex', {}, 'mod', MANAGE_GUILD, GUILD_A);
      await reindex.execute(i, context(engine));
      expect(engine.stats().articles).toBe(shared + 4);
      expect(i.last!.content).toContain(`The index now holds ${shared + 1} articles`);
      // Edited by hand in its folder, the server's own addition is updated, not unchanged; another
      // server's new file is neither counted nor named.
      await folder.add(GUILD_A, 'ferry.txt', article('The ferry timetable, revised'));
      await folder.add(GUILD_B, 'four.txt', article('The four pontoon'));
      const again = slash('reindex', {}, 'mod', MANAGE_GUILD, GUILD_A);
      await reindex.execute(again, context(engine));
      expect(again.last!.content).toContain(
        `Added 0 · updated 1 · removed 0 · unchanged ${shared}`,
      );
      expect(again.last!.content).toContain(`The index now holds ${shared + 1} articles`);
    } finally {
      await folder.remove();
    }
  });
});
