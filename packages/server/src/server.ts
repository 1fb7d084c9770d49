// Serves the app over HTTP with @hono/node-server.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { AppOptions } from './app-options.js';

export interface ServerOptions extends AppOptions {
  /** 0 picks a free port. @default 8787 */
  port?: number;
  /** @default all interfaces */
  hostname?: string;
}

export interface RunningServer {
  /** `http://localhost:<port>` */
  url: string;
  port: number;
  /** Stops accepting connections and waits for open ones; the storage is left to the caller. */
  close(): Promise<void>;
}

/** Starts the KIM data API and resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApp(options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: options.hostname }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}
