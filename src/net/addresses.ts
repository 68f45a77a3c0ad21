import { BlockList, isIP } from 'node:net';

type Family = 'ipv4' | 'ipv6';

/** Special ranges by the words a refusal uses for them; the first matching group names the address. */
const SPECIAL: readonly { label: string; cidrs: readonly string[] }[] = [
  { label: "the bot's own machine (loopback)", cidrs: ['127.0.0.0/8', '::1/128'] },
  {
    label: 'a private network',
    cidrs: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7'],
  },
  { label: 'a link-local or cloud metadata address', cidrs: ['169.254.0.0/16', 'fe80::/10'] },
  {
    label: 'a multicast or broadcast address',
    cidrs: ['224.0.0.0/4', '255.255.255.255/32', 'ff00::/8'],
  },
  {
    label: 'a reserved or documentation range',
    cidrs: [
      '0.0.0.0/8',
      '192.0.0.0/24',
      '192.0.2.0/24',
      '198.18.0.0/15',
      '198.51.100.0/24',
      '203.0.113.0/24',
      '240.0.0.0/4',
      // IPv4-compatible (deprecated) and the unspecified address; `::ffff:0:0/96` is not in here
      '::/96',
      '64:ff9b::/96',
      '64:ff9b:1::/48',
      // IETF special-purpose block: Teredo, benchmarking, ORCHID…; Teredo hides an IPv4 address
      '2001::/23',
      '2001:db8::/32',
      // 6to4 embeds an IPv4 address we would have to unwrap; the relay system is deprecated anyway
      '2002::/16',
    ],
  },
];

/** Global unicast IPv6 plus IPv4-mapped addresses, which the IPv4 rules above already judge. */
const ROUTABLE_V6 = blockList(['2000::/3', '::ffff:0:0/96']);

const SPECIAL_LISTS = SPECIAL.map(({ label, cidrs }) => ({ label, list: blockList(cidrs) }));

/**
 * Why `address` is not a public internet address, in words that finish "points to …", or
 * undefined when it is public. IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as its IPv4 address.
 */
export function specialRange(address: string): string | undefined {
  const family = familyOf(address);
  if (!family) return 'something that is not an IP address';
  // A zone index (fe80::1%eth0) only means something on a local link.
  if (address.includes('%')) return 'a link-local or cloud metadata address';
  for (const { label, list } of SPECIAL_LISTS) {
    if (list.check(address, family)) return label;
  }
  if (family === 'ipv6' && !ROUTABLE_V6.check(address, 'ipv6')) {
    return 'a reserved or documentation range';
  }
  return undefined;
}

/** True when `address` is a public unicast IP address a fetch may connect to. */
export function isPublicAddress(address: string): boolean {
  return specialRange(address) === undefined;
}

/**
 * A matcher for an operator's allowance: plain addresses (`127.0.0.1`, `::1`) or CIDRs
 * (`10.0.0.0/8`). Throws a TypeError naming the first entry it cannot read.
 */
export function allowance(entries: readonly string[]): (address: string) => boolean {
  if (entries.length === 0) return () => false;
  const list = blockList(entries);
  return (address) => {
    const family = familyOf(address);
    return family !== undefined && !address.includes('%') && list.check(address, family);
  };
}

function familyOf(address: string): Family | undefined {
  const version = isIP(address);
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : undefined;
}

function blockList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.trim().split('/');
    const family = familyOf(address);
    const bits = prefix === undefined ? undefined : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    const validPrefix = bits === undefined || bits <= (family === 'ipv4' ? 32 : 128);
    if (!family || rest.length > 0 || !validPrefix) {
      throw new TypeError(`Not an IP address or CIDR range: ${JSON.stringify(entry)}`);
    }
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, bits, family);
  }
  return list;
}
