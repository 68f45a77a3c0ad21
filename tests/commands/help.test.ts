import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as help from '../../commands/help.js';
import { loadCommands } from '../../src/discord/loader.js';
import type { Reply } from '../../src/discord/response.js';
import { fakeEngine } from '../discord/fake-engine.js';
import { context, slash } from '../discord/fake-interaction.js';

describe('/help', () => {
  it('lists every command with an example, privately', async () => {
    const modules = await loadCommands();
    const i = slash('help');
    await help.execute(i, context(fakeEngine([]), modules));
    const reply = i.last as Reply;
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    const names = reply.embeds![0]!.fields!.map((f) => f.name);
    expect(names).toEqual([
      '/add',
      '/ask',
      'Find sources',
      '/help',
      '/quote',
      '/reindex',
      '/remove',
      '/settings',
      '/sources',
      '/stats',
    ]);
    for (const field of reply.embeds![0]!.fields!)
      expect(field.value).toMatch(/`(\/\w+|On any message)/);
  });
});
