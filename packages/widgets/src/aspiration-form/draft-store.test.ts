import { expect } from '@open-wc/testing';
import { MemoryStorage } from './browser-storage.js';
import { DraftStore } from './draft-store.js';
import { emptyFormValues } from './form-values.js';

const typed = {
  ...emptyFormValues(),
  kind: 'complaint' as const,
  title: 'Lampu jalan mati',
  district: '19.71.01',
  regionCode: '19.71.01.1004',
  name: 'Siti Aminah',
  email: 'siti@example.id',
  anonymous: true,
  consent: true,
  website: 'spam',
};

describe('DraftStore', () => {
  let content: MemoryStorage;
  let contact: MemoryStorage;
  let store: DraftStore;

  beforeEach(() => {
    content = new MemoryStorage();
    contact = new MemoryStorage();
    store = new DraftStore('https://api.example|19.71', { content, contact, delayMs: 60_000 });
  });

  it('writes nothing until flushed (the write is debounced)', () => {
    store.save(typed);
    expect(content.length).to.equal(0);
    store.flush();
    expect(content.length).to.equal(1);
  });

  it('keeps only the last of several quick saves', () => {
    store.save({ ...typed, title: 'first' });
    store.save({ ...typed, title: 'second' });
    store.flush();
    expect(store.load()?.title).to.equal('second');
  });

  it('restores content and contact, but never consent or the honeypot', () => {
    store.save(typed);
    store.flush();
    const draft = new DraftStore('https://api.example|19.71', { content, contact }).load();
    expect(draft).to.deep.include({ kind: 'complaint', title: 'Lampu jalan mati', regionCode: '19.71.01.1004' });
    expect(draft).to.deep.include({ name: 'Siti Aminah', email: 'siti@example.id', anonymous: true });
    expect(draft).not.to.have.property('consent');
    expect(draft).not.to.have.property('website');
  });

  it('puts contact details only in the session store', () => {
    store.save(typed);
    store.flush();
    const stored = Array.from({ length: content.length }, (_, i) => content.getItem(content.key(i)!)).join('');
    expect(stored).not.to.contain('siti@example.id');
    expect(stored).not.to.contain('Siti Aminah');
    expect(contact.length).to.equal(1);
  });

  it('keeps drafts of different scopes apart', () => {
    store.save(typed);
    store.flush();
    expect(new DraftStore('https://api.example|19.72', { content, contact }).load()).to.equal(undefined);
  });

  it('removes the stored draft when the form is blank again', () => {
    store.save(typed);
    store.flush();
    store.save(emptyFormValues());
    store.flush();
    expect(content.length).to.equal(0);
    expect(contact.length).to.equal(0);
  });

  it('clears both parts, including a pending write', () => {
    store.save(typed);
    store.flush();
    store.save({ ...typed, title: 'pending' });
    store.clear();
    store.flush();
    expect(store.load()).to.equal(undefined);
  });

  it('ignores unreadable or ill-typed records', () => {
    content.setItem('kim-kit:aspiration-draft:v1:https://api.example|19.71', '{not json');
    expect(store.load()).to.equal(undefined);
    content.setItem('kim-kit:aspiration-draft:v1:https://api.example|19.71', '{"title":42,"body":"ok"}');
    expect(store.load()).to.deep.equal({ body: 'ok' });
  });

  it('survives a storage that refuses writes', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const refusing = new DraftStore('x', { content: full, contact: full });
    refusing.save(typed);
    expect(() => refusing.flush()).not.to.throw();
  });
});
