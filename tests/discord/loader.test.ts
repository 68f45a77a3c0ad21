import { SlashCommandBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { CommandLoadError, loadCommands, validateCommand } from '../../src/discord/loader.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const ok = {
  data: new SlashCommandBuilder().setName('ping').setDescription('Pong'),
  examples: ['/ping'],
  execute: async () => undefined,
};

describe('loadCommands', () => {
  it('loads every command in commands/ with valid definitions', async () => {
    const modules = await loadCommands();
    expect(modules.map((m) => m.data.name)).toEqual([
      'add',
      'ask',
      'Find sources',
      'help',
      'quote',
      'reindex',
      'remove',
      'settings',
      'sources',
      'stats',
    ]);
    for (const m of modules) {
      // Message commands (type 3) have no description; every slash command has one.
      if (m.data.toJSON().type === 3) expect(m.data.toJSON().description ?? '').toBe('');
      else expect(m.data.toJSON().description?.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['bad-commands', /commands\/broken\.ts: must export an `execute/],
    ['misnamed', /commands\/other\.ts: defines \/ask; the file should be named ask\.ts/],
  ])('refuses the malformed module in %s', async (dir, message) => {
    await expect(loadCommands(FIXTURES + dir)).rejects.toThrow(message);
  });
});

describe('validateCommand', () => {
  it.each([
    ['no data', { ...ok, data: undefined }, /must export `data`/],
    [
      'bad builder',
      { ...ok, data: { toJSON: () => ({ name: 'Ping!', description: 'x' }) } },
      /command name/,
    ],
    [
      'long description',
      { ...ok, data: { toJSON: () => ({ name: 'ping', description: 'x'.repeat(101) }) } },
      /description/,
    ],
    [
      'throwing builder',
      { ...ok, data: new SlashCommandBuilder().setName('ping') },
      /definition is invalid/,
    ],
    ['no examples', { ...ok, examples: undefined }, /examples/],
    ['bad autocomplete', { ...ok, autocomplete: 'yes' }, /`autocomplete` must be a function/],
    ['not a module', null, /is not a module/],
  ])('refuses %s', (_name, mod, message) => {
    expect(() => validateCommand(mod, 'ping.ts')).toThrow(CommandLoadError);
    expect(() => validateCommand(mod, 'ping.ts')).toThrow(message);
  });

  it('accepts a well-formed module', () => {
    expect(validateCommand(ok, 'ping.ts').data.name).toBe('ping');
  });
});
