import { expect } from 'chai';
import { isDinasScope, isValidMembership, ROLES } from './account.js';

describe('accounts in the contract', () => {
  it('names three roles', () => {
    expect(ROLES).to.deep.equal(['admin', 'dinas', 'kim']);
  });

  it('a membership carries the scope its role needs', () => {
    for (const good of [
      { role: 'admin', scope: null },
      { role: 'dinas', scope: '19' },
      { role: 'dinas', scope: '19.71' },
      { role: 'kim', scope: 'grp_bacang' },
    ]) {
      expect(isValidMembership(good), JSON.stringify(good)).to.equal(true);
    }
    for (const bad of [
      { role: 'admin', scope: '19' },
      { role: 'dinas', scope: null },
      { role: 'dinas', scope: '19.71.01' },
      { role: 'dinas', scope: '19.7' },
      { role: 'kim', scope: null },
      { role: 'kim', scope: '' },
      { role: 'kim', scope: 'g'.repeat(65) },
      { role: 'root', scope: null },
    ]) {
      expect(isValidMembership(bad), JSON.stringify(bad)).to.equal(false);
    }
  });

  it('a Dinas scope is a province or a regency or city', () => {
    expect(['19', '19.01', '19.71'].every(isDinasScope)).to.equal(true);
    expect(['19.71.01', '19.71.01.1004', '1', 'x'].some(isDinasScope)).to.equal(false);
  });
});
