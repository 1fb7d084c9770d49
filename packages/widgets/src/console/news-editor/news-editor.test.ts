import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ARTICLE_ELEMENTS } from '../../shared/article-policy.js';
import { all, emulateMediaFeatures, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/news-editor.js';
import { KimSession } from '../shared/session.js';
import { DINAS_ME, FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import {
  createFakeNewsApi,
  type FakeNewsApi,
  fakeArticle,
  OPERATOR_ME,
  OPERATOR_PASSWORD,
  TINY_PNG,
} from '../test-fixtures/fake-news-api.js';
import { DraftStore } from './draft-store.js';
import { KimNewsEditor } from './news-editor.js';
import { EDITOR_ELEMENTS, RichText } from './rich-text.js';

const PATIENCE = { timeout: 4000 };

async function mount(
  options: {
    articleId?: string;
    api?: FakeNewsApi;
    width?: string;
    as?: 'operator' | 'dinas';
    lang?: string;
    waitForEditor?: boolean;
  } = {},
) {
  const api = options.api ?? createFakeNewsApi();
  const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
  await session.signIn(
    options.as === 'dinas'
      ? { email: DINAS_ME.email, password: 'kalimat sandi yang panjang' }
      : { email: OPERATOR_ME.email, password: OPERATOR_PASSWORD },
  );
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? '720px'}`}>
    <kim-news-editor .session=${session} lang=${options.lang ?? 'id'} article-id=${options.articleId ?? ''}></kim-news-editor>
  </div>`);
  const el = wrapper.querySelector('kim-news-editor') as KimNewsEditor;
  await waitUntil(() => !one(el, '[part~="loading"]'), 'still loading', PATIENCE);
  if (options.waitForEditor !== false) {
    await waitUntil(() => !one(el, 'form') || one(el, '.rich-text'), 'no editor', PATIENCE);
  }
  await el.updateComplete;
  return { el, api, session };
}

const draftKey = (session: KimSession, id?: string) =>
  new DraftStore(`${session.baseUrl}|${session.me!.id}`, id, { storage: null }).key;

async function typeInto(el: KimNewsEditor, selector: string, text: string) {
  const field = one<HTMLElement>(el, selector)!;
  field.focus();
  await sendKeys({ type: text });
}

async function fill(el: KimNewsEditor) {
  const category = one<HTMLSelectElement>(el, '#categoryId')!;
  category.value = 'kesehatan';
  category.dispatchEvent(new Event('change'));
  await typeInto(el, '#title', 'Kerja bakti di RT 03');
  await typeInto(el, '.rich-text', 'Warga membersihkan saluran air.');
  await el.updateComplete;
}

const press = async (el: KimNewsEditor, part: string) => {
  one<HTMLButtonElement>(el, `[part~="${part}"]`)!.click();
  await el.updateComplete;
  await waitUntil(() => one(el, 'form')?.getAttribute('aria-busy') !== 'true', 'still busy', PATIENCE);
  await el.updateComplete;
};

const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('kim-news-draft:')) localStorage.removeItem(key);
});

describe('rich text (TipTap, limited to the article allow-list)', () => {
  it('produces only elements the server keeps, whatever is pasted or loaded, and no runtime <style>', async () => {
    expect(EDITOR_ELEMENTS.every((tag) => (ARTICLE_ELEMENTS as readonly string[]).includes(tag))).to.equal(true);
    const host = document.createElement('div');
    document.body.append(host);
    const styles = document.querySelectorAll('style').length;
    const rich = new RichText({
      element: host,
      id: 'body',
      content: `<h1>Judul</h1><h5>Kecil</h5><p style="color:red">Teks <u>garis</u> <s>coret</s> <code>kode</code>
        <span class="x">bentang</span> <b>tebal</b> <i>miring</i> <a href="javascript:alert(1)">jahat</a>
        <a href="https://kim.test/a">baik</a> <img src="x" onerror="alert(1)"></p><hr><pre>blok</pre>
        <table><tr><td>sel</td></tr></table><ul><li>satu</li></ul><blockquote>kutip</blockquote><script>alert(1)</script>`,
      label: 'Isi',
      onChange: () => {},
      onSelection: () => {},
      onLinkShortcut: () => {},
    });
    const out = document.createElement('template');
    out.innerHTML = rich.html;
    const tags = new Set([...out.content.querySelectorAll('*')].map((node) => node.localName));
    expect([...tags].filter((tag) => !(EDITOR_ELEMENTS as readonly string[]).includes(tag))).to.deep.equal([]);
    expect(rich.html).to.contain('<strong>tebal</strong>').and.contain('<em>miring</em>');
    expect(rich.html).to.contain('href="https://kim.test/a"').and.not.contain('javascript');
    expect(rich.html).not.to.contain('style=').and.not.contain('onerror');
    expect(document.querySelectorAll('style').length).to.equal(styles);
    expect(rich.setLink('javascript:alert(1)')).to.equal(false);
    rich.destroy();
    host.remove();
  });
});

