import { expect } from 'chai';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads plain rows with LF or CRLF and a BOM', () => {
    expect(parseCsv('\ufeffcode,name\r\n19,Kepulauan Bangka Belitung\n19.71,Kota Pangkal Pinang')).to.deep.equal([
      ['code', 'name'],
      ['19', 'Kepulauan Bangka Belitung'],
      ['19.71', 'Kota Pangkal Pinang'],
    ]);
  });

  it('keeps commas and doubled quotes inside quoted fields', () => {
    expect(parseCsv('12.07.28.1007,"Lubuk Pakam I,II"\n1,"Say ""hi"""\n')).to.deep.equal([
      ['12.07.28.1007', 'Lubuk Pakam I,II'],
      ['1', 'Say "hi"'],
    ]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,,c\n,\n')).to.deep.equal([
      ['a', '', 'c'],
      ['', ''],
    ]);
  });
});
