import { expect } from '@open-wc/testing';
import { trackingConfidential, trackingInProgress, trackingRejected } from '../test-fixtures/aspirations.js';
import { buildTimeline, isFinalStatus } from './timeline.js';

describe('buildTimeline', () => {
  it('lists recorded changes oldest first, marks the current one and adds what normally follows', () => {
    const shuffled = { ...trackingInProgress, history: [...trackingInProgress.history].reverse() };
    const steps = buildTimeline(shuffled);
    expect(steps.map((s) => [s.status, s.state])).to.deep.equal([
      ['received', 'done'],
      ['verified', 'done'],
      ['forwarded', 'done'],
      ['in_progress', 'current'],
      ['resolved', 'upcoming'],
    ]);
    expect(steps[2]?.note).to.equal('Diteruskan ke Dinas Perhubungan Kota Pangkal Pinang.');
    expect(steps[4]?.at).to.equal(undefined);
  });

  it('ends at a rejection with its reason and nothing upcoming', () => {
    const steps = buildTimeline(trackingRejected);
    expect(steps.map((s) => s.state)).to.deep.equal(['done', 'current']);
    expect(steps[1]?.status).to.equal('rejected');
    expect(steps[1]?.note).to.contain('Perwako');
  });

  it('drops every note when asked to', () => {
    const steps = buildTimeline(trackingConfidential, { withoutNotes: true });
    expect(steps.every((s) => s.note === null)).to.equal(true);
  });

  it('adds the current status when the history leaves it out', () => {
    const steps = buildTimeline({ ...trackingInProgress, history: [] });
    expect(steps[0]).to.deep.include({ status: 'in_progress', state: 'current', at: trackingInProgress.updatedAt });
  });

  it('knows which statuses are final', () => {
    expect(isFinalStatus('resolved')).to.equal(true);
    expect(isFinalStatus('rejected')).to.equal(true);
    expect(isFinalStatus('forwarded')).to.equal(false);
  });
});
