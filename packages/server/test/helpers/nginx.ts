// nginx run in the foreground from a temporary folder with the committed deploy/nginx-kim-server.conf, only its
// ports changed: for the deploy test and `pnpm bench:cluster`.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NGINX = process.env.KIM_TEST_NGINX ?? '/usr/sbin/nginx';
export const NGINX_SITE = readFileSync(
  fileURLToPath(new URL('../../deploy/nginx-kim-server.conf', import.meta.url)),
  'utf8',
);

/** The committed site configuration, listening on `listenPort` and balancing over `upstreamPorts`. */
export function siteConfig(listenPort: number, upstreamPorts: readonly number[]): string {
  const servers = NGINX_SITE.match(/server 127\.0\.0\.1:\d+ [^;]*;\n/g);
  if (!servers || servers.length === 0) throw new Error('deploy/nginx-kim-server.conf has no upstream servers');
  return NGINX_SITE.replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${listenPort};`)
    .replace(servers.join('    '), upstreamPorts.map((p) => servers[0]!.replace(/:\d+/, `:${p}`)).join('    '));
}

/** Writes `dir/nginx.conf`, a main configuration including the site; returns its path. */
export function writeNginxConfig(dir: string, listenPort: number, upstreamPorts: readonly number[]): string {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx is needed at ${NGINX} (apt-get install nginx; .ci/run installs it) or KIM_TEST_NGINX`);
  }
  mkdirSync(dir, { recursive: true });
  // Run as root, nginx's workers are nobody: they must reach the temporary folders.
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'kim-server.conf'), siteConfig(listenPort, upstreamPorts));
  const main = join(dir, 'nginx.conf');
  writeFileSync(
    main,
    `daemon off;\npid ${dir}/nginx.pid;\nerror_log stderr;\nworker_processes 1;\n` +
      `events { worker_connections 1024; }\nhttp {\n  access_log off;\n` +
      ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};\n`).join('') +
      `  include ${dir}/kim-server.conf;\n}\n`,
  );
  return main;
}

/** Starts nginx in the foreground with the configuration `writeNginxConfig` wrote in `dir`. */
export function startNginx(dir: string): ChildProcess {
  return spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
}

/** A port free on 127.0.0.1 right now, for nginx or a server process to listen on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
