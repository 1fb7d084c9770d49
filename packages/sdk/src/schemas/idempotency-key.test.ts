import { expect } from 'chai';
import { newIdempotencyKey } from './idempotency-key.js';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('makes version 4 UUIDs that differ', () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).to.match(uuidV4);
    expect(b).to.match(uuidV4);
    expect(a).to.not.equal(b);
  });

  it('makes version 4 UUIDs without crypto.randomUUID (pages not served over HTTPS)', () => {
    const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis.crypto), 'randomUUID');
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, newIdempotencyKey));
      expect(ids.size).to.equal(50);
      for (const id of ids) expect(id).to.match(uuidV4);
    } finally {
      delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
      expect(typeof globalThis.crypto.randomUUID).to.equal(original ? 'function' : 'undefined');
    }
  });
});
