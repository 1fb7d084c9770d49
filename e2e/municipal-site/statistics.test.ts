// The statistics page of the demo site: <kim-aspiration-stats> shows what the aspirations on the server add up to,
// under the site's strict CSP, and the open-data links give the same records without personal data.
import { ASPIRATION_STATUSES } from '@kim-kit/sdk';
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { allAspirations } from '../support/admin.js';
import { collectProblems } from '../support/browser.js';
import { e2e, newContext } from '../support/hooks.js';

const STATUS_NAMES: Record<string, string> = {
  received: 'Diterima',
  verified: 'Diverifikasi',
  forwarded: 'Diteruskan ke perangkat daerah',
  in_progress: 'Sedang ditindaklanjuti',
  resolved: 'Selesai',
  rejected: 'Ditolak',
};

describe('municipal site: the statistics page', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('shows the counts the aspirations on the server imply, at 320 px, with no console error or CSP violation', async () => {
    context = await newContext({ width: 320, height: 720 });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto('/statistik.html');
    const widget = page.locator('kim-aspiration-stats');
    await widget.locator('[part~="facts"]').waitFor();
    // What the officials' records say, counted here independently of the server's statistics code.
    const records = (await allAspirations()).filter((a) => a.regionCode.startsWith('19.71'));
    const total = await widget.locator('[part~="facts"] dd').first().textContent();
    expect(Number(total?.replace(/\./g, ''))).to.equal(records.length);
    const statusRows = await widget
      .locator('table')
      .first()
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [row.querySelector('th')!.textContent!.trim(), row.querySelector('td')!.textContent!.trim()]),
      );
    expect(statusRows).to.deep.equal(
      ASPIRATION_STATUSES.map((status) => [
        STATUS_NAMES[status],
        String(records.filter((a) => a.status === status).length),
      ]),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(320);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('links open data that lists the region’s non-confidential aspirations without their text', async () => {
    const { server } = e2e();
    const records = (await allAspirations()).filter((a) => a.regionCode.startsWith('19.71'));
    const response = await fetch(`${server.baseUrl}/v1/open-data/aspirations.json?region=19.71`);
    const rows = (await response.json()) as { id: string }[];
    expect(rows.map((r) => r.id).sort()).to.deep.equal(
      records
        .filter((a) => !a.confidential)
        .map((a) => a.id)
        .sort(),
    );
    const text = JSON.stringify(rows);
    for (const a of records) expect(text).to.not.contain(a.title);
  });
});
