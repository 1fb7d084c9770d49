import { expect } from 'chai';
import { CliError, DEFAULT_DB, DEFAULT_PORT, parseCli } from './cli-options.js';

const ENV_TOKEN = 'env-token-0123456789abcdefghijklmn';
const FLAG_TOKEN = 'flag-token-0123456789abcdefghijklm';

describe('parseCli', () => {
  it('serves by default with the documented defaults', () => {
    const options = parseCli([], {});
    expect(options).to.deep.include({
      command: 'serve',
      port: DEFAULT_PORT,
      db: DEFAULT_DB,
      adminToken: undefined,
      adminTokenFile: undefined,
      adminTokenSource: undefined,
      allowedOrigins: '*',
      publicUrl: undefined,
      allowedHosts: undefined,
      rateLimit: { limit: 30, windowSeconds: 60 },
      trustProxy: false,
      responseCache: true,
      webhooksPrivateNetworks: false,
    });
  });

  it('delivers webhooks to private networks only when told to', () => {
    expect(parseCli(['--webhooks-private-networks'], {}).webhooksPrivateNetworks).to.equal(true);
    expect(parseCli([], { KIM_WEBHOOKS_PRIVATE_NETWORKS: '1' }).webhooksPrivateNetworks).to.equal(true);
    expect(parseCli([], { KIM_WEBHOOKS_PRIVATE_NETWORKS: 'off' }).webhooksPrivateNetworks).to.equal(false);
  });

  it('reads environment variables, and flags win over them', () => {
    const env = {
      KIM_PORT: '9000',
      KIM_DB: '/tmp/a.db',
      KIM_ADMIN_TOKEN: ENV_TOKEN,
      KIM_ALLOWED_ORIGINS: 'https://a.example, https://b.example/',
      KIM_RATE_LIMIT: '0',
      KIM_TRUST_PROXY: 'true',
      KIM_RESPONSE_CACHE: 'off',
    };
    expect(parseCli([], env)).to.deep.include({
      port: 9000,
      db: '/tmp/a.db',
      adminToken: ENV_TOKEN,
      adminTokenSource: 'environment',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      rateLimit: false,
      trustProxy: 1,
      responseCache: false,
    });
    const flags = parseCli(
      ['serve', '--port', '9100', '--db', ':memory:', '--admin-token', FLAG_TOKEN, '--rate-limit', '5'],
      env,
    );
    expect(flags).to.deep.include({
      port: 9100,
      db: ':memory:',
      adminToken: FLAG_TOKEN,
      adminTokenSource: 'flag',
      rateLimit: { limit: 5, windowSeconds: 60 },
    });
  });

  it('takes the admin token from a file, and refuses a short one or two sources', () => {
    expect(parseCli(['--admin-token-file', '/run/secrets/kim'], {})).to.deep.include({
      adminToken: undefined,
      adminTokenFile: '/run/secrets/kim',
      adminTokenSource: 'file',
    });
    expect(parseCli([], { KIM_ADMIN_TOKEN_FILE: '/run/secrets/kim' }).adminTokenFile).to.equal('/run/secrets/kim');
    expect(() => parseCli(['--admin-token', 's3cret'], {})).to.throw(CliError, /at least 32 characters/);
    expect(() => parseCli([], { KIM_ADMIN_TOKEN: 'x'.repeat(31) })).to.throw(CliError, /at least 32/);
    expect(() => parseCli(['--admin-token', FLAG_TOKEN, '--admin-token-file', 'f'], {})).to.throw(CliError, /not both/);
  });

  it('knows how many proxies to trust, or which', () => {
    expect(parseCli(['--trust-proxy'], {}).trustProxy).to.equal(1);
    expect(parseCli(['--proxy-hops', '2'], {}).trustProxy).to.equal(2);
    expect(parseCli(['--trusted-proxies', '10.0.0.0/8, ::1,loopback'], {}).trustProxy).to.deep.equal([
      '10.0.0.0/8',
      '::1',
      'loopback',
    ]);
    expect(parseCli([], { KIM_TRUST_PROXY: 'yes' }).trustProxy).to.equal(1);
    expect(parseCli([], { KIM_TRUST_PROXY: '3' }).trustProxy).to.equal(3);
    expect(parseCli([], { KIM_TRUST_PROXY: '172.16.0.0/12' }).trustProxy).to.deep.equal(['172.16.0.0/12']);
    expect(parseCli([], { KIM_TRUST_PROXY: 'off' }).trustProxy).to.equal(false);
  });

  it('takes the hosts to answer for', () => {
    expect(parseCli(['--allowed-hosts', 'kim.example.go.id, .Pangkalpinangkota.go.id'], {}).allowedHosts).to.deep.equal(
      ['kim.example.go.id', '.pangkalpinangkota.go.id'],
    );
    expect(parseCli([], { KIM_ALLOWED_HOSTS: '*' }).allowedHosts).to.equal('*');
  });

  it('takes --site and --cdn directories', () => {
    expect(parseCli(['--site', 'examples/municipal-site', '--cdn', 'packages/widgets/cdn'], {})).to.deep.include({
      siteDir: 'examples/municipal-site',
      cdnDir: 'packages/widgets/cdn',
    });
  });

  it('knows its commands', () => {
    expect(parseCli(['seed', '--db', 'x.db'], {})).to.include({ command: 'seed', db: 'x.db' });
    expect(parseCli(['import-regions', 'w.csv'], {})).to.include({ command: 'import-regions', file: 'w.csv' });
    expect(parseCli(['import-regions'], {})).to.include({ command: 'import-regions', file: undefined });
    expect(parseCli(['precompress', 'site'], {})).to.include({ command: 'precompress', file: 'site' });
    expect(parseCli(['--help'], {}).command).to.equal('help');
    expect(parseCli(['seed', '-h'], {}).command).to.equal('help');
  });

  it('refuses what it cannot use', () => {
    for (const argv of [
      ['bogus'],
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--unknown'],
      ['import-regions', 'a.csv', 'b.csv'],
      ['precompress'],
      ['precompress', 'a', 'b'],
      ['seed', 'extra'],
      ['--allowed-origins', 'not a url'],
      ['--allowed-origins', 'https://a.example/path'],
      ['--public-url', 'ftp://x'],
      ['--trust-proxy', '--proxy-hops', '2'],
      ['--proxy-hops', '0'],
      ['--proxy-hops', '99'],
      ['--trusted-proxies', '10.0.0.0/33'],
      ['--trusted-proxies', 'nginx.local'],
      ['--trusted-proxies', ''],
      ['--allowed-hosts', 'http://kim.example'],
      ['--allowed-hosts', 'a b'],
    ]) {
      expect(() => parseCli(argv, {}), argv.join(' ')).to.throw(CliError);
    }
  });

  it('chooses PostgreSQL from --database-url or KIM_DATABASE_URL, and refuses any other URL', () => {
    expect(parseCli([], { KIM_DATABASE_URL: 'postgres://kim@db/kim' })).to.deep.include({
      databaseUrl: 'postgres://kim@db/kim',
      migrate: true,
      rateLimitStore: undefined,
    });
    expect(parseCli(['--database-url', 'postgresql://kim@localhost/kim?host=/run/pg'], {}).databaseUrl).to.equal(
      'postgresql://kim@localhost/kim?host=/run/pg',
    );
    expect(() => parseCli(['--database-url', 'mysql://x/y'], {})).to.throw(CliError, /PostgreSQL URL/);
    expect(() => parseCli(['--db-pool-size', '0'], {})).to.throw(CliError, /--db-pool-size/);
  });

  it('reads migrate, --check, --no-migrate, --drain-timeout and --rate-limit-store', () => {
    expect(parseCli(['migrate', '--check'], {})).to.deep.include({ command: 'migrate', check: true });
    expect(() => parseCli(['--check'], {})).to.throw(CliError, /migrate/);
    expect(parseCli(['--no-migrate', '--drain-timeout', '30'], {})).to.deep.include({
      migrate: false,
      drainSeconds: 30,
    });
    expect(parseCli([], { KIM_MIGRATE: 'off', KIM_DRAIN_TIMEOUT: '0' })).to.deep.include({
      migrate: false,
      drainSeconds: 0,
    });
    expect(parseCli(['--rate-limit-store', 'database'], {}).rateLimitStore).to.equal('storage');
    expect(parseCli([], { KIM_RATE_LIMIT_STORE: 'memory' }).rateLimitStore).to.equal('memory');
    expect(() => parseCli(['--rate-limit-store', 'redis'], {})).to.throw(CliError, /memory" or "database/);
  });
});
