import type { Page as ApiPage, KimGroup } from '@kim-kit/sdk';
import { expect } from 'chai';
import type { BrowserContext } from 'playwright-core';
import { e2e, newContext } from '../support/hooks.js';
import { texts, until } from '../support/widgets.js';

async function listGroups(query: string): Promise<KimGroup[]> {
  const res = await fetch(`${e2e().server.baseUrl}/v1/groups?region=19.71&limit=100${query}`);
  expect(res.status).to.equal(200);
  return ((await res.json()) as ApiPage<KimGroup>).data;
}

describe('municipal site: <kim-group-directory>', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('finds a group by name', async () => {
    const all = await listGroups('');
    expect(all.length, 'seeded groups').to.be.at.least(12);
    // A word of one group's name that the others do not share, so the search has exactly one expected answer.
    const words = (group: KimGroup) => group.name.split(/\s+/).filter((w) => w.length > 3);
    const target = all.find((g) => words(g).some((w) => all.filter((o) => o.name.includes(w)).length === 1));
    expect(target, 'a group with a distinctive word in its name').to.not.equal(undefined);
    const word = words(target!).find((w) => all.filter((o) => o.name.includes(w)).length === 1)!;
    const expected = (await listGroups(`&q=${encodeURIComponent(word)}`)).map((g) => g.name);
    expect(expected, `the API's own answer for "${word}"`).to.include(target!.name);

    context = await newContext();
    const page = await context.newPage();
    await page.goto('/');
    const directory = page.locator('kim-group-directory');
    const names = directory.locator('[part~="name"]');
    await names.first().waitFor();
    expect(await names.count()).to.be.greaterThan(expected.length);

    await directory.getByRole('searchbox', { name: /Cari KIM/ }).fill(word);
    const shown = await until(
      () => texts(names),
      (list) => list.length === expected.length,
      `the directory to narrow down to ${expected.length} group(s) for "${word}"`,
    );
    expect(shown).to.deep.equal(expected);
    const count = await directory.locator('[part~="count"]').textContent();
    expect(count?.trim()).to.equal(`${expected.length} KIM ditemukan`);
  });
});
