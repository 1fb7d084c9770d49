// `kim-server seed`: the Kota Pangkal Pinang demo data, the same on every run.
import type { AspirationStatus } from '@kim-kit/sdk/schemas';
import { hashPassword } from '../auth/password-hash.js';
import { Deadlines } from '../deadlines/deadlines.js';
import { newId } from '../ids.js';
import type { Storage } from '../storage/storage.js';
import { systemContext } from '../storage/write-context.js';
import { DEMO_ACCOUNTS } from './accounts.js';
import { SEED_AGENCIES } from './agencies.js';
import { SEED_ASPIRATIONS, seedTrackingCode } from './aspirations.js';
import { SEED_CATEGORIES } from './categories.js';
import { seedGroups } from './groups.js';
import { seedNews } from './news.js';
import { pangkalPinangRegions } from './pangkal-pinang.js';

/** The day the demo data is written as of (09:00 WIB): articles and aspirations date back from here. */
export const SEED_ANCHOR = new Date('2026-11-27T02:00:00.000Z');

const DAY = 24 * 60 * 60 * 1000;

export interface SeedSummary {
  regions: number;
  categories: number;
  groups: number;
  news: number;
  aspirations: number;
  agencies: number;
  accounts: number;
}

/** The demo accounts, made or put back as they were (password, role, active): the groups they operate were replaced. */
async function seedAccounts(storage: Storage): Promise<number> {
  const ctx = systemContext();
  for (const account of DEMO_ACCOUNTS) {
    const passwordHash = await hashPassword(account.password);
    const existing = await storage.findSignIn(account.email);
    if (!existing) {
      await storage.createUser(ctx, {
        id: newId('usr'),
        email: account.email,
        name: account.name,
        status: 'active',
        passwordHash,
        memberships: [account.membership],
      });
      continue;
    }
    const user = await storage.getUser(existing.id);
    if (!user) continue;
    await storage.updateUser(
      ctx,
      user.id,
      { name: account.name, status: 'active', memberships: [account.membership] },
      user.version,
    );
    await storage.changePassword(ctx, user.id, passwordHash, null);
  }
  return DEMO_ACCOUNTS.length;
}

/**
 * Replaces groups, news and aspirations with the demo data and upserts the regions and categories it needs.
 * Regions imported from the national list stay.
 */
export async function seedDemoData(
  storage: Storage,
  anchor: Date = SEED_ANCHOR,
  deadlines: Deadlines = new Deadlines(),
): Promise<SeedSummary> {
  const regions = pangkalPinangRegions();
  const groups = seedGroups(new Date(anchor.getTime() - 3 * DAY).toISOString());
  const news = seedNews(groups, anchor);

  await storage.clearContent();
  await storage.putRegions(regions);
  await storage.putCategories(SEED_CATEGORIES);
  await storage.putGroups(groups);
  // The accounts before the news: a group's published demo articles are its demo operator's.
  const accounts = await seedAccounts(storage);
  const authors = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    if (account.membership.role !== 'kim') continue;
    const person = await storage.findSignIn(account.email);
    if (person) authors.set(account.membership.groupId, person.id);
  }
  await storage.putNews(news.map((n) => ({ ...n, authorId: authors.get(n.groupId) ?? null })));

  // Agencies are kept (a Dinas may have added its own): the demo's are added once.
  for (const agency of SEED_AGENCIES) {
    if (await storage.getAgency(agency.id)) continue;
    const result = await storage.createAgency(systemContext(anchor.toISOString()), agency);
    if (result.outcome !== 'written') throw new Error(`Seed agency ${agency.shortName} refused: ${result.outcome}`);
  }

  for (const [index, seed] of SEED_ASPIRATIONS.entries()) {
    let at = anchor.getTime() - seed.daysAgo * DAY - (index + 1) * 37 * 60_000;
    const id = `asp_seed${String(index + 1).padStart(4, '0')}`;
    await storage.createAspiration({
      id,
      trackingCode: seedTrackingCode(index),
      kind: seed.kind,
      title: seed.title,
      body: seed.body,
      categoryId: seed.categoryId,
      regionCode: seed.regionCode,
      anonymous: seed.anonymous,
      confidential: seed.confidential,
      reporter: seed.reporter ? { ...seed.reporter } : null,
      submittedAt: new Date(at).toISOString(),
      deadline: deadlines.of(seed.kind, 'received', new Date(at).toISOString(), seed.regionCode) ?? null,
      ...(seed.informationRequest && { informationRequest: seed.informationRequest }),
    });
    let from: AspirationStatus = 'received';
    for (const step of seed.steps) {
      at += step.afterDays * DAY;
      const stepAt = new Date(at).toISOString();
      const result = await storage.changeAspirationStatus(systemContext(stepAt), id, {
        status: step.status,
        note: step.note,
        internalNote: null,
        allowedFrom: [from],
        agencyId: step.agencyId,
        deadline: (kind, regionCode) => deadlines.of(kind, step.status, stepAt, regionCode),
      });
      if (result.outcome !== 'changed') throw new Error(`Seed step ${from} -> ${step.status} refused`);
      from = step.status;
    }
  }

  return {
    regions: regions.length,
    categories: SEED_CATEGORIES.length,
    groups: groups.length,
    news: news.length,
    aspirations: SEED_ASPIRATIONS.length,
    agencies: SEED_AGENCIES.length,
    accounts,
  };
}
