// Problem details follow Accept-Language (id by default, en), with the contract's validation messages.
import { expect } from 'chai';
import { aspirationInput, expectProblem, json, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;

const invalid = aspirationInput({ title: 'Lampu', reporter: { email: 'warga@' }, consent: undefined });

/** The field errors of a problem as `{ path: message }`. */
const byPath = (errors: { path: string; message: string }[] = []) =>
  Object.fromEntries(errors.map(({ path, message }) => [path, message]));

describe('problem details in the language asked for', () => {
  let t: App;
  before(async () => {
    t = await testApp();
  });

  it('in Indonesian by default: a short title, a bad email, a missing consent', async () => {
    const response = await t.request('/v1/aspirations', json(invalid));
    const problem = await expectProblem(response, 422, 'validation_failed');
    expect(response.headers.get('content-language')).to.equal('id');
    expect(response.headers.get('vary')).to.include('Accept-Language');
    expect(problem.title).to.equal('Isian tidak valid');
    expect(problem.detail).to.equal('Aspirasi belum lengkap atau tidak valid');
    expect(byPath(problem.errors)).to.deep.equal({
      title: 'Terlalu pendek: minimal 10 karakter',
      'reporter.email': 'Alamat email tidak valid, contoh: nama@contoh.id',
      consent: 'Persetujuan atas pemberitahuan privasi wajib diberikan',
    });
  });

  it('in English with Accept-Language: en', async () => {
    const response = await t.request(
      '/v1/aspirations',
      json(invalid, { 'Accept-Language': 'en-GB,en;q=0.9,id;q=0.5' }),
    );
    const problem = await expectProblem(response, 422, 'validation_failed');
    expect(response.headers.get('content-language')).to.equal('en');
    expect(problem.title).to.equal('Validation failed');
    expect(problem.detail).to.equal('The aspiration is not valid');
    expect(byPath(problem.errors)).to.deep.equal({
      title: 'Too short: at least 10 characters',
      'reporter.email': 'Invalid email address, e.g. name@example.id',
      consent: 'Consent to the privacy notice is required',
    });
  });

  it('in Indonesian for a language the API does not speak', async () => {
    const response = await t.request('/v1/aspirations', json(invalid, { 'Accept-Language': 'fr-FR' }));
    expect((await expectProblem(response, 422)).title).to.equal('Isian tidak valid');
  });

  it('query parameters, unknown fields and repeated parameters too', async () => {
    const en = { headers: { 'Accept-Language': 'en' } };
    const unknown = await expectProblem(await t.request('/v1/news?sort=new', en), 400, 'validation_failed');
    expect(byPath(unknown.errors)).to.deep.equal({ sort: 'Unknown field "sort"' });
    const id = await expectProblem(await t.request('/v1/news?sort=new&limit=0'), 400, 'validation_failed');
    expect(id.detail).to.equal('Parameter kueri tidak valid');
    expect(byPath(id.errors)).to.deep.equal({ sort: 'Isian "sort" tidak dikenal', limit: 'Minimal 1' });
    const repeated = await expectProblem(await t.request('/v1/news?limit=1&limit=2', en), 400);
    expect(byPath(repeated.errors)).to.deep.equal({ limit: 'Parameter "limit" given more than once' });
  });

  it('a tracking code that cannot be one, with the message of the contract', async () => {
    const id = await expectProblem(await t.request('/v1/aspirations/abc'), 400, 'validation_failed');
    expect(byPath(id.errors)).to.deep.equal({
      trackingCode: 'Kode lacak terdiri atas 10 huruf dan angka, contoh: 7K3M9-QX2PD',
    });
    const en = await expectProblem(
      await t.request('/v1/aspirations/abc', { headers: { 'Accept-Language': 'en' } }),
      400,
    );
    expect(en.detail).to.equal('Invalid tracking code');
  });

  it('the titles of other problems, e.g. an unknown route', async () => {
    expect((await expectProblem(await t.request('/v1/nothing'), 404, 'not_found')).title).to.equal('Tidak ditemukan');
    const en = await expectProblem(await t.request('/v1/nothing', { headers: { 'Accept-Language': 'en' } }), 404);
    expect(en.title).to.equal('Not found');
    expect(en.detail).to.equal('No route for GET /v1/nothing');
  });
});
