// The SDK, the server's first client: every method once against a live server, responses validated by the SDK.
import {
  AspirationAdminView,
  AspirationReceipt,
  AspirationTracking,
  Category,
  createKimClient,
  isKimApiError,
  isKimAuthError,
  isKimNotFoundError,
  isKimRateLimitError,
  isKimValidationError,
  type KimClient,
  KimGroup,
  NewsArticle,
  NewsSummary,
  Region,
} from '@kim-kit/sdk';
import { expect } from 'chai';
import type { RunningServer } from '../src/server.js';
import type { Storage } from '../src/storage/storage.js';
import { ADMIN_TOKEN, aspirationInput, liveServer } from './helpers/setup.js';

describe('contract: the SDK against a live server', () => {
  let server: RunningServer & { storage: Storage };
  let client: KimClient;
  let adminClient: KimClient;

  before(async () => {
    server = await liveServer();
    client = createKimClient({ baseUrl: server.url, validate: true, retry: false });
    adminClient = createKimClient({ baseUrl: server.url, token: ADMIN_TOKEN, validate: true, retry: false });
  });
  after(() => server.close());

  it('regions.list and regions.get', async () => {
    const page = await client.regions.list({ parent: '19.71' });
    expect(page.data).to.have.length(7);
    for (const r of page.data) Region.parse(r);
    const villages = await client.regions.list({ parent: '19.71', level: 'village' });
    expect(villages.data).to.have.length(42);
    expect(await client.regions.get('19.71.01.1004')).to.include({ name: 'Semabung Lama', kind: 'kelurahan' });
  });

  it('groups.list (awaited and iterated) and groups.get', async () => {
    const page = await client.groups.list({ region: '19.71', limit: 5 });
    expect(page.data).to.have.length(5);
    expect(page.nextCursor).to.be.a('string');
    const all: KimGroup[] = [];
    for await (const group of client.groups.list({ region: '19.71', limit: 4 })) all.push(KimGroup.parse(group));
    expect(all).to.have.length(15);
    const found = await client.groups.list({ q: 'bacang', focus: 'lingkungan' });
    expect(found.data.map((g) => g.slug)).to.deep.equal(['kim-bacang-berseri']);
    const group = await client.groups.get('kim-bacang-berseri');
    expect(group.village.name).to.equal('Bacang');
  });

  it('news.list (with toArray) and news.get', async () => {
    const page = await client.news.list({ region: '19.71', limit: 2 });
    expect(page.data).to.have.length(2);
    for (const n of page.data) NewsSummary.parse(n);
    const health = await client.news.list({ category: 'kesehatan', q: 'posyan', limit: 3 }).toArray({ limit: 100 });
    expect(health.length).to.be.greaterThan(0);
    const byGroup = await client.news.list({ group: 'kim-bacang-berseri' });
    expect(byGroup.data.every((n) => n.group.slug === 'kim-bacang-berseri')).to.be.true;
    const article = NewsArticle.parse(await client.news.get(page.data[0]!.slug));
    expect(article.body).to.include('<p>');
  });

  it('categories.list', async () => {
    const page = await client.categories.list();
    for (const c of page.data) Category.parse(c);
    expect(page.data.map((c) => c.id)).to.include('infrastruktur');
  });

  it('aspirations.submit (idempotent) and aspirations.track', async () => {
    const input = aspirationInput({ confidential: true });
    const receipt = AspirationReceipt.parse(await client.aspirations.submit(input, { idempotencyKey: 'contract-1' }));
    const replay = await client.aspirations.submit(input, { idempotencyKey: 'contract-1' });
    expect(replay).to.deep.equal(receipt);
    const tracking = AspirationTracking.parse(await client.aspirations.track(receipt.trackingCode));
    expect(tracking.confidential).to.equal(true);
    expect(tracking).not.to.have.property('title');
  });

  it('admin.aspirations.list, get and setStatus', async () => {
    const page = await adminClient.admin.aspirations.list({ status: 'received', limit: 10 });
    expect(page.data.length).to.be.greaterThan(0);
    for (const a of page.data) AspirationAdminView.parse(a);
    const id = page.data[0]!.id;
    const one = await adminClient.admin.aspirations.get(id);
    expect(one.id).to.equal(id);
    const changed = await adminClient.admin.aspirations.setStatus(
      id,
      { status: 'verified', note: 'Diverifikasi.' },
      { version: one.version },
    );
    expect(changed.status).to.equal('verified');
    expect(changed.history.at(-1)).to.include({ status: 'verified', note: 'Diverifikasi.' });
  });

  it('client.auth and client.admin people, tokens and audit against the real server', async () => {
    let token: string | undefined;
    const kim = createKimClient({ baseUrl: server.url, retry: false, token: () => token });
    const session = await kim.auth.signIn({
      email: 'dinas.pangkalpinang@demo.kim-kit.id',
      password: 'demo-dinas-pangkal-pinang',
    });
    token = session.token;
    expect((await kim.auth.me()).memberships).to.deep.equal([
      { role: 'dinas', region: { code: '19.71', name: 'Kota Pangkal Pinang' } },
    ]);
    const invited = await kim.admin.users.invite({
      email: 'operator.baru@example.org',
      name: 'Operator Baru',
      memberships: [{ role: 'kim', groupId: 'grp_0002' }],
    });
    const secret = invited.invitation.url.split('/').at(-1) ?? '';
    expect((await kim.auth.previewInvitation(secret)).email).to.equal('operator.baru@example.org');
    const renamed = await kim.admin.users.update(invited.user.id, { name: 'Operator Bacang' }, { version: 1 });
    expect(renamed.version).to.equal(2);
    const created = await kim.auth.tokens.create({
      name: 'Situs kota',
      membership: { role: 'dinas', regionCode: '19.71' },
      expiresInDays: 7,
    });
    expect((await kim.auth.tokens.list()).data.map((t) => t.id)).to.include(created.token.id);
    await kim.auth.tokens.revoke(created.token.id);
    const audit = await kim.admin.audit.list({ targetId: invited.user.id });
    expect(audit.data.map((e) => e.action)).to.include.members(['user.invite', 'user.update']);
    await kim.auth.signOut();
    const after = await kim.auth.me().catch((e: unknown) => e);
    expect(isKimAuthError(after)).to.be.true;
  });

  it('maps problems to the SDK error classes', async () => {
    const notFound = await client.news.get('tidak-ada').catch((e: unknown) => e);
    expect(isKimNotFoundError(notFound)).to.be.true;

    const invalid = await client.aspirations.submit(aspirationInput({ title: 'x' })).catch((e: unknown) => e);
    expect(isKimValidationError(invalid)).to.be.true;
    if (isKimApiError(invalid)) {
      expect(invalid.status).to.equal(422);
      expect(invalid.fieldErrors.map((e) => e.path)).to.include('title');
      expect(invalid.requestId).to.be.a('string');
    }

    const unauthorized = await client.admin.aspirations.list().catch((e: unknown) => e);
    expect(isKimAuthError(unauthorized)).to.be.true;

    const final = await adminClient.admin.aspirations.get('asp_seed0006');
    const conflict = await adminClient.admin.aspirations
      .setStatus('asp_seed0006', { status: 'verified' }, { version: final.version })
      .catch((e: unknown) => e);
    expect(isKimApiError(conflict) && conflict.code).to.equal('invalid_transition');

    const limited = await liveServer({ storage: server.storage, rateLimit: { limit: 1, windowSeconds: 60 } });
    try {
      const strict = createKimClient({ baseUrl: limited.url, retry: false });
      await strict.aspirations.submit(aspirationInput());
      const error = await strict.aspirations.submit(aspirationInput()).catch((e: unknown) => e);
      expect(isKimRateLimitError(error)).to.be.true;
      if (isKimRateLimitError(error)) expect(error.retryAfter).to.equal(60);
    } finally {
      await limited.close();
    }
  });

  it('admin.webhooks: create with the secret once, list, update, rotate, deliveries, remove', async () => {
    const created = await adminClient.admin.webhooks.create({
      url: 'https://lapor.example.go.id/kim-hook',
      events: ['aspiration.status'],
      regionCode: '19.71',
      description: 'Uji kontrak',
    });
    expect(created.secret).to.match(/^whsec_/);
    expect((await adminClient.admin.webhooks.list()).data.map((h) => h.id)).to.include(created.id);
    const paused = await adminClient.admin.webhooks.update(created.id, { active: false }, { version: created.version });
    expect(paused).to.deep.include({ active: false, version: 2 });
    expect(paused).not.to.have.property('secret');
    const rotated = await adminClient.admin.webhooks.rotateSecret(created.id, { version: paused.version });
    expect(rotated.secret)
      .to.match(/^whsec_/)
      .and.not.equal(created.secret);
    expect((await adminClient.admin.webhooks.deliveries(created.id)).data).to.deep.equal([]);
    const invalid = await adminClient.admin.webhooks
      .create({ url: 'http://lapor.example.go.id/h', events: ['aspiration.status'], regionCode: '19.71' })
      .catch((e: unknown) => e);
    expect(isKimValidationError(invalid) && invalid.fieldErrors.map((e) => e.path)).to.deep.equal(['url']);
    await adminClient.admin.webhooks.remove(created.id);
    expect(isKimNotFoundError(await adminClient.admin.webhooks.get(created.id).catch((e: unknown) => e))).to.be.true;
  });
});
