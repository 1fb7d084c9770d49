// The KIM registry against a freshly seeded server: the demo operator changes their own KIM's profile on a phone,
// and the demo Dinas official registers a new KIM on a laptop, the village picked district first.
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { adminClient } from '../support/admin.js';
import { collectProblems } from '../support/browser.js';
import { demoAccount, signIn } from '../support/console-steps.js';
import { newContext } from '../support/hooks.js';
import { until } from '../support/widgets.js';

describe('console: the KIM registry', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('the operator sees only their own KIM and changes its address and members at 360 px', async () => {
    context = await newContext({ width: 360, height: 740 });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await signIn(page, demoAccount('kim'));
    await page.locator('kim-console nav').getByRole('link', { name: 'KIM', exact: true }).click();

    const editor = page.locator('kim-group-editor');
    await editor.locator('[part~="row"]').first().waitFor();
    expect(await editor.locator('[part~="row"]').count()).to.equal(1);
    expect(await editor.locator('[part~="register"]').count()).to.equal(0);
    await editor.locator('[part~="row"] a').click();
    await editor.locator('[part~="form"]').waitFor();
    expect(page.url()).to.match(/#\/kim\/grp_0002$/);
    expect(await editor.locator('#regionCode').count()).to.equal(0);

    const address = `Jl. Depati Amir No. ${Date.now() % 1000}, Bacang`;
    await editor.locator('#address').fill(address);
    await editor.locator('#memberCount').fill('17');
    await editor.locator('[part~="save"]').click();
    await until(
      () => editor.locator('[role="status"]').textContent(),
      (text) => text?.startsWith('Perubahan') === true,
      'the saved announcement',
    );
    const saved = await adminClient().admin.groups.get('grp_0002');
    expect(saved).to.include({ address, memberCount: 17 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(360);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the Dinas official registers a new KIM, picking the district and then the village', async () => {
    context = await newContext({ width: 1366, height: 768 });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await signIn(page, demoAccount('dinas'));
    await page.goto('/console/#/kim');
    const editor = page.locator('kim-group-editor');
    await editor.locator('[part~="register"]').click();
    await editor.locator('[part~="form"]').waitFor();
    expect(page.url()).to.match(/#\/kim\/baru$/);

    const name = `KIM Maju Bersama ${Date.now() % 100000}`;
    await editor.locator('#name').fill(name);
    const district = editor.locator('#region-0');
    await until(
      () => district.locator('option').count(),
      (n) => n > 1,
      'the districts',
    );
    await district.selectOption({ index: 1 });
    const village = editor.locator('#regionCode');
    await until(
      () => village.locator('option').count(),
      (n) => n > 1,
      'the villages',
    );
    await village.selectOption({ index: 1 });
    const regionCode = await village.inputValue();
    await editor.getByLabel('UMKM').check();
    await editor.locator('[part~="save"]').click();

    await until(
      () => editor.locator('h1').textContent(),
      (text) => text === name,
      'the new group’s heading',
    );
    const id = decodeURIComponent(page.url().split('#/kim/')[1] ?? '');
    const group = await adminClient().admin.groups.get(id);
    expect(group).to.include({ name, regionCode, status: 'active' });
    expect(group.focusAreas).to.deep.equal(['umkm']);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
