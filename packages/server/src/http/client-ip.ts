// Who is asking, for per-client limits: the socket's peer, or behind trusted proxies the address they saw.
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

/**
 * Which proxies to believe: `false` none (the socket's peer is the client); a number, how many proxies stand in
 * front of the server (1: the peer is a proxy such as nginx, which appends the address it saw to X-Forwarded-For);
 * or the addresses of the trusted proxies (IPs, CIDR ranges, `loopback`, `private`, `linklocal`).
 */
export type TrustProxy = false | number | readonly string[];

/** A proxy chain longer than this is not followed further: the walk stays cheap whatever the header holds. */
const MAX_HOPS = 16;
/** Longer than any IPv6 address with a zone and a port: the rest of an entry is not even looked at. */
const MAX_ENTRY_LENGTH = 64;

const NAMED_RANGES: Record<string, [network: string, prefix: number, type: 'ipv4' | 'ipv6'][]> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  private: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ],
  linklocal: [
    ['169.254.0.0', 16, 'ipv4'],
    ['fe80::', 10, 'ipv6'],
  ],
};

/**
 * An address as the server compares and counts it, or `null` when the text is not an IP address. Accepts what
 * proxies write: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`, `[2001:db8::1]:443`; IPv4-mapped IPv6 becomes IPv4.
 */
export function normalizeIp(text: string | undefined): string | null {
  if (!text) return null;
  let address = text.trim();
  if (address.length === 0 || address.length > MAX_ENTRY_LENGTH) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address);
  if (bracketed) address = bracketed[1] ?? '';
  else if (/^[\d.]+:\d{1,5}$/.test(address)) address = address.slice(0, address.indexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1] ?? '';
  const version = isIP(address);
  if (version === 4) return address;
  if (version === 6) return address.toLowerCase();
  return null;
}

/** Compiles a list of trusted proxies; throws on an entry that is not an address, a range or a known name. */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    const named = NAMED_RANGES[entry];
    if (named) {
      for (const [network, prefix, type] of named) list.addSubnet(network, prefix, type);
      continue;
    }
    const [address, prefixText, extra] = entry.split('/');
    const ip = normalizeIp(address);
    const type = ip && isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    const max = type === 'ipv6' ? 128 : 32;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (!ip || extra !== undefined || !/^\d{1,3}$/.test(prefixText ?? String(max)) || prefix > max) {
      throw new TypeError(`Not a proxy address or range: "${raw}" (expected e.g. 10.0.0.0/8, ::1, loopback)`);
    }
    list.addSubnet(ip, prefix, type);
  }
  return list;
}

/** The X-Forwarded-For entries from the right (the nearest proxy's first), at most `count`, unparsed. */
function rightmostEntries(header: string, count: number): string[] {
  const entries: string[] = [];
  let end = header.length;
  while (entries.length < count && end > 0) {
    const comma = header.lastIndexOf(',', end - 1);
    entries.push(header.slice(comma + 1, end));
    end = Math.max(0, comma);
  }
  return entries;
}

/** Resolves the client address of a request. */
export type ClientIpResolver = (c: Context<AppEnv>) => string;

const socketAddress = (c: Context<AppEnv>) => normalizeIp(c.env?.incoming?.socket?.remoteAddress) ?? 'unknown';

/**
 * Builds the resolver for a trust setting. Walking X-Forwarded-For from the right, each trusted hop's entry is the
 * address that proxy saw; the first entry that is not an IP address stops the walk at the last good one, so nothing
 * a client writes to the left of what the proxies appended is ever believed.
 */
export function clientIpResolver(trust: TrustProxy | boolean): ClientIpResolver {
  if (trust === false) return socketAddress;
  const hops =
    trust === true ? 1 : typeof trust === 'number' ? Math.min(Math.max(0, Math.floor(trust)), MAX_HOPS) : MAX_HOPS;
  const proxies = typeof trust === 'object' ? trustedProxyList(trust) : null;
  const trusted = (address: string) => !proxies || proxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  return (c) => {
    let address = socketAddress(c);
    const header = c.req.header('x-forwarded-for');
    if (!header || hops === 0) return address;
    for (const entry of rightmostEntries(header, hops)) {
      if (address === 'unknown' ? proxies !== null : !trusted(address)) break;
      const seen = normalizeIp(entry);
      if (!seen) break;
      address = seen;
    }
    return address;
  };
}

/**
 * The key to count a client by: its IPv4 address, or the /64 network of an IPv6 address, since one subscriber
 * usually holds a whole /64 and could otherwise take a fresh address for every request.
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
