// The hostile-article set: article bodies that try to run script, leak data, break out of the reader or confuse a
// sanitizer, plus the ordinary markup CMS editors produce. Every case must come out the same through the native HTML
// Sanitizer and through the DOMPurify fallback, and safe through both.

/** The marker these bodies try to set; tests assert it stays undefined. */
export const HOSTILE_FLAG = '__kimArticlePwned';

const RUN = `window.${HOSTILE_FLAG}=1`;

export interface HostileArticleCase {
  name: string;
  html: string;
}

export const hostileArticleBodies: HostileArticleCase[] = [
  { name: 'script element', html: `<p>Isi</p><script>${RUN}</script>` },
  { name: 'event handler attributes', html: `<p onclick="${RUN}" onmouseover="${RUN}">klik</p>` },
  { name: 'image with onerror', html: `<img src=x onerror="${RUN}">` },
  { name: 'javascript: link', html: `<a href="javascript:${RUN}">tautan</a>` },
  { name: 'JAVASCRIPT: in capitals with entities', html: `<a href="JaVaScRiPt&colon;${RUN}">tautan</a>` },
  { name: 'javascript: with tabs and a leading space', html: `<a href=" java\tscript:${RUN}">tautan</a>` },
  {
    name: 'vbscript: and data: links',
    html: `<a href="vbscript:msgbox(1)">a</a><a href="data:text/html,<script>${RUN}</script>">b</a>`,
  },
  {
    name: 'data: and javascript: image sources',
    html: `<img src="data:image/svg+xml,<svg onload='${RUN}'/>" alt="a"><img src="javascript:${RUN}" alt="b">`,
  },
  {
    name: 'relative and protocol-relative URLs',
    html: '<a href="/berita/lain">a</a><a href="//evil.example/x">b</a><img src="/img/a.png" alt="c">',
  },
  {
    name: 'iframe, object and embed',
    html: `<iframe src="javascript:${RUN}"></iframe><object data="x.swf">obj</object><embed src="x.swf">`,
  },
  {
    name: 'svg with script and handler',
    html: `<svg><script>${RUN}</script><a href="javascript:${RUN}"><text>svg</text></a></svg><svg onload="${RUN}"></svg>`,
  },
  {
    name: 'MathML namespace confusion',
    html: `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}"></style></mglyph></table></mtext></math>`,
  },
  {
    name: 'style element and style attribute',
    html: '<style>body{display:none}</style><p style="position:fixed;inset:0">gaya</p>',
  },
  {
    name: 'form, inputs and formaction',
    html: `<form action="javascript:${RUN}"><input name="q" value="x"><button formaction="javascript:${RUN}">kirim</button></form>`,
  },
  {
    name: 'meta refresh, base and link',
    html: '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css"><p>teks</p>',
  },
  {
    name: 'template and noscript',
    html: `<template><img src=x onerror="${RUN}"></template><noscript><p title="</noscript><img src=x onerror=${RUN}>">n</p></noscript>`,
  },
  {
    name: 'comments and conditional comments',
    html: `<p>a<!-- komentar --></p><!--[if IE]><script>${RUN}</script><![endif]-->`,
  },
  {
    name: 'markup hidden in an attribute value',
    html: `<p title="</style><img src=x onerror=${RUN}>">judul</p><a href="https://example.id/" title="]]><x/>">t</a>`,
  },
  {
    name: 'DOM clobbering names and ids',
    html: '<img name="body" src="https://example.id/a.png" alt=""><a id="location" href="https://example.id/">x</a><form id="getElementById"></form>',
  },
  {
    name: 'srcset, poster and background',
    html: '<img srcset="https://evil.example/a.png 1x" src="https://example.id/a.png" alt="a"><table background="https://evil.example/t.png"><tr><td>sel</td></tr></table>',
  },
  {
    name: 'target and rel overridden by the author',
    html: '<a href="https://example.id/" target="_self" rel="opener">tautan</a>',
  },
  {
    name: 'data and aria attributes',
    html: '<p data-kim="1" aria-hidden="true" role="button" tabindex="0" id="x" class="c">teks</p>',
  },
  {
    name: 'custom elements and unknown tags',
    html: '<kim-news-feed api-base="https://evil.example"></kim-news-feed><o:p>word</o:p><blink>kedip</blink>',
  },
  {
    name: 'media elements',
    html: '<video src="https://example.id/v.mp4" autoplay>video</video><audio src="x.mp3">audio</audio><canvas></canvas>',
  },
  {
    name: 'stray table parts outside a table',
    html: '<tr><td>sel 1</td></tr><td>sel 2</td><caption>keterangan</caption>',
  },
  { name: 'unclosed and misnested tags', html: '<p><b>tebal <i>miring</b> biasa</i><p>kedua<ul><li>satu<li>dua</ul>' },
  {
    name: 'whole document with head and body',
    html: `<!doctype html><html><head><title>judul</title><script>${RUN}</script></head><body onload="${RUN}"><p>isi</p></body></html>`,
  },
  {
    name: 'raw-text elements holding markup',
    html: `<xmp><img src=x onerror="${RUN}"></xmp><textarea><img src=x onerror="${RUN}"></textarea><plaintext><b>sisa</b>`,
  },
  {
    name: 'details with ontoggle, and a link around a block',
    html: `<details open ontoggle="${RUN}"><summary>ringkas</summary>rinci</details><a href="https://example.id/"><p>blok</p></a>`,
  },
  {
    name: 'a safe image that also has a handler',
    html: `<img src="https://kim.example.go.id/a.png" alt="foto" onerror="${RUN}" onload="${RUN}">`,
  },
  {
    name: 'markup inside a comment',
    html: `<!--<img src=x onerror="${RUN}">--><p>setelah</p><!--> <img src=x onerror="${RUN}"> -->`,
  },
  {
    name: 'entities and text that looks like markup',
    html: '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 5 &gt; 3</p><pre>&lt;img src=x&gt;</pre>',
  },
  {
    name: 'a CMS article with wrappers, figure, table and links',
    html:
      '<div class="entry-content"><h1>Judul besar</h1><p><span style="font-weight:bold">Warga</span> Kelurahan Bacang ' +
      'bergotong royong.</p><figure><img src="https://kim.example.go.id/media/a.jpg" alt="Gotong royong" width="640" ' +
      'height="360" class="wp-image"><figcaption>Foto: KIM Bacang</figcaption></figure><h2>Rencana</h2><ul><li>Sabtu</li>' +
      '<li>Minggu</li></ul><table><caption>Jadwal</caption><thead><tr><th scope="col">Hari</th></tr></thead><tbody><tr>' +
      '<td colspan="2">Sabtu</td></tr></tbody></table><p>Baca juga <a href="https://pangkalpinangkota.go.id/berita">berita ' +
      'lain</a> dan <a href="mailto:kim@example.id">surel</a>.</p><blockquote lang="en" dir="ltr">Quote</blockquote></div>',
  },
  {
    name: 'word-processor paste',
    html: '<p class="MsoNormal"><font face="Arial" size="3"><b>Pengumuman</b><o:p></o:p></font></p><center>tengah</center><section><article><header>kepala</header><p>badan</p><footer>kaki</footer></article></section>',
  },
];
