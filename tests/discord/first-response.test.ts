import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { replyWhenReady } from '../../src/discord/first-response.js';
import type { Body } from '../../src/discord/response.js';
import { slash } from './fake-interaction.js';

const BODY: Body = { content: 'the answer' };
const after = <T>(ms: number, value: T): Promise<T> =>
  new Promise((resolve) => setTimeout(() => resolve(value), ms));
const failAfter = (ms: number): Promise<Body> =>
  new Promise((_, reject) => setTimeout(() => reject(new Error('engine failed')), ms));

describe('replyWhenReady', () => {
  it.each([
    ['a ready answer', (): Body => BODY],
    ['an answer that resolves within the budget', (): Promise<Body> => after(5, BODY)],
  ])('sends %s as the first response, with no deferral', async (_, work) => {
    const i = slash('ask');
    await replyWhenReady(i, work, { ephemeral: false, budgetMs: 200 });
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    expect(i.last!.content).toBe('the answer');
    expect(i.last!.allowedMentions).toEqual({ parse: [] });
  });

  it('keeps a private answer private', async () => {
    const i = slash('ask');
    await replyWhenReady(i, () => BODY, { ephemeral: true });
    expect(i.calls[0]).toMatchObject({
      method: 'reply',
      payload: { flags: MessageFlags.Ephemeral },
    });
  });

  it('defers when the answer is late, then edits it in', async () => {
    const i = slash('ask');
    await replyWhenReady(i, () => after(80, BODY), { ephemeral: true, budgetMs: 10 });
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(i.calls[0]!.payload).toEqual({ flags: MessageFlags.Ephemeral });
    expect(i.last!.content).toBe('the answer');
  });

  it('acknowledges first when the handler starts behind a queue, even for a ready answer', async () => {
    const i = Object.assign(slash('ask'), { createdTimestamp: Date.now() - 2000 });
    let deferredFirst = false;
    await replyWhenReady(
      i,
      () => {
        deferredFirst = i.deferred;
        return BODY;
      },
      { ephemeral: false },
    );
    expect(deferredFirst).toBe(true);
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(i.last!.content).toBe('the answer');
  });

  it('counts the time before the handler ran against the budget', async () => {
    const i = Object.assign(slash('ask'), { createdTimestamp: Date.now() - 500 });
    await replyWhenReady(i, () => after(80, BODY), { ephemeral: false, budgetMs: 550 });
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
  });

  it('answers directly when Discord’s clock is ahead of ours', async () => {
    const i = Object.assign(slash('ask'), { createdTimestamp: Date.now() + 5000 });
    await replyWhenReady(i, () => after(5, BODY), { ephemeral: false, budgetMs: 200 });
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
  });

  it.each([
    [
      'thrown at once',
      (): Body => {
        throw new Error('engine failed');
      },
    ],
    ['rejected within the budget', (): Promise<Body> => failAfter(5)],
  ])('passes on a failure %s, before any response', async (_, work) => {
    const i = slash('ask');
    await expect(replyWhenReady(i, work, { ephemeral: false, budgetMs: 200 })).rejects.toThrow(
      'engine failed',
    );
    expect(i.calls).toEqual([]);
  });

  it('passes on a failure after the deferral, leaving the deferral to the caller', async () => {
    const i = slash('ask');
    await expect(
      replyWhenReady(i, () => failAfter(60), { ephemeral: false, budgetMs: 10 }),
    ).rejects.toThrow('engine failed');
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply']);
  });
});
