import type { KimApiErrorInit } from './kim-api-error.js';
import { KimConflictError } from './kim-conflict-error.js';

/**
 * 412: the write carried the record's `version` (`If-Match`) and someone else saved a newer one first. `current` is
 * the record as it is now on the server, checked against the contract, so an editor can show both versions side by
 * side and let the person merge; retry with `current.version`. A subclass of {@link KimConflictError}.
 *
 * @example
 * try {
 *   await kim.admin.news.update(id, { title }, { version: article.version });
 * } catch (error) {
 *   if (isKimPreconditionFailedError<NewsAdminView>(error) && error.current) showBothVersions(mine, error.current);
 *   else throw error;
 * }
 */
export class KimPreconditionFailedError<T = unknown> extends KimConflictError {
  override name = 'KimPreconditionFailedError';
  /**
   * The record as it is now on the server. `undefined` when the server sent none, or when it did not match the
   * record's schema (read the record again then); the raw member stays in `problem.current`.
   */
  readonly current: T | undefined;

  constructor(init: KimApiErrorInit, options?: ErrorOptions) {
    super(init, options);
    this.current = init.current as T | undefined;
  }
}
