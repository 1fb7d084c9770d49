// The kim-server command end to end, run from source in a child process.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const run = promisify(execFile);
const kim = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env } });

describe('kim-server CLI', function () {
  this.timeout(30_000);
  const dir = mkdtempSync(join(tmpdir(), 'kim-cli-'));
  const db = join(dir, 'nested', 'kim.db');

  it('prints help', async () => {
    const { stdout } = await kim(['--help']);
    expect(stdout).to.include('import-regions FILE.csv');
    expect(stdout).to.include('KIM_ADMIN_TOKEN');
  });

  it('precompresses a directory for serving', async () => {
    const site = join(dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), `<!doctype html>${'<p>Berita KIM Kota Pangkalpinang</p>'.repeat(60)}`);
    const { stdout } = await kim(['precompress', site]);
    expect(stdout).to.match(/Precompressed .* 1 text files, .* brotli, .* gzip \(2 copies written\)/);
    expect(existsSync(join(site, 'index.html.br'))).to.equal(true);
    expect(existsSync(join(site, 'index.html.gz'))).to.equal(true);
    const missing = (await kim(['precompress', join(dir, 'nope')]).catch((e: unknown) => e)) as { code: number };
    expect(missing.code).to.equal(2);
  });

  it('exits with status 2 and a message on a bad flag', async () => {
    const error = (await kim(['--port', 'x']).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).to.equal(2);
    expect(error.stderr).to.include('--port');
  });

  it('seeds, imports regions and serves a file database, then stops on SIGTERM', async () => {
    const seeded = await kim(['seed', '--db', db]);
    expect(seeded.stdout).to.match(/15 groups, 66 news articles, 6 aspirations/);
    const csv = join(dir, 'regions.csv');
    writeFileSync(csv, 'code,name\n11,Aceh\n11.01,Kabupaten Aceh Selatan\n');
    const imported = await kim(['import-regions', csv], { KIM_DB: db });
    expect(imported.stdout).to.match(/Imported 2 regions/);

    let child: ChildProcess | undefined;
    try {
      child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--host', '127.0.0.1'], {
        env: { ...process.env, KIM_DB: db, KIM_ADMIN_TOKEN: 'cli-token' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child!.stdout!.on('data', (chunk: Buffer) => {
          output += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child!.once('exit', () => reject(new Error(`exited early: ${output}`)));
      });
      const news = (await (await fetch(`${url}/v1/news?region=19.71&limit=2`)).json()) as { data: unknown[] };
      expect(news.data).to.have.length(2);
      const provinces = (await (await fetch(`${url}/v1/regions`)).json()) as { data: { code: string }[] };
      expect(provinces.data.map((r) => r.code)).to.deep.equal(['11', '19']);
      const adminList = await fetch(`${url}/v1/admin/aspirations`, { headers: { Authorization: 'Bearer cli-token' } });
      expect(adminList.status).to.equal(200);

      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).to.equal(0);
      child = undefined;
    } finally {
      child?.kill('SIGKILL');
    }
  });
});
