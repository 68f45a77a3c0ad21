import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../commands/find-sources.js';
import { GuildSettings } from '../../src/discord/guild-settings.js';
import { renderFindSources } from '../../src/discord/render/find-sources.js';
import { openEngine } from '../../src/engine/engine.js';

describe('claimOf', () => {
  it.each([
    [
      '<@123456789012345678> Putin went to Harbin <:pog:123456789012345678>',
      'Putin went to Harbin',
    ],
    ['see https://example.com/x?y=1 Putin\n\nvisited', 'see Putin visited'],
    ['<#123456789012345678> <@&123456789012345678>', ''],
    // Review: mentions-only text got "That question has no words to search for".
    ['<@123456789012345678> @everyone @here https://example.com', ''],
    ['@everyone Putin went to Harbin', 'Putin went to Harbin'],
  ])('%j → %j', (content, claim) => {
    expect(claimOf(content)).toBe(claim);
  });

  it('cuts a long message at a word boundary within 1,000 characters', () => {
    const claim = claimOf('Harbin '.repeat(400));
    expect(claim.length).toBeLessThanOrEqual(1000);
    expect(claim.endsWith('Harbin')).toBe(true);
  });
});

describe('renderFindSources on real answers', async () => {
  const data = await mkdtemp(join(tmpdir(), 'footnote-find-'));
  const engine = await openEngine({ corpusDir: 'seeds', dataDir: data });
  await rm(data, { recursive: true, force: true });

  it('shows the passages that bear on a claim, each with its citation', () => {
    const claim = 'Putin visited a university in Harbin known for defense research';
    const body = renderFindSources(claim, engine.ask(claim, { k: 3 }));
    expect(body.content).toContain(`**Claim:** ${claim}`);
    expect(body.embeds).toHaveLength(3);
    for (const embed of body.embeds!) expect(embed.description).toMatch(/paragraph \d+$/);
  });

  it('says the corpus has nothing on an unrelated claim', () => {
    const claim = 'Zebras juggle quasars nightly';
    const body = renderFindSources(claim, engine.ask(claim));
    expect(body.content).toMatch(/The corpus has nothing on this/);
    expect(body.embeds).toBeUndefined();
  });
});

describe('GuildSettings', () => {
  it('keeps a server’s choice on disk and reads a damaged file as the defaults', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'footnote-settings-'));
    try {
      const path = join(dir, 'guild-settings.json');
      const a = '111111111111111111';
      await new GuildSettings(path).update(a, { findSources: false });
      expect(await new GuildSettings(path).of(a)).toEqual({ findSources: false });
      expect(await new GuildSettings(path).of('222222222222222222')).toEqual({ findSources: true });
      await writeFile(path, '{ not json');
      expect(await new GuildSettings(path).of(a)).toEqual({ findSources: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
