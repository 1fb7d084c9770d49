// Input that one engine stores and the other refuses must still get a clear answer, never a 500 (run on both
// engines: KIM_TEST_ENGINE=postgres runs this file again).
import { expect } from 'chai';
import { encodeCursor } from '../src/http/cursor.js';
import { admin, aspirationInput, json, TEST_ENGINE, testApp } from './helpers/setup.js';

describe(`values the database may refuse (${TEST_ENGINE})`, () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  before(async () => {
    t = await testApp();
  });

  for (const path of [
    '/v1/news/nws%000001',
    '/v1/groups/kim%00',
    '/v1/news?group=kim%00bacang',
    '/v1/admin/aspirations/asp%00',
    `/v1/news?cursor=${encodeCursor('news', { value: '2026-11-27T01:00:00.000Z', id: 'nws\u0000' })}`,
    `/v1/admin/aspirations?cursor=${encodeCursor('admin-aspirations', { value: 'soon', id: 'asp_1' })}`,
  ]) {
    it(`answers ${decodeURIComponent(path).replace('\u0000', '\\0')} without a 500`, async () => {
      const response = await t.request(path, { headers: admin });
      expect(response.status, await response.text()).to.be.oneOf([200, 400, 404]);
    });
  }

  it('answers a submission with a NUL character without a 500, and stores it nowhere else half-done', async () => {
    const response = await t.request('/v1/aspirations', json(aspirationInput({ title: 'Jalan rusak\u0000 parah' })));
    expect(response.status, await response.text()).to.be.oneOf([201, 400, 422]);
  });
});
