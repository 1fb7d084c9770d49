// `pnpm bench:sign-in`: does a sign-in answer an unknown email as fast as a wrong password? Interleaved rounds over
// the real app on SQLite (in memory), with a known password and with the right one for scale; medians and ranges.
// Usage: node --import tsx bench/sign-in-timing.ts [--rounds 41]
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.js';
import { createSqliteStorage } from '../src/storage/sqlite/sqlite-storage.js';
import { createPerson, TEST_PASSWORD } from '../test/helpers/accounts.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '41' } } });
const ROUNDS = Number(values.rounds);

const storage = createSqliteStorage({ path: ':memory:' });
await storage.migrate();
const person = await createPerson(storage, { role: 'admin' }, { email: 'nyata@example.org' });
const app = createApp({ storage, signInThrottle: false, rateLimit: false, onError: () => {} });

const signIn = async (email: string, password: string, expected: number) => {
  const started = performance.now();
  const response = await app.request('/v1/auth/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const ms = performance.now() - started;
  if (response.status !== expected) throw new Error(`expected ${expected}, got ${response.status}`);
  return ms;
};

const cases = {
  'unknown email': () => signIn('tidak.ada@example.org', 'salah-kata-sandi-ini', 401),
  'wrong password': () => signIn(person.email, 'salah-kata-sandi-ini', 401),
  'right password': () => signIn(person.email, TEST_PASSWORD, 200),
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (const run of Object.values(cases)) await run(); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  // Interleaved, in a rotating order, so drift on a shared machine hits every case alike.
  const names = Object.keys(cases);
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + i) % names.length] as keyof typeof cases;
    times[name]?.push(await cases[name]());
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`sign-in, ${ROUNDS} interleaved rounds, SQLite in memory, Node ${process.version}`);
for (const [name, xs] of Object.entries(times)) {
  console.log(
    `${name.padEnd(16)} median ${median(xs).toFixed(1).padStart(6)} ms   range ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms`,
  );
}
await storage.close();
