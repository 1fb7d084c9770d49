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
      ['import-regions'],
      ['precompress'],
      ['precompress', 'a', 'b'],
      ['seed', 'extra'],
      ['--allowed-origins', 'not a url'],
      ['--allowed-origins', 'https://a.example/path'],
      ['--public-url', 'ftp://x'],
    ]) {
      expect(() => parseCli(argv, {}), argv.join(' ')).to.throw(CliError);
    }
  });
});
