import { expect, fixture } from '@open-wc/testing';
import '../../../src/components/directory/define.js';
import type { PaDirectory } from '../../../src/components/directory/directory.js';
import { latest } from '../../../src/state/select.js';
import type { StoreState } from '../../../src/state/types.js';
import { deepAll, squash, until, SMALL } from '../directory/helpers.js';

async function directory(lang: string): Promise<PaDirectory> {
  const el = await fixture<PaDirectory>(
    `<pa-directory lang="${lang}" style="display:block;inline-size:1200px" src="${SMALL}"></pa-directory>`,
  );
  await until(() => el.store.getState().status === 'ready', 'data loaded');
  await until(() => countries(el).length > 0, 'country facet rendered');
  return el;
}

const countries = (el: PaDirectory) =>
  deepAll(el, 'pa-facet[facet=country]', 'label[part=item] .value').map((v) => squash(v.textContent));

describe('pa-facet: label order', () => {
  it('sorts country names alphabetically in the visitor language, and again when the language changes', async () => {
    const el = await directory('en');
    expect(countries(el)).to.deep.equal(['France', 'Germany', 'Japan', 'Saudi Arabia']);
    el.setAttribute('lang', 'de');
    await until(() => countries(el)[0] === 'Deutschland', 'German names');
    expect(countries(el)).to.deep.equal(['Deutschland', 'Frankreich', 'Japan', 'Saudi-Arabien']);
    await expect(el).to.be.accessible();
  });

  it('keeps the order and the counts right after a filter changes the counts', async () => {
    const el = await directory('en');
    el.store.setQuery('energy');
    await until(() => countries(el).length < 4, 'counts follow the query');
    const shown = countries(el);
    expect(shown).to.deep.equal([...shown].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('latest (StoreController selector)', () => {
  it('answers the same array while every picked part is the same, a new one when a part changes', () => {
    const select = latest((s: StoreState) => [s.result, s.view] as const);
    const view = { query: '', filters: {}, sort: 'relevance', page: 0 } as const;
    const a = { status: 'ready', problems: [], highlighted: [], view } as unknown as StoreState;
    const first = select(a);
    expect(select({ ...a, selected: 'x' } as StoreState)).to.equal(first);
    const next = select({ ...a, view: { ...view, query: 'q' } } as StoreState);
    expect(next).to.not.equal(first);
    expect(next[1].query).to.equal('q');
  });
});

describe('pa-facet while the counts of a large dataset are on their way', () => {
  it('holds its place (legend, busy, placeholder rows), then shows the values with counts', async () => {
    const { createStore } = await import('../../../src/state/store.js');
    const { registerStore } = await import('../../../src/state/store-registry.js');
    const { generatedDataset } = await import('../../fixtures/generated.js');
    const dataset = generatedDataset(300, 4);
    const store = createStore({ today: '2025-06-01', indexedFrom: 100 });
    const unregister = registerStore('pending-facet', store);
    try {
      const el = await fixture(`<pa-facet for="pending-facet" facet="status"></pa-facet>`);
      store.setDataset(dataset);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const group = el.shadowRoot!.querySelector('fieldset')!;
      expect(group.getAttribute('aria-busy')).to.equal('true');
      expect(squash(group.querySelector('legend')!.textContent)).to.equal('Status');
      expect(group.querySelectorAll('.pending li').length).to.be.greaterThan(0);
      expect(group.querySelectorAll('input[type=checkbox]').length).to.equal(0);
      await expect(el).to.be.accessible();
      await store.whenIdle();
      await until(() => el.shadowRoot!.querySelectorAll('input[type=checkbox]').length > 0, 'values shown');
      expect(el.shadowRoot!.querySelector('fieldset')!.hasAttribute('aria-busy')).to.equal(false);
      const counts = [...el.shadowRoot!.querySelectorAll('[part=count]')].map((c) =>
        Number(squash(c.textContent).replace(/\D/g, '')),
      );
      expect(counts.reduce((a, b) => a + b, 0)).to.equal(300);
    } finally {
      unregister();
    }
  });
});
