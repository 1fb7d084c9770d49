import { expect } from 'chai';
import { isKimAuthError, isKimConflictError, isKimPreconditionFailedError } from '../errors/guards.js';
import type { KimApiError } from '../errors/kim-api-error.js';
import type { KimPreconditionFailedError } from '../errors/kim-precondition-failed-error.js';
import { AdminAspirationListQuery } from '../schemas/admin-queries.js';
import type { AspirationAdminView } from '../schemas/aspiration-admin.js';
import { json, problem, raw } from '../test-utils/fake-fetch.js';
import { adminView, page } from '../test-utils/fixtures.js';
import { rejection } from '../test-utils/rejection.js';
import { pathOf, setup } from '../test-utils/setup.js';
import { type AdminAspirationListParams, fileNameOf } from './admin-aspirations.js';

const csv =
  '\uFEFFKode pelacakan;Jenis;Status;Judul;Nama pelapor\r\n7K3M9QX2PD;Pengaduan;Diterima;Lampu jalan padam;Budi\r\n';
const csvAnswer = (headers: Record<string, string> = {}) =>
  raw(csv, 200, 'text/csv; charset=utf-8', {
    'content-disposition': 'attachment; filename="aspirasi-19.71-2026-11-27.csv"',
    ...headers,
  });

const everyFilter: Required<AdminAspirationListParams> = {
  status: 'received',
  kind: 'complaint',
  category: 'infrastruktur',
  region: '19.71.04',
  submittedFrom: '2026-11-01',
  submittedTo: '2026-11-30',
  q: 'lampu jalan',
  overdue: 'true',
  agency: 'agc_pupr',
  sort: 'oldest',
  limit: 50,
  cursor: 'c9',
};

