/**
 * The contract every data source must pass (Lion-style test suite): call `runSourceSuite(name, make)` from a test
 * file with a factory for a fresh source that yields a known dataset.
 */
import { expect } from '@open-wc/testing';
import type { DataSource } from '../../src/data/sources/types.js';
import { loadSource, LatestLoader } from '../../src/data/loader.js';
import { createStore } from '../../src/state/store.js';

export interface SourceFixture {
  source: DataSource;
  /** Ids of the partnerships the source yields, in order. */
  partnerships: string[];
  /** Number of institutions the source yields. */
  institutions: number;
  /** Total results the store reports (default: all partnerships; a remote source reports the server's total). */
  total?: number;
}

export function runSourceSuite(name: string, make: () => SourceFixture | Promise<SourceFixture>): void {
  describe(`source contract: ${name}`, () => {
    it('has a name that problems can show', async () => {
      const { source } = await make();
      expect(source.name).to.be.a('string').and.not.equal('');
    });

    it('loads data that validates into the expected dataset, without errors', async () => {
      const { source, partnerships, institutions } = await make();
      const outcome = await loadSource(source, { today: '2025-06-01' });
      expect(outcome.status).to.equal('ready');
      expect(outcome.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
      expect(outcome.dataset.partnerships.map((p) => p.id)).to.deep.equal(partnerships);
      expect(outcome.dataset.institutions).to.have.length(institutions);
      expect(outcome.source).to.equal(source);
    });

    it('loads the same data again (idempotent)', async () => {
      const { source } = await make();
      const a = await loadSource(source, { today: '2025-06-01' });
      const b = await loadSource(source, { today: '2025-06-01' });
      expect(JSON.stringify(b.dataset.partnerships)).to.equal(JSON.stringify(a.dataset.partnerships));
    });

    it('never delivers a load that was aborted: only the latest wins', async () => {
      const { source, partnerships } = await make();
      const loader = new LatestLoader();
      const first = loader.load(source);
      const second = loader.load(source);
      expect(await first).to.equal(undefined);
      expect((await second)?.dataset.partnerships.map((p) => p.id)).to.deep.equal(partnerships);
      const controller = new AbortController();
      controller.abort();
      let rejected: unknown;
      await loadSource(source, { signal: controller.signal }).catch((e) => (rejected = e));
      expect((rejected as Error | undefined)?.name).to.equal('AbortError');
    });

    it('feeds a store whose results show every partnership', async () => {
      const { source, partnerships, total } = await make();
      const store = createStore({ today: '2025-06-01' });
      const seen: string[] = [];
      store.subscribe((s) => seen.push(s.status));
      await store.load(source);
      expect(seen[0]).to.equal('loading');
      expect(store.getState().status).to.equal('ready');
      expect(store.getState().result?.total).to.equal(total ?? partnerships.length);
      expect(store.getState().dataset?.partnerships.map((p) => p.id)).to.deep.equal(partnerships);
    });
  });
}
