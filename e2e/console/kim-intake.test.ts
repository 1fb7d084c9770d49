// Intake through a KIM (issue 15 item 8) against a freshly seeded server: the demo operator of KIM Bacang Berseri,
// on a phone (360×740) that loses its connection, records a resident's report; on reconnect it is delivered once;
// the slip prints (checked in the print media); a Dinas official sees the resident's contact, the operator does not.
import { formatTrackingCode } from '@kim-kit/sdk';
import { expect } from 'chai';
import type { BrowserContext, Locator } from 'playwright-core';
import { apiAs, demoAccount, expectNoOverflow, signIn } from '../support/console-steps.js';
import { newContext } from '../support/hooks.js';

/** The text inside an element's shadow root (textContent of a host is its light DOM only). */
const shadowText = (locator: Locator) => locator.evaluate((el) => el.shadowRoot?.textContent ?? '');

const operator = demoAccount('kim');
const dinas = demoAccount('dinas');
const RESIDENT_PHONE = '0812-7777-3141';
const RESIDENT_NAME = 'Pak Rahmat Uji Slip';

describe('console: a KIM records a resident’s report offline and prints the slip', () => {
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  it('delivers it once on reconnect, prints the slip, and shows the contact to the official only', async () => {
    const marker = `slipuji${Date.now().toString(36)}`;
    const title = `Lampu jalan padam di gang Mawar ${marker}`;

    context = await newContext({ width: 360, height: 740 });
    const page = await context.newPage();
    // The intake is not in the console's file: it arrives as a chunk of its own from /cdn/, under the console's CSP.
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.ok() && /\/cdn\/kim-console[\w.-]*\.js$/.test(response.url())) scripts.push(response.url());
    });
    await signIn(page, operator);
    await page.locator('kim-console nav').getByRole('link', { name: 'Catat laporan warga' }).click();
    const intake = page.locator('kim-aspiration-intake');
    const form = intake.locator('kim-aspiration-form');
    await form.locator('select#categoryId:not([disabled])').waitFor();
    expect(await intake.locator('h1').textContent()).to.contain('Catat laporan warga');
    expect(scripts.map((url) => new URL(url).pathname.replace(/-[A-Z0-9]{8}\.js$/, '-<hash>.js')).sort()).to.deep.equal(
      ['/cdn/kim-console-aspiration-intake-<hash>.js', '/cdn/kim-console-chunk-<hash>.js', '/cdn/kim-console.js'],
    );
    expect(await shadowText(intake)).to.contain('KIM Bacang Berseri');

    // The place picker's village list comes from the API: the operator picks the place first, then the connection
    // drops while they type.
    await form.getByLabel(/^Kecamatan/).selectOption({ label: 'Bukit Intan' });
    await form.getByLabel(/^Kelurahan\/desa/).selectOption({ label: 'Bacang' });
    await context.setOffline(true);
    await form.getByRole('radio', { name: /^Pengaduan/ }).check();
    await form.getByLabel(/^Judul/).fill(title);
    await form
      .getByLabel(/^Isi laporan/)
      .fill('Sudah seminggu lampu jalan di gang Mawar padam sehingga jalan gelap dan rawan pada malam hari.');
    await form.getByLabel(/^Kategori/).selectOption({ label: 'Infrastruktur' });
    await form.getByLabel(/^Nama/).fill(RESIDENT_NAME);
    await form.getByLabel(/^Nomor telepon/).fill(RESIDENT_PHONE);
    await form.getByRole('checkbox', { name: /Warga telah menyetujui secara lisan/ }).check();
    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    const waiting = intake.locator('[part~="waiting"]');
    await waiting.waitFor();
    expect(await waiting.textContent())
      .to.contain('1 laporan belum terkirim')
      .and.contain('setelah terkirim');
    expect(await intake.locator('kim-intake-slip').count()).to.equal(0);
    await expectNoOverflow(page);

    // Back online: the outbox delivers it by itself, once.
    await context.setOffline(false);
    const code = intake.locator('kim-intake-slip [part~="tracking-code"]');
    await code.waitFor({ timeout: 30_000 });
    await waiting.waitFor({ state: 'detached' });
    const official = await apiAs(dinas);
    const found = await official.admin.aspirations.list({ q: marker }).toArray({ limit: 10 });
    expect(found.map((a) => a.title)).to.deep.equal([title]);
    const [aspiration] = found;
    expect(await code.textContent()).to.equal(formatTrackingCode(aspiration!.trackingCode));
    const slipText = await shadowText(intake.locator('kim-intake-slip'));
    const slip = (await intake.locator('kim-intake-slip [part~="slip"]').textContent()) ?? '';
    expect(slip).to.contain('KIM Bacang Berseri').and.match(/WIB/);
    expect(slip + slipText)
      .to.not.contain(RESIDENT_PHONE)
      .and.not.contain('Rahmat');
    await expectNoOverflow(page);

    // The slip on 58 mm paper, printed with window.print(); in print media only the slip is on the page.
    await intake.getByRole('radio', { name: /58 mm/ }).check();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await intake.getByRole('button', { name: 'Cetak slip' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).to.equal(1);
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.kim-intake-print kim-intake-slip');
    expect(await printed.isVisible()).to.equal(true);
    expect(await printed.getAttribute('paper')).to.equal('58mm');
    expect(await printed.locator('[part~="tracking-code"]').textContent()).to.equal(
      formatTrackingCode(aspiration!.trackingCode),
    );
    expect(await page.locator('kim-console').isVisible()).to.equal(false);
    // Emulated print media keeps the viewport's width; the paper size is the document sheet's @page rule.
    const pageRules = await page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    );
    expect(pageRules).to.match(/@page\s*\{\s*size: 58mm 160mm/);
    await page.emulateMedia({ media: 'screen' });
    expect(await printed.isVisible()).to.equal(false);

    // The operator's console never shows the contact again.
    await page.goto(`/console/#/laporan/${aspiration!.id}`);
    const inbox = page.locator('kim-aspiration-inbox');
    await inbox.locator('#record-title').waitFor();
    await inbox.locator('[part~="reporter-hidden"]').waitFor();
    expect(await shadowText(inbox))
      .to.not.contain(RESIDENT_PHONE)
      .and.not.contain(RESIDENT_NAME);
    expect(await inbox.locator('[part~="intake"]').textContent()).to.equal('KIM Bacang Berseri');
    await context.close();

    // The Dinas official does see it, in the console and through the API.
    const full = await official.admin.aspirations.get(aspiration!.id);
    expect(full.reporter).to.deep.equal({ name: RESIDENT_NAME, phone: RESIDENT_PHONE });
    expect(full.intake?.group.name).to.equal('KIM Bacang Berseri');
    context = await newContext({ width: 1280, height: 800 });
    const desk = await context.newPage();
    await signIn(desk, dinas);
    await desk.goto(`/console/#/laporan/${aspiration!.id}`);
    const record = desk.locator('kim-aspiration-inbox [part~="reporter-data"]');
    await record.waitFor();
    expect(await record.textContent()).to.contain(RESIDENT_PHONE);
    const history = desk.locator('kim-aspiration-inbox [part~="history-entry"]').last();
    expect(await history.textContent()).to.contain('Dicatat oleh KIM Bacang Berseri');
  });
});
