// A pa-directory nested in a pa-data uses the pa-data's store (through context) unless it has data of its own.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/data/define.js';
import '../../../src/components/directory/define.js';
import type { PaData } from '../../../src/components/data/data.js';
import type { PaDirectory } from '../../../src/components/directory/directory.js';
import { deep, deepAll, squash, until, SMALL, type as typeInto } from './helpers.js';

const count = (el: Element) => squash(deep(el, 'pa-result-count', '[part=count]')?.textContent);
const titles = (el: PaDirectory) =>
  deepAll(el, 'pa-results', 'pa-card').map((c) => squash(c.shadowRoot!.querySelector('[part~=title]')?.textContent));

describe('pa-directory inside pa-data', () => {
  it('a failed load of the pa-data offers "Try again" in the nested directory, which loads again', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <pa-data src="/test/components/directory/missing.json">
          <pa-directory style="display:block;inline-size:1200px"></pa-directory>
        </pa-data>
      </div>`,
    );
    const data = wrap.querySelector<PaData>('pa-data')!;
    const dir = wrap.querySelector<PaDirectory>('pa-directory')!;
    await data.loadComplete;
    const retry = await until(
      () => deep<HTMLButtonElement>(dir, 'pa-error-state', '[part=retry]'),
      'a retry button in the nested directory',
    );
    // Point the pa-data at data that exists, then "Try again" loads it.
    let loads = 0;
    data.addEventListener('pa-data-loaded', () => loads++);
    data.setAttribute('src', SMALL);
    await data.loadComplete;
    const before = loads;
    retry.click();
    await until(() => loads > before, 'loaded again after Try again');
    await until(() => count(dir) === '8 partnerships', 'the partnerships appear');
  });

  it('shows the pa-data’s partnerships and shares filters with a sibling widget', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <pa-data src=${SMALL}>
          <pa-facet facet="type" variant="select"></pa-facet>
          <pa-directory style="display:block;inline-size:1200px"></pa-directory>
        </pa-data>
      </div>`,
    );
    const data = wrap.querySelector<PaData>('pa-data')!;
    const dir = wrap.querySelector<PaDirectory>('pa-directory')!;
    await data.loadComplete;
    expect(dir.store).to.equal(data.store);
    await until(() => count(dir) === '8 partnerships', 'the pa-data’s partnerships');
    expect(titles(dir)).to.include('Energy research network');

    // The type filter beside the directory (bound to the pa-data) filters the directory…
    const select = await until(
      () => wrap.querySelector('pa-facet')!.shadowRoot!.querySelector<HTMLSelectElement>('select'),
      'sibling filter',
    );
    select.value = 'joint-research';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => count(dir) === '4 partnerships', 'the sibling’s filter reaches the directory');
    // …and the directory shows it as its own: one view for everything bound to the store.
    expect(squash(deep(dir, 'pa-active-filters', '[part=chip]')?.textContent)).to.contain('Joint research');
    const typeBox = deepAll<HTMLLabelElement>(dir, 'pa-facet[facet=type]', 'label[part=item]').find((l) =>
      squash(l.textContent).startsWith('Joint research'),
    )!;
    expect(typeBox.querySelector('input')!.checked).to.equal(true);

    // The directory's search box narrows what the sibling counts.
    await typeInto(deep<HTMLInputElement>(dir, 'pa-search-box', 'input')!, 'energy');
    await until(() => count(dir) === '3 partnerships', 'query in the directory');
    expect(data.store.getState().view.query).to.equal('energy');
    await until(() => squash(select.selectedOptions[0]?.textContent) === 'Joint research (3)', 'sibling counts follow');

    // A filter ticked in the directory changes the pa-data's view.
    const france = deepAll<HTMLLabelElement>(dir, 'pa-facet[facet=country]', 'label[part=item]').find((l) =>
      squash(l.textContent).startsWith('France'),
    )!;
    france.querySelector('input')!.click();
    await until(() => count(dir) === '1 partnership', 'France');
    expect(titles(dir)).to.deep.equal(['Energy research network']);
    expect(data.store.getState().view.filters.country).to.deep.equal(['FR']);
    await expect(wrap).to.be.accessible();
  });

  it('a directory with its own src keeps its own store and data', async () => {
    const data = await fixture<PaData>(
      html`<pa-data src=${SMALL}
        ><pa-directory src="/__test/data/ok.json" style="display:block;inline-size:1200px"></pa-directory
      ></pa-data>`,
    );
    const dir = data.querySelector<PaDirectory>('pa-directory')!;
    await data.loadComplete;
    await until(() => dir.store.getState().status === 'ready', 'own data loaded');
    expect(dir.store).to.not.equal(data.store);
    await until(() => count(dir) === '3 partnerships', 'its own three partnerships');
    data.store.setQuery('energy');
    await dir.updateComplete;
    expect(dir.store.getState().view.query).to.equal('');

    // Dropping its own source: it joins the pa-data's store.
    dir.removeAttribute('src');
    await until(() => dir.store === data.store, 'joined the provider');
    await until(() => count(dir) === '3 partnerships' && titles(dir).includes('Energy research network'), 'shared');
    expect(deep<HTMLInputElement>(dir, 'pa-search-box', 'input')!.value).to.equal('energy');
  });

  it('a directory named by id from elsewhere exposes the shared store', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <pa-data src=${SMALL}><pa-directory id="nested-dir"></pa-directory></pa-data>
        <pa-result-count for="nested-dir"></pa-result-count>
      </div>`,
    );
    const data = wrap.querySelector<PaData>('pa-data')!;
    await data.loadComplete;
    const outside = wrap.querySelector('pa-result-count')!;
    await until(
      () => squash(outside.shadowRoot!.querySelector('[part=count]')?.textContent) === '8 partnerships',
      'count',
    );
    data.store.toggleFilter('country', 'JP');
    await until(
      () => squash(outside.shadowRoot!.querySelector('[part=count]')?.textContent) === '2 partnerships',
      'JP',
    );
  });

  it('a pa-data defined after the directory and widgets inside it (modules loaded out of order) still feeds them', async () => {
    // An element name not defined yet stands for a pa-data whose module has not loaded: the directory and the count
    // inside it upgrade first, and find no provider.
    const name = `pa-data-late-${Math.random().toString(36).slice(2)}`;
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.innerHTML = `<${name} src="${SMALL}"><pa-result-count></pa-result-count><pa-directory style="display:block;inline-size:1200px"></pa-directory></${name}>`;
    const dir = wrap.querySelector<PaDirectory>('pa-directory')!;
    await dir.updateComplete;
    const own = dir.store;
    // Then the module arrives: the element upgrades, loads its src, and everything inside it uses its store.
    const { PaData: Data } = await import('../../../src/components/data/data.js');
    customElements.define(name, class extends Data {});
    const data = wrap.querySelector<PaData>(name)!;
    await data.loadComplete;
    expect(dir.store).to.equal(data.store);
    expect(dir.store).not.to.equal(own);
    await until(() => count(dir) === '8 partnerships', 'the pa-data’s partnerships in the directory');
    const outside = wrap.querySelector('pa-result-count')!;
    await until(
      () => squash(outside.shadowRoot!.querySelector('[part=count]')?.textContent) === '8 partnerships',
      'the pa-data’s count in the sibling widget',
    );
  });
});
