import { expect } from '@open-wc/testing';
import { inboxHash, inboxRouteOf } from './aspiration-inbox.js';
import { formatInboxQuery, inboxApiParams, parseInboxQuery, wibDate } from './inbox-query.js';

describe('inbox query', () => {
  it('reads the filters of a link and writes them back in a fixed order', () => {
    const query = parseInboxQuery('?sort=oldest&status=received&region=19.71.04&age=7&q=lampu%20jalan&kind=complaint');
    expect(query).to.deep.equal({
      status: 'received',
      kind: 'complaint',
      region: '19.71.04',
      age: 7,
      q: 'lampu jalan',
      sort: 'oldest',
    });
    expect(formatInboxQuery(query)).to.equal(
      'status=received&kind=complaint&region=19.71.04&age=7&q=lampu+jalan&sort=oldest',
    );
  });

  it('drops what a hand-edited link got wrong instead of sending it', () => {
    expect(
      parseInboxQuery('status=done&kind=x&region=19.7&age=-3&category=Bad Slug&sort=newest&overdue=yes'),
    ).to.deep.equal({});
  });

  it('keeps the overdue queue in the link and asks the API for it', () => {
    const query = parseInboxQuery('overdue=true&status=forwarded');
    expect(query).to.deep.equal({ status: 'forwarded', overdue: 'true' });
    expect(formatInboxQuery(query)).to.equal('status=forwarded&overdue=true');
    expect(inboxApiParams(query)).to.deep.equal({ status: 'forwarded', overdue: 'true' });
    expect(inboxApiParams(parseInboxQuery('overdue=false'))).to.deep.equal({ overdue: 'false' });
  });

  it('counts "more than N days" in calendar days of Western Indonesia Time', () => {
    // 30 November 2026, 20:00 UTC is already 1 December in Jakarta.
    const now = Date.parse('2026-11-30T20:00:00Z');
    expect(wibDate(now, 0)).to.equal('2026-12-01');
    expect(inboxApiParams({ age: 7, status: 'received' }, now)).to.deep.equal({
      status: 'received',
      submittedTo: '2026-11-23',
    });
    expect(inboxApiParams({ age: 7 }, Date.parse('2026-11-30T03:00:00Z'))).to.deep.equal({
      submittedTo: '2026-11-22',
    });
  });

  it('routes #/laporan and #/laporan/<id> with their filters', () => {
    expect(inboxRouteOf('#/laporan')).to.deep.equal({ query: {} });
    expect(inboxRouteOf('#/laporan?status=verified')).to.deep.equal({ query: { status: 'verified' } });
    expect(inboxRouteOf('#/laporan/asp_0001?age=14')).to.deep.equal({ id: 'asp_0001', query: { age: 14 } });
    expect(inboxRouteOf('#/berita')).to.equal(undefined);
    expect(inboxHash({ status: 'received' }, 'asp_0002')).to.equal('#/laporan/asp_0002?status=received');
    expect(inboxHash({})).to.equal('#/laporan');
  });
});
