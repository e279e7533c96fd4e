// What pa-result-count's live region says: a change of sort order is named, and the same words said a second time
// still change the region's text (a live region whose text does not change is not read again).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/result-count/define.js';
import { createStore } from '../../../src/state/store.js';
import { registerStore } from '../../../src/state/store-registry.js';
import { generatedDataset } from '../../fixtures/generated.js';
import { until } from '../directory/helpers.js';

describe('pa-result-count announcements', () => {
  it('names each new sort order, every time', async () => {
    const store = createStore({ today: '2025-06-01' });
    const unregister = registerStore('sort-count', store);
    try {
      const el = await fixture(html`<pa-result-count for="sort-count" lang="en"></pa-result-count>`);
      const status = () => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
      store.setDataset(generatedDataset(120, 4));
      await until(() => status() === '120 partnerships match.', 'first count announced');
      store.setSort('title');
      await until(() => status() === 'Sorted by Title. 120 partnerships match.', 'sort by title announced');
      store.setSort('start');
      await until(() => status() === 'Sorted by Start date. 120 partnerships match.', 'sort by start announced');
      store.setSort('title');
      await until(() => status() === 'Sorted by Title. 120 partnerships match.', 'back to title announced');
    } finally {
      unregister();
    }
  });

  it('changes the live text when the same words are to be said again', async () => {
    const store = createStore({ today: '2025-06-01' });
    const unregister = registerStore('same-count', store);
    try {
      const el = await fixture(html`<pa-result-count for="same-count" lang="en"></pa-result-count>`);
      const region = () => el.shadowRoot!.querySelector('[role=status]')!;
      store.setDataset(generatedDataset(120, 4));
      await until(() => region().textContent!.trim() === '120 partnerships match.', 'first count announced');
      // Two queries that match nothing: "No partnerships match." twice.
      store.setQuery('zzqxv');
      await store.whenIdle();
      await until(() => region().textContent!.trim() === 'No partnerships match.', 'first query announced');
      const first = region().textContent;
      store.setQuery('zzqxvw');
      await store.whenIdle();
      await until(() => region().textContent !== first, 'the second, identical announcement changed the text');
      expect(region().textContent!.trim()).to.equal('No partnerships match.');
      const second = region().textContent;
      store.setQuery('zzqxvwy');
      await store.whenIdle();
      await until(() => region().textContent !== second, 'and the third');
      expect(region().textContent!.trim()).to.equal('No partnerships match.');
    } finally {
      unregister();
    }
  });
});
