// Every response carries an X-Request-Id: the caller's own when it looks sane, otherwise a fresh one.
import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';

const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | undefined | null): string {
  return header && SANE_ID.test(header) ? header : randomUUID();
}

export const requestId = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const id = requestIdFrom(c.req.header('x-request-id'));
    c.set('requestId', id);
    await next();
    c.res.headers.set('X-Request-Id', id);
  });
