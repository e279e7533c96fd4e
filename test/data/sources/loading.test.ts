import { expect } from '@open-wc/testing';
import { urlSource } from '../../../src/data/sources/url.js';
import { remoteSource, remoteQueryString } from '../../../src/data/sources/remote.js';
import { forgetCopy, readCopy } from '../../../src/data/sources/last-good.js';
import { loadSource } from '../../../src/data/loader.js';
import { createStore } from '../../../src/state/store.js';

const count = async (key: string) => (await (await fetch(`/__test/data/count/${key}`)).json()) as number;
const unique = () => Math.random().toString(36).slice(2);
const abs = (path: string) => new URL(path, document.baseURI).href;

describe('loading rules', () => {
  it('retries network errors and 503s with backoff, then succeeds', async () => {
    const key = unique();
    const t0 = performance.now();
    const outcome = await loadSource(urlSource(`/__test/data/flaky/${key}/2`, { retryDelay: 50 }));
    expect(outcome.status).to.equal('ready');
    expect(outcome.dataset.partnerships).to.have.length(3);
    expect(await count(`flaky/${key}`)).to.equal(3);
    expect(performance.now() - t0).to.be.greaterThan(50 + 100 - 10); // 50 ms, then 100 ms
  });

  it('does not retry a 404 and says what the server answered', async () => {
    const outcome = await loadSource(urlSource('/__test/data/status/404', { retryDelay: 10, keepLastGood: false }));
    expect(outcome.status).to.equal('error');
    expect(outcome.problems).to.have.length(1);
    expect(outcome.problems[0]).to.include({
      code: 'load-failed',
      found: 'HTTP 404 Not Found',
      source: '/__test/data/status/404',
      leftOut: 'file',
    });
  });

  it('gives up after the timeout with a timeout problem', async () => {
    const outcome = await loadSource(
      urlSource(`/__test/data/slow/${unique()}/2000`, { timeout: 100, keepLastGood: false }),
    );
    expect(outcome.status).to.equal('error');
    expect(outcome.problems[0]).to.include({ code: 'timeout' });
  });

  it('aborts the request when the caller aborts (only the latest load wins)', async () => {
    const store = createStore();
    const slow = store.load(urlSource(`/__test/data/slow/${unique()}/400`));
    const fast = store.load(urlSource('/__test/data/ok.json'));
    expect(await slow).to.equal(undefined);
    expect((await fast)?.status).to.equal('ready');
    expect(store.getState().dataset?.partnerships).to.have.length(3);
  });

  it('keeps the last good copy and serves it, marked stale, when the host is down', async () => {
    const key = unique();
    const url = `/__test/data/toggle/${key}`;
    await forgetCopy(abs(url));
    const first = await loadSource(urlSource(url));
    expect(first.status).to.equal('ready');
    expect((await readCopy(abs(url)))?.text).to.contain('King Abdulaziz University');
    await fetch(`${url}?down=1`);
    const second = await loadSource(urlSource(url, { retries: 1, retryDelay: 10 }));
    expect(second.status).to.equal('stale');
    expect(second.dataset.partnerships).to.have.length(3);
    expect(second.problems[0]).to.include({
      code: 'stale-data',
      severity: 'warning',
      found: 'HTTP 503 Service Unavailable',
    });
    expect(second.savedAt).to.match(/^\d{4}-\d{2}-\d{2}T/);
    await fetch(`${url}?down=0`);
    await forgetCopy(abs(url));
  });

  it('reports malformed JSON specifically and does not keep it as a good copy', async () => {
    const key = unique();
    const source = {
      name: 'bad.json',
      load: async () => (await import('../../../src/data/sources/url.js')).parseJson('{"institutions": ['),
    };
    const outcome = await loadSource(source);
    expect(outcome.status).to.equal('error');
    expect(outcome.problems[0]).to.include({ code: 'malformed-json', expected: 'valid JSON' });
    expect(await readCopy(abs(`/nothing/${key}`))).to.equal(undefined);
  });
});

describe('remote query source', () => {
  it('sends the documented query string', () => {
    const qs = remoteQueryString(
      { query: 'energy', filters: { country: ['SA', 'GB'] }, sort: 'title', page: 2, years: { from: 2020 } },
      10,
    );
    expect(Object.fromEntries(new URLSearchParams(qs))).to.deep.equal({
      q: 'energy',
      filters: '{"country":["SA","GB"]}',
      page: '2',
      pageSize: '10',
      sort: 'title',
      from: '2020',
    });
  });

  it('drives the store: filters, query and paging go to the server; facets and total come back', async () => {
    const store = createStore();
    await store.load(remoteSource('/__test/remote', { pageSize: 10 }));
    expect(store.getState().result?.total).to.equal(95);
    expect(store.getState().dataset?.partnerships).to.have.length(10);
    const done = () =>
      new Promise<void>((resolve) => {
        const off = store.subscribe((s) => {
          if (!s.querying) {
            off();
            resolve();
          }
        });
      });
    let wait = done();
    store.toggleFilter('country', 'GB');
    expect(store.getState().querying).to.equal(true);
    await wait;
    const state = store.getState();
    expect(state.result?.total).to.equal(20);
    expect(state.result?.facets.country.find((f) => f.value === 'GB')).to.include({ selected: true, count: 20 });
    expect(state.result?.facets.country.find((f) => f.value === 'SA')?.count).to.equal(16);
    wait = done();
    store.setQuery('energy');
    await wait;
    expect(store.getState().dataset?.partnerships.every((p) => p.title['und']!.startsWith('Energy'))).to.equal(true);
    wait = done();
    store.setPage(1);
    await wait;
    expect(store.getState().view.page).to.equal(1);
  });
});
