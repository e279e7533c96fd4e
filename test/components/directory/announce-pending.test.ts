// The result count is announced once the answer to a view is there, never for a view still waiting for its answer
// (a text query typed while the search index of a mid-sized dataset is being built, or a remote server's answer).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/result-count/define.js';
import { createStore } from '../../../src/state/store.js';
import { registerStore } from '../../../src/state/store-registry.js';
import { generatedDataset } from '../../fixtures/generated.js';
import { until } from './helpers.js';

describe('pa-result-count while an answer is pending', () => {
  it('announces nothing for a pending query, then the new count when it is answered', async () => {
    const dataset = generatedDataset(300, 9);
    const store = createStore({ today: '2025-06-01', indexedFrom: 100 });
    const unregister = registerStore('pending-count', store);
    try {
      const el = await fixture(html`<pa-result-count for="pending-count"></pa-result-count>`);
      const status = () => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
      store.setDataset(dataset);
      await until(() => status() === '300 partnerships match.', 'first count announced');
      // A filter is answered at once (the scan engine reads facets): announced with what changed.
      const type = dataset.partnerships[0]!.type;
      store.toggleFilter('type', type);
      const filtered = store.getState().result!.total;
      await until(
        () => status().endsWith(`${filtered} partnerships match.`) && status() !== `${filtered} partnerships match.`,
        'filter announced',
      );
      const announced = status();
      const word = Object.values(dataset.partnerships[0]!.title)[0]!.split(' ')[0]!;
      store.setQuery(word);
      expect(store.getState().querying).to.equal(true);
      await new Promise((r) => setTimeout(r, 0));
      // The count on screen is still the previous view's: nothing new is announced (not that count again for the query).
      expect(status()).to.equal(announced);
      await store.whenIdle();
      const total = store.getState().result!.total;
      expect(total).to.be.at.most(filtered);
      await until(
        () => status() === `${total} partnerships match.` || status() === `${total} partnership matches.`,
        'new count',
      );
    } finally {
      unregister();
    }
  });
});
