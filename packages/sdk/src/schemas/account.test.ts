import { expect } from 'chai';
import { isDinasScope, MembershipInput, ROLES } from './account.js';

describe('accounts in the contract', () => {
  it('names three roles', () => {
    expect(ROLES).to.deep.equal(['admin', 'dinas', 'kim']);
  });

  it('a membership carries the scope its role needs', () => {
    for (const good of [
      { role: 'admin' },
      { role: 'dinas', regionCode: '19' },
      { role: 'dinas', regionCode: '19.71' },
      { role: 'kim', groupId: 'grp_bacang' },
    ]) {
      expect(MembershipInput.safeParse(good).success, JSON.stringify(good)).to.equal(true);
    }
    for (const bad of [
      { role: 'dinas' },
      { role: 'dinas', regionCode: '19.71.01' },
      { role: 'dinas', regionCode: '19.7' },
      { role: 'kim' },
      { role: 'kim', groupId: '' },
      { role: 'kim', groupId: 'g'.repeat(65) },
      { role: 'root' },
    ]) {
      expect(MembershipInput.safeParse(bad).success, JSON.stringify(bad)).to.equal(false);
    }
  });

  it('a Dinas scope is a province or a regency or city', () => {
    expect(['19', '19.01', '19.71'].every(isDinasScope)).to.equal(true);
    expect(['19.71.01', '19.71.01.1004', '1', 'x'].some(isDinasScope)).to.equal(false);
  });
});
