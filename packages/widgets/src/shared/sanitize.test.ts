// Both sanitizer paths on the hostile-article set: the native HTML Sanitizer of this Chromium, and the DOMPurify
// fallback, reached by removing the native API from the page the way an older browser lacks it.
import { expect } from '@open-wc/testing';
import { HOSTILE_FLAG, hostileArticleBodies } from '../test-fixtures/hostile-articles.js';
import { hasNativeSanitizer, sanitizeArticleHtml } from './sanitize.js';

const win = window as unknown as Record<string, unknown>;

/** Runs `fn` in a page without `Element.prototype.setHTML` and `Sanitizer`, then puts them back. */
async function withoutNativeSanitizer<T>(fn: () => Promise<T>): Promise<T> {
  const proto = Element.prototype as unknown as Record<string, unknown>;
  const setHtml = Object.getOwnPropertyDescriptor(proto, 'setHTML');
  const sanitizer = Object.getOwnPropertyDescriptor(window, 'Sanitizer');
  delete proto.setHTML;
  delete win.Sanitizer;
  try {
    return await fn();
  } finally {
    if (setHtml) Object.defineProperty(proto, 'setHTML', setHtml);
    if (sanitizer) Object.defineProperty(window, 'Sanitizer', sanitizer);
  }
}

/** The fragment as markup, for comparing the two paths. */
function markup(fragment: DocumentFragment): string {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}

const ALLOWED = new Set(
  'p br hr h2 h3 h4 strong b em i u s small sub sup mark ul ol li blockquote q cite code pre a img figure figcaption table thead tbody tfoot tr th td caption'.split(
    ' ',
  ),
);

/** Everything unsafe found in a sanitized result; empty when it is safe to insert. */
function problemsIn(html: string): string[] {
  const box = document.createElement('template');
  box.innerHTML = html;
  const problems: string[] = [];
  for (const element of box.content.querySelectorAll('*')) {
    if (!ALLOWED.has(element.localName)) problems.push(`<${element.localName}>`);
    for (const { name, value } of element.attributes) {
      if (/^on|^style$|^srcset$|^id$|^name$|^class$|^data-|^aria-|^role$|^tabindex$/i.test(name)) {
        problems.push(`${element.localName}[${name}]`);
      }
      if ((name === 'href' || name === 'src') && !/^https?:\/\//.test(value)) {
        problems.push(`${element.localName}[${name}=${value}]`);
      }
    }
    if (element.localName === 'a' && element.hasAttribute('href')) {
      if (element.getAttribute('rel') !== 'noopener noreferrer' || element.getAttribute('target') !== '_blank') {
        problems.push('a link that keeps an opener or stays in the reader');
      }
    }
  }
  return problems;
}

describe('sanitizeArticleHtml', () => {
  afterEach(() => {
    delete win[HOSTILE_FLAG];
  });

  it('runs on the native HTML Sanitizer in this Chromium, and without it after the API is removed', async () => {
    expect(hasNativeSanitizer()).to.equal(true);
    await withoutNativeSanitizer(async () => expect(hasNativeSanitizer()).to.equal(false));
    expect(hasNativeSanitizer()).to.equal(true);
  });

  describe('the hostile-article set', () => {
    for (const { name, html } of hostileArticleBodies) {
      it(`${name}: the same safe result through both paths`, async () => {
        const native = markup(await sanitizeArticleHtml(html));
        const fallback = await withoutNativeSanitizer(async () => markup(await sanitizeArticleHtml(html)));
        expect(fallback, 'DOMPurify fallback against the native Sanitizer').to.equal(native);
        expect(problemsIn(native)).to.deep.equal([]);
        // Inserted into the live page, nothing runs.
        const host = document.createElement('div');
        host.append(await sanitizeArticleHtml(html));
        document.body.append(host);
        await new Promise((resolve) => setTimeout(resolve, 20));
        host.remove();
        expect(win[HOSTILE_FLAG]).to.equal(undefined);
      });
    }
  });

  it('keeps an ordinary article: text, structure, figures, tables and http(s) links', async () => {
    const article = hostileArticleBodies.find((c) => c.name.startsWith('a CMS article'))!;
    const result = markup(await sanitizeArticleHtml(article.html));
    expect(result).to.equal(
      'Judul besar<p>Warga Kelurahan Bacang bergotong royong.</p><figure><img src="https://kim.example.go.id/media/a.jpg" ' +
        'alt="Gotong royong" width="640" height="360" loading="lazy" decoding="async"><figcaption>Foto: KIM Bacang' +
        '</figcaption></figure><h2>Rencana</h2><ul><li>Sabtu</li><li>Minggu</li></ul><table><caption>Jadwal</caption>' +
        '<thead><tr><th scope="col">Hari</th></tr></thead><tbody><tr><td colspan="2">Sabtu</td></tr></tbody></table>' +
        '<p>Baca juga <a href="https://pangkalpinangkota.go.id/berita" rel="noopener noreferrer" target="_blank">berita ' +
        'lain</a> dan <a>surel</a>.</p><blockquote lang="en" dir="ltr">Quote</blockquote>',
    );
  });

  it('removes unknown elements with their content, and unwraps the wrappers editors produce', async () => {
    const result = markup(
      await sanitizeArticleHtml('<div><span>tetap</span></div><kim-x>hilang</kim-x><form><b>hilang</b></form>'),
    );
    expect(result).to.equal('tetap');
  });

  it('gives a fragment of this document, with nothing loaded before it is inserted', async () => {
    const fragment = await sanitizeArticleHtml('<p>a</p><img src="https://kim.example.go.id/x.png" alt="">');
    expect(fragment.ownerDocument).to.equal(document);
    expect(fragment.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
  });
});
