// The demo's accounts: one per role, with passwords everyone knows. For the demo only: never in production.
import type { MembershipGrant } from '../storage/storage.js';

export interface DemoAccount {
  email: string;
  name: string;
  /** Known to everyone who reads this file: a demo database must never face the internet. */
  password: string;
  membership: MembershipGrant;
  /** What the role is, in a few words, for `pnpm start`. */
  role: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.kim-kit.id',
    name: 'Admin Demo',
    password: 'demo-admin-kim-kit',
    membership: { role: 'admin' },
    role: 'admin (seluruh instans)',
  },
  {
    email: 'dinas.pangkalpinang@demo.kim-kit.id',
    name: 'Siti Rahma (Diskominfo Kota Pangkal Pinang)',
    password: 'demo-dinas-pangkal-pinang',
    membership: { role: 'dinas', regionCode: '19.71' },
    role: 'dinas, Kota Pangkal Pinang (19.71)',
  },
  {
    email: 'operator.bacang@demo.kim-kit.id',
    name: 'Dewi Lestari (KIM Bacang Berseri)',
    password: 'demo-operator-bacang',
    membership: { role: 'kim', groupId: 'grp_0002' },
    role: 'kim, operator KIM Bacang Berseri',
  },
];
