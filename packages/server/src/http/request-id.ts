// Every response carries an X-Request-Id: the caller's own when it looks sane, otherwise a fresh one.
import { randomUUID } from 'node:crypto';

const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | undefined | null): string {
  return header && SANE_ID.test(header) ? header : randomUUID();
}
