// The steps of the console's end-to-end scenarios, shared by e2e/console/*.test.ts: a demo account by role, the API as
// that person, and what each person does in a browser page (sign in, write an article, publish it, triage a citizen's
// report, track it, read the audit log). Each step waits until the page shows that it is done.
import { fileURLToPath } from 'node:url';
import { createKimClient, type KimClient } from '@kim-kit/sdk';
import { expect } from 'chai';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, type DemoAccount } from '../../packages/server/src/seed/accounts.js';
import { e2e } from './hooks.js';
import { fillAspiration, TRACKING_CODE, texts, until } from './widgets.js';

export function demoAccount(role: 'admin' | 'dinas' | 'kim'): DemoAccount {
  return DEMO_ACCOUNTS.find((account) => account.membership.role === role)!;
}

/** The API as `account`, signed in with its password. */
export async function apiAs(account: DemoAccount): Promise<KimClient> {
  const { baseUrl } = e2e().server;
  const session = await createKimClient({ baseUrl }).auth.signIn({ email: account.email, password: account.password });
  return createKimClient({ baseUrl, token: session.token });
}

/** Opens /console/ and signs in as `account` through the form; resolves once the shell shows the person. */
export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/console/');
  await page.locator('kim-sign-in #email').fill(account.email);
  await page.locator('kim-sign-in #password').fill(account.password);
  await page.locator('kim-sign-in #password').press('Enter');
  await page.locator('kim-console [part~="person"]').waitFor();
}

/** Whether the page's width fits the viewport (no horizontal scrolling). */
export async function expectNoOverflow(page: Page): Promise<void> {
  const { scroll, viewport } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(scroll, 'no horizontal scrolling').to.be.at.most(viewport);
}

/**
 * What an editing page expects to fail (requests made offline are checked where they happen): the 412 of a
 * conflicting save, and the SDK's counted upload, which Chromium refuses before sending on an HTTP/1.1 connection (the
 * SDK then sends the file plainly and stops trying: see admin-media.ts).
 */
export const expectedEditorProblem = (problem: string) =>
  /HTTP 412 |status of 412 \(Precondition Failed\)|net::ERR_ALPN_NEGOTIATION_FAILED/.test(problem);

// --- News: the operator writes, the official publishes -----------------------------------------------------------

export const PHOTO = fileURLToPath(new URL('../fixtures/kerja-bakti.jpg', import.meta.url));
export const PHOTO_ALT = 'Warga membersihkan saluran air';
/** The sentence typed while the connection is lost. */
export const OFFLINE_SENTENCE = ' Kegiatan dimulai pukul 07.00 WIB.';

export async function save(page: Page): Promise<void> {
  await page.locator('kim-news-editor [part~="save-button"]').click();
}

/** Waits for the editor's polite announcement that the server kept the draft. */
export async function saved(page: Page): Promise<void> {
  await page.locator('kim-news-editor [role="status"]', { hasText: 'Draf tersimpan di server' }).waitFor({
    state: 'attached',
  });
}

