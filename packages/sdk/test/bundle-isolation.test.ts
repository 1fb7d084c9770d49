// A page that composes public resources must not download the write side: no admin or auth resource, no schema of
// accounts, audit, media or the officials' views. Checked on the bundle a page's bundler makes from the sources.
import { expect } from 'chai';
import { BUNDLES, bundle, WRITE_SIDE_MODULE } from '../scripts/bundles.mjs';

const writeSide = (inputs: Map<string, number>) => [...inputs.keys()].filter((file) => WRITE_SIDE_MODULE.test(file));
const text = (code: Uint8Array) => new TextDecoder().decode(code);

describe('bundles of composed clients', function () {
  this.timeout(30_000);

  it('recognises a write-side module when one is bundled (the check can fail)', async () => {
    const { inputs, code } = await bundle(BUNDLES.everything.contents);
    expect(writeSide(inputs)).to.include.members(['src/resources/admin-aspirations.ts', 'src/schemas/account.ts']);
    expect(text(code)).to.contain('AspirationAdminView');
  });

  for (const name of ['public', 'newsOnly'] as const) {
    it(`${BUNDLES[name].label}: no module of the write side`, async () => {
      const { inputs, code } = await bundle(BUNDLES[name].contents);
      expect(writeSide(inputs)).to.deep.equal([]);
      // The schemas' ids and the admin paths are strings the minifier keeps: none of them may be in the code.
      for (const marker of [
        'AspirationAdminView',
        'NewsAdminView',
        'GroupAdminView',
        'AuditEntry',
        '"admin"',
        'sign-in',
      ]) {
        expect(text(code), marker).to.not.contain(marker);
      }
    });
  }
});
