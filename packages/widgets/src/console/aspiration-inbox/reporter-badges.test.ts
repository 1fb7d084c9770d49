import type { AspirationAdminView } from '@kim-kit/sdk';
import { expect } from '@open-wc/testing';
import { reporterBadgesOf } from './reporter-badges.js';

type Entry = AspirationAdminView['history'][number];
const entry = (kind: Entry['kind'], actor: Entry['actor'] = null): Entry => ({
  kind,
  status: 'in_progress',
  at: '2026-11-30T03:00:00.000Z',
  agency: null,
  note: null,
  internalNote: null,
  actor,
});
const official = { id: 'usr_dinas_2', name: 'Siti Rahma' };

describe('reporterBadgesOf', () => {
  it('names what the reporter did since the last official step, in the contract order', () => {
    const history = [
      entry('status'),
      entry('question', official),
      entry('reporter_information'),
      entry('reporter_answer'),
    ];
    expect(reporterBadgesOf({ history })).to.deep.equal(['answer', 'information']);
  });

  it('shows nothing once an official acted afterwards, also with an API token (no actor)', () => {
    expect(reporterBadgesOf({ history: [entry('status'), entry('reporter_answer'), entry('status')] })).to.deep.equal(
      [],
    );
    expect(
      reporterBadgesOf({ history: [entry('rating'), entry('reopened'), entry('question', official)] }),
    ).to.deep.equal([]);
  });

  it('keeps "Dibuka kembali" after the rating that came before it, and an objection until it is answered', () => {
    expect(
      reporterBadgesOf({ history: [entry('status', official), entry('rating'), entry('reopened')] }),
    ).to.deep.equal(['reopened']);
    const objected = [entry('status', official), entry('objection')];
    expect(reporterBadgesOf({ history: objected })).to.deep.equal(['objection']);
    expect(reporterBadgesOf({ history: [...objected, entry('objection_answer', official)] })).to.deep.equal([]);
    // An objection stays pending while the reporter adds information after it.
    expect(reporterBadgesOf({ history: [...objected, entry('status'), entry('reporter_information')] })).to.deep.equal([
      'information',
      'objection',
    ]);
  });
});