/** From the navigation, a new article with a category, `title`, a sentence of body and a photo with its alt text. */
export async function writeArticleWithPhoto(page: Page, title: string): Promise<Locator> {
  await page.locator('kim-console nav a', { hasText: 'Berita' }).click();
  await page.locator('kim-news-list [part~="new"]').click();
  expect(page.url()).to.match(/#\/berita\/baru$/);
  const editor = page.locator('kim-news-editor');
  await editor.locator('#categoryId').selectOption({ index: 1 });
  await editor.locator('#title').fill(title);
  await editor.locator('.rich-text').click();
  await page.keyboard.type('Warga Bacang membersihkan saluran air sebelum musim hujan.');
  await editor.locator('#cover').setInputFiles(PHOTO);
  await editor.locator('#alt').waitFor();
  expect(await editor.locator('img.cover').getAttribute('src')).to.match(/^blob:/);
  await editor.locator('#alt').fill(PHOTO_ALT);
  return editor;
}

/**
 * The connection drops mid-edit: typing goes on, saving fails with a human message, the draft stays on the device.
 * Back online, the failed save's request must be the only problem the page logged meanwhile (Chromium names the
 * failure variously); it is taken out of `problems`.
 */
export async function editThroughLostConnection(page: Page, context: BrowserContext, problems: string[]) {
  const editor = page.locator('kim-news-editor');
  const before = problems.length;
  await context.setOffline(true);
  await editor.locator('.rich-text').click();
  await page.keyboard.press('End');
  await page.keyboard.type(OFFLINE_SENTENCE);
  await save(page);
  await editor.locator('[part~="error-summary"]').waitFor();
  expect(await editor.locator('[part~="error-summary"]').textContent()).to.contain('Tidak dapat terhubung');
  const stored = await page.evaluate(() =>
    Object.entries(localStorage).find(([key]) => key.startsWith('kim-news-draft:') && key.endsWith(':new')),
  );
  expect(stored?.[1]).to.contain(OFFLINE_SENTENCE.trim());
  await context.setOffline(false);
  const offline = problems.splice(before);
  expect(
    offline.every((problem) => /^console: Failed to load resource: net::ERR_/.test(problem)),
    offline.join('\n'),
  ).to.equal(true);
}

/** Reloads the page (as a phone does): the editor says the draft was restored and shows all of it. */
export async function reloadRestoresDraft(page: Page, title: string): Promise<void> {
  const editor = page.locator('kim-news-editor');
  await page.reload();
  await editor.locator('[part~="restored"]').waitFor();
  expect(await editor.locator('[part~="restored"]').textContent()).to.contain('Draf dipulihkan');
  expect(await editor.locator('#title').inputValue()).to.equal(title);
  expect(await editor.locator('.rich-text').textContent()).to.contain(OFFLINE_SENTENCE.trim());
  expect(await editor.locator('#alt').inputValue()).to.equal(PHOTO_ALT);
}

/** Submits the open article for review; resolves with its id once the editor shows it waiting for review. */
export async function submitArticle(page: Page): Promise<string> {
  const editor = page.locator('kim-news-editor');
  await editor.locator('[part~="submit-button"]').click();
  await editor.locator('[part~="status"]', { hasText: 'Menunggu tinjauan' }).waitFor();
  expect(page.url()).to.match(/#\/berita\/[^/]+$/);
  expect(page.url()).not.to.match(/baru$/);
  // Nothing of the draft is left on the device once the server has it.
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kim-news-draft:'))),
  ).to.deep.equal([]);
  return decodeURIComponent(page.url().split('#/berita/')[1]!);
}

/** Opens the review queue from the navigation. */
export async function openQueue(page: Page): Promise<Locator> {
  await page.locator('kim-console nav').getByRole('link', { name: 'Tinjauan berita', exact: true }).click();
  expect(page.url()).to.match(/#\/tinjauan$/);
  return page.locator('kim-news-review');
}

/** Opens the article titled `title` from the review queue. */
export async function openQueuedArticle(review: Locator, title: string): Promise<void> {
  await review.locator('.title-button', { hasText: title }).click();
  await review.locator('#article-title').waitFor();
  expect(await review.locator('#article-title').textContent()).to.equal(title);
}

/** Opens the review queue from the navigation and the article titled `title` in it. */
export async function openFromQueue(page: Page, title: string): Promise<Locator> {
  const review = await openQueue(page);
  await openQueuedArticle(review, title);
  return review;
}

/** Publishes the article open in the review queue; resolves once it is announced and gone from the queue. */
export async function publishOpenArticle(review: Locator, title: string): Promise<void> {
  await review.locator('[part~="publish"]').click();
  await until(
    () => review.locator('[role="status"]').textContent(),
    (text) => text === `“${title}” telah terbit.`,
    'the publish announcement',
  );
  expect(await review.locator('.title-button', { hasText: title }).count()).to.equal(0);
}

/** The titles of the municipal demo site's news feed, in order. */
export async function feedTitles(page: Page): Promise<string[]> {
  await page.goto('/');
  const titles = page.locator('kim-news-feed [part~="title"]');
  await titles.first().waitFor();
  return texts(titles);
}

// --- Aspirations: the citizen reports, the official triages, the citizen tracks ----------------------------------

/** A citizen submits an aspiration titled `title` on the demo site; resolves with its tracking code (no hyphen). */
export async function submitAspiration(page: Page, title: string): Promise<string> {
  await page.goto('/');
  const form = await fillAspiration(page, title);
  await form.getByRole('button', { name: 'Kirim laporan' }).click();
  await form.locator('[part~="receipt"]').waitFor();
  const match = TRACKING_CODE.exec((await form.locator('[part~="tracking-code"]').textContent()) ?? '');
  expect(match, 'a tracking code on the receipt').to.not.equal(null);
  return `${match![1]}${match![2]}`;
}

/** Opens the inbox from the navigation; resolves with it once its table is shown. */
export async function openInbox(page: Page): Promise<Locator> {
  await page.locator('kim-console nav').getByRole('link', { name: 'Laporan warga', exact: true }).click();
  const inbox = page.locator('kim-aspiration-inbox');
  await inbox.locator('table.records').waitFor();
  return inbox;
}

/** Opens the report titled `title` from the inbox's list. */
export async function openReport(inbox: Locator, title: string): Promise<void> {
  await inbox.locator('tr[part~="row"]', { hasText: title }).locator('a.open').click();
  await inbox.locator('#record-title').waitFor();
  expect(await inbox.locator('#record-title').textContent()).to.equal(title);
}

export interface TriageStep {
  /** The status's label in the dialog. */
  status: string;
  /** The public note, which the citizen's tracker shows. */
  note: string;
  /** The internal note ('' for none), which only the console shows. */
  internal: string;
}

/** Changes the open report's status through the dialog (opened with the `s` shortcut). */
export async function triage(
  page: Page,
  inbox: Locator,
  step: TriageStep,
  choose?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await inbox.locator('#record-title').focus();
  await page.keyboard.press('s');
  const dialog = inbox.locator('dialog#status-dialog');
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: step.status }).check();
  await choose?.(dialog);
  await dialog.locator('#note').fill(step.note);
  if (step.internal) await dialog.locator('#internalNote').fill(step.internal);
  await dialog.locator('[part~="submit-status"]').click();
  await dialog.waitFor({ state: 'detached' });
  expect((await inbox.locator('[part~="record-status"]').textContent())?.trim()).to.equal(step.status);
}

