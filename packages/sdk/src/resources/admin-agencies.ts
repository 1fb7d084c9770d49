import type { RequestOptions, WriteOptions } from '../options.js';
import type { ListPromise } from '../pagination.js';
import type { Send } from '../request.js';
import { Agency, type AgencyInput, type AgencyUpdate } from '../schemas/agency.js';
import { pagedList, recordWrite } from './admin-calls.js';

/** Filters and paging of `admin.agencies.list`. */
export interface AdminAgencyListParams {
  /**
   * A province or regency/city code, within the person's region.
   * @example '19.71'
   */
  region?: string | undefined;
  /** Only active or only archived agencies; both by default. */
  status?: 'active' | 'archived' | undefined;
  /** Part of the name or short name. */
  q?: string | undefined;
  /**
   * Page size, 1 to 100.
   * @default 20
   */
  limit?: number | undefined;
  cursor?: string | undefined;
}

/**
 * Perangkat daerah (agencies) of each regency or city, which aspirations are forwarded to. Admins keep every
 * region's registry, Dinas officials their own region's (`me.capabilities` has `agencies.manage`).
 */
export interface AdminAgenciesResource {
  /**
   * The agencies of the regions the person keeps, by name.
   * @example for await (const a of kim.admin.agencies.list({ region: '19.71', status: 'active' })) console.log(a.shortName);
   */
  list(params?: AdminAgencyListParams, options?: RequestOptions): ListPromise<Agency>;
  /** One agency with its `version`. */
  get(id: string, options?: RequestOptions): Promise<Agency>;
  /**
   * Adds an agency; `KimConflictError` when its region has one with the same short name.
   * @example await kim.admin.agencies.create({ regionCode: '19.71', name: 'Dinas Perhubungan', shortName: 'Dishub' });
   */
  create(input: AgencyInput, options?: RequestOptions): Promise<Agency>;
  /** Changes the fields given, at the `version` read (`KimPreconditionFailedError` when someone changed it since). */
  update(id: string, patch: AgencyUpdate, options: WriteOptions): Promise<Agency>;
  /** No longer offered for forwarding; what was forwarded to it keeps it. */
  archive(id: string, options: WriteOptions): Promise<Agency>;
  restore(id: string, options: WriteOptions): Promise<Agency>;
}

export function adminAgenciesResource(send: Send): AdminAgenciesResource {
  const path = ['v1', 'admin', 'agencies'];
  return Object.freeze({
    list: (params = {}, options) => pagedList(send, path, Agency, { ...params }, options),
    get: (id, options) => send({ method: 'GET', path: [...path, id], schema: Agency, auth: true }, options),
    create: (input, options) => send({ method: 'POST', path, json: input, schema: Agency, auth: true }, options),
    update: (id, patch, options) => send(recordWrite(Agency, 'PATCH', [...path, id], options, patch), options),
    archive: (id, options) => send(recordWrite(Agency, 'POST', [...path, id, 'archive'], options), options),
    restore: (id, options) => send(recordWrite(Agency, 'POST', [...path, id, 'restore'], options), options),
  } satisfies AdminAgenciesResource);
}
