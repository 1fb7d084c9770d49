import { expect } from 'chai';
import { encodeCursor } from '../src/http/cursor.js';
import { admin, aspirationInput, expectProblem, testApp } from './helpers/setup.js';

interface BadInput {
  name: string;
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** A raw body, sent as is. */
  raw?: string | Uint8Array;
  /** A JSON body. */
  body?: unknown;
  status: number;
  code: string;
  /** The path of the field error expected in `errors`, when there is one. */
  field?: string;
}

const post = (path: string, body: unknown, extra: Partial<BadInput> = {}) => ({
  method: 'POST' as const,
  path,
  body,
  ...extra,
});
const submit = (overrides: Record<string, unknown>) => post('/v1/aspirations', aspirationInput(overrides));
const status = (body: unknown) => post('/v1/admin/aspirations/asp_seed0001/status', body, { headers: admin });

const CASES: BadInput[] = [
  { name: 'limit 0', path: '/v1/news?limit=0', status: 400, code: 'validation_failed', field: 'limit' },
  { name: 'limit above 100', path: '/v1/news?limit=101', status: 400, code: 'validation_failed', field: 'limit' },
  { name: 'limit not a number', path: '/v1/news?limit=abc', status: 400, code: 'validation_failed', field: 'limit' },
  { name: 'negative limit', path: '/v1/groups?limit=-1', status: 400, code: 'validation_failed', field: 'limit' },
  { name: 'fractional limit', path: '/v1/groups?limit=1.5', status: 400, code: 'validation_failed', field: 'limit' },
  {
    name: 'repeated parameter',
    path: '/v1/news?limit=1&limit=2',
    status: 400,
    code: 'validation_failed',
    field: 'limit',
  },
  { name: 'garbage cursor', path: '/v1/news?cursor=%%%', status: 400, code: 'validation_failed', field: 'cursor' },
  {
    name: 'base64 cursor of junk',
    path: '/v1/news?cursor=aGVsbG8',
    status: 400,
    code: 'validation_failed',
    field: 'cursor',
  },
  {
    name: 'cursor of another list',
    path: `/v1/news?cursor=${encodeCursor('groups', { value: 'KIM', id: 'grp_0001' })}`,
    status: 400,
    code: 'validation_failed',
    field: 'cursor',
  },
  {
    name: 'cursor over 200 characters',
    path: `/v1/news?cursor=${'a'.repeat(201)}`,
    status: 400,
    code: 'validation_failed',
    field: 'cursor',
  },
  {
    name: 'truncated region code',
    path: '/v1/news?region=19.7',
    status: 400,
    code: 'validation_failed',
    field: 'region',
  },
  {
    name: 'region code with letters',
    path: '/v1/groups?region=abc',
    status: 400,
    code: 'validation_failed',
    field: 'region',
  },
  {
    name: 'region code too long',
    path: '/v1/groups?region=19.71.01.10041',
    status: 400,
    code: 'validation_failed',
    field: 'region',
  },
  {
    name: 'category not a slug',
    path: '/v1/news?category=Bad_Slug',
    status: 400,
    code: 'validation_failed',
    field: 'category',
  },
  { name: 'unknown query parameter', path: '/v1/news?foo=1', status: 400, code: 'validation_failed', field: 'foo' },
  { name: 'empty search', path: '/v1/news?q=', status: 400, code: 'validation_failed', field: 'q' },
  { name: 'blank search', path: '/v1/groups?q=%20%20%20', status: 400, code: 'validation_failed', field: 'q' },
  {
    name: 'search over 200 characters',
    path: `/v1/news?q=${'a'.repeat(201)}`,
    status: 400,
    code: 'validation_failed',
    field: 'q',
  },
  {
    name: 'unknown focus area',
    path: '/v1/groups?focus=sepakbola',
    status: 400,
    code: 'validation_failed',
    field: 'focus',
  },
  {
    name: 'unknown region level',
    path: '/v1/regions?level=planet',
    status: 400,
    code: 'validation_failed',
    field: 'level',
  },
  {
    name: 'all villages of the country',
    path: '/v1/regions?level=village',
    status: 400,
    code: 'validation_failed',
    field: 'parent',
  },
  { name: 'malformed region in path', path: '/v1/regions/abc', status: 400, code: 'validation_failed' },
  { name: 'parameters on categories', path: '/v1/categories?x=1', status: 400, code: 'validation_failed', field: 'x' },
  {
    name: 'unknown admin status filter',
    path: '/v1/admin/aspirations?status=done',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'status',
  },
  {
    name: 'malformed tracking code',
    path: '/v1/aspirations/abc',
    status: 400,
    code: 'validation_failed',
    field: 'trackingCode',
  },
  {
    name: 'text/plain body',
    method: 'POST',
    path: '/v1/aspirations',
    headers: { 'Content-Type': 'text/plain' },
    raw: JSON.stringify(aspirationInput()),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'no content type',
    method: 'POST',
    path: '/v1/aspirations',
    raw: new TextEncoder().encode('{}'),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'form-encoded body',
    method: 'POST',
    path: '/v1/aspirations',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    raw: 'kind=complaint',
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'truncated JSON',
    method: 'POST',
    path: '/v1/aspirations',
    raw: '{"kind":',
    status: 400,
    code: 'invalid_json',
  },
  { name: 'empty JSON body', method: 'POST', path: '/v1/aspirations', raw: '', status: 400, code: 'invalid_json' },
  {
    name: 'invalid UTF-8',
    method: 'POST',
    path: '/v1/aspirations',
    raw: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    status: 400,
    code: 'invalid_json',
  },
  { name: 'body over 64 KB', ...submit({ body: 'x'.repeat(70 * 1024) }), status: 413, code: 'payload_too_large' },
  { name: 'JSON array body', ...post('/v1/aspirations', []), status: 422, code: 'validation_failed', field: '' },
  { name: 'JSON null body', ...post('/v1/aspirations', null), status: 422, code: 'validation_failed', field: '' },
  {
    name: 'missing consent',
    ...submit({ consent: undefined }),
    status: 422,
    code: 'validation_failed',
    field: 'consent',
  },
  { name: 'consent false', ...submit({ consent: false }), status: 422, code: 'validation_failed', field: 'consent' },
  { name: 'title too short', ...submit({ title: 'Pendek' }), status: 422, code: 'validation_failed', field: 'title' },
  {
    name: 'title not a string',
    ...submit({ title: 12345678901 }),
    status: 422,
    code: 'validation_failed',
    field: 'title',
  },
  {
    name: 'body too long',
    ...submit({ body: 'a'.repeat(5001) }),
    status: 422,
    code: 'validation_failed',
    field: 'body',
  },
  { name: 'unknown kind', ...submit({ kind: 'praise' }), status: 422, code: 'validation_failed', field: 'kind' },
  {
    name: 'district instead of village',
    ...submit({ regionCode: '19.71.01' }),
    status: 422,
    code: 'validation_failed',
    field: 'regionCode',
  },
  {
    name: 'category not a slug in body',
    ...submit({ categoryId: 'Infra Struktur' }),
    status: 422,
    code: 'validation_failed',
    field: 'categoryId',
  },
  {
    name: 'invalid reporter email',
    ...submit({ reporter: { email: 'bukan-email' } }),
    status: 422,
    code: 'validation_failed',
    field: 'reporter.email',
  },
  {
    name: 'invalid reporter phone',
    ...submit({ reporter: { phone: '12345' } }),
    status: 422,
    code: 'validation_failed',
    field: 'reporter.phone',
  },
  {
    name: 'anonymous not a boolean',
    ...submit({ anonymous: 'yes' }),
    status: 422,
    code: 'validation_failed',
    field: 'anonymous',
  },
  {
    name: 'honeypot over 500 characters',
    ...submit({ website: 'x'.repeat(501) }),
    status: 422,
    code: 'validation_failed',
    field: 'website',
  },
  {
    name: 'idempotency key with spaces',
    ...submit({}),
    headers: { 'Idempotency-Key': 'two words' },
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'idempotency key over 255 characters',
    ...submit({}),
    headers: { 'Idempotency-Key': 'k'.repeat(256) },
    status: 400,
    code: 'bad_request',
  },
  { name: 'unknown status', ...status({ status: 'done' }), status: 422, code: 'validation_failed', field: 'status' },
  {
    name: 'rejection without note',
    ...status({ status: 'rejected' }),
    status: 422,
    code: 'validation_failed',
    field: 'note',
  },
  {
    name: 'note over 1000 characters',
    ...status({ status: 'verified', note: 'n'.repeat(1001) }),
    status: 422,
    code: 'validation_failed',
    field: 'note',
  },
  {
    name: 'malformed JSON to admin',
    method: 'POST',
    path: '/v1/admin/aspirations/asp_seed0001/status',
    headers: { ...admin, 'Content-Type': 'application/json' },
    raw: '{status:verified}',
    status: 400,
    code: 'invalid_json',
  },
];

describe('bad input', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  before(async () => {
    t = await testApp();
  });

  it(`covers at least 30 cases (${CASES.length})`, () => {
    expect(CASES.length).to.be.greaterThanOrEqual(30);
  });

  for (const c of CASES) {
    it(`${c.name}: ${c.status} ${c.code}`, async () => {
      const headers: Record<string, string> = { ...c.headers };
      let body: BodyInit | undefined;
      if (c.body !== undefined) {
        headers['Content-Type'] ??= 'application/json';
        body = JSON.stringify(c.body);
      } else if (c.raw !== undefined) {
        body = c.raw as BodyInit;
        if (!c.headers?.['Content-Type'] && c.code !== 'unsupported_media_type')
          headers['Content-Type'] = 'application/json';
      }
      const response = await t.request(c.path, { method: c.method ?? 'GET', headers, body });
      const problem = await expectProblem(response, c.status, c.code);
      if (c.field !== undefined) {
        expect(
          problem.errors?.map((e) => e.path),
          JSON.stringify(problem.errors),
        ).to.include(c.field);
        for (const error of problem.errors ?? []) expect(error.message).to.be.a('string').and.not.equal('');
      }
    });
  }
});