export const FORWARDED = 'Diteruskan ke perangkat daerah';

/** The seeded agency of Kota Pangkal Pinang the scenarios forward to. */
export const AGENCY = 'Dinas Perhubungan';

/**
 * Forwards the open report to an agency: the one place that knows how forwarding is done in the dialog (the status,
 * then the required choice among the city's active agencies, listed as "Name (short name)").
 */
export async function forward(page: Page, inbox: Locator, note: string, internal: string): Promise<void> {
  await triage(page, inbox, { status: FORWARDED, note, internal }, async (dialog) => {
    const select = dialog.getByLabel('Perangkat daerah tujuan');
    await select.locator('option', { hasText: `${AGENCY} (` }).waitFor({ state: 'attached' });
    const label = (await select.locator('option', { hasText: `${AGENCY} (` }).textContent())?.trim() ?? '';
    expect(label.startsWith(`${AGENCY} (`), 'the agency is offered by name').to.equal(true);
    await select.selectOption({ label });
  });
  expect((await inbox.locator('[part~="record-agency"]').textContent())?.trim()).to.equal(`Diteruskan ke ${AGENCY}`);
}

/** From received to resolved: verified, forwarded, in progress, resolved, each with a public note. */
export const RESOLUTION: readonly TriageStep[] = [
  {
    status: 'Diverifikasi',
    note: 'Laporan Anda telah kami periksa dan benar.',
    internal: 'INTERNAL: dicek lewat telepon ke ketua RT 03.',
  },
  {
    status: FORWARDED,
    note: 'Laporan diteruskan ke Dinas Perhubungan.',
    internal: 'INTERNAL: disposisi nomor 045/DISHUB/2026.',
  },
  { status: 'Sedang ditindaklanjuti', note: 'Petugas dijadwalkan datang hari Kamis.', internal: '' },
  {
    status: 'Selesai',
    note: 'Lampu jalan sudah diganti dan menyala kembali.',
    internal: 'INTERNAL: biaya dari pos pemeliharaan rutin.',
  },
];

/** Walks the open report through `RESOLUTION`, forwarding through `forward`. */
export async function resolveReport(page: Page, inbox: Locator): Promise<void> {
  for (const step of RESOLUTION) {
    if (step.status === FORWARDED) await forward(page, inbox, step.note, step.internal);
    else await triage(page, inbox, step);
  }
}

/** The citizen looks up `code` on the demo site's tracker; resolves with the tracker once it shows a status. */
export async function trackCode(page: Page, code: string): Promise<Locator> {
  await page.goto('/');
  const status = page.locator('kim-aspiration-status');
  await status.getByLabel('Kode lacak').fill(code);
  await status.getByRole('button', { name: 'Lacak' }).click();
  await status.locator('[part~="status"]').waitFor();
  return status;
}

/** The tracker shows `RESOLUTION` done: resolved, every public note in order, no internal note anywhere. */
export async function expectTrackedResolution(status: Locator): Promise<void> {
  expect((await status.locator('[part~="status"]').textContent())?.trim()).to.equal('Selesai');
  expect(await texts(status.locator('[part~="note"]'))).to.deep.equal(RESOLUTION.map((s) => s.note));
  const shown = (await status.evaluate((el) => el.shadowRoot?.textContent ?? '')) ?? '';
  for (const step of RESOLUTION) if (step.internal) expect(shown).not.to.contain(step.internal);
  expect(shown).not.to.contain('INTERNAL');
}

// --- The audit log ---------------------------------------------------------------------------------------------

/** Opens the audit log from the navigation; resolves with a finder of its entries by action and target. */
export async function openAuditLog(page: Page): Promise<(action: string, target: string) => Locator> {
  await page.locator('kim-console nav a[href="#/audit"]').click();
  const log = page.locator('kim-audit-log');
  await log.locator('[part~="entry"]').first().waitFor();
  return (action, target) => log.locator('[part~="entry"]', { hasText: action }).filter({ hasText: target });
}
