import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

describe('pa-facet: "show more" and the search inside a long list, by keyboard', () => {
  let el: HTMLElement;
  let unregister: () => void;
  const $ = <T extends Element>(sel: string) => el.shadowRoot!.querySelector<T>(sel);
  const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('li input[type=checkbox]')];
  const active = () => el.shadowRoot!.activeElement;
  const heard = () => squash($('[role=status]')?.textContent);

  beforeEach(async () => {
    const { createStore } = await import('../../../src/state/store.js');
    const { registerStore } = await import('../../../src/state/store-registry.js');
    const { generatedDataset } = await import('../../fixtures/generated.js');
    const store = createStore({ today: '2025-06-01' });
    store.setDataset(generatedDataset(300, 4));
    unregister = registerStore('long-facet', store);
    el = await fixture(`<pa-facet for="long-facet" facet="country" limit="5"></pa-facet>`);
    await until(() => boxes().length === 5, 'five values shown');
  });
  afterEach(() => unregister());

  it('"Show more" moves the focus to the first value it revealed; "Show fewer" keeps it on the button', async () => {
    const more = $<HTMLButtonElement>('[part=more]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => boxes().length > 5, 'more values shown');
    await until(() => active() === boxes()[5], `focus on the 6th value (at ${active()?.localName})`);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => boxes().length === 5, 'fewer values');
    expect(active()).to.equal(more);
  });

  it('the search inside the list says how many values match once typing pauses, not on every key', async () => {
    const search = $<HTMLInputElement>('input[type=search]')!;
    // Under the filter's name it says "Search…"; its accessible name says which list it searches.
    expect(search.placeholder).to.equal('Search…');
    expect(search.getAttribute('aria-label')).to.equal('Search Country');
    const first = squash(el.shadowRoot!.querySelector('li .value')!.textContent);
    search.focus();
    await sendKeys({ type: 'zzz' });
    expect(heard(), 'nothing said while typing').to.equal('');
    await until(() => heard() === 'No matching values', `"No matching values" said (heard "${heard()}")`);
    search.select();
    await sendKeys({ type: first });
    expect(heard(), 'the old message is gone while typing').to.equal('');
    await until(() => heard() !== '', 'said after the pause');
    const n = boxes().length;
    expect(heard()).to.equal(`${n} matching value${n === 1 ? '' : 's'}`);
    expect($('[role=status]')!.closest('fieldset'), 'the status is inside the group').to.not.equal(null);
  });
});
