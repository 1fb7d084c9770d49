import { expect } from 'chai';
import { checkPassword, PASSWORD_PROBLEM_MESSAGES, type PasswordProblem } from './password-policy.js';

describe('password policy', () => {
  const cases: [password: string, expected: PasswordProblem | null][] = [
    ['', 'too_short'],
    ['pendek-sekali', null],
    ['sebelas1234', 'too_short'],
    // Twelve characters, but eleven of them an emoji's surrogate halves would make 22 UTF-16 units.
    ['🌴🌴🌴🌴🌴🌴🌴🌴🌴🌴🌴', 'too_short'],
    ['x'.repeat(257), 'too_long'],
    ['aaaaaaaaaaaa', 'repetitive'],
    ['abababababab', 'repetitive'],
    ['abcdefghijklmn', 'repetitive'],
    ['123456789012', 'repetitive'],
    ['987654321098', 'repetitive'],
    ['qwertyuiop123', 'common'],
    ['1qaz2wsx3edc', 'common'],
    ['PasswordPassword', 'common'],
    ['sunshine2024!!', 'common'],
    ['!!Iloveyou12345', 'common'],
    ['batik-parang-rusak-19', null],
    ['Kelurahan Bacang maju terus', null],
    ['tahu-isi-pedas-8271', null],
  ];
  for (const [password, expected] of cases) {
    it(`${expected ?? 'accepts'}: ${JSON.stringify(password.length > 30 ? `${password.slice(0, 12)}…` : password)}`, () => {
      expect(checkPassword(password)).to.equal(expected);
    });
  }

  it('refuses a password that contains the account email or its name part', () => {
    expect(checkPassword('siti.rahma@kominfo.go.id!', { email: 'Siti.Rahma@kominfo.go.id' })).to.equal(
      'contains_email',
    );
    expect(checkPassword('siti.rahma-2026-bacang', { email: 'siti.rahma@kominfo.go.id' })).to.equal('contains_email');
    expect(checkPassword('batik-parang-rusak-19', { email: 'siti.rahma@kominfo.go.id' })).to.equal(null);
  });

  it('has a message in Bahasa Indonesia and in English for every problem', () => {
    for (const message of Object.values(PASSWORD_PROBLEM_MESSAGES)) {
      expect(message.id).to.be.a('string').and.not.equal('');
      expect(message.en).to.be.a('string').and.not.equal('');
    }
  });
});
