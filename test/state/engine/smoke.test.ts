import { expect } from '@open-wc/testing';
import { createEngine } from '../../../src/state/engine/index.js';
import { dataset, view } from './fixtures.js';

describe('engine smoke', () => {
  it('finds by prefix', () => {
    const ds = dataset(
      [{ id: 'a', names: { en: 'Universität zu Köln' }, country: 'DE', city: 'Köln' }, { id: 'b', names: { en: 'Cairo University', ar: 'جامعة القاهرة' }, country: 'EG' }],
      [{ id: 'p1', partners: [{ id: 'a' }] }, { id: 'p2', partners: [{ id: 'b' }], title: { en: 'Arabic summer school' } }],
    );
    const e = createEngine(ds);
    const r = e.search(view({ query: 'koln' }));
    expect([...r.hits]).to.deep.equal([0]);
    expect([...e.search(view({ query: 'القاهره' })).hits]).to.deep.equal([1]);
    expect([...e.search(view({ query: 'egypt' })).hits]).to.deep.equal([1]);
    console.log(JSON.stringify(r.facets));
  });
});
