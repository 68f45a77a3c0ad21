import { describe, expect, it } from 'vitest';
import { allowance, isPublicAddress, specialRange } from '../../src/net/addresses.js';

const REFUSED: [string, string][] = [
  ['0.0.0.0', 'reserved'],
  ['0.1.2.3', 'reserved'],
  ['10.0.0.5', 'private'],
  ['100.64.0.1', 'private'],
  ['100.127.255.255', 'private'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['169.254.169.254', 'metadata'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.0.0.8', 'reserved'],
  ['192.0.2.1', 'documentation'],
  ['192.168.1.1', 'private'],
  ['198.18.0.1', 'reserved'],
  ['198.19.255.255', 'reserved'],
  ['198.51.100.7', 'documentation'],
  ['203.0.113.9', 'documentation'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'broadcast'],
  ['::', 'reserved'],
  ['::1', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['fc00::1', 'private'],
  ['fd12:3456::1', 'private'],
  ['fe80::1', 'link-local'],
  ['FE80::abcd', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['ff02::1', 'multicast'],
  ['2001:db8::1', 'documentation'],
  ['64:ff9b::7f00:1', 'reserved'],
  ['64:ff9b::808:808', 'reserved'],
  ['2002:7f00:1::', 'reserved'],
  ['2001:0:4136:e378::1', 'reserved'],
  // IPv4-mapped and -compatible spellings are judged by the IPv4 address they carry.
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['0:0:0:0:0:ffff:7f00:0001', 'loopback'],
  ['::ffff:10.1.2.3', 'private'],
  ['::ffff:169.254.169.254', 'metadata'],
  ['::ffff:255.255.255.255', 'broadcast'],
  ['::127.0.0.1', 'reserved'],
  ['::ffff:0:7f00:1', 'reserved'],
  // Outside global unicast (2000::/3) and not named above.
  ['100::1', 'reserved'],
  ['fec0::1', 'reserved'],
];

const PUBLIC = [
  '1.1.1.1',
  '8.8.8.8',
  '93.184.215.14',
  '100.63.255.255',
  '100.128.0.0',
  '172.15.255.255',
  '172.32.0.0',
  '192.0.1.1',
  '198.17.255.255',
  '198.20.0.0',
  '223.255.255.255',
  '2606:4700:4700::1111',
  '2a00:1450:4001:80b::200e',
  '::ffff:8.8.8.8',
  '::ffff:808:808',
];

describe('specialRange', () => {
  it.each(REFUSED)('refuses %s (%s)', (address, word) => {
    expect(isPublicAddress(address)).toBe(false);
    expect(specialRange(address)).toContain(word);
  });

  it.each(PUBLIC)('accepts public %s', (address) => {
    expect(specialRange(address)).toBeUndefined();
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each(['', 'localhost', '1.2.3', '999.1.1.1', '2130706433', '[::1]', '::1::', 'fe80::zz'])(
    'refuses %j, which is not an IP address',
    (text) => {
      expect(isPublicAddress(text)).toBe(false);
      expect(specialRange(text)).toBe('something that is not an IP address');
    },
  );
});

describe('allowance', () => {
  it('allows nothing by default', () => {
    const allowed = allowance([]);
    expect(allowed('127.0.0.1')).toBe(false);
    expect(allowed('8.8.8.8')).toBe(false);
  });

  it('matches plain addresses and CIDRs, including IPv4-mapped spellings', () => {
    const allowed = allowance(['127.0.0.1', '10.1.0.0/16', 'fd00::/8']);
    expect(allowed('127.0.0.1')).toBe(true);
    expect(allowed('::ffff:127.0.0.1')).toBe(true);
    expect(allowed('127.0.0.2')).toBe(false);
    expect(allowed('::1')).toBe(false);
    expect(allowed('10.1.200.3')).toBe(true);
    expect(allowed('10.2.0.1')).toBe(false);
    expect(allowed('fd12::1')).toBe(true);
    expect(allowed('not an address')).toBe(false);
  });

  it.each(['localhost', '10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/8/8', '10.0.0.0/x', ''])(
    'rejects the entry %j with a TypeError',
    (entry) => {
      expect(() => allowance([entry])).toThrow(TypeError);
    },
  );
});
