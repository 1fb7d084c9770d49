import { expect } from 'chai';
import { decodeCursor, encodeCursor } from './cursor.js';
import { HttpProblem, problemBody } from './problem.js';

describe('cursor', () => {
  it('round-trips a keyset as URL-safe text', () => {
    const cursor = encodeCursor('news', { value: '2026-11-27T01:00:00.000Z', id: 'nws_0001' });
    expect(cursor).to.match(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('news', cursor)).to.deep.equal({ value: '2026-11-27T01:00:00.000Z', id: 'nws_0001' });
  });

  it('refuses a cursor from another list', () => {
    const cursor = encodeCursor('groups', { value: 'KIM Bacang', id: 'grp_0001' });
    expect(() => decodeCursor('news', cursor)).to.throw(HttpProblem);
  });

  it('refuses garbage with a 400 naming the cursor field', () => {
    for (const bad of ['x', '!!!', Buffer.from('[1,2,3]').toString('base64url'), 'eyJ9']) {
      try {
        decodeCursor('news', bad);
        expect.fail(`accepted ${bad}`);
      } catch (error) {
        expect(error).to.be.instanceOf(HttpProblem);
        expect((error as HttpProblem).status).to.equal(400);
        expect(problemBody(error as HttpProblem, '/v1/news', 'req-1').errors?.[0]?.path).to.equal('cursor');
      }
    }
  });

  it('refuses a time-ordered list cursor whose value is not a time, so no engine is asked to compare one', () => {
    for (const value of ['x', '2026-13-01T00:00:00.000Z', '2026-11-27 01:00:00', "2026-11-27T01:00:00.000Z' OR 1"]) {
      const cursor = encodeCursor('news', { value, id: 'nws_0001' });
      expect(() => decodeCursor('news', cursor), value).to.throw(HttpProblem);
    }
    expect(decodeCursor('groups', encodeCursor('groups', { value: 'x', id: 'g' }))).to.deep.equal({
      value: 'x',
      id: 'g',
    });
  });
});
