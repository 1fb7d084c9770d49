// The webhook guard against server-side request forgery: deliveries go to public addresses only unless private
// networks are allowed, checked on the address actually connected to, for literal addresses and host names alike.
import { createServer, type Server } from 'node:http';
import { expect } from 'chai';
import { isPublicAddress, postWebhook, WebhookTargetError } from '../src/notifications/webhook-target.js';
import { freePort } from './helpers/nginx.js';

describe('webhook target guard', function () {
  this.timeout(30_000);
  let server: Server;
  let port: number;
  let hits = 0;

  before(async () => {
    server = createServer((request, response) => {
      hits++;
      request.resume();
      request.on('end', () => response.writeHead(204).end());
    });
    port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (url: string, allowPrivateNetworks?: boolean) =>
    postWebhook({
      url,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      timeoutMs: 5000,
      allowPrivateNetworks,
    });

  it('tells public addresses from loopback, private, link-local, shared and reserved ones', () => {
    for (const address of ['203.0.114.7', '8.8.8.8', '36.66.1.1', '2606:4700::1111', '::ffff:8.8.4.4']) {
      expect(isPublicAddress(address), address).to.equal(true);
    }
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.5',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not-an-address',
    ]) {
      expect(isPublicAddress(address), address).to.equal(false);
    }
  });

  it('refuses a loopback literal and a host name that resolves to loopback, without connecting', async () => {
    const before = hits;
    for (const url of [`http://127.0.0.1:${port}/hook`, `http://localhost:${port}/hook`, `http://[::1]:${port}/hook`]) {
      const error = await post(url).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, url).to.be.instanceOf(WebhookTargetError);
      expect((error as Error).message).to.match(/not a public address/);
    }
    expect(hits).to.equal(before);
  });

  it('delivers to a private receiver when private networks are allowed', async () => {
    const before = hits;
    expect(await post(`http://127.0.0.1:${port}/hook`, true)).to.equal(204);
    expect(await post(`http://localhost:${port}/hook`, true)).to.equal(204);
    expect(hits).to.equal(before + 2);
  });
});
