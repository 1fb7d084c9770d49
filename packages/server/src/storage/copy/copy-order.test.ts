import { expect } from 'chai';
import { copyOrder } from './copy-order.js';

const key = (table: string, references: string) => ({ name: `${table}_${references}_fkey`, table, references });

describe('copyOrder', () => {
  it('puts every table after the tables it references', () => {
    const { tables, deferred } = copyOrder(
      ['news', 'groups', 'categories', 'aspiration_history', 'aspirations', 'regions'],
      [key('news', 'groups'), key('news', 'categories'), key('aspiration_history', 'aspirations')],
    );
    expect(deferred).to.deep.equal([]);
    expect(tables).to.have.members(['news', 'groups', 'categories', 'aspiration_history', 'aspirations', 'regions']);
    expect(tables.indexOf('news')).to.be.greaterThan(tables.indexOf('groups'));
    expect(tables.indexOf('news')).to.be.greaterThan(tables.indexOf('categories'));
    expect(tables.indexOf('aspiration_history')).to.be.greaterThan(tables.indexOf('aspirations'));
  });

  it('defers a key of a table that references itself', () => {
    const tree = key('comments', 'comments');
    const { tables, deferred } = copyOrder(['comments', 'news'], [tree, key('comments', 'news')]);
    expect(deferred).to.deep.equal([tree]);
    expect(tables).to.deep.equal(['news', 'comments']);
  });

  it('defers one key of a cycle and orders the rest', () => {
    const { tables, deferred } = copyOrder(['a', 'b', 'c'], [key('a', 'b'), key('b', 'a'), key('c', 'a')]);
    expect(deferred).to.have.length(1);
    expect(tables).to.have.length(3);
    expect(tables.indexOf('c')).to.be.greaterThan(tables.indexOf('a'));
  });

  it('ignores keys to tables it does not copy', () => {
    expect(copyOrder(['news'], [key('news', 'elsewhere')])).to.deep.equal({ tables: ['news'], deferred: [] });
  });
});
