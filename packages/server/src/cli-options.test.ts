import { expect } from 'chai';
import { CliError, DEFAULT_DB, DEFAULT_PORT, parseCli } from './cli-options.js';

describe('parseCli', () => {
  it('serves by default with the documented defaults', () => {
    const options = parseCli([], {});
    expect(options).to.deep.include({
      command: 'serve',
      port: DEFAULT_PORT,
      db: DEFAULT_DB,
      adminToken: undefined,
      allowedOrigins: '*',
      rateLimit: { limit: 30, windowSeconds: 60 },
      trustProxy: false,
      responseCache: true,
    });
  });

  it('reads environment variables, and flags win over them', () => {
    const env = {
      KIM_PORT: '9000',
      KIM_DB: '/tmp/a.db',
      KIM_ADMIN_TOKEN: 'env-token',
      KIM_ALLOWED_ORIGINS: 'https://a.example, https://b.example/',
      KIM_RATE_LIMIT: '0',
      KIM_TRUST_PROXY: 'true',
      KIM_RESPONSE_CACHE: 'off',
    };
    expect(parseCli([], env)).to.deep.include({
      port: 9000,
      db: '/tmp/a.db',
      adminToken: 'env-token',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      rateLimit: false,
      trustProxy: true,
      responseCache: false,
    });
    const flags = parseCli(
      ['serve', '--port', '9100', '--db', ':memory:', '--admin-token', 'flag', '--rate-limit', '5'],
      env,
    );
    expect(flags).to.deep.include({
      port: 9100,
      db: ':memory:',
      adminToken: 'flag',
      rateLimit: { limit: 5, windowSeconds: 60 },
    });
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
    expect(parseCli(['--help'], {}).command).to.equal('help');
    expect(parseCli(['seed', '-h'], {}).command).to.equal('help');
  });

  it('refuses what it cannot use', () => {
    for (const argv of [
      ['bogus'],
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--unknown'],
      ['import-regions'],
      ['seed', 'extra'],
      ['--allowed-origins', 'not a url'],
      ['--allowed-origins', 'https://a.example/path'],
      ['--public-url', 'ftp://x'],
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
