import { expect } from 'chai';
import { isKimConflictError, isKimPreconditionFailedError } from '../errors/guards.js';
import type { KimPreconditionFailedError } from '../errors/kim-precondition-failed-error.js';
import {
  isWebhookUrl,
  type WebhookDeliveryAttempt,
  type WebhookSubscription,
  WebhookSubscriptionInput,
  WebhookSubscriptionUpdate,
} from '../schemas/webhook.js';
import { json, problem } from '../test-utils/fake-fetch.js';
import { page } from '../test-utils/fixtures.js';
import { rejection } from '../test-utils/rejection.js';
import { pathOf, setup } from '../test-utils/setup.js';

const hook: WebhookSubscription = {
  id: 'whk_1',
  regionCode: '19.71',
  url: 'https://lapor.example.go.id/kim-hook',
  events: ['aspiration.received', 'aspiration.status'],
  description: 'Jembatan SP4N-LAPOR!',
  active: true,
  createdAt: '2027-04-01T02:00:00.000Z',
  updatedAt: '2027-04-01T02:00:00.000Z',
  version: 1,
};
const attempt: WebhookDeliveryAttempt = {
  deliveryId: 'out_1',
  event: 'aspiration.status',
  attempt: 2,
  at: '2027-04-01T02:00:30.000Z',
  statusCode: 500,
  durationMs: 41,
  error: 'HTTP 500',
  deliveryStatus: 'pending',
};

describe('client.admin.webhooks', () => {
  it('create() posts the subscription and answers the secret shown once', async () => {
    const { client, fake } = setup(() => json({ ...hook, secret: 'whsec_abc' }, { status: 201 }), { token: 't' });
    const input = { url: hook.url, events: hook.events, regionCode: '19.71' };
    const created = await client.admin.webhooks.create(input);
    expect(created.secret).to.equal('whsec_abc');
    const call = fake.calls[0]!;
    expect([call.method, pathOf(call.url)]).to.deep.equal(['POST', '/api/v1/admin/webhooks']);
    expect(JSON.parse(call.body)).to.deep.equal(input);
    expect(call.headers.get('authorization')).to.equal('Bearer t');
  });

  it('list() and deliveries() page with limit and cursor', async () => {
    const { client, fake } = setup(
      (request) =>
        json(request.url.pathname.endsWith('/deliveries') ? page<unknown>([attempt]) : page<unknown>([hook])),
      { token: 't' },
    );
    expect((await client.admin.webhooks.list({ limit: 5, cursor: 'c1' })).data).to.deep.equal([hook]);
    expect((await client.admin.webhooks.deliveries('whk_1', { limit: 5 })).data).to.deep.equal([attempt]);
    expect(fake.calls[0]!.url.pathname).to.equal('/api/v1/admin/webhooks');
    expect(Object.fromEntries(fake.calls[0]!.url.searchParams)).to.deep.equal({ limit: '5', cursor: 'c1' });
    expect(pathOf(fake.calls[1]!.url)).to.equal('/api/v1/admin/webhooks/whk_1/deliveries?limit=5');
  });

  it('update() and rotateSecret() send If-Match; a stale one rejects with the subscription as it is now', async () => {
    const { client, fake } = setup(() => json({ ...hook, version: 3, secret: 'whsec_new' }), { token: 't' });
    await client.admin.webhooks.update('whk_1', { active: false }, { version: 2 });
    const rotated = await client.admin.webhooks.rotateSecret('whk_1', { version: 2 });
    expect(rotated.secret).to.equal('whsec_new');
    expect(fake.calls.map((c) => [c.method, pathOf(c.url), c.headers.get('if-match')])).to.deep.equal([
      ['PATCH', '/api/v1/admin/webhooks/whk_1', '"2"'],
      ['POST', '/api/v1/admin/webhooks/whk_1/rotate-secret', '"2"'],
    ]);
    const now = { ...hook, active: false, version: 3 };
    const stale = setup(() => problem(412, { code: 'precondition_failed', current: now }), { token: 't' });
    const error = await rejection(stale.client.admin.webhooks.rotateSecret('whk_1', { version: 2 }));
    expect(isKimPreconditionFailedError(error)).to.equal(true);
    expect((error as KimPreconditionFailedError<WebhookSubscription>).current?.active).to.equal(false);
  });

  it('remove() deletes and replay() posts a delivery; replay while paused is a conflict', async () => {
    const { client, fake } = setup(() => new Response(null, { status: 204 }), { token: 't' });
    expect(await client.admin.webhooks.remove('whk_1')).to.equal(undefined);
    expect(await client.admin.webhooks.replay('whk_1', 'out_1')).to.equal(undefined);
    expect(fake.calls.map((c) => [c.method, pathOf(c.url)])).to.deep.equal([
      ['DELETE', '/api/v1/admin/webhooks/whk_1'],
      ['POST', '/api/v1/admin/webhooks/whk_1/deliveries/out_1/replay'],
    ]);
    const paused = setup(() => problem(409, { code: 'conflict' }), { token: 't' });
    expect(isKimConflictError(await rejection(paused.client.admin.webhooks.replay('whk_1', 'out_1')))).to.equal(true);
  });
});

describe('webhook contract', () => {
  it('takes https anywhere and http only to the machine itself', () => {
    for (const url of [
      'https://lapor.example.go.id/h',
      'http://localhost:8080/h',
      'http://127.0.0.1/h',
      'http://[::1]/h',
    ]) {
      expect(isWebhookUrl(url), url).to.equal(true);
    }
    for (const url of [
      'http://lapor.example.go.id/h',
      'http://localhost.evil.test/h',
      'https://user:pw@lapor.example.go.id/h',
      'ftp://lapor.example.go.id/h',
      'javascript:alert(1)',
      'lapor.example.go.id/h',
    ]) {
      expect(isWebhookUrl(url), url).to.equal(false);
    }
  });

  it('needs at least one event, each once, and a known one', () => {
    const base = { url: 'https://x.test/h', regionCode: '19.71' };
    expect(WebhookSubscriptionInput.safeParse({ ...base, events: ['aspiration.status'] }).success).to.equal(true);
    expect(WebhookSubscriptionInput.safeParse({ ...base, events: [] }).success).to.equal(false);
    expect(
      WebhookSubscriptionInput.safeParse({ ...base, events: ['aspiration.status', 'aspiration.status'] }).success,
    ).to.equal(false);
    expect(WebhookSubscriptionInput.safeParse({ ...base, events: ['news.published'] }).success).to.equal(false);
    expect(WebhookSubscriptionUpdate.safeParse({ secret: 'x' }).success).to.equal(false);
  });
});
