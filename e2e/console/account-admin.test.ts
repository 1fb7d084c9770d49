// The console at /console/ of a freshly seeded server, at laptop size: the demo admin invites a new operator for KIM
// Bacang Berseri, the invitation link (shown once) opened in a fresh browser context sets a password and signs the
// operator in; the admin disables them, which ends their session; the audit log lists the invitation, its acceptance
// and the disabling with who did each. No console error or failed request, under the console's strict CSP.
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { collectProblems } from '../support/browser.js';
import { demoAccount, openAuditLog, signIn } from '../support/console-steps.js';
import { newContext } from '../support/hooks.js';

const admin = demoAccount('admin');
const bacang = demoAccount('kim');
const bacangGroup = bacang.membership.role === 'kim' ? bacang.membership.groupId : '';

describe('console: accounts and the audit log', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  it('the admin invites an operator for KIM Bacang, who sets a password; the admin disables them; the log shows it all', async () => {
    const adminContext = await newContext({ width: 1280, height: 900 });
    contexts.push(adminContext);
    const page = await adminContext.newPage();
    const problems = collectProblems(page);
    await signIn(page, admin);

    await page.locator('kim-console nav a[href="#/akun"]').click();
    const accounts = page.locator('kim-account-admin');
    await accounts.locator('[part~="people-table"]').waitFor();

    const email = `operator.baru.${Date.now()}@demo.kim-kit.id`;
    const name = 'Andi Pratama (KIM Bacang Berseri)';
    await accounts.locator('[part~="invite-button"]').click();
    await accounts.locator('#email').fill(email);
    await accounts.locator('#name').fill(name);
    await accounts.locator('#role').selectOption('kim');
    await accounts.locator(`#group option[value="${bacangGroup}"]`).waitFor({ state: 'attached' });
    await accounts.locator('#group').selectOption(bacangGroup);
    await accounts.locator('[part~="person-form"] [part~="submit"]').click();

    const link = accounts.locator('[part~="invitation-link"] [part~="secret"]');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).to.match(/\/console\/#\/undangan\/kimi_/);
    expect(await accounts.locator('[part~="expires"]').textContent()).to.match(/WIB\.$/);
    const invitedRow = accounts.locator('[part~="people-table"] tbody tr', { hasText: email });
    expect(await invitedRow.textContent())
      .to.contain('Diundang')
      .and.contain('Operator KIM, KIM Bacang Berseri');
    await accounts.getByRole('button', { name: 'Selesai' }).click();
    expect(await link.count()).to.equal(0);

    // The invited operator, on their own browser: the link sets a password and signs them in.
    const operatorContext = await newContext({ width: 360, height: 740 });
    contexts.push(operatorContext);
    const operator = await operatorContext.newPage();
    const operatorProblems = collectProblems(operator);
    await operator.goto(url);
    await operator.locator('kim-sign-in [part~="invitation"]').waitFor();
    expect(await operator.locator('kim-sign-in [part~="invitation"]').textContent()).to.contain(email);
    const password = 'kata sandi operator bacang yang baru';
    await operator.locator('kim-sign-in #password').fill(password);
    await operator.locator('kim-sign-in #confirm').fill(password);
    await operator.locator('kim-sign-in #confirm').press('Enter');
    await operator.locator('kim-console [part~="person"]').waitFor();
    expect(await operator.locator('kim-console [part~="person"]').textContent()).to.contain(name);
    expect(operator.url()).to.not.contain('kimi_');

    // The admin sees them active, and disables them after confirming.
    await accounts.locator('#q').fill(email);
    await accounts.locator('#q').press('Enter');
    await invitedRow.filter({ hasText: 'Aktif' }).waitFor();
    await invitedRow.locator('[part~="disable-button"]').click();
    const dialog = accounts.locator('dialog[open]');
    expect(await dialog.textContent()).to.contain(`Nonaktifkan akun ${name}?`);
    await dialog.locator('[part~="confirm-button"]').click();
    await dialog.waitFor({ state: 'detached' });
    await invitedRow.filter({ hasText: 'Nonaktif' }).waitFor();

    // Disabling ended the operator's session: their next call says so.
    await operator.goto('/console/#/akun');
    await operator.locator('kim-console [part~="expired"]').waitFor();

    // The audit log: the invitation by the admin, the acceptance by the operator, the disabling by the admin.
    const entryOf = await openAuditLog(page);
    const entry = (action: string) => entryOf(action, name);
    const log = page.locator('kim-audit-log');
    expect(await entry('Mengundang pengguna').first().textContent()).to.contain(admin.name);
    expect(await entry('Menerima undangan').first().textContent()).to.match(/WIB/);
    expect(await entry('Menonaktifkan akun').first().textContent()).to.contain(admin.name);
    await entry('Menonaktifkan akun').first().locator('summary').click();
    expect(await entry('Menonaktifkan akun').first().locator('details').textContent()).to.contain('user.disable');

    // Filtered to the operator as the actor: only what they did.
    await log.locator('#actor').selectOption({ label: name });
    await log.locator('[part~="filters"] button[type="submit"]').click();
    await log.locator('[part~="entry"]', { hasText: 'Menerima undangan' }).waitFor();
    const actions = await log.locator('[part~="entry"] th').allTextContents();
    expect(actions).to.not.include('Mengundang pengguna');

    expect(problems, problems.join('\n')).to.deep.equal([]);
    // The operator's page saw its session end (a 401) by design; nothing else.
    expect(
      operatorProblems.filter((p) => !/401/.test(p)),
      operatorProblems.join('\n'),
    ).to.deep.equal([]);
  });
});
