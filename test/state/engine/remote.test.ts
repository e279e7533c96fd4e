import { FACETS } from '../../../src/state/types.js';
// The remote query contract (docs/remote-source.md) answered by the engine: what a server returns for a request.
import { expect } from '@open-wc/testing';
import { answerQuery, createEngine, parseRemoteQuery, RemoteQueryError } from '../../../src/state/engine/index.js';
import { validateDataset } from '../../../src/data/validate.js';
import { remoteQueryString } from '../../../src/data/sources/remote.js';
import { generate } from './data.js';
import { view } from './fixtures.js';

describe('answerQuery (remote query contract)', () => {
  const { dataset } = generate(300, 5);
  const engine = createEngine(dataset);

  it('answers a page of results, the institutions they name, the total and every facet', () => {
    const params = new URLSearchParams(
      remoteQueryString(view({ query: 'exchange', filters: { level: ['master'] }, sort: 'title', page: 1 }), 7),
    );
    const answer = answerQuery(engine, dataset, params);
    const expected = engine.search(view({ query: 'exchange', filters: { level: ['master'] }, sort: 'title' }));
    expect(answer.total).to.equal(expected.total);
    expect(answer.total).to.be.greaterThan(14);
    expect(answer.results.map((p) => p.id)).to.deep.equal(
      [...expected.hits].slice(7, 14).map((i) => dataset.partnerships[i]!.id),
    );
    const named = new Set(answer.results.flatMap((p) => p.partners.map((r) => (typeof r === 'string' ? r : r.id))));
    expect(new Set(answer.institutions.map((i) => i.id))).to.deep.equal(named);
    expect(answer.facets.level).to.deep.equal(expected.facets.level.map(({ value, count }) => ({ value, count })));
    expect(Object.keys(answer.facets)).to.have.length(FACETS.length);
  });

  it('answers in the input shape, which validates back to the same partnerships', () => {
    const answer = answerQuery(engine, dataset, new URLSearchParams('q=&pageSize=50'));
    const { dataset: again, problems } = validateDataset(
      { meta: { home: dataset.meta.home }, institutions: answer.institutions, partnerships: answer.results },
      { source: 'remote', today: '2025-06-01' },
    );
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(again.partnerships).to.have.length(50);
    for (const p of again.partnerships) {
      const original = dataset.partnerships.find((o) => o.id === p.id)!;
      expect(p).to.deep.equal(original);
    }
  });

  it('reads years, defaults and limits', () => {
    const { view: v, pageSize } = parseRemoteQuery({ q: 'x', from: '2010', to: '2012', pageSize: '1000' });
    expect(v).to.deep.equal({ query: 'x', filters: {}, years: { from: 2010, to: 2012 }, sort: 'relevance', page: 0 });
    expect(pageSize).to.equal(100);
    expect(parseRemoteQuery(new URLSearchParams('')).pageSize).to.equal(20);
  });

  it('rejects malformed requests with a RemoteQueryError that says what is wrong', () => {
    const bad = (q: string) => {
      try {
        parseRemoteQuery(new URLSearchParams(q));
      } catch (e) {
        expect(e).to.be.instanceOf(RemoteQueryError);
        return (e as Error).message;
      }
      return '';
    };
    expect(bad('filters=nope')).to.contain('JSON object');
    expect(bad('filters={"colour":["red"]}')).to.contain('Unknown facet "colour"');
    expect(bad('filters={"country":"SA"}')).to.contain('list of strings');
    expect(bad('sort=random')).to.contain('"sort"');
    expect(bad('page=two')).to.contain('"page"');
  });
});
