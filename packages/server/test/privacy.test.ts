import { expect } from 'chai';
import { SEED_ASPIRATIONS, SEED_REPORTERS, seedTrackingCode } from '../src/seed/aspirations.js';
import { admin, aspirationInput, json, jsonOf, testApp } from './helpers/setup.js';

const SUBMITTED = { name: 'Pelapor Rahasia Sekali', email: 'pelapor.rahasia@example.org', phone: '0812-9999-0000' };

/** Every string that identifies a reporter, as stored and as it might be reformatted. */
const secrets = [...SEED_REPORTERS, SUBMITTED].flatMap((r) => [
  r.name,
  r.email,
  r.phone,
  r.phone.replace(/\D/g, ''),
  r.email.split('@')[0]!,
]);

describe('privacy: no public response carries reporter data', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const visited: string[] = [];
  const bodies: { path: string; text: string }[] = [];

  async function visit(path: string, init?: RequestInit): Promise<string> {
    const response = await t.request(path, init);
    const text = await response.text();
    visited.push(path);
    bodies.push({ path, text });
    return text;
  }

  before(async () => {
    t = await testApp();
    const receipt = await visit(
      '/v1/aspirations',
      json(aspirationInput({ reporter: SUBMITTED, anonymous: true }), { 'Idempotency-Key': 'privacy-1' }),
    );
    await visit(
      '/v1/aspirations',
      json(aspirationInput({ reporter: SUBMITTED, anonymous: true }), { 'Idempotency-Key': 'privacy-1' }),
    );
    const { trackingCode } = JSON.parse(receipt) as { trackingCode: string };

    for (const path of ['/', '/healthz', '/openapi.json', '/v1/categories', '/nope', '/problems/not_found'])
      await visit(path);
    for (const path of [
      '/v1/regions',
      '/v1/regions?parent=19',
      '/v1/regions?parent=19.71',
      '/v1/regions?parent=19.71&level=village',
    ]) {
      await visit(path);
    }
    const villages = JSON.parse(await visit('/v1/regions?parent=19.71&level=village')) as { data: { code: string }[] };
    for (const v of villages.data) await visit(`/v1/regions/${v.code}`);

    const groups = JSON.parse(await visit('/v1/groups?limit=100')) as { data: { slug: string; id: string }[] };
    for (const g of groups.data) {
      await visit(`/v1/groups/${g.slug}`);
      await visit(`/v1/groups/${g.id}`);
      await visit(`/v1/news?group=${g.slug}&limit=100`);
      await visit(`/media/groups/${g.slug}.svg`);
      await visit(`/v1/feeds/news.json?group=${g.slug}`);
    }
    for (const format of ['rss', 'atom', 'json']) await visit(`/v1/feeds/news.${format}?region=19.71`);
    await visit('/sitemap.xml');
    for (const q of ['lampu', 'drainase', 'rina', 'kusuma', 'imunisasi', 'pungutan']) {
      await visit(`/v1/groups?q=${q}`);
      await visit(`/v1/news?q=${q}`);
    }

    let cursor: string | null = null;
    do {
      const page = JSON.parse(await visit(`/v1/news?limit=10${cursor ? `&cursor=${cursor}` : ''}`)) as {
        data: { slug: string }[];
        nextCursor: string | null;
      };
      for (const n of page.data) {
        await visit(`/v1/news/${n.slug}`);
        await visit(`/berita/${n.slug}`);
        await visit(`/media/news/${n.slug}.svg`);
      }
      cursor = page.nextCursor;
    } while (cursor);

    for (let i = 0; i < SEED_ASPIRATIONS.length; i++) {
      const code = seedTrackingCode(i);
      await visit(`/v1/aspirations/${code}`);
      await visit(`/v1/aspirations/${code.toLowerCase()}`);
    }
    await visit(`/v1/aspirations/${trackingCode}`);
    await visit('/v1/aspirations/ZZZZZZZZZZ');
  });

  it('visited every public route', () => {
    expect(visited.length).to.be.greaterThan(250);
    for (const prefix of [
      '/v1/regions',
      '/v1/groups/',
      '/v1/news/',
      '/v1/aspirations/',
      '/v1/categories',
      '/berita/',
      '/v1/feeds/',
      '/sitemap.xml',
    ]) {
      expect(
        visited.some((p) => p.startsWith(prefix)),
        prefix,
      ).to.be.true;
    }
  });

  it('found no reporter name, email or phone in any of them', () => {
    for (const { path, text } of bodies) {
      for (const secret of secrets) expect(text, `${path} leaks "${secret}"`).not.to.include(secret);
    }
  });

  it('never shows the body or, for confidential ones, the title in the tracking view', () => {
    for (let i = 0; i < SEED_ASPIRATIONS.length; i++) {
      const seed = SEED_ASPIRATIONS[i]!;
      const text = bodies.find((b) => b.path === `/v1/aspirations/${seedTrackingCode(i)}`)?.text ?? '';
      expect(text).to.include(seedTrackingCode(i));
      expect(text).not.to.include(seed.body.slice(0, 40));
      if (seed.confidential) expect(text).not.to.include(seed.title);
      else expect(text).to.include(seed.title);
    }
  });

  it('shows the reporters to admins (so the check above can fail)', async () => {
    const page = await jsonOf<unknown>(await t.request('/v1/admin/aspirations?limit=100', { headers: admin }));
    const text = JSON.stringify(page);
    for (const r of SEED_REPORTERS) expect(text).to.include(r.email);
    expect(text).to.include(SUBMITTED.email);
  });
});
