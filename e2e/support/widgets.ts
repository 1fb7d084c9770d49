// Small helpers to drive the widgets on the municipal page. Playwright's CSS and role locators pierce open shadow
// roots, so `[part~="..."]` and `getByRole` reach inside the widgets.
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH } from '@kim-kit/sdk/schemas';
import type { Locator, Page } from 'playwright-core';

/** A tracking code of the contract, with the optional hyphen the widgets print in the middle. */
const half = `[${TRACKING_CODE_ALPHABET}]{${TRACKING_CODE_LENGTH / 2}}`;
export const TRACKING_CODE = new RegExp(`\\b(${half})-?(${half})\\b`);

/** Waits for the form's receipt and returns the tracking code it shows, without the hyphen. */
export async function receiptCode(form: Locator, timeoutMs = 15_000): Promise<string> {
  await form.locator('[part~="receipt"]').waitFor({ timeout: timeoutMs });
  const shown = (await form.locator('[part~="tracking-code"]').textContent()) ?? '';
  const match = TRACKING_CODE.exec(shown);
  if (!match) throw new Error(`no tracking code in the receipt's "${shown}"`);
  return `${match[1]}${match[2]}`;
}

/** Polls `read` until `done` accepts its value (or fails after `timeoutMs` with the last value seen). */
export async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until `locator` matches exactly `count` elements. */
export async function waitForCount(locator: Locator, count: number): Promise<void> {
  await until(
    () => locator.count(),
    (n) => n === count,
    `${count} × ${locator}`,
  );
}

/** The trimmed text of every element `locator` matches. */
export async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** A valid aspiration typed into the form the way a citizen would. */
export async function fillAspiration(page: Page, title: string): Promise<Locator> {
  const form = page.locator('kim-aspiration-form');
  await form.getByRole('radio', { name: /^Pengaduan/ }).check();
  await form.getByLabel(/^Judul/).fill(title);
  await form
    .getByLabel(/^Isi laporan/)
    .fill('Sudah dua minggu lampu jalan di depan SD Negeri 12 mati sehingga jalan gelap dan rawan pada malam hari.');
  await form.getByLabel(/^Kategori/).selectOption({ label: 'Infrastruktur' });
  await form.getByLabel(/^Kecamatan/).selectOption({ label: 'Bukit Intan' });
  await form.getByLabel(/^Kelurahan\/desa/).selectOption({ label: 'Semabung Lama' });
  await form.getByRole('checkbox', { name: /Saya menyetujui/ }).check();
  return form;
}
