import { expect } from '@open-wc/testing';
import { createEngine, createEngineAsync, createReferenceEngine } from '../../../src/state/engine/index.js';
import { generate } from './data.js';
import { difference, randomViews } from './random-queries.js';

describe('fast engine = reference engine', () => {
  it('gives the same hits, order, facet counts and terms on 300 random seeded views', async () => {
    const { dataset } = generate(800, 7);
    const fast = createEngine(dataset, { locale: 'en' });
    const ref = createReferenceEngine(dataset, { locale: 'en' });
    const views = randomViews(dataset, 300, 42);
    const failures: string[] = [];
    let nonEmpty = 0;
    for (const v of views) {
      const a = fast.search(v);
      const b = ref.search(v);
      if (b.total > 0) nonEmpty++;
      const diff = difference(a, b);
      if (diff) failures.push(`${JSON.stringify(v)}: ${diff}`);
    }
    expect(failures.slice(0, 5)).to.deep.equal([]);
    expect(nonEmpty).to.be.greaterThan(150);
    const asyncEngine = await createEngineAsync(dataset, { locale: 'en', sliceMs: 2 });
    for (const v of views.slice(0, 50)) expect(difference(asyncEngine.search(v), b(v))).to.equal('');
    function b(v: (typeof views)[number]) {
      return ref.search(v);
    }
  });
});
