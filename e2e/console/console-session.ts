// Console helpers for the end-to-end tests: a demo account by role, the API as that person (through the SDK, as a
// script of the Dinas would call it), and signing in to /console/ in a browser page.
import { createKimClient, type KimClient } from '@kim-kit/sdk';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, type DemoAccount } from '../../packages/server/src/seed/accounts.js';
import { e2e } from '../support/hooks.js';

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
export async function signInToConsole(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/console/');
  await page.locator('kim-sign-in #email').fill(account.email);
  await page.locator('kim-sign-in #password').fill(account.password);
  await page.locator('kim-sign-in #password').press('Enter');
  await page.locator('kim-console [part~="person"]').waitFor();
}
