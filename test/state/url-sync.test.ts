import { expect } from '@open-wc/testing';
import { readUrlView, syncUrl, writeUrlView } from '../../src/state/url-sync.js';
import { createStore, normaliseView } from '../../src/state/store.js';
import { generatedDataset } from '../fixtures/generated.js';

const dataset = generatedDataset(50, 3);
const start = location.pathname + location.search;
const waitPop = () =>
  new Promise<void>((resolve) => window.addEventListener('popstate', () => setTimeout(resolve), { once: true }));

describe('URL state', () => {
  afterEach(() => history.replaceState(null, '', start));

  it('writes and reads a view under a prefix, leaving other parameters alone', () => {
    const view = normaliseView({
      query: 'solar energy',
      filters: { country: ['SA', 'GB'], type: ['joint-research'] },
      years: { from: 2020, to: 2024 },
      sort: 'title',
      page: 2,
    });
    const search = writeUrlView('?lang=ar&pa-q=old&page=9', view, 'p-7');
    const params = new URLSearchParams(search);
    expect(params.get('lang')).to.equal('ar');
    expect(params.get('page')).to.equal('9');
    expect(params.getAll('pa-country')).to.deep.equal(['SA', 'GB']);
    expect(params.get('pa-q')).to.equal('solar energy');
    expect(params.get('pa-page')).to.equal('3');
    const back = readUrlView(params);
    expect(back.view).to.deep.equal(view);
    expect(back.selected).to.equal('p-7');
    expect(back.present).to.equal(true);
    expect(readUrlView(new URLSearchParams('?lang=ar')).present).to.equal(false);
    expect(readUrlView(new URLSearchParams('?pa-sort=evil&pa-page=-4&pa-from=abc')).view).to.deep.equal(
      normaliseView({}),
    );
  });

  it('a shared link opens the same view; actions update the address; back and forward restore', async () => {
    history.replaceState(null, '', `${location.pathname}?host=1&pa-type=joint-research#top`);
    const store = createStore();
    store.setDataset(dataset);
    const stop = syncUrl(store);
    expect(store.getState().view.filters.type).to.deep.equal(['joint-research']);
    const filtered = store.getState().result!.total;
    expect(filtered).to.be.lessThan(50);

    store.toggleFilter('level', 'master');
    expect(new URLSearchParams(location.search).getAll('pa-level')).to.deep.equal(['master']);
    expect(new URLSearchParams(location.search).get('host')).to.equal('1');
    expect(location.hash).to.equal('#top');
    const length = history.length;
    store.setQuery('e');
    store.setQuery('en');
    expect(history.length).to.equal(length); // typing replaces, it does not stack entries
    expect(new URLSearchParams(location.search).get('pa-q')).to.equal('en');

    let popped = waitPop();
    history.back();
    await popped;
    expect(store.getState().view.filters.level).to.equal(undefined);
    expect(store.getState().view.filters.type).to.deep.equal(['joint-research']);
    expect(store.getState().result!.total).to.equal(filtered);

    popped = waitPop();
    history.forward();
    await popped;
    expect(store.getState().view.filters.level).to.deep.equal(['master']);
    expect(store.getState().view.query).to.equal('en');
    stop();
    store.setQuery('after stop');
    expect(new URLSearchParams(location.search).get('pa-q')).to.equal('en');
  });

  it('two directories with two prefixes stay independent', () => {
    history.replaceState(null, '', `${location.pathname}?a-country=SA&b-country=GB`);
    const a = createStore();
    const b = createStore();
    const stopA = syncUrl(a, { prefix: 'a-' });
    const stopB = syncUrl(b, { prefix: 'b-' });
    expect(a.getState().view.filters.country).to.deep.equal(['SA']);
    expect(b.getState().view.filters.country).to.deep.equal(['GB']);
    a.setQuery('x');
    expect(new URLSearchParams(location.search).get('b-country')).to.equal('GB');
    expect(new URLSearchParams(location.search).get('a-q')).to.equal('x');
    stopA();
    stopB();
  });
});
