// Issue 15's perangkat daerah against a freshly seeded server: the demo Dinas official adds an agency of Kota
// Pangkal Pinang, changes its contact email, archives it (it is then no longer offered for forwarding) and restores
// it; a KIM operator has no such section.
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { collectProblems } from '../support/browser.js';
import { apiAs, demoAccount, signIn } from '../support/console-steps.js';
import { newContext } from '../support/hooks.js';
import { until } from '../support/widgets.js';

describe('console: perangkat daerah', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('the Dinas official adds an agency, edits it, archives and restores it', async () => {
    context = await newContext({ width: 1366, height: 768 });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await signIn(page, demoAccount('dinas'));
    await page.locator('kim-console nav').getByRole('link', { name: 'Perangkat daerah' }).click();
    const admin = page.locator('kim-agency-admin');
    await admin.locator('tr[part~="row"]', { hasText: 'Dinas Perhubungan' }).first().waitFor();

    const suffix = String(Date.now() % 100000);
    const name = `Dinas Pemuda dan Olahraga ${suffix}`;
    const shortName = `Dispora ${suffix}`;
    await admin.locator('[part~="add-button"]').click();
    expect(await admin.locator('#regionCode').inputValue()).to.equal('19.71');
    await admin.locator('#name').fill(name);
    await admin.locator('#shortName').fill(shortName);
    await admin.locator('[part~="save-button"]').click();
    const row = admin.locator('tr[part~="row"]', { hasText: name });
    await row.waitFor();

    const dinas = await apiAs(demoAccount('dinas'));
    const created = (await dinas.admin.agencies.list({ region: '19.71', q: shortName }).toArray({ limit: 10 })).find(
      (a) => a.name === name,
    );
    expect(created, 'the agency on the server').to.not.equal(undefined);
    expect(created).to.include({ shortName, regionCode: '19.71', status: 'active' });

    await row.getByRole('button', { name: `Ubah ${name}` }).click();
    await admin.locator('#email').fill('dispora@pangkalpinangkota.go.id');
    await admin.locator('[part~="save-button"]').click();
    await admin.locator('[part~="form"]').waitFor({ state: 'detached' });
    expect((await dinas.admin.agencies.get(created!.id)).email).to.equal('dispora@pangkalpinangkota.go.id');

    await row.getByRole('button', { name: `Arsipkan ${name}` }).click();
    await until(
      () => row.locator('[part~="status"]').textContent(),
      (text) => text === 'Diarsipkan',
      'the archived status',
    );
    const active = await dinas.admin.agencies.list({ region: '19.71', status: 'active' }).toArray({ limit: 100 });
    expect(active.map((a) => a.id)).not.to.include(created!.id);

    await row.getByRole('button', { name: `Aktifkan kembali ${name}` }).click();
    await until(
      () => row.locator('[part~="status"]').textContent(),
      (text) => text === 'Aktif',
      'the active status',
    );
    expect((await dinas.admin.agencies.get(created!.id)).status).to.equal('active');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('a KIM operator has no perangkat daerah section', async () => {
    context = await newContext({ width: 360, height: 740 });
    const page = await context.newPage();
    await signIn(page, demoAccount('kim'));
    await page.locator('kim-console nav').getByRole('link', { name: 'Laporan warga', exact: true }).waitFor();
    expect(await page.locator('kim-console nav').getByRole('link', { name: 'Perangkat daerah' }).count()).to.equal(0);
  });
});
