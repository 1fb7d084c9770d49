import { expect } from 'chai';
import { ASPIRATION_KINDS, ASPIRATION_STATUSES, ASPIRATION_TRANSITIONS } from './aspiration.js';
import { canChangeStatus, statusChangesFrom, statusesLeadingTo } from './aspiration-lifecycle.js';

describe('aspiration lifecycle by kind', () => {
  it('lets complaints and suggestions follow every transition', () => {
    for (const kind of ['aspiration', 'complaint'] as const) {
      for (const from of ASPIRATION_STATUSES) {
        expect(statusChangesFrom(kind, from)).to.deep.equal(ASPIRATION_TRANSITIONS[from]);
      }
    }
    expect(canChangeStatus('complaint', 'in_progress', 'resolved')).to.equal(true);
    expect(canChangeStatus('aspiration', 'received', 'rejected')).to.equal(true);
    expect(statusesLeadingTo('complaint', 'rejected')).to.deep.equal(['received', 'verified']);
  });

  it('never ends an information request through a plain status change', () => {
    expect(statusChangesFrom('information_request', 'received')).to.deep.equal(['verified']);
    expect(statusChangesFrom('information_request', 'verified')).to.deep.equal(['forwarded']);
    expect(statusChangesFrom('information_request', 'in_progress')).to.deep.equal([]);
    expect(canChangeStatus('information_request', 'in_progress', 'resolved')).to.equal(false);
    expect(canChangeStatus('information_request', 'received', 'rejected')).to.equal(false);
    expect(statusesLeadingTo('information_request', 'resolved')).to.deep.equal([]);
    expect(statusesLeadingTo('information_request', 'rejected')).to.deep.equal([]);
    expect(statusesLeadingTo('information_request', 'forwarded')).to.deep.equal(['verified']);
  });

  it('never allows what the status transitions do not', () => {
    for (const kind of ASPIRATION_KINDS) {
      for (const from of ASPIRATION_STATUSES) {
        for (const to of ASPIRATION_STATUSES) {
          if (canChangeStatus(kind, from, to)) expect(ASPIRATION_TRANSITIONS[from]).to.include(to);
        }
      }
    }
  });
});
