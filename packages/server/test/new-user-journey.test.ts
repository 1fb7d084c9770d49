// Issue 12 as a new user tries it: the kim-server command and the SDK against a real server process, from the first
// admin's invitation to an article in the public news, the feeds and the sitemap, with each step in the audit log.
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKimClient, type KimClient, type Session } from '@kim-kit/sdk';
import { expect } from 'chai';
import { kim, serve } from './helpers/cli.js';
import { smallJpeg } from './helpers/hostile-images.js';

const LINK = /(http:\/\/\S+\/console\/#\/undangan\/(kimi_[A-Za-z0-9_-]{43}))\n/;
const secretOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

describe('a new user: first admin, invitations, an article from draft to the public feeds, audited', function () {
  // Each CLI command compiles the sources with tsx; argon2 hashes take tens of milliseconds each.
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'kim-journey-'));
  const db = join(dir, 'kim.db');
  let server: ReturnType<typeof serve> | undefined;
  let baseUrl: string;

  const client = (token?: string): KimClient =>
    createKimClient({ baseUrl, validate: true, retry: false, ...(token ? { token } : {}) });
  /** Accepts an invitation link with the SDK, as the invited person does, and returns their session. */
  async function accept(url: string, password: string): Promise<Session> {
    const anonymous = client();
    const preview = await anonymous.auth.previewInvitation(secretOf(url));
    expect(preview).to.be.an('object');
    return anonymous.auth.acceptInvitation({ token: secretOf(url), password });
  }

  before(async () => {
    await kim(['seed', '--db', db]);
  });
  after(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await once(server.child, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the whole publishing workflow and records who did each step', async () => {
    // 1. The Dinas' IT staff create the first admin from the command line; it prints a one-time link.
    const added = await kim([
      'users',
      'add',
      '--email',
      'kepala.tik@pangkalpinang.example',
      '--role',
      'admin',
      '--db',
      db,
    ]);
    const adminLink = LINK.exec(added.stdout)?.[1];
    expect(adminLink, added.stdout).to.be.a('string');

    server = serve(['--db', db], {});
    baseUrl = await server.listening;

    // 2. The admin sets a password through the link and signs in with the SDK.
    await accept(adminLink!, 'Menara Air Pangkal Pinang 1');
    const adminSession = await client().auth.signIn({
      email: 'kepala.tik@pangkalpinang.example',
      password: 'Menara Air Pangkal Pinang 1',
    });
    const admin = client(adminSession.token);
    expect((await admin.auth.me()).memberships.map((m) => m.role)).to.deep.equal(['admin']);

    // 3. The admin invites a Dinas official for Kota Pangkal Pinang and an operator of one KIM.
    const official = await admin.admin.users.invite({
      email: 'sekretaris@kominfo.pangkalpinang.example',
      name: 'Rina Sekretaris',
      memberships: [{ role: 'dinas', regionCode: '19.71' }],
    });
    const operator = await admin.admin.users.invite({
      email: 'operator@kim-bacang.example',
      name: 'Dedi Operator',
      memberships: [{ role: 'kim', groupId: 'grp_0001' }],
    });
    const dinas = client((await accept(official.invitation.url, 'Taman Sari Sekretariat 2026')).token);
    const kimOperator = client((await accept(operator.invitation.url, 'Kampung Bacang Berseri 77')).token);

    // 4. The operator uploads a photo for the group, drafts an article with it and submits it.
    const photo = await kimOperator.admin.media.upload(new Uint8Array(await smallJpeg()), { groupId: 'grp_0001' });
    expect(photo.variants.length).to.be.greaterThan(0);
    let article = await kimOperator.admin.news.create({
      groupId: 'grp_0001',
      categoryId: 'pengumuman',
      title: 'Kerja bakti membersihkan saluran air di Bacang',
      body: `<p>Warga Bacang bergotong royong membersihkan saluran air menjelang musim hujan.</p><script>alert(1)</script>`,
      image: { mediaId: photo.id, alt: 'Warga membersihkan saluran air' },
    });
    expect(article.status).to.equal('draft');
    expect(article.body).not.to.include('<script');
    article = await kimOperator.admin.news.submit(article.id, { version: article.version });
    expect(article.status).to.equal('submitted');

    // The operator cannot publish their own article.
    const refused = await kimOperator.admin.news.publish(article.id, {}, { version: article.version }).catch((e) => e);
    expect(refused).to.have.property('status', 403);

    // 5. The official publishes it.
    article = await dinas.admin.news.publish(article.id, {}, { version: article.version });
    expect(article.status).to.equal('published');
    const slug = article.slug;

    // 6. It is in the public news, the three feeds and the sitemap.
    const news = await client().news.list({ region: '19.71', limit: 5 });
    expect(news.data.map((n) => n.slug)).to.include(slug);
    const published = await client().news.get(slug);
    expect(published.image?.url).to.be.a('string');
    for (const format of ['rss', 'atom', 'json']) {
      const feed = await (await fetch(`${baseUrl}/v1/feeds/news.${format}?region=19.71`)).text();
      expect(feed, format).to.include(`/berita/${slug}`);
    }
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    expect(sitemap).to.include(`/berita/${slug}`);

    // 7. The audit log shows each step with its actor, newest first.
    const audit = await admin.admin.audit.list({ limit: 100 });
    const steps = audit.data
      .filter((e) => ['user.invite', 'media.upload', 'news.create', 'news.submit', 'news.publish'].includes(e.action))
      .map((e) => `${e.action} by ${e.actor.name ?? e.actor.type}`)
      .reverse();
    expect(steps).to.deep.equal([
      'user.invite by system', // kim-server users add
      'user.invite by kepala.tik',
      'user.invite by kepala.tik',
      'media.upload by Dedi Operator',
      'news.create by Dedi Operator',
      'news.submit by Dedi Operator',
      'news.publish by Rina Sekretaris',
    ]);
    // The official sees the steps in their region too.
    const scoped = await dinas.admin.audit.list({ limit: 100 });
    expect(scoped.data.map((e) => e.action)).to.include.members(['news.create', 'news.submit', 'news.publish']);
  });
});
