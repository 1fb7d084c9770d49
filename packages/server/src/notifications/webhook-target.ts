// Where a webhook may be delivered. A subscription's URL is typed by a Dinas official; without a guard the server
// would POST to whatever it names, including the Dinas's own network (the database, a router's admin page, a cloud
// metadata service), and the delivery log would tell the official what answered (server-side request forgery).
// Unless the operator allows private networks (an integration bridge on the Dinas intranet), every address the host
// name resolves to must be a public one, checked at connect time: the address checked is the address connected to,
// so a name that resolves differently on the second lookup (DNS rebinding) gains nothing.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Addresses no public webhook receiver has: loopback, private, shared, link-local, multicast, reserved (RFC 6890). */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Whether `address` (an IPv4 or IPv6 literal) is one a public receiver may have; IPv4-mapped IPv6 as its IPv4. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return isPublicAddress(mapped[1]!);
    return !NOT_PUBLIC.check(address, 'ipv6');
  }
  return !NOT_PUBLIC.check(address, 'ipv4');
}

/** A delivery refused before any connection: the message says which address, never what answers there. */
export class WebhookTargetError extends Error {
  override name = 'WebhookTargetError';
}

const refusal = (address: string) =>
  new WebhookTargetError(`Refused: ${address} is not a public address (allow private networks to deliver there)`);

/** A `lookup` for http(s).request that answers only public addresses, or fails the connection. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused || addresses.length === 0) {
      return callback(refusal(refused?.address ?? hostname) as NodeJS.ErrnoException, '', 0);
    }
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Deliver to loopback and private addresses too (a receiver on the Dinas intranet; tests). @default false */
  allowPrivateNetworks?: boolean;
}

/**
 * POSTs a webhook body and resolves with the status code (redirects are not followed: a 3xx is the answer). Rejects
 * with {@link WebhookTargetError} for a receiver that is not public, or with the network error.
 */
export function postWebhook(post: WebhookPost): Promise<number> {
  const url = new URL(post.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!post.allowPrivateNetworks && isIP(host) !== 0 && !isPublicAddress(host)) {
    return Promise.reject(refusal(host));
  }
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...post.headers, 'Content-Length': String(Buffer.byteLength(post.body)) },
        lookup: post.allowPrivateNetworks ? undefined : publicLookup,
        signal: AbortSignal.timeout(post.timeoutMs),
        agent: false,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(post.body);
  });
}
