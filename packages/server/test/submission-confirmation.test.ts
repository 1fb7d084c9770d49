// The reporter's submission confirmation, sent to a real SMTP server (smtp-server): the first email carries the
// follow-up secret the receipt showed, in both parts, and the secret works; later status emails never carry it; the
// outbox never holds it; a dispatcher whose key no longer matches sends the confirmation without it. On the engine of
// the run (KIM_TEST_ENGINE), as the other live-server tests.
import { AspirationReceipt } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { FollowUpSecrets } from '../src/aspirations/follow-up-secret.js';
import { OutboxDispatcher } from '../src/notifications/dispatcher.js';
import { type Mailer, smtpMailer } from '../src/notifications/mailer.js';
import type { Storage } from '../src/storage/storage.js';
import { admin, aspirationInput, json, jsonOf, liveServer, testApp } from './helpers/setup.js';
import { startSmtp, type TestSmtp } from './helpers/smtp.js';

const FROM = 'KIM <noreply@kim.test>';
const LINKS = { tracker: 'https://kim.test/lacak?kode={code}', console: 'https://kim.test/console/' };
const KEY = 'kunci-tindak-lanjut-uji-0123456789abcdef';
const OTHER_KEY = 'kunci-lain-setelah-rotasi-0123456789abcdef';

