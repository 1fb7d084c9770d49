import { expect } from 'chai';
import { AuditListQuery } from '../schemas/admin-queries.js';
import { auditEntry } from '../test-utils/admin-fixtures.js';
import { json } from '../test-utils/fake-fetch.js';
import { page } from '../test-utils/fixtures.js';
import { setup } from '../test-utils/setup.js';
import type { AuditListParams } from './admin-audit.js';

describe('client.admin.audit', () => {
  it("list() sends every filter in the form the server's query schema accepts, a Date as an ISO timestamp", async () => {
    const { client, fake } = setup(() => json(page([auditEntry])), { token: 't' });
    const params: Required<AuditListParams> = {
      actor: 'usr_1',
      targetType: 'news',
      targetId: 'news_1',
      action: 'news.publish',
      from: new Date('2026-11-01T00:00:00+07:00'),
      to: '2026-12-01T00:00:00+07:00',
      limit: 50,
      cursor: 'c1',
    };
    expect((await client.admin.audit.list(params)).data).to.deep.equal([auditEntry]);
    const call = fake.calls[0]!;
    const query = Object.fromEntries(call.url.searchParams);
    expect(call.url.pathname).to.equal('/api/v1/admin/audit');
    expect([query.from, query.to]).to.deep.equal(['2026-10-31T17:00:00.000Z', '2026-12-01T00:00:00+07:00']);
    expect(Object.keys(query).sort()).to.deep.equal(Object.keys(AuditListQuery.shape).sort());
    expect(AuditListQuery.safeParse(query).success).to.equal(true);
  });

  it('list() walks every page, newest first as the server gives them', async () => {
    const older = { ...auditEntry, id: 'aud_0', at: '2026-11-26T08:00:00.000Z' };
    const { client } = setup(
      (request) => json(request.url.searchParams.get('cursor') ? page([older]) : page([auditEntry], 'c2')),
      { token: 't' },
    );
    const ids: string[] = [];
    for await (const entry of client.admin.audit.list({ targetType: 'news' })) ids.push(entry.id);
    expect(ids).to.deep.equal(['aud_1', 'aud_0']);
  });
});
