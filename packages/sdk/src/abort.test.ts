import { expect } from 'chai';
import { raceAbort } from './abort.js';
import { rejection } from './test-utils/rejection.js';

describe('raceAbort', () => {
  it('settles like the promise when nothing aborts', async () => {
    const controller = new AbortController();
    expect(await raceAbort(Promise.resolve(7), controller.signal)).to.equal(7);
    const failure = new Error('x');
    expect(await rejection(raceAbort(Promise.reject(failure), controller.signal))).to.equal(failure);
  });

  it('rejects with the reason when the signal aborts first, even if the promise never settles', async () => {
    const controller = new AbortController();
    const pending = raceAbort(new Promise(() => {}), controller.signal);
    controller.abort('stop');
    expect(await rejection(pending)).to.equal('stop');
  });

  it('rejects at once on an aborted signal', async () => {
    expect(await rejection(raceAbort(Promise.resolve(1), AbortSignal.abort('early')))).to.equal('early');
  });

  it('without a signal, is the promise itself', async () => {
    const promise = Promise.resolve(1);
    expect(raceAbort(promise, undefined)).to.equal(promise);
  });
});
