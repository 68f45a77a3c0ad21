import { describe, expect, it } from 'vitest';
import { citationLink, pageCitationUrl, sameSite } from '../../src/net/links.js';

describe("citationLink for a citation's url", () => {
  it('gives a public address as parsed, and no loopback, private or non-web one', () => {
    expect(citationLink('https://www.bbc.co.uk/news/world-1')).toBe(
      'https://www.bbc.co.uk/news/world-1',
    );
    expect(citationLink('HTTPS://News.Example')).toBe('https://news.example/');
    // A backslash other parsers read as a path's start: given as the host WHATWG checked.
    expect(citationLink('http://news.example.com\\@192.168.1.1/admin')).toBe(
      'http://news.example.com/@192.168.1.1/admin',
    );
    for (const raw of [
      'http://192.168.1.1/admin',
      'http://127.0.0.1:9/evil',
      'javascript:x',
      undefined,
    ])
      expect(citationLink(raw)).toBeUndefined();
  });
});

describe('citationLink', () => {
  it.each([
    ['https://www.bbc.co.uk/news/world-1', 'https://www.bbc.co.uk/news/world-1'],
    ['http://news.example/a?b=c#d', 'http://news.example/a?b=c#d'],
    ['https://8.8.8.8/page', 'https://8.8.8.8/page'],
    ['https://[2606:4700::1111]/x', 'https://[2606:4700::1111]/x'],
  ])('keeps the public web address %s', (raw, link) => {
    expect(citationLink(raw)).toBe(link);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ftp://news.example/a',
    'http://127.0.0.2:8080/',
    'http://127.0.0.1/',
    'http://[::1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://10.1.2.3/',
    'http://192.168.0.10/admin',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost:3000/',
    'http://db.localhost/',
    'http://printer.local/',
    'http://intranet/',
    'http://wiki.corp/',
    'https://bank.example@evil.example/login',
    'https://user:pass@news.example/',
    'not a url',
    '',
    undefined,
  ])('refuses %s', (raw) => {
    expect(citationLink(raw)).toBeUndefined();
  });
});

describe('sameSite', () => {
  it.each([
    ['https://www.bbc.co.uk/a', 'https://bbc.co.uk/b', true],
    ['https://news.bbc.co.uk/a', 'http://www.bbc.co.uk/b', true],
    ['https://bbc.co.uk/a', 'https://evil.co.uk/a', false],
    // co.uk is a public suffix: two registrants, not one site
    ['https://co.uk/a', 'https://bbc.co.uk/a', false],
    // github.io hands out sites to strangers: a private suffix counts too
    ['https://alice.github.io/a', 'https://mallory.github.io/a', false],
    ['https://alice.github.io/a', 'https://www.alice.github.io/b', true],
    ['https://accounts.example-bank.com.evil.example/login', 'https://example-bank.com/', false],
    ['http://127.0.0.1:8080/a', 'http://127.0.0.1:9090/b', true],
    ['http://127.0.0.1/a', 'http://127.0.0.2/a', false],
    ['not a url', 'https://bbc.co.uk/', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameSite(a, b)).toBe(same);
    expect(sameSite(b, a)).toBe(same);
  });
});

describe('pageCitationUrl', () => {
  const fetched = 'https://www.news.example/2024/story?id=7';
  it.each([
    [
      'a canonical URL on the same site',
      'https://news.example/story',
      'https://news.example/story',
    ],
    ['no canonical URL', undefined, fetched],
    ['a canonical URL on another site', 'https://evil.example/story', fetched],
    ['a look-alike subdomain', 'https://news.example.evil.example/story', fetched],
    ['a canonical on a private address', 'http://10.0.0.1/story', fetched],
    ['a canonical with another scheme', 'file:///etc/passwd', fetched],
  ])('with %s cites %s', (_, canonical, cited) => {
    expect(pageCitationUrl(fetched, canonical)).toBe(cited);
  });
});
