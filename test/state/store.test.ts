import { expect } from '@open-wc/testing';
import { createStore, normaliseView, sameView } from '../../src/state/store.js';
import { propertySource } from '../../src/data/sources/property.js';
import { generateDataset } from '../../src/data/generate.js';
import type { StoreState } from '../../src/state/types.js';
import { validateDataset } from '../../src/data/validate.js';

const validateDatasetFor = (input: unknown) => validateDataset(input, { source: 'test', today: '2025-06-01' });

const data = () => generateDataset({ partnerships: 200, seed: 5 });

describe('store', () => {
  it('starts idle, loads through a source and derives results', async () => {
    const store = createStore({ today: '2025-06-01' });
    expect(store.getState().status).to.equal('idle');
    const outcome = await store.load(propertySource(data()));
    expect(outcome?.status).to.equal('ready');
    const s = store.getState();
    expect(s.status).to.equal('ready');
    expect(s.dataset?.partnerships).to.have.length(200);
    expect(s.result?.total).to.equal(200);
    expect(Object.isFrozen(s)).to.equal(true);
  });

  it('indexes large datasets in slices: loading until ready, keeping view changes made meanwhile', async () => {
    const store = createStore({ today: '2025-06-01', asyncIndexFrom: 100 });
    const statuses: string[] = [];
    store.subscribe((s) => statuses.push(s.status));
    const outcome = await store.load(propertySource(data()));
    expect(outcome?.status).to.equal('ready');
    // The dataset is there, but the index is still being built: no result yet, and the visitor sees "loading".
    expect(store.getState().status).to.equal('loading');
    expect(store.getState().dataset?.partnerships).to.have.length(200);
    expect(store.getState().result).to.equal(undefined);
    const type = store.getState().dataset!.partnerships[0]!.type;
    store.toggleFilter('type', type);
    expect(store.getState().view.filters.type).to.deep.equal([type]);
    await new Promise<void>((resolve) => {
      const off = store.subscribe((s) => s.status === 'ready' && (off(), resolve()));
    });
    const s = store.getState();
    const expected = s.dataset!.partnerships.filter((p) => p.type === type).length;
    expect(s.result?.total).to.equal(expected);
    expect(statuses).to.include('loading');
    expect(statuses.at(-1)).to.equal('ready');
  });

  it('mid-sized datasets: results at once from the scan engine, text queries answered once the index is built', async () => {
    const store = createStore({ today: '2025-06-01', indexedFrom: 100 });
    store.setDataset((await createStore({ today: '2025-06-01' }).load(propertySource(data())))!.dataset);
    // The first results are there in the same task, before any index exists.
    const first = store.getState();
    expect(first.status).to.equal('ready');
    expect(first.result?.total).to.equal(200);
    // A filter is answered at once too (the scan engine reads facets, not texts).
    const type = first.dataset!.partnerships[0]!.type;
    store.toggleFilter('type', type);
    const expected = first.dataset!.partnerships.filter((p) => p.type === type).length;
    expect(store.getState().result?.total).to.equal(expected);
    // A text query typed before the index is ready keeps the previous results, marked as pending...
    const word = Object.values(first.dataset!.partnerships[0]!.title)[0]!.split(' ')[0]!;
    store.setQuery(word);
    expect(store.getState().view.query).to.equal(word);
    expect(store.getState().querying).to.equal(true);
    expect(store.getState().result?.total).to.equal(expected);
    // ...and is answered when it is.
    await store.whenIdle();
    const s = store.getState();
    expect(s.querying).to.equal(false);
    expect(s.result!.total).to.be.greaterThan(0);
    expect(s.result!.total).to.be.at.most(expected);
    expect(s.result!.terms[0]).to.equal(word.toLowerCase());
    // Later queries are answered synchronously.
    store.setQuery('');
    expect(store.getState().result?.total).to.equal(expected);
  });

  it('large datasets: the first view of everything comes before any engine, its facet counts right after', async () => {
    const store = createStore({ today: '2025-06-01', indexedFrom: 100 });
    const { dataset } = (await createStore({ today: '2025-06-01' }).load(propertySource(data())))!;
    store.setDataset(dataset);
    const first = store.getState().result!;
    expect(first.partial).to.equal(true);
    expect(first.total).to.equal(200);
    expect([...first.hits]).to.deep.equal(dataset.partnerships.map((_, i) => i));
    expect(first.facets.country).to.deep.equal([]);
    await store.whenIdle();
    const full = store.getState().result!;
    expect(full.partial).to.equal(undefined);
    expect(full.total).to.equal(200);
    expect(full.facets.country.reduce((sum, v) => sum + v.count, 0)).to.be.greaterThan(0);
  });

  it('large datasets: a filter chosen before the facet counts came is answered at once, in full', async () => {
    const store = createStore({ today: '2025-06-01', indexedFrom: 100 });
    const { dataset } = (await createStore({ today: '2025-06-01' }).load(propertySource(data())))!;
    store.setDataset(dataset);
    expect(store.getState().result!.partial).to.equal(true);
    const type = dataset.partnerships[0]!.type;
    store.toggleFilter('type', type);
    const r = store.getState().result!;
    expect(r.partial).to.equal(undefined);
    expect(r.total).to.equal(dataset.partnerships.filter((p) => p.type === type).length);
    expect(r.facets.type.find((v) => v.value === type)?.selected).to.equal(true);
    await store.whenIdle();
  });

  it('a view that does not show everything (e.g. from the address) is answered in full at once', () => {
    const store = createStore({ today: '2025-06-01', indexedFrom: 100, view: { sort: 'title' } });
    const { dataset } = validateDatasetFor(data());
    store.setDataset(dataset);
    const r = store.getState().result!;
    expect(r.partial).to.equal(undefined);
    expect(r.facets.status.length).to.be.greaterThan(0);
  });

  it('small datasets: a query right after the data arrives is answered at once (texts read on demand)', async () => {
    const store = createStore({ today: '2025-06-01' });
    await store.load(propertySource(data()));
    const word = Object.values(store.getState().dataset!.partnerships[3]!.title)[0]!.split(' ')[0]!;
    store.setQuery(word);
    expect(store.getState().querying).to.equal(false);
    expect([...store.getState().result!.hits]).to.include(3);
    await store.whenIdle();
  });

  it('a new language while indexing still ends ready, in that language', async () => {
    const store = createStore({ today: '2025-06-01', asyncIndexFrom: 100 });
    await store.load(propertySource(data()));
    expect(store.getState().status).to.equal('loading');
    store.setLocale('fr');
    await new Promise<void>((resolve) => {
      const off = store.subscribe((s) => s.status === 'ready' && (off(), resolve()));
    });
    expect(store.getState().result?.total).to.equal(200);
  });

  it('recomputes the result on each view change and notifies once per action', async () => {
    const store = createStore({ today: '2025-06-01' });
    await store.load(propertySource(data()));
    const calls: Array<[StoreState, StoreState]> = [];
    store.subscribe((s, p) => calls.push([s, p]));
    store.toggleFilter('type', 'joint-research');
    expect(calls).to.have.length(1);
    const [after, before] = calls[0]!;
    expect(after.view.filters.type).to.deep.equal(['joint-research']);
    expect(before.view.filters.type).to.equal(undefined);
    expect(after.result).not.to.equal(before.result);
    const expected = after.dataset!.partnerships.filter((p) => p.type === 'joint-research').length;
    expect(after.result?.total).to.equal(expected);
    // Unchanged views notify nobody.
    store.setFilter('type', ['joint-research']);
    expect(calls).to.have.length(1);
    store.toggleFilter('type', 'joint-research');
    expect(store.getState().result?.total).to.equal(200);
    store.setQuery('energy');
    store.setSort('title');
    store.setPage(2);
    expect(store.getState().view).to.deep.include({ query: 'energy', sort: 'title', page: 2 });
    store.setQuery('water');
    expect(store.getState().view.page).to.equal(0);
    store.setYears({ from: 2020 });
    expect(store.getState().view.years).to.deep.equal({ from: 2020 });
    store.clear();
    expect(store.getState().view).to.deep.equal({ query: '', filters: {}, sort: 'title', page: 0 });
  });

  it('selects a partnership and highlights its partners; unsubscribe stops notifications', async () => {
    const store = createStore();
    await store.load(propertySource(data()));
    let n = 0;
    const off = store.subscribe(() => n++);
    const p = store.getState().dataset!.partnerships[3]!;
    store.select(p.id);
    expect(store.getState().selected).to.equal(p.id);
    expect(store.getState().highlighted).to.deep.equal(p.partners.map((x) => x.id));
    store.select(undefined);
    expect(store.getState().selected).to.equal(undefined);
    store.highlight(['a']);
    off();
    store.highlight(['b']);
    expect(n).to.equal(3);
  });

  it('normalises and compares views', () => {
    const v = normaliseView({ filters: { country: ['SA', 'SA'], type: [] }, page: -3 });
    expect(v).to.deep.equal({ query: '', filters: { country: ['SA'] }, sort: 'relevance', page: 0 });
    expect(sameView(v, normaliseView({ filters: { country: ['SA'] } }))).to.equal(true);
    expect(sameView(v, normaliseView({ filters: { country: ['GB'] } }))).to.equal(false);
  });
});
