// The deadline scan on both engines: the dispatcher's loop finds aspirations past their due date that are not
// finished and tells the region's officials by email (a real SMTP server started here), once per aspiration and due
// date; an extension gets its own notice; a finished aspiration gets none; the scan runs every few minutes, not on
// every run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { OutboxDispatcher } from '../src/notifications/dispatcher.js';
import { type Mailer, smtpMailer } from '../src/notifications/mailer.js';
import { seedDemoData } from '../src/seed/seed.js';
import { dueDateIn } from '../src/storage/queries/overdue-notices.js';
import type { NewAspiration, Storage } from '../src/storage/storage.js';
import { type OpenedEngine, openEngine } from './helpers/engines.js';
import { ENGINES } from './helpers/setup.js';
import { startSmtp, type TestSmtp } from './helpers/smtp.js';

const dir = mkdtempSync(join(tmpdir(), 'kim-overdue-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const FROM = 'KIM Kota Pangkal Pinang <noreply@kim.test>';
const OFFICIAL = 'dinas.pangkalpinang@demo.kim-kit.id';
const LINKS = { tracker: 'https://kim.test/lacak?kode={code}', console: 'https://kim.test/console/' };

let n = 0;
function submission(): NewAspiration {
  n++;
  return {
    id: `asp_late${String(n).padStart(12, '0')}`,
    trackingCode: `L${String(n).padStart(9, '0')}`,
    kind: 'complaint',
    title: `Lampu jalan padam nomor ${n}`,
    body: 'Lampu jalan di depan balai kelurahan padam sejak seminggu yang lalu, mohon diperbaiki.',
    categoryId: 'infrastruktur',
    regionCode: '19.71.01.1006',
    anonymous: false,
    confidential: false,
    reporter: { name: 'Rina Warga', email: `rina.late.${n}@example.org` },
    submittedAt: '2027-06-01T01:00:00.000Z',
  };
}

describe('overdue date of a due time', () => {
  it('is the calendar day in the region: WIB for Bangka Belitung, WIT for Papua', () => {
    expect(dueDateIn('2027-06-10T17:30:00.000Z', '19.71.01.1006')).to.equal('2027-06-11');
    expect(dueDateIn('2027-06-10T14:30:00.000Z', '91.71')).to.equal('2027-06-10');
    expect(dueDateIn('2027-06-10T15:30:00.000Z', '91.71')).to.equal('2027-06-11');
  });
});

for (const engine of ENGINES) {
  describe(`overdue scan: ${engine}`, function () {
    this.timeout(60_000);
    let t: OpenedEngine;
    let storage: Storage;
    let smtp: TestSmtp;
    let mailer: Mailer;
    let clock: Date;
    const dispatcher = (overdueScanMs?: number) =>
      new OutboxDispatcher({
        storage,
        mailer,
        from: FROM,
        links: LINKS,
        random: () => 0.5,
        now: () => clock,
        overdueScanMs,
        log: () => {},
      });
    const drain = async (d = dispatcher()) => {
      for (let i = 0; i < 20; i++) {
        const s = await d.runOnce();
        if (s.fannedOut + s.sent + s.retried + s.failed + (s.overdue ?? 0) === 0) return;
      }
      throw new Error('The outbox did not drain');
    };
    const notices = (code: string) =>
      smtp.received
        .filter((r) => r.to.includes(OFFICIAL))
        .map((r) => r.mail)
        .filter((m) => m.subject === `Laporan ${code} melewati batas waktu`);
    const setDue = (id: string, dueAt: string | null) =>
      t.db.updateTable('aspirations').set({ due_at: dueAt }).where('id', '=', id).execute();
    /** A new aspiration with no due date yet (each test sets the one it needs). */
    const create = async () => {
      const a = submission();
      await storage.createAspiration(a);
      await setDue(a.id, null);
      return a;
    };

    before(async () => {
      t = await openEngine(engine, join(dir, `${engine}.db`));
      storage = t.storage;
      await seedDemoData(storage);
      // Nothing of the seed is due in these tests: only the aspirations made here.
      await t.db.updateTable('aspirations').set({ due_at: null }).execute();
      await t.db.updateTable('outbox').set({ status: 'sent' }).execute();
      smtp = await startSmtp();
      mailer = smtpMailer(smtp.url, FROM);
    });
    beforeEach(() => {
      clock = new Date('2027-06-20T02:00:00.000Z');
    });
    after(async () => {
      mailer?.close();
      await smtp?.close();
      await t?.close();
    });

    it('emails the officials once per aspiration and due date, from the loop, and again after an extension', async () => {
      const late = await create();
      const onTime = await create();
      const finished = await create();
      await setDue(late.id, '2027-06-10T16:59:59.999Z'); // 10 June, end of the day in WIB
      await setDue(onTime.id, '2027-06-30T16:59:59.999Z');
      await setDue(finished.id, null);
      await drain();
      const first = notices(late.trackingCode);
      expect(first).to.have.length(1);
      expect(first[0]?.text).to.include('2027-06-10');
      expect(notices(onTime.trackingCode)).to.have.length(0);
      expect(notices(finished.trackingCode)).to.have.length(0);

      // Later scans write nothing new for the same due date.
      clock = new Date('2027-06-21T02:00:00.000Z');
      await drain();
      await drain();
      expect(notices(late.trackingCode)).to.have.length(1);

      // Extended by 7 working days, and overdue again: a second notice naming the new date.
      await setDue(late.id, '2027-06-22T16:59:59.999Z');
      await drain();
      expect(notices(late.trackingCode)).to.have.length(1);
      clock = new Date('2027-06-23T02:00:00.000Z');
      await drain();
      const all = notices(late.trackingCode).map((m) => m.text?.match(/batas waktu (\S+)\./)?.[1]);
      expect(all).to.have.members(['2027-06-10', '2027-06-22']);
      // The one that came due on 30 June gets its notice once that day has passed.
      clock = new Date('2027-07-01T02:00:00.000Z');
      await drain();
      expect(notices(onTime.trackingCode)).to.have.length(1);
    });

    it('scans every few minutes, not on every run, and never when turned off', async () => {
      const a = await create();
      await drain();
      const d = dispatcher(300_000);
      await d.runOnce(); // scans now: nothing due yet
      await setDue(a.id, '2027-06-19T16:59:59.999Z');
      clock = new Date(clock.getTime() + 60_000);
      expect((await d.runOnce()).overdue).to.equal(undefined);
      clock = new Date(clock.getTime() + 300_000);
      expect((await d.runOnce()).overdue).to.equal(1);
      const off = await create();
      await setDue(off.id, '2027-06-19T16:59:59.999Z');
      expect((await dispatcher(0).runOnce()).overdue).to.equal(undefined);
      await drain(d);
      expect(notices(a.trackingCode)).to.have.length(1);
    });
  });
}
