// Serves the app over HTTP with @hono/node-server, and stops it gracefully: readiness fails first, no new
// connections are accepted, requests in flight finish (up to a deadline), then the remaining connections close.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { AppOptions } from './app-options.js';
import { FollowUpSecrets } from './aspirations/follow-up-secret.js';
import { OutboxDispatcher } from './notifications/dispatcher.js';
import { smtpMailer } from './notifications/mailer.js';

export interface ServerOptions extends AppOptions {
  /** 0 picks a free port. @default 8787 */
  port?: number;
  /** @default all interfaces */
  hostname?: string;
  /**
   * Runs the notification dispatcher in this process (see notifications/dispatcher.ts): it sends what the outbox
   * holds. Without `smtpUrl` it logs so once at start and emails stay pending. Without this option nothing is sent.
   */
  notifications?: NotificationOptions;
}

export interface NotificationOptions {
  /** `smtp://user:pass@host:587` or `smtps://…:465`. */
  smtpUrl?: string;
  /** @default `KIM <noreply@<host of publicUrl>>` */
  from?: string;
  /** The public tracker, `{code}` for the tracking code. @default `<publicUrl>/#lacak` */
  trackerUrl?: string;
  /** Between runs when idle, in milliseconds. @default 5000 */
  intervalMs?: number;
  /** Deliver webhooks to loopback and private addresses too (a receiver on the intranet). @default false */
  allowPrivateNetworks?: boolean;
}

export interface RunningServer {
  /** `http://localhost:<port>` */
  url: string;
  port: number;
  /** Requests being answered right now. */
  readonly inFlight: number;
  /**
   * Stops gracefully: `/readyz` answers 503 at once, new connections are refused, requests in flight finish (each
   * answered with `Connection: close`), and whatever is still open after `drainMs` is cut. The storage is left to
   * the caller.
   * @param drainMs how long requests in flight may take, in milliseconds (default 10,000)
   */
  close(drainMs?: number): Promise<void>;
}

/** Starts the KIM data API and resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  // One issuer of follow-up secrets for the app and the dispatcher: without a configured key, both use the same
  // random one, so the submission confirmation carries the secret the receipt showed.
  const followUpSecrets = options.followUpSecrets ?? new FollowUpSecrets(options.followUpKey || undefined);
  const app = createApp({
    ...options,
    followUpSecrets,
    draining: () => draining || (options.draining?.() ?? false),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: options.hostname }, () => resolve(s));
    s.once('error', reject);
  });
  // Idle keep-alive connections outlive the proxy's or client's own idle timeout (nginx keeps upstream connections
  // 60 s): otherwise the server may close one at the moment the other end sends the next request on it, which the
  // client sees as "other side closed". headersTimeout must stay above keepAliveTimeout.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight++;
    // While draining, every answer tells the client to open its next connection elsewhere.
    if (draining) response.setHeader('Connection', 'close');
    response.once('close', () => {
      inFlight--;
      if (draining && inFlight === 0) drained?.();
    });
  });
  const { port } = server.address() as AddressInfo;
  const dispatcher =
    options.notifications && startDispatcher({ ...options, followUpSecrets }, options.notifications, port);
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    port,
    get inFlight() {
      return inFlight;
    },
    close(drainMs = 10_000) {
      closing ??= new Promise<void>((resolve, reject) => {
        draining = true;
        const idle = () => 'closeIdleConnections' in server && server.closeIdleConnections();
        server.close((error) => (error ? reject(error) : resolve()));
        idle();
        // Keep-alive connections that finish a request while draining become idle: close them as they do.
        const sweep = setInterval(idle, 50);
        const deadline = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, drainMs);
        deadline.unref();
        const done = () => {
          clearInterval(sweep);
          clearTimeout(deadline);
          idle();
        };
        if (inFlight === 0) done();
        else drained = done;
        server.once('close', done);
      }).finally(() => dispatcher?.stop());
      return closing;
    },
  };
}

/** The notification dispatcher of this process, started. */
function startDispatcher(options: ServerOptions, notifications: NotificationOptions, port: number) {
  const base = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const from = notifications.from ?? `KIM <noreply@${new URL(base).hostname}>`;
  const mailer = notifications.smtpUrl ? smtpMailer(notifications.smtpUrl, from) : null;
  const dispatcher = new OutboxDispatcher({
    storage: options.storage,
    mailer,
    from,
    links: { tracker: notifications.trackerUrl ?? `${base}/#lacak`, console: `${base}/console/` },
    intervalMs: notifications.intervalMs,
    allowPrivateNetworks: notifications.allowPrivateNetworks,
    log: options.log,
    followUpSecrets: options.followUpSecrets,
  });
  dispatcher.start();
  return {
    stop: async () => {
      await dispatcher.stop();
      mailer?.close();
    },
  };
}
