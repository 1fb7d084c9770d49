// Officials' work on many aspirations at once: one status change for a selection, and the CSV export of the inbox.
import {
  AdminAspirationListQuery,
  type AspirationBulkResult,
  AspirationBulkStatusChange,
  statusesLeadingTo,
} from '@kim-kit/sdk/schemas';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { forbidden, requirePrincipal, writeContext } from '../http/authorize.js';
import { csvField } from '../http/csv.js';
import { NO_STORE, sendJson } from '../http/json-response.js';
import { readJson } from '../http/read-json.js';
import { parseQuery, parseWith } from '../http/validate.js';
import { can, listScope } from '../policy/policy.js';
import type { Principal } from '../policy/principal.js';
import { commonRegion } from '../storage/queries/audit.js';
import type { AspirationRecord } from '../storage/storage.js';
import { forwardingAgency } from './admin-agencies.js';
import { inboxFilter } from './inbox-filter.js';
import type { RouteDeps } from './route-deps.js';

/** The most rows one export holds; a larger inbox is exported in parts with the filters. */
export const EXPORT_MAX_ROWS = 10_000;
const PAGE = 500;

/** Whether the person may change statuses anywhere (admins, Dinas officials): operators may not. */
const triages = (principal: Principal) => principal.memberships.some((m) => m.role === 'admin' || m.role === 'dinas');

export function aspirationBulkRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.post('/v1/admin/aspirations/status', async (c) => {
    const principal = requirePrincipal(c);
    if (!triages(principal)) throw forbidden();
    const change = parseWith(AspirationBulkStatusChange, await readJson(c, deps.bodyLimit), {
      status: 422,
      detail: { id: 'Perubahan status tidak valid', en: 'The status change is not valid' },
    });
    const agency = change.agencyId === undefined ? undefined : await deps.storage.getAgency(change.agencyId);
    if (change.agencyId !== undefined && (!agency || agency.archivedAt !== null)) {
      // Checked against the first aspiration's region below; here only that it exists and is active.
      await forwardingAgency(deps, change.agencyId, `${agency?.regionCode ?? ''}.`);
    }
    const results: AspirationBulkResult['results'] = [];
    for (const id of new Set(change.ids)) {
      const current = await deps.storage.getAspiration(id);
      // Outside one's region is as if it did not exist.
      if (!current || !can(principal, 'aspiration.change_status', current)) {
        results.push({ id, outcome: 'not_found' });
        continue;
      }
      // An agency serves its own regency or city only.
      if (agency && !current.regionCode.startsWith(`${agency.regionCode}.`)) {
        results.push({ id, outcome: 'agency_mismatch' });
        continue;
      }
      // The contract's lifecycle by kind: an information request ends only through its decision, so no status leads
      // it to `resolved` or `rejected` here, and the row is refused as an invalid transition from its status.
      const allowedFrom = statusesLeadingTo(current.kind, change.status);
      // Each one in its own transaction with its own audit entry: one refusal does not undo the others.
      const ctx = writeContext(c);
      const result = await deps.storage.changeAspirationStatus(ctx, id, {
        status: change.status,
        note: change.note ?? null,
        internalNote: change.internalNote ?? null,
        allowedFrom,
        agencyId: change.agencyId,
        deadline: (kind, regionCode) => deps.deadlines.of(kind, change.status, ctx.at, regionCode),
      });
      if (result.outcome === 'changed') results.push({ id, outcome: 'changed' });
      else if (result.outcome === 'invalid_transition')
        results.push({ id, outcome: 'invalid_transition', from: result.from });
      else results.push({ id, outcome: 'not_found' });
    }
    return sendJson(c, { results } satisfies AspirationBulkResult, NO_STORE);
  });

  app.get('/v1/admin/aspirations/export.csv', async (c) => {
    const principal = requirePrincipal(c);
    if (!triages(principal)) throw forbidden();
    const scope = listScope(principal, 'aspiration.read');
    const query = parseQuery(AdminAspirationListQuery, c.req.url);
    const withReporter = principal.memberships.some((m) => m.role === 'admin' || m.role === 'dinas');
    const header = [
      'Kode Lacak',
      'Jenis',
      'Status',
      'Judul',
      'Isi',
      'Kategori',
      'Kode Wilayah',
      'Anonim',
      'Rahasia',
      'Diterima',
      'Diperbarui',
      ...(withReporter ? ['Nama Pelapor', 'Email Pelapor', 'Telepon Pelapor'] : []),
    ];
    const lines = [header.map(csvField).join(',')];
    const row = (a: AspirationRecord) => {
      const reporter = can(principal, 'aspiration.read_reporter', a) ? a.reporter : null;
      const fields: (string | boolean | null)[] = [
        a.trackingCode,
        a.kind,
        a.status,
        a.title,
        a.body,
        a.category.name,
        a.regionCode,
        a.anonymous ? 'ya' : 'tidak',
        a.confidential ? 'ya' : 'tidak',
        a.submittedAt,
        a.updatedAt,
        ...(withReporter ? [reporter?.name ?? null, reporter?.email ?? null, reporter?.phone ?? null] : []),
      ];
      return fields.map(csvField).join(',');
    };
    let after: { value: string; id: string } | undefined;
    let count = 0;
    while (count < EXPORT_MAX_ROWS) {
      const rows = await deps.storage.listAspirations({
        ...inboxFilter(query, scope),
        limit: Math.min(PAGE, EXPORT_MAX_ROWS - count),
        after,
      });
      for (const a of rows) lines.push(row(a));
      count += rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) break;
      after = { value: last.submittedAt, id: last.id };
    }
    const filters = Object.keys(query).filter((k) => k !== 'limit' && k !== 'cursor');
    await deps.storage.appendAudit(writeContext(c), {
      action: 'aspiration.export',
      target: { type: 'aspiration', id: 'export.csv', label: `${count} baris` },
      changes: filters,
      regionCode: query.region ?? (scope === 'all' ? null : commonRegion(scope.map((g) => g.prefix))),
    });
    const day = new Date().toISOString().slice(0, 10);
    // UTF-8 with a byte order mark and CRLF line ends (RFC 4180), so spreadsheets read the Indonesian text right.
    return c.body(`\uFEFF${lines.join('\r\n')}\r\n`, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="aspirasi-${day}.csv"`,
      'Cache-Control': NO_STORE,
    });
  });
}
