import { describe, expect, it } from 'vitest';
import { ChangeGate, InterruptedError, RESTARTING } from '../../src/engine/drain.js';
import { InputError } from '../../src/errors.js';

const quiet = (): void => {};
const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('ChangeGate', () => {
  it('lets a change that finishes within the deadline finish, and reports it', async () => {
    const gate = new ChangeGate(undefined);
    const change = gate.run(async () => {
      await later(50);
      await gate.checkpoint('indexed', quiet);
      return 'done';
    });
    const report = await gate.drain(2000);
    expect(await change).toBe('done');
    expect(report).toEqual({ finished: 1, interrupted: 0, abandoned: 0 });
  });

  it('refuses a change once the drain has begun, saying the bot is restarting', async () => {
    const gate = new ChangeGate(undefined);
    const drained = gate.drain(100);
    let ran = false;
    const refused = gate.run(async () => void (ran = true));
    await expect(refused).rejects.toThrow(InputError);
    await expect(refused).rejects.toThrow(RESTARTING);
    expect(ran).toBe(false);
    expect(await drained).toEqual({ finished: 0, interrupted: 0, abandoned: 0 });
  });

  it('interrupts a change past the deadline at its next checkpoint, and it rolls back', async () => {
    const gate = new ChangeGate(undefined);
    let rolledBack = false;
    const change = gate.run(async () => {
      await later(300);
      try {
        await gate.checkpoint('recorded', quiet);
      } catch (error) {
        rolledBack = true;
        throw error;
      }
    });
    const started = Date.now();
    const report = await gate.drain(100);
    await expect(change).rejects.toThrow(InterruptedError);
    await expect(change).rejects.toThrow(/nothing was saved/);
    expect(rolledBack).toBe(true);
    expect(report).toEqual({ finished: 0, interrupted: 1, abandoned: 0 });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('lets a committed change carry on past the deadline', async () => {
    const gate = new ChangeGate(undefined);
    const change = gate.run(async () => {
      await later(200);
      await gate.checkpoint('snapshot-written', quiet, true);
      return 'kept';
    });
    const report = await gate.drain(50);
    expect(await change).toBe('kept');
    expect(report.finished).toBe(1);
  });

  it('holds a change at the test pause until the drain begins (or, with :hold, its deadline)', async () => {
    const lines: string[] = [];
    const gate = new ChangeGate({ phase: 'parsed', hold: false });
    let passed = false;
    const change = gate.run(async () => {
      await gate.checkpoint('parsed', (line) => lines.push(line));
      passed = true;
    });
    await later(100);
    expect(passed).toBe(false);
    expect(lines).toEqual(['test pause at parsed']);
    await gate.drain(1000);
    await change;
    expect(passed).toBe(true);

    const holding = new ChangeGate({ phase: 'parsed', hold: true });
    const held = holding.run(() => holding.checkpoint('parsed', quiet));
    expect(await holding.drain(100)).toEqual({ finished: 0, interrupted: 1, abandoned: 0 });
    await expect(held).rejects.toThrow(InterruptedError);
  });

  it('counts a change that will not stop as abandoned', async () => {
    const gate = new ChangeGate(undefined);
    void gate.run(() => later(5000));
    const report = await gate.drain(50);
    expect(report).toEqual({ finished: 0, interrupted: 0, abandoned: 1 });
  }, 10_000);
});
