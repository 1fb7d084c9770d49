// Group commit of submissions: those that reach the storage together share one transaction, yet each succeeds or
// fails on its own.
import { expect } from 'chai';
import {
  type NewAspiration,
  type Storage,
  StorageConflictError,
  StorageUnavailableError,
} from '../src/storage/storage.js';
import { seededStorage } from './helpers/setup.js';

let n = 0;
/** A new aspiration with a fresh id and tracking code. */
function newAspiration(overrides: Partial<NewAspiration> = {}): NewAspiration {
  n++;
  return {
    id: `asp_batch${String(n).padStart(11, '0')}`,
    trackingCode: `B${String(n).padStart(9, '0')}`,
    kind: 'complaint',
    title: `Saluran air tersumbat nomor ${n}`,
    body: 'Saluran air di depan pasar tersumbat sampah sejak minggu lalu dan meluap ketika hujan.',
    categoryId: 'infrastruktur',
    regionCode: '19.71.01.1006',
    anonymous: false,
    confidential: false,
    reporter: { name: 'Warga' },
    submittedAt: new Date().toISOString(),
    ...overrides,
  };
}

const settle = <T>(promises: Promise<T>[]) => Promise.allSettled(promises);

describe('submissions stored together (group commit)', () => {
  let storage: Storage;
  beforeEach(async () => {
    storage = await seededStorage();
  });
  afterEach(async () => {
    await storage.close().catch(() => {});
  });

  it('stores 50 submissions that arrive at once, each complete with its history and key', async () => {
    const inputs = Array.from({ length: 50 }, () => newAspiration());
    const results = await Promise.all(
      inputs.map((input, i) => storage.createAspiration(input, { key: `key-${input.id}`, requestHash: `h${i}` })),
    );
    expect(results.map((r) => r.outcome)).to.deep.equal(inputs.map(() => 'created'));
    for (const input of inputs) {
      const stored = await storage.getAspiration(input.id);
      expect(stored?.trackingCode).to.equal(input.trackingCode);
      expect(stored?.history).to.deep.equal([
        {
          kind: 'status',
          status: 'received',
          at: input.submittedAt,
          note: null,
          internalNote: null,
          actor: null,
          agency: null,
        },
      ]);
    }
    const replay = await storage.createAspiration(newAspiration(), { key: `key-${inputs[7]!.id}`, requestHash: 'h7' });
    expect(replay).to.deep.include({ outcome: 'replayed' });
  });

  it('rolls back only the submission that fails, and rejects only its caller', async () => {
    const existing = newAspiration();
    await storage.createAspiration(existing);
    const first = newAspiration();
    const clash = newAspiration({ trackingCode: existing.trackingCode });
    const last = newAspiration();
    const [a, b, c] = await settle([
      storage.createAspiration(first, { key: 'k-first', requestHash: 'x' }),
      storage.createAspiration(clash, { key: 'k-clash', requestHash: 'y' }),
      storage.createAspiration(last),
    ]);
    expect(a).to.deep.include({ status: 'fulfilled' });
    expect(c).to.deep.include({ status: 'fulfilled' });
    expect(b?.status).to.equal('rejected');
    expect((b as PromiseRejectedResult).reason).to.be.instanceOf(StorageConflictError);
    expect(await storage.getAspiration(first.id)).to.not.equal(undefined);
    expect(await storage.getAspiration(last.id)).to.not.equal(undefined);
    // Nothing of the failed one stayed: no row, and its key is free for the retry with a new code.
    expect(await storage.getAspiration(clash.id)).to.equal(undefined);
    const retry = await storage.createAspiration(newAspiration({ id: clash.id }), { key: 'k-clash', requestHash: 'y' });
    expect(retry.outcome).to.equal('created');
  });

  it('lets same-key submissions in one batch see each other: one stores, the same body replays, another conflicts', async () => {
    const [a, b, c] = await Promise.all([
      storage.createAspiration(newAspiration(), { key: 'shared', requestHash: 'same' }),
      storage.createAspiration(newAspiration(), { key: 'shared', requestHash: 'same' }),
      storage.createAspiration(newAspiration(), { key: 'shared', requestHash: 'other' }),
    ]);
    expect(a.outcome).to.equal('created');
    expect(b).to.deep.equal({ outcome: 'replayed', aspiration: (a as { aspiration: unknown }).aspiration });
    expect(c).to.deep.equal({ outcome: 'conflict' });
  });

  it('rejects every waiting submission when the database is gone', async () => {
    await storage.close();
    const results = await settle([
      storage.createAspiration(newAspiration()),
      storage.createAspiration(newAspiration()),
    ]);
    for (const result of results) {
      expect(result.status).to.equal('rejected');
      expect((result as PromiseRejectedResult).reason).to.be.instanceOf(StorageUnavailableError);
    }
  });
});
