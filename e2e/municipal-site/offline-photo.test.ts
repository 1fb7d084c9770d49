// Issue 15: a citizen reports with a photo while offline; the form keeps the file in its IndexedDB outbox and, once the
// network is back, uploads it once and submits once. The officials then see exactly one aspiration with one photo.
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { adminClient, allAspirations, arrivedTitled } from '../support/admin.js';
import { e2e, newContext } from '../support/hooks.js';
import { repoRoot } from '../support/paths.mjs';
import { fillAspiration, receiptCode } from '../support/widgets.js';

const PHOTO = `${repoRoot}e2e/fixtures/kerja-bakti.jpg`;

describe('municipal site: a photo sent while offline', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('delivers one aspiration with one photo after the network returns, and a reload sends nothing again', async () => {
    const title = `Lampu jalan padam di Semabung Lama (foto luring ${Date.now().toString(36)})`;
    context = await newContext({ width: 360, height: 740 });
    const page = await context.newPage();
    await page.goto('/');
    const form = await fillAspiration(page, title);
    await form.locator('input[type="file"]').setInputFiles(PHOTO);
    await form.locator('[part~="attachment"]').waitFor();
    expect(await form.locator('[part~="attachment"]').count()).to.equal(1);

    await context.setOffline(true);
    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    await form.locator('[part~="queued"]').waitFor();
    expect((await allAspirations()).filter((a) => a.title === title)).to.have.length(0);

    // A reload while offline: the outbox (with the file, in IndexedDB) survives it.
    await page.reload().catch(() => {});
    await context.setOffline(false);
    await page.goto('/');
    const again = page.locator('kim-aspiration-form');
    const code = await receiptCode(again, 30_000);
    const stored = await arrivedTitled(title);
    expect(stored.map((a) => a.trackingCode)).to.deep.equal([code]);
    const record = await adminClient().admin.aspirations.get(stored[0]!.id);
    expect(record.attachments?.map((a) => [a.contentType, a.public])).to.deep.equal([['image/jpeg', false]]);
    // The file is there for officials, re-encoded by the server.
    const file = await fetch(record.attachments![0]!.url, {
      headers: { authorization: `Bearer ${e2e().server.adminToken}` },
    });
    expect(file.status).to.equal(200);
    expect(file.headers.get('content-type')).to.match(/^image\/jpeg/);
    expect((await file.arrayBuffer()).byteLength).to.be.greaterThan(500);

    await page.reload();
    await page.locator('kim-aspiration-form [part~="submit-button"]').waitFor();
    expect((await allAspirations()).filter((a) => a.title === title)).to.have.length(1);
  });
});
