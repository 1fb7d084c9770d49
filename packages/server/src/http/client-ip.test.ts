import { expect } from 'chai';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { clientIpResolver, clientKey, normalizeIp, trustedProxyList } from './client-ip.js';

/** The two things the resolver reads from a request. */
const request = (socket: string | undefined, forwarded?: string) =>
  ({
    env: { incoming: { socket: { remoteAddress: socket } } },
    req: { header: (name: string) => (name === 'x-forwarded-for' ? forwarded : undefined) },
  }) as unknown as Context<AppEnv>;

describe('client address', () => {
  it('reads the IP forms proxies write, and nothing else', () => {
    expect(normalizeIp(' 203.0.113.9 ')).to.equal('203.0.113.9');
    expect(normalizeIp('203.0.113.9:51234')).to.equal('203.0.113.9');
    expect(normalizeIp('2001:DB8::1')).to.equal('2001:db8::1');
    expect(normalizeIp('[2001:db8::1]:443')).to.equal('2001:db8::1');
    expect(normalizeIp('::ffff:203.0.113.9')).to.equal('203.0.113.9');
    for (const bad of [
      '',
      'unknown',
      'evil.example',
      '203.0.113',
      '999.1.1.1',
      '1.2.3.4.5',
      '<script>',
      'x'.repeat(70),
    ]) {
      expect(normalizeIp(bad), bad).to.equal(null);
    }
  });

  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    const resolve = clientIpResolver(false);
    expect(resolve(request('203.0.113.9', '198.51.100.1'))).to.equal('203.0.113.9');
    expect(resolve(request('::ffff:203.0.113.9'))).to.equal('203.0.113.9');
  });

  describe('behind one proxy that appends (nginx $proxy_add_x_forwarded_for)', () => {
    const resolve = clientIpResolver(1);
    it('is the address the proxy appended, not what the client wrote before it', () => {
      expect(resolve(request('10.0.0.2', '198.51.100.1'))).to.equal('198.51.100.1');
      expect(resolve(request('10.0.0.2', '1.1.1.1, 2.2.2.2, 198.51.100.1'))).to.equal('198.51.100.1');
      expect(resolve(request('10.0.0.2', 'forged , 198.51.100.1'))).to.equal('198.51.100.1');
    });

    it('falls back to the proxy itself when what it appended is not an address', () => {
      expect(resolve(request('10.0.0.2', '198.51.100.1, garbage'))).to.equal('10.0.0.2');
      expect(resolve(request('10.0.0.2', ''))).to.equal('10.0.0.2');
      expect(resolve(request('10.0.0.2'))).to.equal('10.0.0.2');
    });

    it('reads only the end of a huge header', () => {
      const header = `${'9.9.9.9, '.repeat(1000)}198.51.100.1`;
      expect(header.length).to.be.greaterThan(8000);
      expect(resolve(request('10.0.0.2', header))).to.equal('198.51.100.1');
      expect(resolve(request('10.0.0.2', `${'a'.repeat(8192)}`))).to.equal('10.0.0.2');
    });
  });

  it('behind two proxies, is the address the second one saw', () => {
    const resolve = clientIpResolver(2);
    expect(resolve(request('10.0.0.3', 'forged, 198.51.100.1, 10.0.0.2'))).to.equal('198.51.100.1');
    expect(resolve(request('10.0.0.3', '10.0.0.2'))).to.equal('10.0.0.2');
  });

  describe('behind a list of trusted proxies', () => {
    const resolve = clientIpResolver(['loopback', '10.0.0.0/8', '2001:db8:1::/48']);
    it('walks back through trusted proxies to the first address that is not one', () => {
      expect(resolve(request('127.0.0.1', 'forged, 198.51.100.1, 10.1.2.3'))).to.equal('198.51.100.1');
      expect(resolve(request('2001:db8:1::5', '198.51.100.1'))).to.equal('198.51.100.1');
    });

    it('believes nothing a peer outside the list sends', () => {
      expect(resolve(request('203.0.113.9', '198.51.100.1'))).to.equal('203.0.113.9');
      expect(resolve(request('127.0.0.1', '198.51.100.1, 203.0.113.7'))).to.equal('203.0.113.7');
    });

    it('refuses entries that are not addresses, ranges or known names', () => {
      for (const bad of ['nginx', '10.0.0.0/33', '::1/129', '10.0.0.0/8/1', '']) {
        expect(() => trustedProxyList([bad]), bad).to.throw(TypeError);
      }
    });
  });

  it('counts IPv6 clients by their /64 network', () => {
    expect(clientKey('203.0.113.9')).to.equal('203.0.113.9');
    expect(clientKey('2001:db8:aa:bb:1:2:3:4')).to.equal('2001:db8:aa:bb::/64');
    expect(clientKey('2001:db8:aa:bb::9')).to.equal('2001:db8:aa:bb::/64');
    expect(clientKey('2001:db8::1')).to.equal('2001:db8:0:0::/64');
    expect(clientKey('::1')).to.equal('0:0:0:0::/64');
  });
});
