import { expect } from '@open-wc/testing';
import { validAspirationInput } from '../test-fixtures/aspirations.js';
import { MemoryStorage } from './browser-storage.js';
import { Outbox } from './outbox.js';

describe('Outbox', () => {
  let storage: MemoryStorage;
  let outbox: Outbox;

  beforeEach(() => {
    storage = new MemoryStorage();
    outbox = new Outbox('https://api.example|19.71', storage);
  });

  const entry = (idempotencyKey: string) => ({
    idempotencyKey,
    input: validAspirationInput,
    queuedAt: '2026-11-20T02:15:00Z',
  });

  it('is empty at first', () => {
    expect(outbox.list()).to.deep.equal([]);
  });

  it('keeps entries across instances, oldest first', () => {
    outbox.put(entry('a'));
    outbox.put(entry('b'));
    expect(new Outbox('https://api.example|19.71', storage).list().map((e) => e.idempotencyKey)).to.deep.equal([
      'a',
      'b',
    ]);
  });

  it('replaces an entry with the same key instead of adding a second', () => {
    outbox.put(entry('a'));
    outbox.put({ ...entry('a'), queuedAt: '2026-11-21T00:00:00Z' });
    expect(outbox.list()).to.have.length(1);
    expect(outbox.list()[0]?.queuedAt).to.equal('2026-11-21T00:00:00Z');
  });

  it('removes an entry by key and the whole record once empty', () => {
    outbox.put(entry('a'));
    outbox.put(entry('b'));
    outbox.remove('a');
    expect(outbox.list().map((e) => e.idempotencyKey)).to.deep.equal(['b']);
    outbox.remove('b');
    expect(storage.length).to.equal(0);
  });

  it('keeps scopes apart', () => {
    outbox.put(entry('a'));
    expect(new Outbox('https://other.example|19.71', storage).list()).to.deep.equal([]);
  });

  it('skips malformed records', () => {
    storage.setItem(
      'kim-kit:aspiration-outbox:v1:https://api.example|19.71',
      JSON.stringify([{ nope: 1 }, entry('ok')]),
    );
    expect(outbox.list().map((e) => e.idempotencyKey)).to.deep.equal(['ok']);
    storage.setItem('kim-kit:aspiration-outbox:v1:https://api.example|19.71', '"a string"');
    expect(outbox.list()).to.deep.equal([]);
  });
});
