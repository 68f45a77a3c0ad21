import { MessageFlags } from 'discord.js';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { guarded } from '../../src/discord/router.js';
import { InputError } from '../../src/errors.js';
import type { Reply } from '../../src/discord/response.js';
import { slash } from './fake-interaction.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (s: string) => lines.push(JSON.parse(s)) });
  return { log, lines };
}

describe('guarded', () => {
  it('answers a failure privately with a ref and logs the error under that ref', async () => {
    const { log, lines } = capture();
    const i = slash('ask');
    await guarded(i, log, { command: 'ask' }, async () => {
      throw new Error('index exploded');
    });
    const reply = i.last as Reply;
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    const ref = /ref ([0-9A-F]{6})/.exec(reply.content!)?.[1];
    expect(ref).toBeDefined();
    expect(lines).toContainEqual(
      expect.objectContaining({ ref, msg: 'command failed', command: 'ask' }),
    );
    expect(JSON.stringify(lines)).toContain('index exploded');
    expect(reply.content).not.toContain('index exploded');
  });

  it('shows an InputError as it is', async () => {
    const i = slash('ask');
    await guarded(i, capture().log, {}, async () => {
      throw new InputError('Please ask a question.');
    });
    expect(i.last!.content).toBe('Please ask a question.');
  });

  it('replaces a public "thinking…" with a private note after a deferred failure', async () => {
    const i = slash('ask');
    await guarded(i, capture().log, {}, async () => {
      await i.deferReply({});
      throw new Error('late failure');
    });
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect((i.last as Reply).flags).toBe(MessageFlags.Ephemeral);
  });

  it('never throws, even when telling the user fails, and says how the work ended', async () => {
    const i = slash('ask');
    i.reply = async () => {
      throw new Error('Discord is down');
    };
    await expect(
      guarded(i, capture().log, {}, async () => Promise.reject(new Error('x'))),
    ).resolves.toBe('error');
    const refused = async () => Promise.reject(new InputError('no'));
    await expect(guarded(slash('ask'), capture().log, {}, refused)).resolves.toBe('refused');
    await expect(guarded(slash('ask'), capture().log, {}, async () => undefined)).resolves.toBe(
      'ok',
    );
  });
});
