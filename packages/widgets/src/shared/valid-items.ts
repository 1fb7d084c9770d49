// Lists keep their valid items: one out-of-contract item (a group with a bad e-mail) must not hide a whole list.
import { KimResponseError, type Page, type ResponseIssue } from '@kim-kit/sdk';
import { type InvalidItem, KimInvalidItemsEvent } from '../events/kim-invalid-items.js';

/** The part of a contract schema this check uses (a zod/mini schema such as `KimGroup`). */
export interface ItemSchema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

function pageError(message: string, issues: ResponseIssue[]): KimResponseError {
  return new KimResponseError(`the list page does not match the contract: ${message}`, { issues, status: 200 });
}

/**
 * Checks an unvalidated list page item by item: the page's shape must hold (else a `KimResponseError`, as the SDK
 * would throw), items that break `schema` are left out, and `host` reports them with `kim-invalid-items` and a
 * console warning.
 */
export function keepValidItems<T>(host: HTMLElement, page: unknown, schema: ItemSchema<T>): Page<T> {
  const raw = page as { data?: unknown; nextCursor?: unknown } | null;
  if (typeof raw !== 'object' || raw === null || !Array.isArray(raw.data)) {
    throw pageError('`data` is not a list', [{ path: 'data', message: 'expected an array' }]);
  }
  if (raw.nextCursor !== null && typeof raw.nextCursor !== 'string') {
    throw pageError('`nextCursor` is neither a string nor null', [
      { path: 'nextCursor', message: 'expected string or null' },
    ]);
  }
  const data: T[] = [];
  const invalid: InvalidItem[] = [];
  raw.data.forEach((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      data.push(result.data);
      return;
    }
    const id = (item as { id?: unknown } | null)?.id;
    invalid.push({
      index,
      ...(typeof id === 'string' ? { id } : {}),
      issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    });
  });
  if (invalid.length > 0) {
    console.warn(`<${host.localName}> left out items that break the API contract:`, invalid);
    host.dispatchEvent(new KimInvalidItemsEvent(invalid));
  }
  return { data, nextCursor: raw.nextCursor };
}
