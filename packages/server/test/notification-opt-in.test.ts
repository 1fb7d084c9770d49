// The reporter's opt-in through the API, end to end over a live server whose dispatcher sends to a real SMTP server:
// a citizen asks for notifications in English, an official changes the status, the email arrives.
import { AspirationReceipt } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { admin, aspirationInput, expectProblem, json, jsonOf, liveServer, testApp } from './helpers/setup.js';
import { startSmtp, type TestSmtp } from './helpers/smtp.js';

describe('notification opt-in', () => {
  it('refuses notify without an email, naming the field', async () => {
    const t = await testApp();
    try {
      const problem = await expectProblem(
        await t.request('/v1/aspirations', json(aspirationInput({ notify: true, reporter: { name: 'Tanpa Email' } }))),
        422,
      );
      expect(problem.errors?.map((e) => [e.path, e.message])).to.deep.equal([
        ['reporter.email', 'Isi alamat email untuk menerima pemberitahuan'],
      ]);
    } finally {
      await t.storage.close();
    }
  });

  describe('over a live server', function () {
    this.timeout(30_000);
    let smtp: TestSmtp;
    let server: Awaited<ReturnType<typeof liveServer>>;
    before(async () => {
      smtp = await startSmtp();
      server = await liveServer({
        publicUrl: 'https://kim.test',
        notifications: { smtpUrl: smtp.url, from: 'KIM <noreply@kim.test>', intervalMs: 50 },
      });
    });
    after(async () => {
      await server?.close();
      await server?.storage.close();
      await smtp?.close();
    });

    const until = async (test: () => boolean) => {
      for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(test()).to.equal(true);
    };

    it('emails the reporter in the language of the request on a status change', async () => {
      const email = 'pelapor.en@example.org';
      const submitted = await fetch(
        `${server.url}/v1/aspirations`,
        json(aspirationInput({ notify: true, reporter: { email } }), { 'Accept-Language': 'en-GB,en;q=0.9' }),
      );
      const receipt = AspirationReceipt.parse(await jsonOf(submitted, 201));
      const changed = await fetch(`${server.url}/v1/admin/aspirations/${receipt.id}/status`, {
        method: 'POST',
        headers: { ...admin, 'Content-Type': 'application/json', 'If-Match': '"1"' },
        body: JSON.stringify({ status: 'verified', note: 'Checked by the officer.', internalNote: 'Do not tell.' }),
      });
      expect(changed.status).to.equal(200);
      const status = () =>
        smtp.received
          .filter((r) => r.to.includes(email) && r.mail.subject?.startsWith(`Report ${receipt.trackingCode}: `))
          .map((r) => r.mail);
      await until(() => status().length > 0);
      const [mail] = status();
      expect(mail?.subject).to.equal(`Report ${receipt.trackingCode}: Verified`);
      expect(mail?.text).to.include('Checked by the officer.').and.include('https://kim.test/#lacak');
      expect(mail?.text).not.to.include('Do not tell.');
      expect(mail?.html).to.be.a('string').and.not.include('Do not tell.');
      expect(mail?.from?.value).to.deep.equal([{ address: 'noreply@kim.test', name: 'KIM' }]);
    });
  });
});
