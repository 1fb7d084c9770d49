// Notifications on both engines: the transactional outbox, the dispatcher's claims, and email through a real SMTP
// server started here (smtp-server): delivered content in both parts, retry after a refusal, no duplicate after a
// dispatcher dies between its claim and its mark.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { messageIdOf, OutboxDispatcher } from '../src/notifications/dispatcher.js';
import { type Mailer, smtpMailer } from '../src/notifications/mailer.js';
import { renderMessage } from '../src/notifications/messages.js';
import { seedDemoData } from '../src/seed/seed.js';
import { enqueueOverdueNotice } from '../src/storage/queries/outbox.js';
import type { NewAspiration, Storage } from '../src/storage/storage.js';
import { systemContext } from '../src/storage/write-context.js';
import { type OpenedEngine, openEngine } from './helpers/engines.js';
import { ENGINES } from './helpers/setup.js';
import { startSmtp, type TestSmtp } from './helpers/smtp.js';

const dir = mkdtempSync(join(tmpdir(), 'kim-notifications-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const FROM = 'KIM Kota Pangkal Pinang <noreply@kim.test>';
const OFFICIAL = 'dinas.pangkalpinang@demo.kim-kit.id';
const LINKS = { tracker: 'https://kim.test/lacak?kode={code}', console: 'https://kim.test/console/' };

let n = 0;
function submission(overrides: Partial<NewAspiration> = {}): NewAspiration {
  n++;
  return {
    id: `asp_note${String(n).padStart(12, '0')}`,
    trackingCode: `N${String(n).padStart(9, '0')}`,
    kind: 'complaint',
    title: `Saluran air tersumbat nomor ${n}`,
    body: 'Saluran air di depan sekolah tersumbat sejak hujan deras minggu lalu.',
    categoryId: 'infrastruktur',
    regionCode: '19.71.01.1006',
    anonymous: false,
    confidential: false,
    reporter: { name: 'Rina Warga', email: `rina.${n}@example.org`, phone: '0812-1111-2222' },
    submittedAt: '2027-03-01T01:00:00.000Z',
    notify: true,
    language: 'id',
    ...overrides,
  };
}

for (const engine of ENGINES) {
  describe(`notifications: ${engine}`, function () {
    this.timeout(60_000);
    let t: OpenedEngine;
    let storage: Storage;
    let smtp: TestSmtp;
    let mailer: Mailer;
    let clock: Date;
    const dispatcher = (options: { mailer?: Mailer | null; log?: (line: string) => void; on?: Storage } = {}) =>
      new OutboxDispatcher({
        storage: options.on ?? storage,
        mailer: options.mailer === undefined ? mailer : options.mailer,
        from: FROM,
        links: LINKS,
        leaseMs: 60_000,
        retry: { maxAttempts: 3, baseDelayMs: 10_000 },
        random: () => 0.5,
        now: () => clock,
        log: options.log ?? (() => {}),
      });
    /** Runs a dispatcher until a run finds nothing to do. */
    const drain = async (d = dispatcher()) => {
      for (let i = 0; i < 20; i++) {
        const s = await d.runOnce();
        if (s.fannedOut + s.sent + s.retried + s.failed === 0) return;
      }
      throw new Error('The outbox did not drain');
    };
    // The reporter's confirmation of the submission has tests of its own (submission-confirmation.test.ts): these
    // look at the status emails and the officials' emails.
    const confirmation = (subject = '') => / (received|telah diterima)$/.test(subject);
    const mailsTo = (to: string) => smtp.received.filter((r) => r.to.includes(to) && !confirmation(r.mail.subject));
    const rowsTo = async (id: string, to: string) =>
      (await storage.listOutbox({ aspirationId: id })).filter(
        (m) => m.recipient === to && m.topic !== 'aspiration.received',
      );
    const change = (id: string, status: 'verified' | 'rejected', at: string) =>
      storage.changeAspirationStatus(systemContext(at), id, {
        status,
        note: 'Laporan telah diperiksa petugas.',
        internalNote: 'Catatan internal: jangan diteruskan ke warga.',
        allowedFrom: ['received'],
      });

    before(async () => {
      t = await openEngine(engine, join(dir, `${engine}.db`));
      storage = t.storage;
      await seedDemoData(storage);
      // The seed's own events are not what these tests look at.
      await t.db.updateTable('outbox').set({ status: 'sent' }).execute();
      smtp = await startSmtp();
      mailer = smtpMailer(smtp.url, FROM);
    });
    beforeEach(() => {
      clock = new Date('2027-03-01T02:00:00.000Z');
    });
    after(async () => {
      mailer?.close();
      await smtp?.close();
      await t?.close();
    });

    it('writes an event with the submission and with each status change, in their transactions', async () => {
      const input = submission();
      await storage.createAspiration(input, { key: `note-${engine}-1`, requestHash: 'h' });
      await storage.createAspiration(submission({ id: input.id }), { key: `note-${engine}-1`, requestHash: 'h' });
      expect((await storage.listOutbox({ aspirationId: input.id })).map((m) => [m.channel, m.topic])).to.deep.equal([
        ['event', 'aspiration.received'],
      ]);
      expect((await change(input.id, 'verified', '2027-03-01T01:10:00.000Z')).outcome).to.equal('changed');
      // A refused change writes no event.
      expect((await change(input.id, 'rejected', '2027-03-01T01:11:00.000Z')).outcome).to.equal('invalid_transition');
      const rows = await storage.listOutbox({ aspirationId: input.id });
      expect(rows.map((m) => m.topic)).to.deep.equal(['aspiration.received', 'aspiration.status']);
      expect(rows[1]?.payload).to.deep.equal({
        trackingCode: input.trackingCode,
        status: 'verified',
        note: 'Laporan telah diperiksa petugas.',
        at: '2027-03-01T01:10:00.000Z',
      });
      expect(rows.every((r) => r.status === 'pending' && r.attempts === 0)).to.equal(true);
      await drain();
    });

    it('emails the reporter who opted in, in their language, with both parts and never the internal note', async () => {
      const input = submission({ language: 'en' });
      await storage.createAspiration(input);
      await change(input.id, 'verified', '2027-03-01T01:20:00.000Z');
      await drain();
      const [delivered, ...more] = mailsTo(input.reporter?.email ?? '');
      expect(more).to.have.length(0);
      const mail = delivered!.mail;
      expect(mail.subject).to.equal(`Report ${input.trackingCode}: Verified`);
      expect(mail.text).to.include(input.trackingCode).and.include('Laporan telah diperiksa petugas.');
      expect(mail.text).to.include(`https://kim.test/lacak?kode=${input.trackingCode}`);
      expect(mail.html).to.be.a('string').and.include('Laporan telah diperiksa petugas.');
      expect(mail.html).to.include(`<a href="https://kim.test/lacak?kode=${input.trackingCode}">`);
      for (const part of [mail.text, mail.html as string]) {
        expect(part).not.to.include('Catatan internal');
        expect(part).not.to.include(input.title);
      }
      const [row] = await rowsTo(input.id, input.reporter?.email ?? '');
      expect(row?.status).to.equal('sent');
      expect(mail.messageId).to.equal(`<${row?.id}@kim.test>`);
      expect(mail.headers.get('auto-submitted')).to.equal('auto-generated');
    });

    it('names the agency an aspiration was forwarded to in the reporter\u2019s email', async () => {
      const input = submission();
      await storage.createAspiration(input);
      for (const [status, from] of [
        ['verified', 'received'],
        ['forwarded', 'verified'],
      ] as const) {
        const result = await storage.changeAspirationStatus(systemContext('2027-03-01T01:30:00.000Z'), input.id, {
          status,
          note: null,
          internalNote: null,
          allowedFrom: [from],
          ...(status === 'forwarded' && { agencyId: 'agc_dishub' }),
        });
        expect(result.outcome).to.equal('changed');
      }
      await drain();
      const subjects = mailsTo(input.reporter?.email ?? '').map((r) => r.mail.subject);
      expect(subjects).to.include(`Status laporan ${input.trackingCode}: Diteruskan ke Dinas Perhubungan`);
    });

    it('emails the Dinas officials of the region on a new aspiration, in Indonesian, without the reporter', async () => {
      const input = submission({ notify: false });
      await storage.createAspiration(input);
      await change(input.id, 'verified', '2027-03-01T01:30:00.000Z');
      await drain();
      const mails = mailsTo(OFFICIAL).filter((r) => r.mail.subject?.includes(input.trackingCode));
      expect(mails).to.have.length(1);
      const { mail } = mails[0]!;
      expect(mail.subject).to.equal(`Laporan baru ${input.trackingCode} di wilayah Anda`);
      expect(mail.text).to.include(input.title).and.include('https://kim.test/console/');
      for (const part of [mail.text, mail.html as string]) {
        expect(part).not.to.include('Rina');
        expect(part).not.to.include(input.reporter?.email);
        expect(part).not.to.include('0812');
      }
      // No opt-in: the reporter hears nothing.
      expect(mailsTo(input.reporter?.email ?? '')).to.have.length(0);
      // Nobody outside the region: the admin is not a Dinas official.
      expect(mailsTo('admin@demo.kim-kit.id')).to.have.length(0);
    });

    it('leaves a confidential aspiration untitled in the officials\u2019 email', async () => {
      const input = submission({ notify: false, confidential: true });
      await storage.createAspiration(input);
      await drain();
      const [delivered] = mailsTo(OFFICIAL).filter((r) => r.mail.subject?.includes(input.trackingCode));
      expect(delivered?.mail.text).not.to.include(input.title);
      expect(delivered?.mail.text).to.include('bersifat rahasia');
    });

    it('retries after the SMTP server refuses once, with backoff, and delivers once', async () => {
      const input = submission();
      await storage.createAspiration(input);
      await change(input.id, 'verified', '2027-03-01T01:40:00.000Z');
      const to = input.reporter?.email ?? '';
      await dispatcher().runOnce(); // fans out the events
      smtp.refuseNext(3); // the officials' email, the reporter's confirmation and status email, in some order
      const refusedBefore = smtp.refused;
      const first = await dispatcher().runOnce();
      expect(first.retried).to.equal(3);
      expect(smtp.refused - refusedBefore).to.equal(3);
      const [row] = await rowsTo(input.id, to);
      expect(row).to.deep.include({ status: 'pending', attempts: 1 });
      expect(row?.lastError).to.include('451');
      // Half the delay fixed, half random (0.5 here): 7.5 s after the failure.
      expect(row?.dueAt).to.equal('2027-03-01T02:00:07.500Z');
      expect((await dispatcher().runOnce()).sent).to.equal(0);
      clock = new Date('2027-03-01T02:00:08.000Z');
      expect((await dispatcher().runOnce()).sent).to.equal(3);
      await drain();
      expect(mailsTo(to)).to.have.length(1);
      const [done] = await rowsTo(input.id, to);
      expect(done).to.deep.include({ status: 'sent', attempts: 2, lastError: null });
    });

    it('marks a message failed after the last attempt', async () => {
      const input = submission();
      await storage.createAspiration(input);
      await change(input.id, 'verified', '2027-03-01T01:45:00.000Z');
      await dispatcher().runOnce();
      const to = input.reporter?.email ?? '';
      smtp.refuseNext(100);
      for (const at of ['02:00:00', '02:01:00', '02:05:00']) {
        clock = new Date(`2027-03-01T${at}.000Z`);
        await dispatcher().runOnce();
      }
      smtp.refuseNext(0);
      clock = new Date('2027-03-02T00:00:00.000Z');
      await drain();
      const [row] = await rowsTo(input.id, to);
      expect(row).to.deep.include({ status: 'failed', attempts: 3 });
      expect(mailsTo(to)).to.have.length(0);
    });

    it('sends no duplicate when a dispatcher dies between its claim and its mark', async () => {
      const input = submission();
      await storage.createAspiration(input);
      await change(input.id, 'verified', '2027-03-01T01:50:00.000Z');
      await dispatcher().runOnce();
      const to = input.reporter?.email ?? '';
      // Another process (its own storage on the same database) claims everything due, then dies before sending.
      const other = t.reopen();
      const claimed = await other.claimOutbox({
        token: 'dead-dispatcher',
        channels: ['event', 'email'],
        now: clock.toISOString(),
        leaseEnd: new Date(clock.getTime() + 60_000).toISOString(),
        limit: 100,
      });
      expect(claimed.some((m) => m.recipient === to && m.topic === 'aspiration.status')).to.equal(true);
      // While its claim holds, nobody else sends those rows.
      expect((await dispatcher().runOnce()).sent).to.equal(0);
      // Its late mark is refused once another dispatcher took the row over.
      clock = new Date(clock.getTime() + 61_000);
      await drain();
      expect(mailsTo(to)).to.have.length(1);
      const row = claimed.find((m) => m.recipient === to && m.topic === 'aspiration.status')!;
      expect(await other.markOutboxSent(row.id, 'dead-dispatcher', clock.toISOString())).to.equal(false);
      await drain();
      expect(mailsTo(to)).to.have.length(1);
    });

    it('gives a message resent after a crash between send and mark the same Message-ID', async () => {
      const input = submission();
      await storage.createAspiration(input);
      await change(input.id, 'verified', '2027-03-01T01:55:00.000Z');
      await dispatcher().runOnce();
      const to = input.reporter?.email ?? '';
      // A dispatcher claims the message, the SMTP server accepts it, and the process dies before marking it sent.
      const claimed = await storage.claimOutbox({
        token: 'dies-after-send',
        channels: ['email'],
        now: clock.toISOString(),
        leaseEnd: new Date(clock.getTime() + 60_000).toISOString(),
        limit: 100,
      });
      const row = claimed.find((m) => m.recipient === to && m.topic === 'aspiration.status')!;
      const rendered = renderMessage(row, LINKS)!;
      await mailer.send({ ...rendered, to, messageId: messageIdOf(row, FROM) });
      // Once the lease ends, another dispatcher sends it again: the same Message-ID lets the receiver recognise it.
      clock = new Date(clock.getTime() + 61_000);
      await drain();
      const mails = mailsTo(to);
      expect(mails).to.have.length(2);
      expect(mails[0]?.mail.messageId).to.be.a('string').and.equal(mails[1]?.mail.messageId);
    });

    // Several dispatchers on one database are a PostgreSQL setup (SQLite serves one process; two connections in one
    // test process would wait on each other's write lock in one thread).
    const onPostgres = engine === 'postgres' ? it : () => {};
    onPostgres('shares the work between two processes without sending a message twice', async () => {
      const inputs = Array.from({ length: 6 }, () => submission());
      for (const input of inputs) {
        await storage.createAspiration(input);
        await change(input.id, 'verified', '2027-03-01T01:58:00.000Z');
      }
      const before = smtp.received.length;
      const other = t.reopen();
      await Promise.all([drain(dispatcher()), drain(dispatcher({ on: other }))]);
      for (const input of inputs) expect(mailsTo(input.reporter?.email ?? '')).to.have.length(1);
      // Six reporters (a confirmation and a status email each) and one official per aspiration.
      expect(smtp.received.length - before).to.equal(18);
    });

    it('tells the officials once per due date that an aspiration is overdue', async () => {
      const input = submission({ notify: false });
      await storage.createAspiration(input);
      await drain();
      const overdue = { id: input.id, trackingCode: input.trackingCode, regionCode: input.regionCode };
      for (const dueDate of ['2027-03-10', '2027-03-10', '2027-03-20']) {
        await t.db
          .transaction()
          .execute((trx) => enqueueOverdueNotice(trx, { ...overdue, dueDate }, clock.toISOString()));
      }
      await drain();
      const subjects = mailsTo(OFFICIAL)
        .map((r) => r.mail)
        .filter((m) => m.subject === `Laporan ${input.trackingCode} melewati batas waktu`);
      expect(subjects.map((m) => m.text?.match(/batas waktu (\S+)\./)?.[1])).to.have.members([
        '2027-03-10',
        '2027-03-20',
      ]);
    });

    it('keeps emails pending without SMTP, and says so once at start', async () => {
      const input = submission();
      await storage.createAspiration(input);
      const lines: string[] = [];
      const idle = dispatcher({ mailer: null, log: (line) => lines.push(line) });
      idle.start();
      await idle.stop();
      expect(lines).to.deep.equal([
        'notifications: no SMTP configured (KIM_SMTP_URL); emails stay pending in the outbox until it is',
      ]);
      await drain(dispatcher({ mailer: null }));
      const emails = (await storage.listOutbox({ aspirationId: input.id })).filter((m) => m.channel === 'email');
      expect(emails.map((m) => [m.recipient, m.status, m.attempts])).to.deep.equal([
        [OFFICIAL, 'pending', 0],
        [input.reporter?.email, 'pending', 0],
      ]);
      await drain();
      expect(mailsTo(OFFICIAL).filter((r) => r.mail.subject?.includes(input.trackingCode))).to.have.length(1);
    });
  });
}
