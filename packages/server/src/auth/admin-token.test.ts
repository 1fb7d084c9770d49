import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { ADMIN_TOKEN_MIN_LENGTH, adminTokenProblem, readAdminTokenFile } from './admin-token.js';

describe('the bootstrap admin token', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kim-admin-token-'));
  const good = 'Zq3vJ8kP2mX7tR5wY1nB4cD6fG9hL0sA';

  it(`refuses tokens shorter than ${ADMIN_TOKEN_MIN_LENGTH} characters or with spaces`, () => {
    expect(good).to.have.length(32);
    expect(adminTokenProblem(good)).to.equal(null);
    expect(adminTokenProblem(good.slice(1))).to.match(/at least 32 characters \(it has 31\)/);
    expect(adminTokenProblem('s3cret')).to.match(/at least 32/);
    expect(adminTokenProblem(`${good} with spaces`)).to.match(/may only contain/);
  });

  it('reads the first line of a token file, trimmed', async () => {
    const file = join(dir, 'token');
    writeFileSync(file, `${good}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    expect(await readAdminTokenFile(file)).to.deep.equal({ token: good, warning: undefined });
  });

  it('warns when other users can read the file', async () => {
    const file = join(dir, 'open-token');
    writeFileSync(file, good);
    chmodSync(file, 0o644);
    const { warning } = await readAdminTokenFile(file);
    expect(warning).to.match(/can be read by other users \(mode 644\); run: chmod 600/);
  });

  it('fails clearly on a missing or empty file', async () => {
    const empty = join(dir, 'empty');
    writeFileSync(empty, '\n');
    for (const [file, message] of [
      [join(dir, 'missing'), /cannot read the admin token file .*missing: ENOENT/],
      [empty, /is empty/],
    ] as const) {
      const error = await readAdminTokenFile(file).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).message).to.match(message);
    }
  });
});
