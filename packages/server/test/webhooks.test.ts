// Signed webhooks on both engines, delivered by the outbox dispatcher to a real local HTTP receiver: signatures that
// verify, retries with a delivery log, replay, and nothing for other regions or topics.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { OutboxDispatcher } from '../src/notifications/dispatcher.js';
import { newWebhookSecret, signWebhook, verifyWebhook } from '../src/notifications/webhook-signature.js';
import { seedDemoData } from '../src/seed/seed.js';
import type { NewAspiration, OutboxTopic, Storage } from '../src/storage/storage.js';
import { systemContext } from '../src/storage/write-context.js';
import { type OpenedEngine, openEngine } from './helpers/engines.js';
import { freePort } from './helpers/nginx.js';
import { ENGINES } from './helpers/setup.js';

const dir = mkdtempSync(join(tmpdir(), 'kim-webhooks-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A receiver on a free local port: keeps every request, answers with the next status queued for its path (200). */
async function startReceiver() {
  const received: Received[] = [];
  const statuses = new Map<string, number[]>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.writeHead(statuses.get(request.url ?? '')?.shift() ?? 200).end('ok');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answerNext: (path: string, ...codes: number[]) => statuses.set(path, codes),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let n = 0;
function submission(overrides: Partial<NewAspiration> = {}): NewAspiration {
  n++;
  return {
    id: `asp_hook${String(n).padStart(12, '0')}`,
    trackingCode: `W${String(n).padStart(9, '0')}`,
    kind: 'aspiration',
    title: `Usulan taman baca nomor ${n}`,
    body: 'Kami mengusulkan taman baca di balai kelurahan untuk anak-anak sepulang sekolah.',
    categoryId: 'infrastruktur',
    regionCode: '19.71.01.1006',
    anonymous: false,
    confidential: false,
    reporter: { name: 'Budi Pelapor', email: `budi.${n}@example.org` },
    submittedAt: '2027-04-01T01:00:00.000Z',
    ...overrides,
  };
}

for (const engine of ENGINES) {
  describe(`webhooks: ${engine}`, function () {
    this.timeout(60_000);
    let t: OpenedEngine;
    let storage: Storage;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let clock: Date;
    const dispatcher = (allowPrivateNetworks = true) =>
      new OutboxDispatcher({
        storage,
        mailer: null,
        from: 'KIM <noreply@kim.test>',
        links: { tracker: 'https://kim.test/#lacak', console: 'https://kim.test/console/' },
        retry: { maxAttempts: 3, baseDelayMs: 10_000 },
        random: () => 0,
        now: () => clock,
        log: () => {},
        allowPrivateNetworks,
      });
    const drain = async () => {
      for (let i = 0; i < 20; i++) {
        const s = await dispatcher().runOnce();
        if (s.fannedOut + s.sent + s.retried + s.failed === 0) return;
      }
      throw new Error('The outbox did not drain');
    };
    const ctx = () => systemContext(clock.toISOString());
    const subscribe = (path: string, events: OutboxTopic[], region = '19.71') =>
      storage.createWebhookSubscription(ctx(), {
        id: `whk_${engine}_${path}`,
        regionCode: region,
        url: `${receiver.url}/${path}`,
        events,
        secret: `secret-${path}`,
        description: `Jembatan uji ${path}`,
      });
    const at = (path: string) => receiver.received.filter((r) => r.path === `/${path}`);

    before(async () => {
      t = await openEngine(engine, join(dir, `${engine}.db`));
      storage = t.storage;
      await seedDemoData(storage);
      await t.db.updateTable('outbox').set({ status: 'sent' }).execute();
      receiver = await startReceiver();
    });
    beforeEach(() => {
      clock = new Date('2027-04-01T02:00:00.000Z');
    });
    after(async () => {
      await receiver?.close();
      await t?.close();
    });

    it('POSTs each subscribed event, signed over the timestamp and body, without personal data', async () => {
      const sub = await subscribe('all', ['aspiration.received', 'aspiration.status']);
      await subscribe('status-only', ['aspiration.status']);
      await subscribe('elsewhere', ['aspiration.received', 'aspiration.status'], '19.04');
      const input = submission();
      await storage.createAspiration(input);
      await storage.changeAspirationStatus(ctx(), input.id, {
        status: 'verified',
        note: 'Usulan diterima untuk dibahas.',
        internalNote: 'Internal: anggaran belum ada.',
        allowedFrom: ['received'],
      });
      await drain();
      const [received, status] = at('all');
      expect(at('all')).to.have.length(2);
      expect(at('status-only')).to.have.length(1);
      expect(at('elsewhere')).to.have.length(0);
      for (const r of [received!, status!]) {
        const header = String(r.headers['kim-signature']);
        expect(verifyWebhook('secret-all', r.body, header, Math.floor(clock.getTime() / 1000))).to.equal(true);
        expect(verifyWebhook('another-secret', r.body, header, Math.floor(clock.getTime() / 1000))).to.equal(false);
        expect(verifyWebhook('secret-all', `${r.body} `, header, Math.floor(clock.getTime() / 1000))).to.equal(false);
        // A request replayed ten minutes later is refused by a receiver that checks the time.
        expect(verifyWebhook('secret-all', r.body, header, Math.floor(clock.getTime() / 1000) + 600)).to.equal(false);
        expect(r.headers['content-type']).to.equal('application/json');
        for (const secret of ['Budi', input.reporter?.email ?? '-', 'Internal', input.body]) {
          expect(r.body).not.to.include(secret);
        }
      }
      expect(JSON.parse(status!.body)).to.deep.include({
        type: 'aspiration.status',
        data: {
          trackingCode: input.trackingCode,
          status: 'verified',
          note: 'Usulan diterima untuk dibahas.',
          at: clock.toISOString(),
          regionCode: input.regionCode,
        },
      });
      expect(status!.headers['kim-event']).to.equal('aspiration.status');
      expect(JSON.parse(status!.body).id).to.equal(status!.headers['kim-delivery']);
      const log = await storage.listWebhookAttempts(sub.id, 10);
      expect(log.map((a) => [a.topic, a.attempt, a.statusCode, a.error, a.deliveryStatus])).to.deep.equal([
        ['aspiration.status', 1, 200, null, 'sent'],
        ['aspiration.received', 1, 200, null, 'sent'],
      ]);
      const [entry] = await storage.listAudit({ regions: 'all', limit: 1, targetId: sub.id });
      expect(entry).to.deep.include({ action: 'webhook.create' });
    });

    it('retries a delivery the receiver refused, logs every attempt, and replays on request', async () => {
      const sub = await subscribe('flaky', ['aspiration.received']);
      receiver.answerNext('/flaky', 503);
      const input = submission();
      await storage.createAspiration(input);
      await drain();
      expect(at('flaky')).to.have.length(1);
      clock = new Date(clock.getTime() + 5_001); // half of 10 s (random 0)
      await drain();
      const deliveries = at('flaky');
      expect(deliveries).to.have.length(2);
      expect(deliveries[0]?.headers['kim-delivery']).to.equal(deliveries[1]?.headers['kim-delivery']);
      const log = await storage.listWebhookAttempts(sub.id, 10);
      expect(log.map((a) => [a.attempt, a.statusCode, a.error])).to.deep.equal([
        [2, 200, null],
        [1, 503, 'HTTP 503'],
      ]);
      expect(log.every((a) => a.durationMs >= 0)).to.equal(true);

      expect(await storage.replayWebhookDelivery(ctx(), sub.id, 'out_none')).to.equal(false);
      expect(await storage.replayWebhookDelivery(ctx(), sub.id, log[0]!.deliveryId)).to.equal(true);
      await drain();
      expect(at('flaky')).to.have.length(3);
      expect((await storage.listWebhookAttempts(sub.id, 1))[0]).to.deep.include({ attempt: 1, statusCode: 200 });
      const [entry] = await storage.listAudit({ regions: 'all', limit: 1, targetId: sub.id });
      expect(entry).to.deep.include({ action: 'webhook.replay' });
    });

    it('refuses a receiver on a private address unless private networks are allowed, and logs why', async () => {
      const sub = await subscribe('intranet', ['aspiration.received']);
      const input = submission();
      await storage.createAspiration(input);
      for (let i = 0; i < 5; i++) await dispatcher(false).runOnce();
      expect(at('intranet')).to.have.length(0);
      const [attempt] = await storage.listWebhookAttempts(sub.id, 10);
      expect(attempt).to.deep.include({ attempt: 1, statusCode: null, deliveryStatus: 'pending' });
      expect(attempt!.error).to.match(/^Refused: 127\.0\.0\.1 is not a public address/);
      clock = new Date(clock.getTime() + 5_001);
      await drain(); // allowed now: the retry arrives
      expect(at('intranet')).to.have.length(1);
    });

    it('fails the pending deliveries of a deleted subscription', async () => {
      const sub = await subscribe('gone', ['aspiration.received']);
      receiver.answerNext('/gone', 500);
      const other = submission();
      await storage.createAspiration(other);
      await drain(); // refused once: due again later
      expect(await storage.deleteWebhookSubscription(ctx(), sub.id)).to.equal(true);
      expect(await storage.getWebhookSubscription(sub.id)).to.equal(undefined);
      const rows = (await storage.listOutbox({ aspirationId: other.id })).filter((m) => m.recipient === sub.id);
      expect(rows.map((m) => [m.status, m.lastError])).to.deep.equal([['failed', 'Subscription deleted']]);
      expect(await storage.deleteWebhookSubscription(ctx(), sub.id)).to.equal(false);
    });
  });
}

describe('webhook signatures', () => {
  it('are HMAC-SHA256 over "<t>.<body>" in hex, as docs/webhooks.md shows', () => {
    // Computed with `printf '%s' '1800000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test`.
    expect(signWebhook('whsec_test', '{"a":1}', 1_800_000_000)).to.equal(
      't=1800000000,v1=7de5e6bbc99c65ef0ddccacd4308ba03a5a12eb8859a0db070c5ca731c4fdc19',
    );
    expect(newWebhookSecret()).to.match(/^whsec_[A-Za-z0-9_-]{43}$/);
  });
});
