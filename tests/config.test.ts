import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.ghijklmnopqrstuvwxyz';
const APP = '123456789012345678';

describe('loadConfig', () => {
  it('runs the console when no token is set, with defaults', () => {
    const config = loadConfig({});
    expect(config.discord).toBeUndefined();
    expect(config).toMatchObject({
      corpusDir: 'seeds',
      dataDir: 'data',
      cooldownSeconds: 5,
      logLevel: 'info',
    });
    expect(config.sharding).toEqual({ count: 'auto', list: undefined, refreshSeconds: 0 });
  });

  it('reads a full Discord configuration and strips a trailing slash from the API URL', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APP_ID: APP,
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      COOLDOWN_SECONDS: '0',
      SHARD_COUNT: '4',
      SHARD_LIST: '3, 1',
    });
    expect(config.discord).toEqual({
      token: TOKEN,
      appId: APP,
      guildId: '223456789012345678',
      apiUrl: 'http://127.0.0.1:9999/api',
    });
    expect(config.cooldownSeconds).toBe(0);
    expect(config.sharding).toMatchObject({ count: 4, list: [1, 3] });
  });

  it('treats empty values as unset, as a copied .env.example has them', () => {
    const config = loadConfig({
      DISCORD_TOKEN: '',
      DISCORD_APP_ID: '',
      SHARD_LIST: '',
      CORPUS_DIR: '',
    });
    expect(config.discord).toBeUndefined();
    expect(config.corpusDir).toBe('seeds');
  });

  it.each([
    [{ DISCORD_TOKEN: TOKEN }, /^DISCORD_APP_ID is required/],
    [
      { DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: 'my-app' },
      /^DISCORD_APP_ID must be a Discord id.*"my-app"/,
    ],
    [
      { DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP, DISCORD_GUILD_ID: '12' },
      /^DISCORD_GUILD_ID must be a Discord id/,
    ],
    [{ DISCORD_TOKEN: 'has spaces in it oh no' }, /^DISCORD_TOKEN must be a bot token/],
    [{ DISCORD_API_URL: 'discord.com' }, /^DISCORD_API_URL must be an http\(s\) URL/],
    [{ COOLDOWN_SECONDS: 'soon' }, /^COOLDOWN_SECONDS must be a whole number/],
    [{ COOLDOWN_SECONDS: '2.5' }, /^COOLDOWN_SECONDS must be a whole number/],
    [{ COOLDOWN_SECONDS: '-1' }, /^COOLDOWN_SECONDS must be 0 or more/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ SHARD_COUNT: '0' }, /^SHARD_COUNT must be "auto" or a whole number/],
    [{ SHARD_LIST: 'a,b' }, /^SHARD_LIST must be shard ids/],
    [{ SHARD_COUNT: '2', SHARD_LIST: '0,2' }, /^SHARD_LIST contains shard 2, but SHARD_COUNT is 2/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never echoes the token in an error', () => {
    const secret = 'secret token with spaces';
    expect(() => loadConfig({ DISCORD_TOKEN: secret })).toThrow(ConfigError);
    try {
      loadConfig({ DISCORD_TOKEN: secret });
    } catch (e) {
      expect((e as Error).message).not.toContain(secret);
    }
  });
});

describe('the web reader settings', () => {
  it('defaults to port 8787, no public address, no signing key, 90-day links', () => {
    expect(loadConfig({}).web).toEqual({
      port: 8787,
      publicUrl: undefined,
      linkSecret: undefined,
      linkDays: 90,
    });
  });

  it('reads them and strips a trailing slash from PUBLIC_URL', () => {
    const secret = 'k'.repeat(40);
    expect(
      loadConfig({
        WEB_PORT: '0',
        PUBLIC_URL: 'https://footnote.example.org/reader/',
        LINK_SECRET: secret,
        LINK_DAYS: '30',
      }).web,
    ).toEqual({
      port: 0,
      publicUrl: 'https://footnote.example.org/reader',
      linkSecret: secret,
      linkDays: 30,
    });
  });

  it.each([
    [{ WEB_PORT: '70000' }, /^WEB_PORT must be a port number/],
    [{ PUBLIC_URL: 'footnote.example.org' }, /^PUBLIC_URL must be an http\(s\) URL/],
    [{ PUBLIC_URL: 'https://x.example/?a=1' }, /^PUBLIC_URL must be an http\(s\) URL/],
    [{ LINK_DAYS: '0' }, /^LINK_DAYS must be 1 or more/],
  ])('refuses %j with one line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("keys the voters' hash with FEEDBACK_SECRET, else LINK_SECRET, and refuses a short one unechoed", () => {
    const [feedback, link] = ['f'.repeat(32), 'l'.repeat(32)];
    expect(loadConfig({ FEEDBACK_SECRET: feedback, LINK_SECRET: link }).feedbackSecret).toBe(
      feedback,
    );
    expect(loadConfig({ LINK_SECRET: link }).feedbackSecret).toBe(link);
    expect(loadConfig({}).feedbackSecret).toBeUndefined();
    const refused = (() => {
      try {
        loadConfig({ FEEDBACK_SECRET: 'short-secret' });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(refused).toMatch(/^FEEDBACK_SECRET must be at least 32/);
    expect(refused).not.toContain('short-secret');
  });

  it('refuses a short LINK_SECRET without echoing it', () => {
    expect(() => loadConfig({ LINK_SECRET: 'short-secret' })).toThrow(
      /^LINK_SECRET must be at least 32/,
    );
    try {
      loadConfig({ LINK_SECRET: 'short-secret' });
    } catch (e) {
      expect((e as Error).message).not.toContain('short-secret');
    }
  });
});
