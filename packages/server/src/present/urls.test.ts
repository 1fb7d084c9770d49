import { expect } from 'chai';
import { absoluteUrl, articlePath, isSafePath, presentImage } from './urls.js';

const image = (path: string) => ({ path, alt: 'Logo', width: 10, height: 10 });

describe('absolute URLs of stored paths', () => {
  it('joins the public base and a path', () => {
    expect(absoluteUrl('https://kim.example/', '/media/a.svg')).to.equal('https://kim.example/media/a.svg');
    expect(absoluteUrl('https://kim.example/portal', '/media/a.svg')).to.equal(
      'https://kim.example/portal/media/a.svg',
    );
    expect(presentImage(image('/media/a.svg'), 'https://kim.example')).to.deep.equal({
      url: 'https://kim.example/media/a.svg',
      alt: 'Logo',
      width: 10,
      height: 10,
    });
  });

  it('never lets a stored path change the host', () => {
    for (const path of [
      '@127.0.0.1:9213/x',
      'media/a.svg',
      '//evil.example/x',
      '/\\evil.example/x',
      '',
      ' /a',
      '/a b',
      '/a\nb',
      'https://evil.example/x',
    ]) {
      expect(isSafePath(path), JSON.stringify(path)).to.equal(false);
      expect(presentImage(image(path), 'https://kim.example'), JSON.stringify(path)).to.equal(null);
      expect(() => absoluteUrl('https://kim.example', path)).to.throw(TypeError);
    }
    for (const path of ['/media/a.svg', '/media/x@y.webp', '/a?b=c']) {
      const url = new URL(absoluteUrl('https://kim.example', path));
      expect(url.host, path).to.equal('kim.example');
    }
  });

  it('keeps an article path on this host whatever its slug', () => {
    expect(articlePath('posyandu-bacang')).to.equal('/berita/posyandu-bacang');
    expect(new URL(absoluteUrl('https://kim.example', articlePath('/evil.example'))).host).to.equal('kim.example');
  });
});
