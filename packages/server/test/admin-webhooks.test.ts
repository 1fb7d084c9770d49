// Webhook subscriptions over HTTP (KIM_TEST_ENGINE picks the engine): who may manage them, the secret shown once,
// If-Match on changes, rotation that changes the signature, the delivery log from a real local receiver, replay.
import { createServer, type Server } from 'node:http';
import { WebhookDeliveryAttempt, WebhookSubscription, WebhookSubscriptionWithSecret } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { OutboxDispatcher } from '../src/notifications/dispatcher.js';
import { verifyWebhook } from '../src/notifications/webhook-signature.js';
import { type SignedIn, send, signedIn } from './helpers/accounts.js';
import { freePort } from './helpers/nginx.js';
import { aspirationInput, expectProblem, jsonOf, testApp } from './helpers/setup.js';

interface Sub {
  id: string;
  url: string;
  regionCode: string;
  events: string[];
  active: boolean;
  description: string;
  version: number;
  secret?: string;
}

describe('admin webhooks: subscriptions over HTTP', function () {
  this.timeout(60_000);
  let t: Awaited<ReturnType<typeof testApp>>;
  let admin: SignedIn;
  let official: SignedIn;
  let farOfficial: SignedIn;
  let operator: SignedIn;
  let server: Server;
  let receiverUrl: string;
  const received: { path: string; body: string; signature: string }[] = [];
  const statuses: number[] = [];
  const dispatcher = () =>
    new OutboxDispatcher({
      storage: t.storage,
      mailer: null,
      from: 'KIM <noreply@kim.test>',
      links: { tracker: 'https://kim.test/#lacak', console: 'https://kim.test/console/' },
      retry: { maxAttempts: 3, baseDelayMs: 0 },
      random: () => 0,
      log: () => {},
      allowPrivateNetworks: true,
    });
  const drain = async () => {
    for (let i = 0; i < 40; i++) {
      const s = await dispatcher().runOnce();
      if (s.fannedOut + s.sent + s.retried + s.failed === 0) return;
    }
    throw new Error('The outbox did not drain');
  };
  const input = (over: Record<string, unknown> = {}) => ({
    url: `${receiverUrl}/hook`,
    events: ['aspiration.received', 'aspiration.status'],
    regionCode: '19.71',
    description: 'Jembatan SP4N-LAPOR! Kota Pangkal Pinang',
    ...over,
  });

  before(async () => {
    t = await testApp();
    admin = await signedIn(t, { role: 'admin' });
    official = await signedIn(t, { role: 'dinas', regionCode: '19.71' });
    farOfficial = await signedIn(t, { role: 'dinas', regionCode: '19.01' });
    operator = await signedIn(t, { role: 'kim', groupId: 'grp_0001' });
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        received.push({
          path: request.url ?? '',
          body: Buffer.concat(chunks).toString(),
          signature: String(request.headers['kim-signature']),
        });
        response.writeHead((request.url === '/log' && statuses.shift()) || 200).end('ok');
      });
    });
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${port}`;
    await drain(); // the seed's own events, before anyone subscribes
  });
  after(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('lets officials subscribe in their region only, shows the secret once, and audits it', async () => {
    await expectProblem(await t.request('/v1/admin/webhooks', send('POST', null, input())), 401);
    await expectProblem(await t.request('/v1/admin/webhooks', send('POST', operator, input())), 403, 'forbidden');
    await expectProblem(await t.request('/v1/admin/webhooks', send('POST', farOfficial, input())), 403, 'forbidden');
    await expectProblem(await t.request('/v1/admin/webhooks', send('GET', operator)), 403, 'forbidden');
    const response = await t.request('/v1/admin/webhooks', send('POST', official, input()));
    const created = await jsonOf<Sub>(response, 201);
    expect(WebhookSubscriptionWithSecret.safeParse(created).success).to.equal(true);
    expect(created.secret).to.match(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(response.headers.get('etag')).to.equal('"1"');
    expect(response.headers.get('cache-control')).to.include('no-store');
    const got = await jsonOf<Sub>(await t.request(`/v1/admin/webhooks/${created.id}`, send('GET', official)));
    expect(got).not.to.have.property('secret');
    expect(WebhookSubscription.safeParse(got).success).to.equal(true);
    const listed = await jsonOf<{ data: Sub[] }>(await t.request('/v1/admin/webhooks', send('GET', official)));
    expect(listed.data.map((s) => s.id)).to.include(created.id);
    expect(JSON.stringify(listed)).not.to.include(created.secret);
    const far = await jsonOf<{ data: Sub[] }>(await t.request('/v1/admin/webhooks', send('GET', farOfficial)));
    expect(far.data.map((s) => s.id)).not.to.include(created.id);
    await expectProblem(await t.request(`/v1/admin/webhooks/${created.id}`, send('GET', farOfficial)), 404);
    const [entry] = await t.storage.listAudit({ targetId: created.id, regions: 'all', limit: 5 });
    expect(entry).to.deep.include({ action: 'webhook.create', regionCode: '19.71' });
    expect(JSON.stringify(entry)).not.to.include(created.secret);
    // An admin sees every subscription.
    const all = await jsonOf<{ data: Sub[] }>(await t.request('/v1/admin/webhooks', send('GET', admin)));
    expect(all.data.map((s) => s.id)).to.include(created.id);
  });

  it('refuses plain http to another host, unknown regions, empty or repeated events, with field errors', async () => {
    for (const [body, path] of [
      [input({ url: 'http://lapor.example.go.id/hook' }), 'url'],
      [input({ url: 'https://user:pass@lapor.example.go.id/hook' }), 'url'],
      [input({ url: 'javascript:alert(1)' }), 'url'],
      [input({ events: [] }), 'events'],
      [input({ events: ['aspiration.status', 'aspiration.status'] }), 'events'],
      [input({ events: ['news.published'] }), 'events.0'],
      [input({ regionCode: '19.71.99' }), 'regionCode'],
    ] as const) {
      const problem = await expectProblem(
        await t.request('/v1/admin/webhooks', send('POST', official, body)),
        422,
        'validation_failed',
      );
      expect(
        problem.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).to.include(path);
    }
    const https = await t.request('/v1/admin/webhooks', send('POST', official, input({ url: 'https://x.test/h' })));
    expect(https.status).to.equal(201);
  });

  it('changes a subscription with If-Match, answers 428/412, and pauses it', async () => {
    const created = await jsonOf<Sub>(await t.request('/v1/admin/webhooks', send('POST', official, input())), 201);
    const path = `/v1/admin/webhooks/${created.id}`;
    await expectProblem(await t.request(path, send('PATCH', official, { active: false })), 428);
    await expectProblem(await t.request(path, send('PATCH', farOfficial, { active: false }, 1)), 404);
    const changed = await jsonOf<Sub>(
      await t.request(path, send('PATCH', official, { events: ['aspiration.status'], description: 'Baru' }, 1)),
    );
    expect(changed).to.deep.include({ events: ['aspiration.status'], description: 'Baru', version: 2 });
    const stale = await expectProblem(await t.request(path, send('PATCH', official, { active: false }, 1)), 412);
    expect((stale as unknown as { current: Sub }).current.version).to.equal(2);
    const paused = await jsonOf<Sub>(await t.request(path, send('PATCH', official, { active: false }, 2)));
    expect(paused.active).to.equal(false);
    const [entry] = await t.storage.listAudit({ targetId: created.id, regions: 'all', limit: 1 });
    expect(entry).to.deep.include({ action: 'webhook.update', changes: ['active'] });
    expect((await t.request(path, send('DELETE', operator))).status).to.equal(404);
    expect((await t.request(path, send('DELETE', official))).status).to.equal(204);
    await expectProblem(await t.request(path, send('GET', official)), 404);
  });

  it('logs deliveries with status codes and attempts, replays one, and signs with a rotated secret', async () => {
    const body = input({ url: `${receiverUrl}/log` });
    const created = await jsonOf<Sub>(await t.request('/v1/admin/webhooks', send('POST', official, body)), 201);
    const path = `/v1/admin/webhooks/${created.id}`;
    const log = () => received.filter((r) => r.path === '/log');
    statuses.push(500);
    const submitted = await t.request('/v1/aspirations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(aspirationInput()),
    });
    expect(submitted.status, await submitted.clone().text()).to.equal(201);
    await drain();
    expect(log()).to.have.length(2); // a 500, then delivered
    const page = await jsonOf<{ data: WebhookDeliveryAttempt[]; nextCursor: string | null }>(
      await t.request(`${path}/deliveries?limit=1`, send('GET', official)),
    );
    expect(WebhookDeliveryAttempt.safeParse(page.data[0]).success).to.equal(true);
    expect(page.data[0]).to.deep.include({ attempt: 2, statusCode: 200, deliveryStatus: 'sent', error: null });
    expect(page.nextCursor).to.be.a('string');
    const older = await jsonOf<{ data: WebhookDeliveryAttempt[]; nextCursor: string | null }>(
      await t.request(`${path}/deliveries?limit=1&cursor=${page.nextCursor}`, send('GET', official)),
    );
    expect(older.data[0]).to.deep.include({ attempt: 1, statusCode: 500, error: 'HTTP 500' });
    expect(older.nextCursor).to.equal(null);
    await expectProblem(await t.request(`${path}/deliveries?cursor=xyz`, send('GET', official)), 400);
    await expectProblem(await t.request(`${path}/deliveries`, send('GET', farOfficial)), 404);

    const deliveryId = page.data[0]?.deliveryId ?? '';
    await expectProblem(await t.request(`${path}/deliveries/out_nope/replay`, send('POST', official)), 404);
    expect((await t.request(`${path}/deliveries/${deliveryId}/replay`, send('POST', farOfficial))).status).to.equal(
      404,
    );
    const rotated = await jsonOf<Sub>(await t.request(`${path}/rotate-secret`, send('POST', official, undefined, 1)));
    expect(rotated.secret)
      .to.match(/^whsec_/)
      .and.not.equal(created.secret);
    expect(rotated.version).to.equal(2);
    await expectProblem(await t.request(`${path}/rotate-secret`, send('POST', official, undefined, 1)), 412);
    expect((await t.request(`${path}/deliveries/${deliveryId}/replay`, send('POST', official))).status).to.equal(204);
    await drain();
    expect(log()).to.have.length(3);
    const replayed = log()[2];
    expect(JSON.parse(replayed?.body ?? '{}').id).to.equal(deliveryId);
    const now = Math.floor(Date.now() / 1000);
    expect(verifyWebhook(rotated.secret ?? '', replayed?.body ?? '', replayed?.signature ?? '', now)).to.equal(true);
    expect(verifyWebhook(created.secret ?? '', replayed?.body ?? '', replayed?.signature ?? '', now)).to.equal(false);
    const actions = (await t.storage.listAudit({ targetId: created.id, regions: 'all', limit: 5 })).map(
      (e) => e.action,
    );
    expect(actions).to.include.members(['webhook.replay', 'webhook.rotate_secret', 'webhook.create']);
    // A paused subscription is not replayed into failure.
    await jsonOf<Sub>(await t.request(path, send('PATCH', official, { active: false }, 2)));
    await expectProblem(await t.request(`${path}/deliveries/${deliveryId}/replay`, send('POST', official)), 409);
  });
});
