import { expect } from 'chai';
import { ownMediaPath, sanitizeArticleHtml } from './sanitize-article.js';

const clean = (html: string) => sanitizeArticleHtml(html, { publicUrl: 'https://kim.pangkalpinangkota.go.id' });

describe('sanitizeArticleHtml', () => {
  describe('keeps what an article needs', () => {
    const kept: [string, string][] = [
      ['<p>Warga <strong>Bacang</strong> <em>bergotong royong</em>.</p>', 'paragraphs, strong and em'],
      ['<h2>Jadwal</h2><h3>Pagi</h3><h4>Pukul 07.00</h4>', 'h2 to h4'],
      ['<ul><li>Satu</li></ul><ol><li>Dua</li></ol>', 'lists'],
      ['<blockquote><p>Kata Lurah.</p></blockquote>', 'quotes'],
      [
        '<table><caption>Jadwal</caption><thead><tr><th scope="col">Hari</th></tr></thead><tbody><tr><td colspan="2">Senin</td></tr></tbody></table>',
        'simple tables',
      ],
      [
        '<figure><img src="/media/news/ab12cd-960.webp" alt="Posyandu" width="960" height="640" /><figcaption>Posyandu Melati</figcaption></figure>',
        'figures of own media with captions',
      ],
      ['<p>Baris satu<br />baris dua</p>', 'line breaks'],
    ];
    for (const [html, what] of kept) {
      it(what, () => expect(clean(html)).to.equal(html));
    }
  });

  it('keeps http, https, mailto and tel links and adds rel="noopener"', () => {
    expect(clean('<a href="https://pangkalpinangkota.go.id/">Portal</a>')).to.equal(
      '<a href="https://pangkalpinangkota.go.id/" rel="noopener">Portal</a>',
    );
    expect(clean('<a href="mailto:kim@example.org">Surel</a> <a href="tel:+628123456789">Telepon</a>')).to.equal(
      '<a href="mailto:kim@example.org" rel="noopener">Surel</a> <a href="tel:+628123456789" rel="noopener">Telepon</a>',
    );
    expect(clean('<a href="https://x.example" rel="opener" target="_blank">x</a>')).to.equal(
      '<a href="https://x.example/" rel="noopener">x</a>',
    );
  });

  it('turns absolute URLs of its own media into paths', () => {
    expect(
      clean('<img src="https://kim.pangkalpinangkota.go.id/media/a.webp" alt="" width="10" height="10">'),
    ).to.equal('<img src="/media/a.webp" alt="" width="10" height="10" />');
  });

  it('writes absolute image URLs for copies read elsewhere (feeds), never for what is stored', () => {
    const body = '<img src="/media/a.webp" alt="" width="10" height="10">';
    expect(sanitizeArticleHtml(body, { publicUrl: 'https://kim.example/', absoluteMedia: true })).to.equal(
      '<img src="https://kim.example/media/a.webp" alt="" width="10" height="10" />',
    );
    expect(sanitizeArticleHtml(body, { absoluteMedia: true })).to.include('src="/media/a.webp"');
  });

  it('maps what editors paste to the allowed tags', () => {
    expect(clean('<h1>Judul</h1><h6>Kecil</h6><b>tebal</b><i>miring</i>')).to.equal(
      '<h2>Judul</h2><h4>Kecil</h4><strong>tebal</strong><em>miring</em>',
    );
    expect(clean('<div class="x" style="color:red"><span>Teks</span></div>')).to.equal('Teks');
  });

  describe('removes everything hostile', () => {
    const hostile: [what: string, html: string, expected: string][] = [
      ['a meta refresh to another site', '<meta http-equiv="refresh" content="0;url=https://evil.example">Hai', 'Hai'],
      ['scripts, with their text', '<p>a</p><script>alert(1)</script><p>b</p>', '<p>a</p><p>b</p>'],
      ['event handlers', '<p onclick="alert(1)" onmouseover="x()">Klik</p>', '<p>Klik</p>'],
      ['javascript: links', '<a href="javascript:alert(1)">x</a>', 'x'],
      ['javascript: links hidden by whitespace and entities', '<a href=" jav&#x09;ascript:alert(1)">x</a>', 'x'],
      ['data: links', '<a href="data:text/html,<script>alert(1)</script>">x</a>', 'x'],
      ['vbscript: links', '<a href="vbscript:msgbox(1)">x</a>', 'x'],
      ['protocol-relative links', '<a href="//evil.example/x">x</a>', 'x'],
      ['relative links', '<a href="/berita/lain">x</a>', 'x'],
      ['iframes', '<iframe src="https://evil.example"></iframe><p>ok</p>', '<p>ok</p>'],
      ['objects and embeds', '<object data="x.swf"></object><embed src="x.swf"><p>ok</p>', '<p>ok</p>'],
      [
        'inline SVG with script',
        '<svg><script>alert(1)</script><a xlink:href="javascript:x">t</a></svg><p>ok</p>',
        '<p>ok</p>',
      ],
      ['MathML', '<math><mi xlink:href="javascript:alert(1)">x</mi></math><p>ok</p>', '<p>ok</p>'],
      ['style elements and attributes', '<style>body{display:none}</style><p style="position:fixed">x</p>', '<p>x</p>'],
      [
        'base and link elements',
        '<base href="https://evil.example/"><link rel="stylesheet" href="x.css"><p>ok</p>',
        '<p>ok</p>',
      ],
      ['forms', '<form action="https://evil.example"><input name="pw"><button>Kirim</button></form>', 'Kirim'],
      ['images from other sites', '<img src="https://evil.example/track.gif" width="1" height="1">', ''],
      ['images with data: URLs', '<img src="data:image/png;base64,AAAA" width="1" height="1">', ''],
      ['images leaving /media/ with ..', '<img src="/media/../admin" width="1" height="1">', ''],
      ['images on a protocol-relative URL', '<img src="//evil.example/media/x.webp" width="1" height="1">', ''],
      [
        'images of a look-alike host',
        '<img src="https://kim.pangkalpinangkota.go.id.evil.example/media/x.webp" width="1" height="1">',
        '',
      ],
      ['images without a size', '<figure><img src="/media/x.webp" alt="a"><figcaption>c</figcaption></figure>', ''],
      ['images with a bogus size', '<img src="/media/x.webp" width="0" height="1e9">', ''],
      [
        'srcset and onerror on images',
        '<img src="/media/x.webp" srcset="https://evil.example/x 2x" onerror="alert(1)" width="2" height="2">',
        '<img src="/media/x.webp" alt="" width="2" height="2" />',
      ],
      ['ids and classes (clobbering, styling)', '<p id="x" class="y" name="z">t</p>', '<p>t</p>'],
      ['HTML comments, including conditional ones', '<!--[if IE]><script>x</script><![endif]--><p>t</p>', '<p>t</p>'],
      ['control characters', '<p>a\u0000b\u0007c\u001fd</p>', '<p>abcd</p>'],
      [
        'templates and noscript',
        '<template><img src=x onerror=alert(1)></template><noscript><p>n</p></noscript><p>t</p>',
        '<p>t</p>',
      ],
      ['unclosed markup', '<p>a<script>alert(1)', '<p>a</p>'],
      ['a mXSS-style nesting', '<p><style><img src=x onerror=alert(1)></style></p>t', 't'],
      [
        'huge spans',
        '<table><tr><td colspan="99999" rowspan="-1">x</td></tr></table>',
        '<table><tr><td>x</td></tr></table>',
      ],
    ];
    for (const [what, html, expected] of hostile) {
      it(what, () => expect(clean(html)).to.equal(expected));
    }
  });

  it('is idempotent', () => {
    const body =
      '<h1>Judul</h1><p>Teks <a href="https://x.example/a?b=1&amp;c=2">tautan</a></p><figure><img src="/media/a.webp" width="4" height="3"><figcaption>Foto</figcaption></figure><script>x</script>';
    const once = clean(body);
    expect(clean(once)).to.equal(once);
  });

  it('escapes text so it never becomes markup', () => {
    expect(clean('<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>')).to.equal('<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>');
  });
});

describe('ownMediaPath', () => {
  it('accepts paths under /media/ of plain characters only', () => {
    expect(ownMediaPath('/media/news/a-b_c.1.webp')).to.equal('/media/news/a-b_c.1.webp');
    for (const bad of [
      '/media/',
      '/media//x',
      '/media/./x',
      '/media/x/../../y',
      '/media/x?y=1',
      '/media/%2e%2e/x',
      'media/x',
      '/medias/x',
      '\\media\\x',
    ]) {
      expect(ownMediaPath(bad), bad).to.equal(null);
    }
  });
});
