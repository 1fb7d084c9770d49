import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { encodeCursor } from '../src/http/cursor.js';
import { signedIn } from './helpers/accounts.js';
import { bilevelPng, multipart, smallJpeg, smallPng, withJpegComment } from './helpers/hostile-images.js';
import { admin, aspirationInput, expectProblem, type TestOptions, testApp } from './helpers/setup.js';

/** A site and a CDN folder holding the files a careless deployment leaves in them. */
const served = mkdtempSync(join(tmpdir(), 'kim-bad-site-'));
mkdirSync(join(served, 'site', '.git'), { recursive: true });
mkdirSync(join(served, 'cdn'), { recursive: true });
writeFileSync(join(served, 'site', 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(served, 'site', '.env'), 'KIM_ADMIN_TOKEN=secret');
writeFileSync(join(served, 'site', '.git', 'config'), '[core]');
writeFileSync(join(served, 'cdn', '.npmrc'), '_authToken=secret');
const withSite: TestOptions = { siteDir: join(served, 'site'), cdnDir: join(served, 'cdn') };
/** No public URL configured: URLs would come from the Host header, so it is checked. */
const hostChecked: TestOptions = { publicUrl: undefined };

interface BadInput {
  name: string;
  method?: 'GET' | 'POST' | 'DELETE' | 'PATCH' | 'PUT';
  /** Sent by a signed-in admin person (a session) instead of the bootstrap token in `headers`. */
  asPerson?: boolean;
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
  /** Options of an app of its own, for cases the shared app cannot show. */
  options?: TestOptions;
}

const post = (path: string, body: unknown, extra: Partial<BadInput> = {}) => ({
  method: 'POST' as const,
  path,
  body,
  ...extra,
});
const submit = (overrides: Record<string, unknown>) => post('/v1/aspirations', aspirationInput(overrides));
const status = (body: unknown) => post('/v1/admin/aspirations/asp_seed0001/status', body, { headers: admin });
const feed = (query: string, format = 'rss') => `/v1/feeds/news.${format}?${query}`;
const hugeForwardedFor = `${'203.0.113.1, '.repeat(700)}garbage`;

const signIn = (body: unknown, extra: Partial<BadInput> = {}) => post('/v1/auth/sign-in', body, extra);
const preview = (body: unknown) => post('/v1/auth/invitations/preview', body);
const accept = (body: unknown) => post('/v1/auth/invitations/accept', body);
const UNKNOWN_LINK = `kimi_${'A'.repeat(43)}`;
const newToken = (overrides: Record<string, unknown>) =>
  post(
    '/v1/auth/tokens',
    { name: 'Integrasi', membership: { role: 'admin' }, expiresInDays: 30, ...overrides },
    { asPerson: true },
  );
const inviteUser = (overrides: Record<string, unknown>) =>
  post(
    '/v1/admin/users',
    {
      email: 'baru@example.org',
      name: 'Orang Baru',
      memberships: [{ role: 'kim', groupId: 'grp_0002' }],
      ...overrides,
    },
    { headers: admin },
  );
const statusWith = (ifMatch: string) =>
  post(
    '/v1/admin/aspirations/asp_seed0001/status',
    { status: 'verified' },
    { headers: { ...admin, 'If-Match': ifMatch } },
  );

/** Hostile input to the accounts side: sign-in, links, tokens, people, the audit log, the inbox. */
const ACCOUNT_CASES: BadInput[] = [
  { ...signIn(undefined), name: 'sign-in without a body', raw: '', status: 400, code: 'invalid_json' },
  {
    ...signIn({}),
    name: 'sign-in as a form',
    raw: 'email=a&password=b',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: undefined,
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    ...signIn({ password: 'kata-sandi-panjang' }),
    name: 'sign-in without email',
    status: 422,
    code: 'validation_failed',
    field: 'email',
  },
  {
    ...signIn({ email: `${'a'.repeat(250)}@example.org`, password: 'x' }),
    name: 'sign-in email over 254 characters',
    status: 422,
    code: 'validation_failed',
    field: 'email',
  },
  {
    ...signIn({ email: 'a@example.org', password: 'x'.repeat(257) }),
    name: 'sign-in password over 256 characters',
    status: 422,
    code: 'validation_failed',
    field: 'password',
  },
  {
    ...signIn({ email: 'a@example.org', password: '' }),
    name: 'sign-in empty password',
    status: 422,
    code: 'validation_failed',
    field: 'password',
  },
  {
    ...signIn({ email: ['a@example.org'], password: 'x' }),
    name: 'sign-in email as a list',
    status: 422,
    code: 'validation_failed',
    field: 'email',
  },
  {
    ...signIn({ email: 'a@example.org', password: 12345678901234 }),
    name: 'sign-in password as a number',
    status: 422,
    code: 'validation_failed',
    field: 'password',
  },
  {
    ...signIn({ email: 'a\u0000@example.org', password: 'x' }),
    name: 'sign-in email with NUL',
    status: 422,
    code: 'validation_failed',
    field: 'email',
  },
  { ...signIn(null), name: 'sign-in JSON null', status: 422, code: 'validation_failed' },
  {
    ...signIn({ email: 'a@example.org', password: 'x'.repeat(70_000) }),
    name: 'sign-in body over the limit',
    status: 413,
    code: 'payload_too_large',
  },
  {
    ...signIn({ email: 'nobody@example.org', password: 'salah-kata-sandi' }),
    name: 'sign-in of nobody',
    status: 401,
    code: 'invalid_credentials',
  },
  {
    ...preview({ token: '' }),
    name: 'link preview with an empty token',
    status: 422,
    code: 'validation_failed',
    field: 'token',
  },
  {
    ...preview({ token: 'x'.repeat(1000) }),
    name: 'link preview with a 1000-character token',
    status: 422,
    code: 'validation_failed',
    field: 'token',
  },
  {
    ...preview({ token: 'bukan-tautan-undangan-sama-sekali' }),
    name: 'link preview of something else',
    status: 410,
    code: 'invitation_invalid',
  },
  {
    ...preview({ token: `kims_${'A'.repeat(43)}` }),
    name: 'link preview of a session token',
    status: 410,
    code: 'invitation_invalid',
  },
  {
    ...preview({ token: UNKNOWN_LINK }),
    name: 'link preview of an unknown link',
    status: 410,
    code: 'invitation_invalid',
  },
  {
    ...accept({ token: UNKNOWN_LINK }),
    name: 'accept without a password',
    status: 422,
    code: 'validation_failed',
    field: 'password',
  },
  {
    ...accept({ token: UNKNOWN_LINK, password: 'pendek' }),
    name: 'accept with a short password',
    status: 422,
    code: 'validation_failed',
    field: 'password',
  },
  {
    ...accept({ token: UNKNOWN_LINK, password: 'x'.repeat(257) }),
    name: 'accept with a 257-character password',
    status: 422,
    code: 'validation_failed',
    field: 'password',
  },
  {
    ...accept({ token: UNKNOWN_LINK, password: 'kebun-lada-putih', name: '   ' }),
    name: 'accept with a blank name',
    status: 422,
    code: 'validation_failed',
    field: 'name',
  },
  {
    ...accept({ token: UNKNOWN_LINK, password: 'kebun-lada-putih-bangka' }),
    name: 'accept an unknown link',
    status: 410,
    code: 'invitation_invalid',
  },
  {
    ...newToken({ expiresInDays: 0 }),
    name: 'token for 0 days',
    status: 422,
    code: 'validation_failed',
    field: 'expiresInDays',
  },
  {
    ...newToken({ expiresInDays: 366 }),
    name: 'token for 366 days',
    status: 422,
    code: 'validation_failed',
    field: 'expiresInDays',
  },
  {
    ...newToken({ expiresInDays: 1.5 }),
    name: 'token for 1.5 days',
    status: 422,
    code: 'validation_failed',
    field: 'expiresInDays',
  },
  {
    ...newToken({ name: '  ' }),
    name: 'token with a blank name',
    status: 422,
    code: 'validation_failed',
    field: 'name',
  },
  {
    ...newToken({ name: 'n'.repeat(81) }),
    name: 'token name over 80 characters',
    status: 422,
    code: 'validation_failed',
    field: 'name',
  },
  {
    ...newToken({ membership: { role: 'root' } }),
    name: 'token with an unknown role',
    status: 422,
    code: 'validation_failed',
  },
  {
    ...newToken({ membership: { role: 'dinas', regionCode: '19.7' } }),
    name: 'token for a malformed region',
    status: 422,
    code: 'validation_failed',
  },
  {
    ...newToken({ membership: { role: 'dinas', regionCode: '19.71' } }),
    name: 'token with a role not held',
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'revoke an unknown token',
    method: 'DELETE',
    path: '/v1/auth/tokens/tok_none',
    asPerson: true,
    status: 404,
    code: 'not_found',
  },
  {
    name: 'own tokens, limit 0',
    path: '/v1/auth/tokens?limit=0',
    asPerson: true,
    status: 400,
    code: 'validation_failed',
    field: 'limit',
  },
  {
    name: 'own tokens, a cursor of the audit log',
    path: `/v1/auth/tokens?cursor=${encodeCursor('audit', { value: '2026-01-01T00:00:00.000Z', id: '1' })}`,
    asPerson: true,
    status: 400,
    code: 'validation_failed',
    field: 'cursor',
  },
  {
    name: 'a malformed session token',
    path: '/v1/auth/me',
    headers: { Authorization: 'Bearer kims_pendek' },
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'Basic credentials',
    path: '/v1/auth/me',
    headers: { Authorization: 'Basic YWRtaW46YWRtaW4=' },
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'an invitation link as a bearer',
    path: '/v1/auth/me',
    headers: { Authorization: `Bearer ${UNKNOWN_LINK}` },
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'an 8 KB bearer',
    path: '/v1/auth/me',
    headers: { Authorization: `Bearer ${'k'.repeat(8000)}` },
    status: 401,
    code: 'unauthorized',
  },
  {
    ...inviteUser({ memberships: [] }),
    name: 'invite with no role',
    status: 422,
    code: 'validation_failed',
    field: 'memberships',
  },
  {
    ...inviteUser({ email: 'bukan email' }),
    name: 'invite a malformed email',
    status: 422,
    code: 'validation_failed',
    field: 'email',
  },
  {
    ...inviteUser({ name: 'n'.repeat(101) }),
    name: 'invite a 101-character name',
    status: 422,
    code: 'validation_failed',
    field: 'name',
  },
  {
    ...inviteUser({ memberships: [{ role: 'kim', groupId: 'grp_none' }] }),
    name: 'invite to an unknown group',
    status: 422,
    code: 'validation_failed',
    field: 'memberships.0',
  },
  {
    ...inviteUser({ memberships: [{ role: 'dinas', regionCode: '19.71.01' }] }),
    name: 'invite a Dinas official of a district',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'people by an unknown role',
    path: '/v1/admin/users?role=root',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'role',
  },
  {
    name: 'people by an unknown status',
    path: '/v1/admin/users?status=banned',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'status',
  },
  {
    name: 'people by a malformed region',
    path: '/v1/admin/users?region=xyz',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'region',
  },
  {
    name: 'people with an unknown parameter',
    path: '/v1/admin/users?sql=1',
    headers: admin,
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'change an unknown person',
    method: 'PATCH',
    path: '/v1/admin/users/usr_none',
    headers: { ...admin, 'If-Match': '"1"' },
    body: { name: 'X' },
    status: 404,
    code: 'not_found',
  },
  {
    name: 'audit from a word',
    path: '/v1/admin/audit?from=kemarin',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'from',
  },
  {
    name: 'audit of an unknown target type',
    path: '/v1/admin/audit?targetType=planet',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'targetType',
  },
  {
    name: 'audit action with SQL',
    path: `/v1/admin/audit?action=${encodeURIComponent("x'; DROP TABLE audit_log;--")}`,
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'action',
  },
  {
    name: 'audit limit 1000',
    path: '/v1/admin/audit?limit=1000',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'limit',
  },
  {
    name: 'audit with a cursor of tokens',
    path: `/v1/admin/audit?cursor=${encodeCursor('tokens', { value: '2026-01-01T00:00:00.000Z', id: 'tok_1' })}`,
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'cursor',
  },
  {
    name: 'audit cursor with a time that is not one',
    path: `/v1/admin/audit?cursor=${encodeCursor('audit', { value: 'kemarin', id: '1' })}`,
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'cursor',
  },
  {
    name: 'inbox sorted at random',
    path: '/v1/admin/aspirations?sort=random',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'sort',
  },
  {
    name: 'inbox from the 45th of the 13th month',
    path: '/v1/admin/aspirations?submittedFrom=2026-13-45',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'submittedFrom',
  },
  { ...statusWith('W/"satu"'), name: 'status change with a word as If-Match', status: 400, code: 'bad_request' },
  { ...statusWith('"1", "2"'), name: 'status change with two versions in If-Match', status: 400, code: 'bad_request' },
  { ...statusWith('"99"'), name: 'status change with a future version', status: 412, code: 'precondition_failed' },
  {
    ...post('/v1/admin/aspirations/status', { ids: [], status: 'verified' }, { headers: admin }),
    name: 'bulk change of nothing',
    status: 422,
    code: 'validation_failed',
    field: 'ids',
  },
  {
    ...post(
      '/v1/admin/aspirations/status',
      { ids: Array.from({ length: 1001 }, (_, i) => `asp_${i}`), status: 'verified' },
      { headers: admin },
    ),
    name: 'bulk change of 1001 aspirations',
    status: 422,
    code: 'validation_failed',
    field: 'ids',
  },
  {
    ...post('/v1/admin/aspirations/status', { ids: ['asp_seed0001'], status: 'rejected' }, { headers: admin }),
    name: 'bulk rejection without a reason',
    status: 422,
    code: 'validation_failed',
    field: 'note',
  },
  {
    name: 'CSV export sorted at random',
    path: '/v1/admin/aspirations/export.csv?sort=acak',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'sort',
  },
  {
    ...post('/v1/admin/aspirations/asp_seed0001/status', { status: 'verified' }, { headers: admin }),
    name: 'status change without If-Match',
    status: 428,
    code: 'precondition_required',
  },
  {
    name: 'admin tokens of an unknown parameter',
    path: '/v1/admin/tokens?owner=usr_1&x=1',
    headers: admin,
    status: 400,
    code: 'validation_failed',
  },
];
// Issue 12: uploads, built once.
const jpg = await smallJpeg();
const png = await smallPng();
const upload = (raw: Uint8Array | string, type: string | null, extra: Partial<BadInput> = {}): Partial<BadInput> => ({
  method: 'POST',
  path: '/v1/admin/media',
  raw,
  headers: { ...admin, ...(type === null ? {} : { 'Content-Type': type }) },
  ...extra,
});
const form = (parts: Parameters<typeof multipart>[0]) => {
  const built = multipart(parts);
  return upload(built.body, built.contentType);
};
const zip = Buffer.concat([
  Buffer.from('PK\x03\x04', 'latin1'),
  Buffer.alloc(40),
  Buffer.from('PK\x05\x06', 'latin1'),
  Buffer.alloc(18),
]);
const rejected = (
  name: string,
  raw: Uint8Array | string,
  type: string | null,
  status = 422,
  code = 'media_rejected',
): BadInput => ({ name: `upload: ${name}`, ...upload(raw, type), status, code }) as BadInput;

// Issue 12: the news workflow, on a seeded (published) article at version 1.
const ARTICLE = '/v1/admin/news/nws_0001';
const newsInput = (overrides: Record<string, unknown> = {}) => ({
  groupId: 'grp_0001',
  categoryId: 'pengumuman',
  title: 'Judul berita uji coba',
  body: '<p>Isi berita uji coba.</p>',
  ...overrides,
});
const createNews = (overrides: Record<string, unknown>, field?: string): Partial<BadInput> =>
  post('/v1/admin/news', newsInput(overrides), { headers: admin, status: 422, code: 'validation_failed', field });
const patchNews = (body: unknown, version: string | null, extra: Partial<BadInput> = {}): Partial<BadInput> => ({
  method: 'PATCH' as const,
  path: ARTICLE,
  body,
  headers: { ...admin, ...(version === null ? {} : { 'If-Match': version }) },
  ...extra,
});

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

  // Issue 12: hardening.
  {
    name: 'reporter email of 255 characters',
    ...submit({ reporter: { email: `${'a'.repeat(243)}@example.org` } }),
    status: 422,
    code: 'validation_failed',
    field: 'reporter.email',
  },
  {
    name: 'reporter email of 60 KB',
    ...submit({ reporter: { email: `${'a'.repeat(60_000)}@example.org` } }),
    status: 422,
    code: 'validation_failed',
    field: 'reporter.email',
  },
  {
    name: 'a Host the server was not told to answer',
    path: '/v1/news?limit=1',
    headers: { Host: 'evil.example' },
    options: hostChecked,
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'a Host that extends an allowed name',
    path: '/v1/groups',
    headers: { Host: 'localhost.evil.example' },
    options: hostChecked,
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'a Host with a path in it',
    path: '/v1/news',
    headers: { Host: 'localhost/evil' },
    options: hostChecked,
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'a Host with an IP outside loopback',
    path: '/berita/x',
    headers: { Host: '10.0.0.1:8787' },
    options: hostChecked,
    status: 400,
    code: 'bad_request',
  },
  { name: '.env from the site', path: '/.env', options: withSite, status: 404, code: 'not_found' },
  { name: '.git/config from the site', path: '/.git/config', options: withSite, status: 404, code: 'not_found' },
  { name: 'an encoded dotfile', path: '/%2eenv', options: withSite, status: 404, code: 'not_found' },
  { name: 'a dotfile from the CDN folder', path: '/cdn/.npmrc', options: withSite, status: 404, code: 'not_found' },
  {
    name: 'an 8 KB X-Forwarded-For behind a proxy',
    path: '/v1/aspirations/ZZZZZZZZZZ',
    headers: { 'X-Forwarded-For': hugeForwardedFor },
    options: { trustProxy: 1 },
    status: 404,
    code: 'not_found',
  },
  {
    name: 'X-Forwarded-For of markup',
    ...submit({ kind: 'spam' }),
    headers: { 'X-Forwarded-For': '<script>alert(1)</script>' },
    options: { trustProxy: ['loopback'] },
    status: 422,
    code: 'validation_failed',
    field: 'kind',
  },
  {
    name: 'a 2 KB bearer token to admin',
    path: '/v1/admin/aspirations',
    headers: { Authorization: `Bearer ${'k'.repeat(2048)}` },
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'a bearer token with markup to admin',
    path: '/v1/admin/aspirations',
    headers: { Authorization: 'Bearer <script>' },
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'Basic credentials to admin',
    path: '/v1/admin/aspirations',
    headers: { Authorization: 'Basic YWRtaW46YWRtaW4=' },
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'a session-shaped token to admin',
    path: '/v1/admin/aspirations',
    headers: { Authorization: `Bearer kims_${'A'.repeat(43)}` },
    status: 401,
    code: 'unauthorized',
  },

  // Issue 12: feeds and the sitemap.
  {
    name: 'feed of a malformed region',
    path: feed('region=abc'),
    status: 400,
    code: 'validation_failed',
    field: 'region',
  },
  {
    name: 'feed of a truncated region',
    path: feed('region=19.7', 'atom'),
    status: 400,
    code: 'validation_failed',
    field: 'region',
  },
  {
    name: 'feed with an unknown parameter',
    path: feed('foo=1', 'json'),
    status: 400,
    code: 'validation_failed',
    field: 'foo',
  },
  {
    name: 'feed with a limit (it has none)',
    path: feed('limit=5'),
    status: 400,
    code: 'validation_failed',
    field: 'limit',
  },
  {
    name: 'feed with a cursor (it has none)',
    path: feed('cursor=abc', 'atom'),
    status: 400,
    code: 'validation_failed',
    field: 'cursor',
  },
  {
    name: 'feed with a repeated region',
    path: feed('region=19&region=19.71'),
    status: 400,
    code: 'validation_failed',
    field: 'region',
  },
  {
    name: 'feed of an empty group',
    path: feed('group=', 'json'),
    status: 400,
    code: 'validation_failed',
    field: 'group',
  },
  {
    name: 'feed of a 121-character group',
    path: feed(`group=${'g'.repeat(121)}`),
    status: 400,
    code: 'validation_failed',
    field: 'group',
  },
  {
    name: 'feed of a category that is not a slug',
    path: feed('category=Bad_Slug'),
    status: 400,
    code: 'validation_failed',
    field: 'category',
  },
  {
    name: 'feed of a category with markup',
    path: feed('category=%3Cscript%3E', 'atom'),
    status: 400,
    code: 'validation_failed',
    field: 'category',
  },
  { name: 'feed of a region that does not exist', path: feed('region=31.71'), status: 404, code: 'not_found' },
  {
    name: 'feed of a group that does not exist',
    path: feed('group=tidak-ada', 'atom'),
    status: 404,
    code: 'not_found',
  },
  {
    name: 'feed of a category that does not exist',
    path: feed('category=tidak-ada', 'json'),
    status: 404,
    code: 'not_found',
  },
  { name: 'feed in an unknown format', path: '/v1/feeds/news.xml', status: 404, code: 'not_found' },
  { name: 'POST to a feed', ...post(feed('region=19.71'), {}), status: 405, code: 'method_not_allowed' },
  { name: 'sitemap with parameters', path: '/sitemap.xml?page=2', status: 400, code: 'validation_failed' },
  { name: 'DELETE of the sitemap', method: 'DELETE', path: '/sitemap.xml', status: 405, code: 'method_not_allowed' },

  // Issue 12: article pages, whose bodies go through the sanitizer.
  {
    name: 'article page of a markup slug',
    path: '/berita/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    status: 404,
    code: 'not_found',
  },
  { name: 'article page escaping its folder', path: '/berita/..%2f..%2fetc%2fpasswd', status: 404, code: 'not_found' },
  {
    name: 'article page of a 5,000-character slug',
    path: `/berita/${'a'.repeat(5000)}`,
    status: 404,
    code: 'not_found',
  },
  ...ACCOUNT_CASES,

  // Issue 12: uploads. None may be stored, none may answer 500.
  rejected(
    'SVG declared as SVG',
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    'image/svg+xml',
    415,
    'unsupported_media_type',
  ),
  rejected(
    'SVG declared as PNG',
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    'image/png',
    415,
    'unsupported_media_type',
  ),
  rejected(
    'HTML declared as JPEG',
    '<!doctype html><script>alert(1)</script>',
    'image/jpeg',
    415,
    'unsupported_media_type',
  ),
  rejected(
    'GIF',
    Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
    'image/gif',
    415,
    'unsupported_media_type',
  ),
  rejected('PDF declared as JPEG', '%PDF-1.4\n%', 'image/jpeg', 415, 'unsupported_media_type'),
  rejected(
    'JPEG with HTML appended',
    Buffer.concat([jpg, Buffer.from('<html><script>alert(1)</script>')]),
    'image/jpeg',
  ),
  rejected('JPEG with a ZIP appended (GIFAR-style)', Buffer.concat([jpg, zip]), 'image/jpeg'),
  rejected('JPEG with PHP in a comment', withJpegComment(jpg, "<?php system($_GET['c']); ?>"), 'image/jpeg'),
  rejected('PNG with a PDF appended', Buffer.concat([png, Buffer.from('%PDF-1.4\n')]), 'image/png'),
  rejected('decompression bomb (48 MP in a few KB)', bilevelPng(8000, 6000), 'image/png'),
  rejected('PNG wider than WebP allows', bilevelPng(20_000, 10), 'image/png'),
  rejected('truncated JPEG', jpg.subarray(0, Math.floor(jpg.length / 2)), 'image/jpeg'),
  rejected('truncated PNG', png.subarray(0, png.length - 20), 'image/png'),
  rejected('PNG declared as JPEG', png, 'image/jpeg'),
  rejected('JPEG declared as WebP', jpg, 'image/webp'),
  rejected('JPEG declared as SVG', jpg, 'image/svg+xml'),
  rejected('empty body', new Uint8Array(0), 'image/jpeg'),
  rejected('9 MB', new Uint8Array(9 * 1024 * 1024), 'image/jpeg', 413, 'payload_too_large'),
  rejected('no Content-Type', jpg, null, 415, 'unsupported_media_type'),
  rejected(
    'random bytes',
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    'image/png',
    415,
    'unsupported_media_type',
  ),
  {
    name: 'upload: multipart without a file part',
    ...form([{ name: 'judul', data: 'x' }]),
    status: 400,
    code: 'bad_request',
  } as BadInput,
  {
    name: 'upload: multipart with two files',
    ...form([
      { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: jpg },
      { name: 'file', filename: 'b.jpg', type: 'image/jpeg', data: jpg },
    ]),
    status: 400,
    code: 'bad_request',
  } as BadInput,
  {
    name: 'upload: multipart with a text field named file',
    ...form([{ name: 'file', data: 'bukan berkas' }]),
    status: 400,
    code: 'bad_request',
  } as BadInput,
  {
    name: 'upload: multipart SVG part',
    ...form([{ name: 'file', filename: 'x.svg', type: 'image/svg+xml', data: '<svg onload="alert(1)"/>' }]),
    status: 415,
    code: 'unsupported_media_type',
  } as BadInput,
  {
    name: 'upload: multipart part lying about its type',
    ...form([{ name: 'file', filename: 'x.jpg', type: 'image/jpeg', data: png }]),
    status: 422,
    code: 'media_rejected',
  } as BadInput,
  {
    name: 'upload: broken multipart',
    ...upload('--x\r\nnonsense', 'multipart/form-data; boundary=y'),
    status: 400,
    code: 'bad_request',
  } as BadInput,
  {
    name: 'upload: without sign-in',
    method: 'POST',
    path: '/v1/admin/media',
    raw: jpg,
    headers: { 'Content-Type': 'image/jpeg' },
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'upload: for an unknown group',
    ...upload(jpg, 'image/jpeg', { path: '/v1/admin/media?group=grp_none' }),
    status: 422,
    code: 'validation_failed',
  } as BadInput,

  // Issue 12: news writes.
  { name: 'news: title too short', ...createNews({ title: 'abc' }, 'title') } as BadInput,
  { name: 'news: title of 201 characters', ...createNews({ title: 'a'.repeat(201) }, 'title') } as BadInput,
  { name: 'news: body only a script', ...createNews({ body: '<script>alert(1)</script>' }, 'body') } as BadInput,
  {
    name: 'news: body only a meta refresh',
    ...createNews({ body: '<meta http-equiv="refresh" content="0;url=https://evil.example">' }, 'body'),
  } as BadInput,
  {
    name: 'news: body only a foreign image',
    ...createNews({ body: '<img src="https://evil.example/x.png" width="1" height="1">' }, 'body'),
  } as BadInput,
  { name: 'news: body empty', ...createNews({ body: '' }, 'body') } as BadInput,
  { name: 'news: body not a string', ...createNews({ body: { html: '<p>x</p>' } }, 'body') } as BadInput,
  { name: 'news: unknown category', ...createNews({ categoryId: 'tidak-ada' }, 'categoryId') } as BadInput,
  { name: 'news: category of markup', ...createNews({ categoryId: '<b>x</b>' }, 'categoryId') } as BadInput,
  { name: 'news: unknown group', ...createNews({ groupId: 'grp_none' }, 'groupId') } as BadInput,
  {
    name: 'news: unknown image',
    ...createNews({ image: { mediaId: 'med_none', alt: 'Foto' } }, 'image.mediaId'),
  } as BadInput,
  {
    name: 'news: image without alt text',
    ...createNews({ image: { mediaId: 'med_none', alt: '' } }, 'image.alt'),
  } as BadInput,
  {
    name: 'news: eleven tags',
    ...createNews({ tags: Array.from({ length: 11 }, (_, i) => `tag${i}`) }, 'tags'),
  } as BadInput,
  { name: 'news: summary of 301 characters', ...createNews({ summary: 'a'.repeat(301) }, 'summary') } as BadInput,
  {
    name: 'news: body over the limit',
    ...post('/v1/admin/news', newsInput({ body: `<p>${'a'.repeat(1_100_000)}</p>` }), { headers: admin }),
    status: 413,
    code: 'payload_too_large',
  } as BadInput,
  {
    name: 'news: form-encoded',
    ...post('/v1/admin/news', undefined, {
      raw: 'title=x',
      headers: { ...admin, 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
    body: undefined,
    status: 415,
    code: 'unsupported_media_type',
  } as BadInput,
  {
    name: 'news: without sign-in',
    ...post('/v1/admin/news', newsInput()),
    status: 401,
    code: 'unauthorized',
  } as BadInput,
  {
    name: 'news: edit without If-Match',
    ...patchNews({ title: 'Judul yang baru' }, null),
    status: 428,
    code: 'precondition_required',
  } as BadInput,
  {
    name: 'news: If-Match *',
    ...patchNews({ title: 'Judul yang baru' }, '*'),
    status: 400,
    code: 'bad_request',
  } as BadInput,
  {
    name: 'news: weak If-Match',
    ...patchNews({ title: 'Judul yang baru' }, 'W/"1"'),
    status: 400,
    code: 'bad_request',
  } as BadInput,
  {
    name: 'news: If-Match list',
    ...patchNews({ title: 'Judul yang baru' }, '"1", "2"'),
    status: 400,
    code: 'bad_request',
  } as BadInput,
  {
    name: 'news: unquoted If-Match',
    ...patchNews({ title: 'Judul yang baru' }, '1'),
    status: 400,
    code: 'bad_request',
  } as BadInput,
  {
    name: 'news: If-Match of 30 digits',
    ...patchNews({ title: 'Judul yang baru' }, `"${'9'.repeat(30)}"`),
    status: 400,
    code: 'bad_request',
  } as BadInput,
  {
    name: 'news: stale If-Match',
    ...patchNews({ title: 'Judul yang baru' }, '"99"'),
    status: 412,
    code: 'precondition_failed',
  } as BadInput,
  {
    name: 'news: edit changing the group',
    ...patchNews({ groupId: 'grp_0002', title: 'x' }, '"1"'),
    status: 422,
    code: 'validation_failed',
    field: 'title',
  } as BadInput,
  {
    name: 'news: edit of an unknown article',
    ...patchNews({ title: 'Judul yang baru' }, '"1"', { path: '/v1/admin/news/nws_none' }),
    status: 404,
    code: 'not_found',
  } as BadInput,
  {
    name: 'news: publish at a malformed time',
    ...post(`${ARTICLE}/publish`, { publishAt: 'besok pagi' }, { headers: { ...admin, 'If-Match': '"1"' } }),
    status: 422,
    code: 'validation_failed',
    field: 'publishAt',
  } as BadInput,
  {
    name: 'news: return without a note',
    ...post(`${ARTICLE}/return`, {}, { headers: { ...admin, 'If-Match': '"1"' } }),
    status: 422,
    code: 'validation_failed',
    field: 'note',
  } as BadInput,
  {
    name: 'news: unpublish without a note',
    ...post(`${ARTICLE}/unpublish`, {}, { headers: { ...admin, 'If-Match': '"1"' } }),
    status: 422,
    code: 'validation_failed',
    field: 'note',
  } as BadInput,
  {
    name: 'news: unpublish with a 2,001-character note',
    ...post(`${ARTICLE}/unpublish`, { note: 'a'.repeat(2001) }, { headers: { ...admin, 'If-Match': '"1"' } }),
    status: 422,
    code: 'validation_failed',
    field: 'note',
  } as BadInput,
  {
    name: 'news: delete without If-Match',
    method: 'DELETE',
    path: ARTICLE,
    headers: admin,
    status: 428,
    code: 'precondition_required',
  },
  {
    name: 'news: list with an unknown status',
    path: '/v1/admin/news?status=viral',
    headers: admin,
    status: 400,
    code: 'validation_failed',
    field: 'status',
  },
  {
    name: 'news: list with a forged cursor',
    path: '/v1/admin/news?cursor=AAAA',
    headers: admin,
    status: 400,
    code: 'validation_failed',
  },

  // Issue 12: the registry and categories.
  ...(
    [
      ['group: slug with capitals', { slug: 'KIM-Baru' }, 'slug'],
      ['group: slug of markup', { slug: '<b>kim</b>' }, 'slug'],
      ['group: slug escaping a path', { slug: '../admin' }, 'slug'],
      ['group: region that is a district', { regionCode: '19.71.01' }, 'regionCode'],
      ['group: region that does not exist', { regionCode: '19.71.01.9999' }, 'regionCode'],
      ['group: name of two letters', { name: 'AB' }, 'name'],
      ['group: negative members', { memberCount: -1 }, 'memberCount'],
      ['group: javascript: link', { social: [{ network: 'facebook', url: 'javascript:alert(1)' }] }, 'social.0.url'],
      ['group: unknown logo', { logoMediaId: 'med_none' }, 'logoMediaId'],
    ] as const
  ).map(
    ([name, change, field]): BadInput => ({
      name,
      ...post(
        '/v1/admin/groups',
        { name: 'KIM Uji Masukan', regionCode: '19.71.01.1006', ...change },
        { headers: admin },
      ),
      status: 422,
      code: 'validation_failed',
      field,
    }),
  ),
  {
    name: 'group: edit without If-Match',
    method: 'PATCH',
    path: '/v1/admin/groups/grp_0001',
    body: { name: 'KIM Tanpa Versi' },
    headers: admin,
    status: 428,
    code: 'precondition_required',
  },
  {
    name: 'group: archive of an unknown group',
    ...post('/v1/admin/groups/grp_none/archive', undefined, { headers: { ...admin, 'If-Match': '"1"' } }),
    body: undefined,
    status: 404,
    code: 'not_found',
  } as BadInput,
  {
    name: 'category: id of markup',
    ...post('/v1/admin/categories', { id: '<i>x</i>', name: 'Kategori', scopes: ['news'] }, { headers: admin }),
    status: 422,
    code: 'validation_failed',
    field: 'id',
  } as BadInput,
  {
    name: 'category: no scope',
    ...post('/v1/admin/categories', { name: 'Kategori', scopes: [] }, { headers: admin }),
    status: 422,
    code: 'validation_failed',
    field: 'scopes',
  } as BadInput,
  {
    name: 'category: order naming an unknown one',
    method: 'PUT',
    path: '/v1/admin/categories/order',
    body: { ids: ['tidak-ada'] },
    headers: admin,
    status: 422,
    code: 'validation_failed',
    field: 'ids',
  },
  {
    name: 'category: retire without If-Match',
    method: 'POST',
    path: '/v1/admin/categories/pengumuman/retire',
    headers: admin,
    status: 428,
    code: 'precondition_required',
  },
];

describe('bad input', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let person: Record<string, string>;
  before(async () => {
    t = await testApp();
    person = (await signedIn(t, { role: 'admin' })).headers;
  });

  it(`has at least 40 cases for the accounts side (${ACCOUNT_CASES.length})`, () => {
    expect(ACCOUNT_CASES.length).to.be.greaterThanOrEqual(40);
  });

  it(`covers at least 30 cases (${CASES.length})`, () => {
    expect(CASES.length).to.be.greaterThanOrEqual(30);
  });

  for (const c of CASES) {
    it(`${c.name}: ${c.status} ${c.code}`, async () => {
      const headers: Record<string, string> = { ...c.headers, ...(c.asPerson ? person : {}) };
      let body: BodyInit | undefined;
      if (c.body !== undefined) {
        headers['Content-Type'] ??= 'application/json';
        body = JSON.stringify(c.body);
      } else if (c.raw !== undefined) {
        body = c.raw as BodyInit;
        if (!c.headers?.['Content-Type'] && c.code !== 'unsupported_media_type')
          headers['Content-Type'] = 'application/json';
      }
      const app = c.options ? await testApp(c.options) : t;
      const response = await app.request(c.path, { method: c.method ?? 'GET', headers, body });
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