describe('client.admin.aspirations', () => {
  it('recordAgencyResponse() posts the answer at the version and resolves with the aspiration', async () => {
    const { client, fake } = setup(() => json(adminView, { status: 201 }), { token: 't' });
    const view = await client.admin.aspirations.recordAgencyResponse(
      'asp_1',
      { note: 'Perbaikan dijadwalkan 3 Desember.' },
      { version: 4 },
    );
    expect(view).to.deep.equal(adminView);
    const call = fake.calls[0]!;
    expect([call.method, pathOf(call.url), call.headers.get('if-match')]).to.deep.equal([
      'POST',
      '/api/v1/admin/aspirations/asp_1/agency-responses',
      '"4"',
    ]);
    expect(JSON.parse(call.body)).to.deep.equal({ note: 'Perbaikan dijadwalkan 3 Desember.' });
  });

  it("list() sends every inbox filter in the form the server's query schema accepts, with the token", async () => {
    const { client, fake } = setup(() => json(page([adminView])), { token: 'admin-secret' });
    const { data } = await client.admin.aspirations.list(everyFilter);
    expect(data).to.deep.equal([adminView]);
    const call = fake.calls[0]!;
    expect(call.url.pathname).to.equal('/api/v1/admin/aspirations');
    const query = Object.fromEntries(call.url.searchParams);
    expect(Object.keys(query).sort()).to.deep.equal(Object.keys(AdminAspirationListQuery.shape).sort());
    expect(AdminAspirationListQuery.safeParse(query).success).to.equal(true);
    expect(call.headers.get('authorization')).to.equal('Bearer admin-secret');
  });

  it('get() fetches one aspiration by id', async () => {
    const { client, fake } = setup(() => json(adminView), { token: 't' });
    expect(await client.admin.aspirations.get('asp_1')).to.deep.equal(adminView);
    expect(pathOf(fake.calls[0]!.url)).to.equal('/api/v1/admin/aspirations/asp_1');
    expect(fake.calls[0]!.headers.get('authorization')).to.equal('Bearer t');
  });

  describe('setStatus()', () => {
    const change = { status: 'verified' as const, note: 'Laporan diterima', internalNote: 'Cek lokasi Senin' };

    it('posts the change at the version read, as If-Match', async () => {
      const verified = { ...adminView, status: 'verified' as const, version: 2 };
      const { client, fake } = setup(() => json(verified), { token: 't' });
      expect(await client.admin.aspirations.setStatus('asp_1', change, { version: 1 })).to.deep.equal(verified);
      const call = fake.calls[0]!;
      expect([call.method, pathOf(call.url)]).to.deep.equal(['POST', '/api/v1/admin/aspirations/asp_1/status']);
      expect(JSON.parse(call.body)).to.deep.equal(change);
      expect(call.headers.get('if-match')).to.equal('"1"');
      expect(call.headers.has('idempotency-key')).to.equal(false);
    });

    it('a stale version rejects with the aspiration as it is now, checked as AspirationAdminView', async () => {
      const now = { ...adminView, status: 'rejected' as const, version: 2 };
      const { client } = setup(() => problem(412, { code: 'precondition_failed', current: now }), { token: 't' });
      const error = await rejection(client.admin.aspirations.setStatus('asp_1', change, { version: 1 }));
      expect(isKimPreconditionFailedError<AspirationAdminView>(error)).to.equal(true);
      expect((error as KimPreconditionFailedError<AspirationAdminView>).current).to.deep.equal(now);
    });

    it('a change not allowed from the current status is a KimConflictError (invalid_transition)', async () => {
      const { client } = setup(() => problem(409, { code: 'invalid_transition' }), { token: 't' });
      const error = (await rejection(
        client.admin.aspirations.setStatus('asp_1', change, { version: 1 }),
      )) as KimApiError;
      expect(isKimConflictError(error)).to.equal(true);
      expect(isKimPreconditionFailedError(error)).to.equal(false);
      expect(error.code).to.equal('invalid_transition');
    });

    it('without a version (code written for servers before issue 12), sends no If-Match; the server decides', async () => {
      const { client, fake } = setup(() => problem(428, { code: 'precondition_required' }), { token: 't' });
      const error = (await rejection(client.admin.aspirations.setStatus('asp_1', change))) as KimApiError;
      expect(fake.calls).to.have.length(1);
      expect(fake.calls[0]!.headers.has('if-match')).to.equal(false);
      expect([error.status, error.code]).to.deep.equal([428, 'precondition_required']);
    });

    it('an invalid version rejects before sending anything', async () => {
      const { client, fake } = setup(() => json(adminView), { token: 't' });
      const error = await rejection(client.admin.aspirations.setStatus('asp_1', change, { version: 0 }));
      expect(error).to.be.instanceOf(TypeError);
      expect(fake.calls).to.have.length(0);
    });
  });

  it('bulkSetStatus() posts the change for many ids and resolves with each outcome', async () => {
    const result = {
      results: [
        { id: 'asp_1', outcome: 'changed' as const },
        { id: 'asp_2', outcome: 'invalid_transition' as const, from: 'resolved' as const },
        { id: 'asp_3', outcome: 'not_found' as const },
      ],
    };
    const { client, fake } = setup(() => json(result), { token: 't' });
    const change = { ids: ['asp_1', 'asp_2', 'asp_3'], status: 'forwarded' as const, note: 'Diteruskan ke Dinas PUPR' };
    expect(await client.admin.aspirations.bulkSetStatus(change)).to.deep.equal(result);
    const call = fake.calls[0]!;
    expect([call.method, pathOf(call.url)]).to.deep.equal(['POST', '/api/v1/admin/aspirations/status']);
    expect(JSON.parse(call.body)).to.deep.equal(change);
    expect(call.headers.has('if-match')).to.equal(false);
  });

  describe('CSV export', () => {
    it('exportCsv() asks for CSV with the filters and resolves with the text, without the byte order mark', async () => {
      const { client, fake } = setup(() => csvAnswer(), { token: 't' });
      const { limit: _, cursor: __, ...filters } = everyFilter;
      expect(await client.admin.aspirations.exportCsv(filters)).to.equal(csv.slice(1));
      const call = fake.calls[0]!;
      expect(call.url.pathname).to.equal('/api/v1/admin/aspirations/export.csv');
      expect(call.url.searchParams.get('region')).to.equal('19.71.04');
      expect(call.headers.get('accept')).to.equal('text/csv');
      expect(call.headers.get('authorization')).to.equal('Bearer t');
    });

    it('exportCsvFile() resolves with a File, byte for byte, named as the server names it', async () => {
      const { client } = setup(() => csvAnswer(), { token: 't' });
      const file = await client.admin.aspirations.exportCsvFile({ region: '19.71' });
      expect(file).to.be.instanceOf(File);
      expect(file.name).to.equal('aspirasi-19.71-2026-11-27.csv');
      expect(file.type.replace(/\s/g, '')).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await file.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).to.equal(csv.slice(1));
    });

    it('exportCsvFile() names the file aspirasi.csv when the server gives no name', async () => {
      const { client } = setup(() => raw(csv, 200, 'text/csv'), { token: 't' });
      expect((await client.admin.aspirations.exportCsvFile()).name).to.equal('aspirasi.csv');
    });

    it('a role that may not export gets a KimForbiddenError, not a file', async () => {
      const { client } = setup(() => problem(403, { code: 'forbidden' }), { token: 't' });
      expect(isKimAuthError(await rejection(client.admin.aspirations.exportCsvFile()))).to.equal(true);
    });
  });

  describe('fileNameOf', () => {
    const cases: Array<[string | null, string]> = [
      ['attachment; filename="aspirasi.csv"', 'aspirasi.csv'],
      ['attachment; filename=aspirasi.csv', 'aspirasi.csv'],
      ['attachment; filename="a.csv"; filename*=UTF-8\'\'aspirasi%20Bukit%20Intan.csv', 'aspirasi Bukit Intan.csv'],
      ['attachment; filename*=UTF-8\'\'%E0%A4%A.csv; filename="plain.csv"', 'plain.csv'],
      ['attachment; filename="../../etc/passwd"', 'passwd'],
      ['attachment; filename="C:\\Users\\x.csv"', 'x.csv'],
      ['attachment', 'fallback.csv'],
      [null, 'fallback.csv'],
    ];
    for (const [header, name] of cases) {
      it(`${JSON.stringify(header)} -> ${name}`, () => expect(fileNameOf(header, 'fallback.csv')).to.equal(name));
    }
  });

  it('without a token, sends no Authorization and surfaces the 401 as KimAuthError', async () => {
    const { client, fake } = setup(() => problem(401, { code: 'unauthorized', title: 'Unauthorized' }));
    const error = await rejection(client.admin.aspirations.get('asp_1'));
    expect(isKimAuthError(error)).to.equal(true);
    expect(fake.calls[0]!.headers.has('authorization')).to.equal(false);
  });
});
