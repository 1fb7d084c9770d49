import { expect } from 'chai';
import { isDinasScope, Membership, NewPassword, PASSWORD_LIMITS } from './account.js';

describe('accounts in the contract', () => {
  it('a membership carries the scope its role needs', () => {
    for (const good of [
      { role: 'admin', scope: null },
      { role: 'dinas', scope: '19' },
      { role: 'dinas', scope: '19.71' },
      { role: 'kim', scope: 'grp_bacang' },
    ]) {
      expect(Membership.safeParse(good).success, JSON.stringify(good)).to.equal(true);
    }
    for (const bad of [
      { role: 'admin', scope: '19' },
      { role: 'dinas', scope: null },
      { role: 'dinas', scope: '19.71.01' },
      { role: 'dinas', scope: '19.7' },
      { role: 'kim', scope: null },
      { role: 'kim', scope: '' },
      { role: 'root', scope: null },
    ]) {
      expect(Membership.safeParse(bad).success, JSON.stringify(bad)).to.equal(false);
    }
  });

  it('a Dinas scope is a province or a regency or city', () => {
    expect(['19', '19.01', '19.71'].every(isDinasScope)).to.equal(true);
    expect(['19.71.01', '19.71.01.1004', '1', 'x'].some(isDinasScope)).to.equal(false);
  });

  it('a new password has the length bounds the server enforces', () => {
    expect(NewPassword.safeParse('x'.repeat(PASSWORD_LIMITS.min)).success).to.equal(true);
    expect(NewPassword.safeParse('x'.repeat(PASSWORD_LIMITS.min - 1)).success).to.equal(false);
    expect(NewPassword.safeParse('x'.repeat(PASSWORD_LIMITS.max + 1)).success).to.equal(false);
  });
});
