import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { all, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/news-list.js';
import { routeOf } from '../console-app/routes.js';
import { KimSession } from '../shared/session.js';
import { DINAS_ME, FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import { createFakeNewsApi, fakeArticle, OPERATOR_ME, OPERATOR_PASSWORD } from '../test-fixtures/fake-news-api.js';
import type { KimNewsList } from './news-list.js';

async function mount(setup: (api: ReturnType<typeof createFakeNewsApi>) => void = () => {}, dinas = false) {
  const api = createFakeNewsApi();
  const session = new KimSession({ baseUrl: FAKE_CONSOLE_BASE, fetch: api.fetch, storage: null });
  await session.signIn(
    dinas
      ? { email: DINAS_ME.email, password: 'kalimat sandi yang panjang' }
      : { email: OPERATOR_ME.email, password: OPERATOR_PASSWORD },
  );
  setup(api);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
    <kim-news-list .session=${session} lang="id"></kim-news-list>
  </div>`);
  const el = wrapper.querySelector('kim-news-list') as KimNewsList;
  await waitUntil(() => !one(el, '[part~="loading"]'), 'still loading', { timeout: 4000 });
  await el.updateComplete;
  return { el, api };
}

describe('<kim-news-list>', () => {
  it('lists the operator’s articles in every status, each linking to its editor', async () => {
    const { el } = await mount((api) => {
      api.articles.set('news_1', fakeArticle());
      api.articles.set('news_2', fakeArticle({ id: 'news_2', title: 'Lomba kebersihan RT', status: 'returned' }));
    });
    const links = all<HTMLAnchorElement>(el, '[part~="list"] a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#/berita/news_1', '#/berita/news_2']);
    expect(one(el, '[part~="list"]')!.textContent).to.contain('Draf').and.contain('Dikembalikan');
    expect(one(el, '[part~="new"]')!.getAttribute('href')).to.equal('#/berita/baru');
    expect(overflowing(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says when there is nothing yet, and when the role cannot write news', async () => {
    const empty = await mount();
    expect(one(empty.el, '[part~="empty"]')!.textContent).to.contain('Belum ada berita');
    await expect(empty.el).to.be.accessible();
    const dinas = await mount(() => {}, true);
    expect(one(dinas.el, '[part~="forbidden"]')).not.to.equal(null);
  });

  it('offers a retry when the list cannot load', async () => {
    const { el, api } = await mount((api) => {
      api.offline = true;
    });
    expect(one(el, '[part~="load-error"]')).not.to.equal(null);
    api.offline = false;
    one<HTMLButtonElement>(el, '[part~="load-error"] button')!.click();
    await waitUntil(() => one(el, '[part~="empty"]'), 'no retry', { timeout: 4000 });
  });

  it('has the console routes #/berita, #/berita/baru and #/berita/<id>', () => {
    expect(routeOf('#/berita')).to.deep.equal({ name: 'news' });
    expect(routeOf('#/berita/baru')).to.deep.equal({ name: 'news-editor' });
    expect(routeOf('#/berita/news_12')).to.deep.equal({ name: 'news-editor', id: 'news_12' });
  });
});