describe('<kim-news-editor>', function () {
  // Each test signs in, mounts a ProseMirror editor and makes several round trips; on the shared 2-core machine under
  // load that can pass the runner's 10 s default without anything being wrong.
  this.timeout(30_000);
  it('writes a new article by keyboard and toolbar, saves it, and forgets the local draft', async () => {
    const { el, api, session } = await mount();
    await expect(el).to.be.accessible();
    const saved = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('kim-news-saved', (e) => resolve(e as CustomEvent), { once: true }),
    );
    await fill(el);
    const bold = one<HTMLButtonElement>(el, '[data-command="bold"]')!;
    expect(bold.getAttribute('aria-pressed')).to.equal('false');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'b' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: ' Semua hadir.' });
    await el.updateComplete;
    expect(bold.getAttribute('aria-pressed')).to.equal('true');
    await press(el, 'save-button');
    const { article } = (await saved).detail;
    expect(article.title).to.equal('Kerja bakti di RT 03');
    expect(article.body).to.equal('<p>Warga membersihkan saluran air.<strong> Semua hadir.</strong></p>');
    const create = api.requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/admin/news'))!;
    expect(await create.json()).to.include({ groupId: 'grp_0002', categoryId: 'kesehatan', summary: null });
    expect(el.articleId).to.equal(article.id);
    expect(text(one(el, '[part~="status"]'))).to.contain('Draf');
    await new Promise((r) => setTimeout(r, 500));
    expect(localStorage.getItem(draftKey(session))).to.equal(null);
    expect(localStorage.getItem(draftKey(session, article.id))).to.equal(null);
  });

  it('lists its keyboard shortcuts and labels every toolbar button', async () => {
    const { el } = await mount({ lang: 'en' });
    const buttons = all<HTMLButtonElement>(el, '[part~="toolbar"] button');
    expect(buttons.map((b) => text(b.querySelector('.visually-hidden')))).to.include.members(['Bold', 'Link', 'Undo']);
    expect(buttons.every((b) => b.getAttribute('aria-keyshortcuts'))).to.equal(true);
    expect(text(one(el, '[part~="shortcuts"]')))
      .to.contain('Ctrl+B')
      .and.contain('Ctrl+K');
  });

  it('keeps what is typed on this device, restores it after a reload with a notice, and discards it on request', async () => {
    const api = createFakeNewsApi();
    const first = await mount({ api });
    await fill(first.el);
    await waitUntil(() => localStorage.getItem(draftKey(first.session)), 'draft not written', PATIENCE);
    first.el.remove();
    const second = await mount({ api });
    const notice = one(second.el, '[part~="restored"]');
    expect(text(notice)).to.contain('Draf dipulihkan');
    expect(one<HTMLInputElement>(second.el, '#title')!.value).to.equal('Kerja bakti di RT 03');
    expect(text(one(second.el, '.rich-text'))).to.equal('Warga membersihkan saluran air.');
    await expect(second.el).to.be.accessible();
    one<HTMLButtonElement>(second.el, '[part~="discard"]')!.click();
    await second.el.updateComplete;
    expect(one(second.el, '[part~="restored"]')).to.equal(null);
    expect(one<HTMLInputElement>(second.el, '#title')!.value).to.equal('');
    expect(text(one(second.el, '.rich-text'))).to.equal('');
    expect(localStorage.getItem(draftKey(second.session))).to.equal(null);
  });

  it('loads the editor on demand; when it cannot (offline) the other fields and the draft stay, and retry loads it', async () => {
    const load = KimNewsEditor.loadRichText;
    let attempts = 0;
    KimNewsEditor.loadRichText = () => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    try {
      const { el, session } = await mount({ waitForEditor: false });
      await waitUntil(() => one(el, '[part~="editor-error"]'), 'no editor error', PATIENCE);
      expect(one(el, '[part~="editor-error"]')!.getAttribute('role')).to.equal('alert');
      expect(text(one(el, '[part~="editor-error"]')))
        .to.contain('tidak dapat dimuat')
        .and.contain('Coba lagi');
      expect(one<HTMLButtonElement>(el, '[data-command="bold"]')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
      await typeInto(el, '#title', 'Kerja bakti di RT 03');
      await waitUntil(() => localStorage.getItem(draftKey(session))?.includes('Kerja bakti'), 'no draft', PATIENCE);
      KimNewsEditor.loadRichText = load;
      one<HTMLButtonElement>(el, '[part~="editor-retry-button"]')!.click();
      await waitUntil(() => one(el, '.rich-text'), 'no editor after retry', PATIENCE);
      await el.updateComplete;
      expect(attempts).to.equal(1);
      expect(one(el, '[part~="editor-error"]')).to.equal(null);
      expect(one(el, '[part~="editor-loading"]')).to.equal(null);
      expect(one<HTMLInputElement>(el, '#title')!.value).to.equal('Kerja bakti di RT 03');
      await typeInto(el, '.rich-text', 'Warga membersihkan saluran air.');
      await el.updateComplete;
      expect(one<HTMLButtonElement>(el, '[data-command="bold"]')!.disabled).to.equal(false);
    } finally {
      KimNewsEditor.loadRichText = load;
    }
  });

  it('offline: saving fails with a human message and the draft stays on the device', async () => {
    const api = createFakeNewsApi();
    api.articles.set('news_1', fakeArticle());
    const { el, session } = await mount({ api, articleId: 'news_1' });
    await typeInto(el, '#title', ' (ralat)');
    api.offline = true;
    await press(el, 'save-button');
    expect(text(one(el, '[part~="error-summary"]'))).to.contain('Tidak dapat terhubung');
    expect(one(el, '[part~="error-summary"]')).to.equal(el.shadowRoot!.activeElement);
    const stored = JSON.parse(localStorage.getItem(draftKey(session, 'news_1'))!);
    expect(stored.draft.title).to.equal('Posyandu Bacang bulan Desember (ralat)');
    expect(stored.baseVersion).to.equal(1);
    api.offline = false;
    await press(el, 'save-button');
    expect(api.articles.get('news_1')!.title).to.equal('Posyandu Bacang bulan Desember (ralat)');
    expect(localStorage.getItem(draftKey(session, 'news_1'))).to.equal(null);
  });

  it('checks the required fields before sending, with a summary linking to each', async () => {
    const { el, api } = await mount();
    const before = api.requests.length;
    await press(el, 'save-button');
    expect(api.requests.length).to.equal(before);
    const links = all<HTMLAnchorElement>(el, '[part~="error-summary"] a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#categoryId', '#title', '#body']);
    expect(one(el, '#title')!.getAttribute('aria-invalid')).to.equal('true');
    links[2]!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'body', 'body not focused', PATIENCE);
    await expect(el).to.be.accessible();
  });

  it('maps the server’s field errors to the fields', async () => {
    const api = createFakeNewsApi();
    api.articles.set('news_1', fakeArticle());
    const { el } = await mount({ api, articleId: 'news_1' });
    await typeInto(el, '#title', ' TOLAK');
    await press(el, 'save-button');
    expect(text(one(el, '#title-error'))).to.equal('Judul tidak boleh berisi kata itu.');
    expect(one<HTMLInputElement>(el, '#title')!.value).to.contain('TOLAK');
  });

  it('uploads a cover photo with a progress bar and requires its alternative text', async () => {
    const api = createFakeNewsApi();
    let release!: () => void;
    api.holdUploads = new Promise((resolve) => {
      release = resolve;
    });
    const { el } = await mount({ api });
    await fill(el);
    const input = one<HTMLInputElement>(el, '#cover')!;
    const files = new DataTransfer();
    files.items.add(new File([TINY_PNG], 'foto.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => one(el, '[part~="upload-progress"]'), 'no progress bar', PATIENCE);
    const bar = one<HTMLProgressElement>(el, '[part~="upload-progress"]')!;
    // Indeterminate until the platform reports bytes sent (Chromium over HTTP/1.1 reports only the end), then counting.
    expect(bar.tagName).to.equal('PROGRESS');
    expect(bar.hasAttribute('value') ? bar.value > 0 && bar.value <= 100 : bar.position === -1).to.equal(true);
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => one(el, '#alt'), 'no alt field', PATIENCE);
    expect(one(el, '[part~="upload-progress"]')).to.equal(null);
    expect(one<HTMLImageElement>(el, 'img.cover')!.src).to.match(/^blob:/);
    const upload = api.requests.find((r) => r.url.includes('/v1/admin/media'))!;
    expect(new URL(upload.url).searchParams.get('group')).to.equal('grp_0002');
    await press(el, 'save-button');
    expect(text(one(el, '#alt-error'))).to.equal('Teks alternatif foto wajib diisi.');
    await typeInto(el, '#alt', 'Warga membersihkan saluran');
    await press(el, 'save-button');
    const create = api.requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/admin/news'))!;
    expect((await create.json()).image).to.deep.equal({ mediaId: 'med_1', alt: 'Warga membersihkan saluran' });
  });

  it('previews the body through the public sanitizer, as readers will see it', async () => {
    const api = createFakeNewsApi();
    api.articles.set('news_1', fakeArticle({ body: '<h2>Jadwal</h2><p>Mulai <strong>08.00</strong> WIB.</p>' }));
    const { el } = await mount({ api, articleId: 'news_1' });
    one<HTMLButtonElement>(el, '[part~="preview-button"]')!.click();
    await waitUntil(() => one(el, '[part~="preview-body"] h2'), 'no preview', PATIENCE);
    expect(text(one(el, '#preview-title'))).to.equal('Posyandu Bacang bulan Desember');
    expect(one(el, '[part~="preview-body"]')!.innerHTML).to.contain('<strong>08.00</strong>');
    expect(el.shadowRoot!.activeElement?.id).to.equal('preview-title');
    expect(one(el, 'form')!.closest('[hidden]')).not.to.equal(null);
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[part~="edit-button"]')!.click();
    await el.updateComplete;
    expect(one(el, '[part~="preview"]')).to.equal(null);
  });

  it('submits for review (saving first) and shows the new status', async () => {
    const api = createFakeNewsApi();
    api.articles.set('news_1', fakeArticle());
    const { el } = await mount({ api, articleId: 'news_1' });
    await typeInto(el, '#title', ' terbaru');
    await press(el, 'submit-button');
    const article = api.articles.get('news_1')!;
    expect([article.status, article.title, article.version]).to.deep.equal([
      'submitted',
      'Posyandu Bacang bulan Desember terbaru',
      3,
    ]);
    expect(text(one(el, '[part~="status"]'))).to.contain('Menunggu tinjauan');
    expect(one(el, '[part~="read-only"]')).not.to.equal(null);
  });

  it('shows the reviewer’s note on a returned article', async () => {
    const api = createFakeNewsApi();
    api.articles.set(
      'news_1',
      fakeArticle({
        status: 'returned',
        reviewNote: {
          note: 'Mohon lengkapi jadwal kegiatan.',
          by: { id: 'usr_dinas_1', name: 'Rina Marlina' },
          at: '2026-11-30T03:00:00.000Z',
          action: 'return',
        },
      }),
    );
    const { el } = await mount({ api, articleId: 'news_1' });
    const note = one(el, '[part~="review-note"]');
    expect(text(note)).to.contain('Catatan peninjau').and.contain('Mohon lengkapi jadwal kegiatan.');
    expect(text(note)).to.contain('Rina Marlina');
    await expect(el).to.be.accessible();
  });

  it('on a conflict (412) shows both versions; "keep mine" saves on top of the server’s version', async () => {
    const api = createFakeNewsApi();
    api.articles.set('news_1', fakeArticle());
    const { el } = await mount({ api, articleId: 'news_1' });
    await typeInto(el, '#title', ' (versi saya)');
    api.articles.set('news_1', fakeArticle({ title: 'Judul dari pejabat dinas', version: 2 }));
    await press(el, 'save-button');
    const conflict = one(el, '[part~="conflict"]')!;
    expect(text(conflict.querySelector('[part~="mine"]'))).to.contain('Posyandu Bacang bulan Desember (versi saya)');
    expect(text(conflict.querySelector('[part~="theirs"]'))).to.contain('Judul dari pejabat dinas');
    expect(el.shadowRoot!.activeElement?.id).to.equal('conflict-title');
    await expect(el).to.be.accessible();
    await press(el, 'keep-mine');
    const saved = api.articles.get('news_1')!;
    expect([saved.title, saved.version]).to.deep.equal(['Posyandu Bacang bulan Desember (versi saya)', 3]);
    const patches = api.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.headers.get('if-match'))).to.deep.equal(['"1"', '"2"']);
    expect(one(el, '[part~="conflict"]')).to.equal(null);
  });

  it('"take theirs" replaces the fields with the server’s version and drops the local draft', async () => {
    const api = createFakeNewsApi();
    api.articles.set('news_1', fakeArticle());
    const { el, session } = await mount({ api, articleId: 'news_1' });
    await typeInto(el, '#title', ' (versi saya)');
    api.articles.set(
      'news_1',
      fakeArticle({ title: 'Judul dari pejabat dinas', body: '<p>Isi baru.</p>', version: 2 }),
    );
    await press(el, 'save-button');
    one<HTMLButtonElement>(el, '[part~="take-theirs"]')!.click();
    await el.updateComplete;
    expect(one<HTMLInputElement>(el, '#title')!.value).to.equal('Judul dari pejabat dinas');
    expect(text(one(el, '.rich-text'))).to.equal('Isi baru.');
    expect(localStorage.getItem(draftKey(session, 'news_1'))).to.equal(null);
    expect(el.current?.version).to.equal(2);
  });

  it('keeps a body with elements the editor cannot show when only other fields change, and says so', async () => {
    const api = createFakeNewsApi();
    const body = '<p>Jadwal:</p><table><tbody><tr><td>Senin</td></tr></tbody></table>';
    api.articles.set('news_1', fakeArticle({ body }));
    const { el } = await mount({ api, articleId: 'news_1' });
    expect(text(one(el, '[part~="unsupported"]'))).to.contain('table');
    await typeInto(el, '#title', ' (ralat)');
    await press(el, 'save-button');
    const patch = await api.requests.find((r) => r.method === 'PATCH')!.json();
    expect(patch).not.to.have.property('body');
    expect(api.articles.get('news_1')!.body).to.equal(body);
  });

  it('tells a person whose role cannot write news', async () => {
    const { el } = await mount({ as: 'dinas' });
    expect(text(one(el, '[part~="forbidden"]'))).to.contain('Peran Anda tidak mengizinkan');
  });

  it('fits 320 px and keeps the toolbar and fields outlined in forced colours', async () => {
    const { el } = await mount({ width: '320px' });
    await press(el, 'save-button');
    expect(overflowing(el)).to.deep.equal([]);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      expect(getComputedStyle(one(el, '.tool')!).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(one(el, '.rich-text')!).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(one(el, '[part~="error-summary"]')!).borderTopStyle).to.equal('solid');
    } finally {
      await emulateMediaFeatures([]);
    }
  });
});