const until = async (test: () => boolean, what: string) => {
  for (let i = 0; i < 300 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(test(), what).to.equal(true);
};

describe('submission confirmation', function () {
  this.timeout(60_000);
  let smtp: TestSmtp;
  let mailer: Mailer;
  before(async () => {
    smtp = await startSmtp();
    mailer = smtpMailer(smtp.url, FROM);
  });
  after(async () => {
    mailer?.close();
    await smtp?.close();
  });
  const mailsTo = (to: string) => smtp.received.filter((r) => r.to.includes(to)).map((r) => r.mail);

  describe('through the app and a dispatcher', () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    before(async () => {
      t = await testApp({ followUpKey: KEY });
    });
    after(async () => {
      await t?.storage.close();
    });

    const drain = async (secrets: FollowUpSecrets | undefined, storage: Storage = t.storage) => {
      const dispatcher = new OutboxDispatcher({
        storage,
        mailer,
        from: FROM,
        links: LINKS,
        overdueScanMs: 0,
        followUpSecrets: secrets,
        log: () => {},
      });
      for (let i = 0; i < 20; i++) {
        const s = await dispatcher.runOnce();
        if (s.fannedOut + s.sent + s.retried + s.failed === 0) return;
      }
      throw new Error('The outbox did not drain');
    };
    const submit = async (email: string, overrides: Record<string, unknown> = {}) =>
      AspirationReceipt.parse(
        await jsonOf(
          await t.request(
            '/v1/aspirations',
            json(aspirationInput({ notify: true, reporter: { name: 'Rina Warga', email }, ...overrides })),
          ),
          201,
        ),
      );

    it('sends the secret of the receipt in the first email only, in both parts, and it works', async () => {
      const email = 'rina.konfirmasi@example.org';
      const receipt = await submit(email);
      const secret = receipt.followUpSecret ?? '';
      expect(secret).to.match(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      await drain(new FollowUpSecrets(KEY));

      const [first, ...others] = mailsTo(email);
      expect(others).to.have.length(0);
      expect(first?.subject).to.equal(`Laporan ${receipt.trackingCode} telah diterima`);
      const text = first?.text ?? '';
      const html = String(first?.html);
      expect(text).to.include(`Kode rahasia tindak lanjut: ${secret}`);
      expect(text).to.include(`Kode lacak: ${receipt.trackingCode}`);
      expect(text).to.include('Simpan kode ini.').and.include('hanya dikirim sekali');
      expect(text).to.include(`https://kim.test/lacak?kode=${receipt.trackingCode}`);
      expect(html).to.include('<html lang="id">').and.include(secret).and.include('Simpan kode ini.');
      expect(html).to.include(`<a href="https://kim.test/lacak?kode=${receipt.trackingCode}">`);

      // No outbox row holds the secret, in any form.
      const rows = JSON.stringify(await t.storage.listOutbox({ aspirationId: receipt.id }));
      expect(rows).not.to.include(secret);
      expect(rows).not.to.include(secret.replaceAll('-', ''));

      // A later status email does not carry it.
      const changed = await t.request(`/v1/admin/aspirations/${receipt.id}/status`, {
        method: 'POST',
        headers: { ...admin, 'Content-Type': 'application/json', 'If-Match': '"1"' },
        body: JSON.stringify({ status: 'verified', note: 'Laporan telah diperiksa petugas.' }),
      });
      expect(changed.status).to.equal(200);
      await drain(new FollowUpSecrets(KEY));
      const mails = mailsTo(email);
      expect(mails.map((m) => m.subject)).to.deep.equal([
        `Laporan ${receipt.trackingCode} telah diterima`,
        `Status laporan ${receipt.trackingCode}: Diverifikasi`,
      ]);
      const later = mails[1];
      for (const part of [later?.text ?? '', String(later?.html)]) {
        expect(part).not.to.include(secret);
        expect(part).not.to.include('Kode rahasia');
      }

      // The secret as the email gives it is the one that works.
      const emailed = /Kode rahasia tindak lanjut: (\S+)/.exec(text)?.[1] ?? '';
      const followUp = await t.request(
        `/v1/aspirations/${receipt.trackingCode}/follow-ups`,
        json({ secret: emailed, text: 'Lubangnya kini makin lebar setelah hujan semalam.' }),
      );
      expect(followUp.status).to.equal(201);
    });

    it('writes it in English for an English submission, naming an information request as such', async () => {
      const email = 'applicant.en@example.org';
      const receipt = await submit(email, { kind: 'information_request', language: 'en' });
      await drain(new FollowUpSecrets(KEY));
      const [mail] = mailsTo(email);
      expect(mail?.subject).to.equal(`Request for information ${receipt.trackingCode} received`);
      expect(mail?.text).to.include('Dear applicant,').and.include(`Follow-up secret: ${receipt.followUpSecret}`);
      expect(mail?.text).to.include('Keep this code.');
      expect(String(mail?.html)).to.include('<html lang="en">');
    });

    it('leaves the secret out when the key changed since the submission, and says where it was shown', async () => {
      const email = 'rina.kunci.lain@example.org';
      const receipt = await submit(email);
      await drain(new FollowUpSecrets(OTHER_KEY));
      const [mail] = mailsTo(email);
      expect(mail?.subject).to.equal(`Laporan ${receipt.trackingCode} telah diterima`);
      for (const part of [mail?.text ?? '', String(mail?.html)]) {
        expect(part).not.to.include(receipt.followUpSecret ?? '-');
        expect(part).to.include('ditampilkan pada tanda terima');
      }
    });

    it('says nothing of a secret for an aspiration that has none (recorded before secrets, or through a KIM)', async () => {
      const email = 'warga.tanpa.rahasia@example.org';
      await t.storage.createAspiration({
        id: 'asp_tanparahasia0001',
        trackingCode: 'TR00000001',
        kind: 'complaint',
        title: 'Lampu jalan padam di gang Mawar',
        body: 'Sudah seminggu lampu jalan di gang Mawar padam sehingga jalan gelap pada malam hari.',
        categoryId: 'infrastruktur',
        regionCode: '19.71.01.1006',
        anonymous: false,
        confidential: false,
        reporter: { name: 'Warga Bacang', email },
        submittedAt: new Date().toISOString(),
        notify: true,
        language: 'id',
        followUpSecretHash: null,
      });
      await drain(new FollowUpSecrets(KEY));
      const [mail] = mailsTo(email);
      expect(mail?.subject).to.equal('Laporan TR00000001 telah diterima');
      for (const part of [mail?.text ?? '', String(mail?.html)]) expect(part).not.to.include('rahasia');
    });

    it('sends no confirmation to a reporter who did not opt in', async () => {
      const email = 'tanpa.kabar@example.org';
      const receipt = AspirationReceipt.parse(
        await jsonOf(
          await t.request('/v1/aspirations', json(aspirationInput({ reporter: { name: 'Tanpa Kabar', email } }))),
          201,
        ),
      );
      await drain(new FollowUpSecrets(KEY));
      expect(mailsTo(email)).to.have.length(0);
      const rows = await t.storage.listOutbox({ aspirationId: receipt.id });
      expect(rows.filter((r) => r.channel === 'email').map((r) => r.recipient)).not.to.include(email);
    });
  });

  describe('over a live server without a configured key', () => {
    let server: Awaited<ReturnType<typeof liveServer>>;
    before(async () => {
      server = await liveServer({
        publicUrl: 'https://kim.test',
        notifications: { smtpUrl: smtp.url, from: FROM, intervalMs: 50 },
      });
    });
    after(async () => {
      await server?.close();
      await server?.storage.close();
    });

    it('emails the secret the receipt showed: the app and the dispatcher share the process key', async () => {
      const email = 'rina.live@example.org';
      const submitted = await fetch(
        `${server.url}/v1/aspirations`,
        json(aspirationInput({ notify: true, reporter: { email } })),
      );
      const receipt = AspirationReceipt.parse(await jsonOf(submitted, 201));
      await until(() => mailsTo(email).length > 0, `the confirmation to ${email}`);
      const [mail] = mailsTo(email);
      expect(mail?.text).to.include(`Kode rahasia tindak lanjut: ${receipt.followUpSecret}`);
      expect(mail?.text).to.include('https://kim.test/#lacak');
    });
  });
});
