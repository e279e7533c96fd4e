import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/directory/define.js';
import type { PaDirectory } from '../../../src/components/directory/directory.js';
import type { PaResults } from '../../../src/components/results/results.js';
import type { PaFacet } from '../../../src/components/facet/facet.js';
import type { FiltersChangedEvent } from '../../../src/events/filters-changed.js';
import type { PartnershipSelectedEvent } from '../../../src/events/partnership-selected.js';
import type { ResultsChangedEvent } from '../../../src/events/results-changed.js';
import { deep, deepActive, deepAll, squash, until, SMALL, type as typeInto, escape } from './helpers.js';
import { markedWords } from '../card/marked.js';

async function directory(attrs = '', width = 1200): Promise<PaDirectory> {
  // The fixture is the directory itself (a plain wrapper would make the fixture wait for a frame, and a test page in
  // the background gets none).
  const el = await fixture<PaDirectory>(
    `<pa-directory style="display:block;inline-size:${width}px" src="${SMALL}" ${attrs}></pa-directory>`,
  );
  await until(() => el.store.getState().status === 'ready', 'data loaded');
  await until(() => deepAll(el, 'pa-results', 'pa-card').length > 0, 'cards rendered');
  return el;
}

/** Counts the renders of `el` from now on. */
function countUpdates(el: HTMLElement): { count: number } {
  const counter = { count: 0 };
  const target = el as unknown as { update(changed: unknown): void };
  const update = target.update.bind(el);
  target.update = (changed) => {
    counter.count++;
    update(changed);
  };
  return counter;
}

const count = (el: PaDirectory) => squash(deep(el, 'pa-result-count', '[part=count]')?.textContent);
const announcement = (el: PaDirectory) => squash(deep(el, 'pa-result-count', '[role=status]')?.textContent);
const titles = (el: PaDirectory) =>
  deepAll(el, 'pa-results', 'pa-card').map((c) => squash(c.shadowRoot!.querySelector('[part~=title]')?.textContent));
const facetBox = (el: PaDirectory, facet: string, label: string) =>
  deepAll<HTMLLabelElement>(el, `pa-facet[facet=${facet}]`, 'label[part=item]').find((l) =>
    squash(l.textContent).startsWith(label),
  );

describe('pa-directory: the visitor flow', () => {
  const start = location.pathname + location.search;
  afterEach(() => {
    history.replaceState(null, '', start);
  });

  it('loads from one src attribute and shows every partnership with counts', async () => {
    const el = await directory();
    expect(count(el)).to.equal('8 partnerships');
    expect(titles(el)).to.have.length(8);
    expect(titles(el)).to.include('Energy research network');
    // The home institution is left out of the country facet (it is a partner of everything).
    expect(squash(facetBox(el, 'country', 'France')?.textContent)).to.equal('France (3)');
    expect(squash(facetBox(el, 'country', 'Germany')?.textContent)).to.equal('Germany (3)');
    await expect(el).to.be.accessible();
  });

  it('type a query, tick two countries: results, counts, chips and announcements update', async () => {
    const el = await directory();
    const filters: FiltersChangedEvent[] = [];
    const results: ResultsChangedEvent[] = [];
    el.addEventListener('pa-filters-changed', (e) => filters.push(e));
    el.addEventListener('pa-results-changed', (e) => results.push(e));

    await typeInto(deep<HTMLInputElement>(el, 'pa-search-box', 'input')!, 'energy');
    await until(() => count(el) === '3 partnerships', 'query narrows the results');
    expect(titles(el)).to.have.members([
      'Energy research network',
      '=HYPERLINK("http://evil") applied energy lab',
      'Desalination and water research',
    ]);
    // Matched words are highlighted in the cards (the highlighting loads with the first query).
    const cardMarks = () => deepAll(el, 'pa-results', 'pa-card').flatMap((c) => markedWords(c));
    await until(() => cardMarks().length > 0, 'marks shown');
    expect(cardMarks().map((m) => m.toLowerCase())).to.include('energy');
    // Facet counts follow the query.
    expect(squash(facetBox(el, 'country', 'France')?.textContent)).to.equal('France (1)');
    expect(filters.at(-1)!.detail.view.query).to.equal('energy');
    expect(results.at(-1)!.detail.total).to.equal(3);

    // Tick France, then Germany (OR within a facet).
    facetBox(el, 'country', 'France')!.querySelector('input')!.click();
    await until(() => count(el) === '1 partnership', 'France only');
    expect(announcement(el)).to.equal('Country: France selected. 1 partnership matches.');
    facetBox(el, 'country', 'Germany')!.querySelector('input')!.click();
    await until(() => count(el) === '2 partnerships', 'France or Germany');
    expect(announcement(el)).to.equal('Country: Germany selected. 2 partnerships match.');
    expect(titles(el)).to.have.members(['Energy research network', '=HYPERLINK("http://evil") applied energy lab']);
    expect(results.at(-1)!.detail.ids).to.have.members(['p-lyon', 'p-fraun']);

    // Chips for the query and both countries; removing one updates everything.
    const chips = deepAll(el, 'pa-active-filters', '[part=chip]');
    expect(chips.map((c) => squash(c.textContent))).to.deep.equal([
      'Remove Search: “energy” ×',
      'Remove Country: France ×',
      'Remove Country: Germany ×',
    ]);
    chips[1]!.focus();
    chips[1]!.click();
    await until(() => count(el) === '1 partnership', 'France removed');
    expect(announcement(el)).to.equal('Country: France removed. 1 partnership matches.');
    expect(deepActive()?.getAttribute('part')).to.equal('chip');
    await expect(el).to.be.accessible();

    // Clear all brings everything back.
    deep<HTMLButtonElement>(el, 'pa-active-filters', '[part=clear-all]')!.click();
    await until(() => count(el) === '8 partnerships', 'cleared');
    expect(announcement(el)).to.equal('All filters cleared. 8 partnerships match.');
  });

  it('open a detail: focus moves into the dialog, Escape closes it and focus returns to the link', async () => {
    const el = await directory();
    const selected: PartnershipSelectedEvent[] = [];
    el.addEventListener('pa-partnership-selected', (e) => selected.push(e));
    const link = deepAll(el, 'pa-results', 'a.details').find((a) =>
      a.textContent!.includes('Engineering double degree'),
    )!;
    expect(link.getAttribute('href')).to.equal('#pa-partnership=p-tum');
    link.focus();
    link.click();
    const dialog = await until(() => deep<HTMLDialogElement>(el, 'dialog.detail[open]'), 'detail open');
    expect(selected.at(-1)!.detail.id).to.equal('p-tum');
    expect(selected.at(-1)!.detail.partnership!.id).to.equal('p-tum');
    expect(deepActive()?.classList.contains('close')).to.equal(true);
    const card = dialog.querySelector('pa-card')!;
    expect(card.getAttribute('layout')).to.equal('full');
    expect(squash(card.shadowRoot!.querySelector('[part=partners]')!.textContent)).to.contain(
      'Technical University of Munich',
    );
    // Unsafe links from data are not rendered.
    expect([...card.shadowRoot!.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(['https://www.tum.de/']);
    await expect(el).to.be.accessible();
    escape(dialog);
    await until(() => !dialog.open, 'detail closed');
    await until(() => el.store.getState().selected === undefined, 'store cleared');
    expect(selected.at(-1)!.detail.id).to.equal(undefined);
    expect(deepActive()).to.equal(link);
  });

  it('with url-state: the address holds the query, filters and open partnership; Back undoes; a link opens a detail', async () => {
    const el = await directory('url-state');
    await typeInto(deep<HTMLInputElement>(el, 'pa-search-box', 'input')!, 'energy');
    await until(() => count(el) === '3 partnerships', 'query applied');
    // A facet off screen (this page may be scrolled by the tests before) catches up a frame after the results.
    (await until(() => facetBox(el, 'country', 'France (1)'), 'France offered'))!.querySelector('input')!.click();
    await until(() => count(el) === '1 partnership', 'France only');
    expect(new URLSearchParams(location.search).get('pa-q')).to.equal('energy');
    expect(new URLSearchParams(location.search).getAll('pa-country')).to.deep.equal(['FR']);

    const link = deepAll(el, 'pa-results', 'a.details').find((a) => a.textContent!.includes('Energy research'))!;
    link.click();
    await until(() => deep<HTMLDialogElement>(el, 'dialog.detail[open]'), 'detail open');
    expect(new URLSearchParams(location.search).get('pa-open')).to.equal('p-lyon');
    history.back();
    await until(() => !deep<HTMLDialogElement>(el, 'dialog.detail')!.open, 'Back closes the detail');
    expect(new URLSearchParams(location.search).get('pa-open')).to.equal(null);

    // A link elsewhere on the page opens a partnership directly.
    location.hash = '#pa-partnership=p-lyon';
    const dialog = await until(() => deep<HTMLDialogElement>(el, 'dialog.detail[open]'), 'opened from the address');
    expect(squash(dialog.querySelector('pa-card')!.shadowRoot!.querySelector('[part~=title]')!.textContent)).to.equal(
      'Energy research network',
    );
    deep<HTMLButtonElement>(el, 'dialog.detail .close')!.click();
    await until(() => !dialog.open, 'closed');
    expect(location.hash).to.equal('');
  });

  it('opens the partnership named in the address when the page loads', async () => {
    history.replaceState(null, '', '#pa-partnership=p-kau');
    const el = await directory();
    await until(() => deep<HTMLDialogElement>(el, 'dialog.detail[open]'), 'detail open on load');
    expect(el.store.getState().selected).to.equal('p-kau');
  });

  it('keeps its cards through a query that matches nothing, and shows the next results in them', async () => {
    const el = await directory();
    const before = deepAll(el, 'pa-results', 'pa-card');
    expect(before.length).to.be.greaterThan(0);
    const firstTitle = squash(before[0]!.shadowRoot!.querySelector('[part~=title]')?.textContent);
    // Once laid out (the list items skip rendering until the browser finds them near the viewport), the card is
    // in the accessibility tree.
    await until(() => before[0]!.checkVisibility({ contentVisibilityAuto: true }), 'first card rendered');
    await new Promise((r) => requestAnimationFrame(r));
    expect(JSON.stringify(await a11ySnapshot({}))).to.contain(firstTitle);
    el.store.setQuery('zzzzqqqq');
    await until(() => deep(el, 'pa-empty-state', '[part=box]'), 'empty state');
    // Hidden from everyone meanwhile: no card visible, the results section not rendered, nothing in the
    // accessibility tree (a screen reader does not find the last results' titles).
    expect(deepAll(el, 'pa-results', 'pa-card').filter((c) => c.checkVisibility())).to.have.length(0);
    expect(deep(el, 'pa-results', 'section[part=results]')!.hidden).to.equal(true);
    // Only the search can go: the hint speaks of it (not of "a filter").
    const box = deep(el, 'pa-empty-state', '[part=box]')!;
    expect(squash(box.textContent)).to.contain('Check the spelling, or remove the search:');
    expect(squash(box.textContent)).not.to.contain('Try removing a filter');
    const tree = JSON.stringify(await a11ySnapshot({}));
    expect(tree).to.contain('No partnerships');
    expect(tree).not.to.contain(firstTitle);
    el.store.setQuery('energy');
    await until(() => deepAll(el, 'pa-results', 'pa-card').some((c) => c.checkVisibility()), 'results again');
    const after = deepAll(el, 'pa-results', 'pa-card');
    // The same elements show the new results: none was created anew.
    expect(after[0]).to.equal(before[0]);
    const titles = after.map((c) => squash(c.shadowRoot!.querySelector('[part~=title]')?.textContent));
    expect(titles.some((t) => /energy/i.test(t))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('suggests which filter to remove when nothing matches', async () => {
    const el = await directory();
    el.store.toggleFilter('country', 'JP');
    el.store.toggleFilter('level', 'master');
    const empty = await until(() => deep(el, 'pa-empty-state', '[part=box]'), 'empty state');
    expect(count(el)).to.equal('No partnerships');
    // No card is shown (the cards of the last results wait hidden, for the next ones).
    expect(deepAll(el, 'pa-results', 'pa-card').filter((c) => c.checkVisibility())).to.have.length(0);
    const suggestions = [...empty.querySelectorAll('[part=suggestion]')].map((b) => squash(b.textContent));
    expect(suggestions[0]).to.match(/^Remove (Country: Japan|Level: Master)$/);
    expect(squash(empty.textContent)).to.contain('Try removing a filter:');
    await expect(el).to.be.accessible();
    (empty.querySelector('[part=suggestion]') as HTMLButtonElement).click();
    await until(() => deepAll(el, 'pa-results', 'pa-card').length > 0, 'results back');
  });

  it('shows a calm error state and fires pa-data-failed when the data cannot be loaded', async () => {
    let failed: Event | undefined;
    const onFailed = (e: Event) => (failed = e);
    document.addEventListener('pa-data-failed', onFailed);
    const el = await fixture<PaDirectory>(
      html`<pa-directory src="/test/components/directory/missing.json"></pa-directory>`,
    );
    await until(() => failed, 'pa-data-failed fired');
    document.removeEventListener('pa-data-failed', onFailed);
    expect(failed!.target).to.equal(el);
    const box = await until(() => deep(el, 'pa-error-state', '[role=alert]'), 'error state');
    expect(squash(box.textContent)).to.contain('The partnerships could not be loaded.');
    expect(box.querySelector('[part=retry]')).to.not.equal(null);
    expect(deepAll(el, 'pa-results', 'pa-card')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('downloads the current results as CSV, with formula cells neutralised', async () => {
    const el = await directory();
    el.store.setQuery('energy');
    // The download itself: a Blob offered through a temporary link (its click is recorded, not followed).
    const clicks: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this);
    };
    let blob: Blob;
    try {
      blob = (await el.downloadCsv())!;
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicks).to.have.length(1);
    expect(clicks[0]!.download).to.equal('partnerships.csv');
    expect(clicks[0]!.href).to.match(/^blob:/);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const text = (await blob.text()).replace(/^\ufeff/, '');
    expect(text).to.equal(await el.csv());
    const lines = text.trim().split('\r\n');
    expect(lines[0]).to.equal(
      'ID,Title,Partners,Countries,Type,Fields,Levels,Status,Start,End,Programme,Places per year,Links,Contacts',
    );
    expect(lines).to.have.length(4);
    expect(text).to.contain(`"'=HYPERLINK(""http://evil"") applied energy lab"`);
    expect(text).to.contain('Home University; University of Lyon');
  });

  it('on a phone, filters are in a drawer that opens from a button and closes with Escape', async () => {
    const el = await directory('', 360);
    expect(deep(el, 'aside')).to.equal(null);
    const button = deep<HTMLButtonElement>(el, '[part=filters-button]')!;
    button.focus();
    button.click();
    const drawer = await until(() => deep<HTMLDialogElement>(el, 'dialog.drawer[open]'), 'drawer open');
    facetBox(el, 'country', 'Japan')!.querySelector('input')!.click();
    await until(() => count(el) === '2 partnerships', 'filtered in the drawer');
    expect(squash(drawer.querySelector('.dialog-foot')!.textContent)).to.equal('Show 2 results');
    await expect(el).to.be.accessible();
    escape(drawer);
    await until(() => !drawer.open, 'drawer closed');
    expect(deepActive()).to.equal(button);
    expect(squash(button.textContent)).to.contain('Filters (1)');
    // The page does not scroll sideways at 320 px.
    el.style.inlineSize = '320px';
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('on a phone, the results behind the open drawer are neither updated nor drawn, and catch up when it closes', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await fixture<PaDirectory>(`<pa-directory style="display:block" src="${SMALL}"></pa-directory>`);
      await until(() => el.store.getState().status === 'ready', 'data loaded');
      await until(() => deepAll(el, 'pa-results', 'pa-card').some((c) => c.checkVisibility()), 'cards shown');
      const results = deep<PaResults>(el, 'pa-results')!;
      const updates = countUpdates(results);
      const button = await until(() => deep<HTMLButtonElement>(el, '[part=filters-button]'), 'phone layout');
      button.click();
      const drawer = await until(() => deep<HTMLDialogElement>(el, 'dialog.drawer[open]'), 'drawer open');
      await until(() => deep(el, '.content.covered'), 'results not drawn behind the drawer');
      expect(deepAll(el, 'pa-results', 'pa-card').some((c) => c.checkVisibility())).to.equal(false);
      // Renders that do not come from the store (the list measuring itself once hidden, the overscan rows added
      // 150 ms after the last results) are let finish first: wait until the list has been still for 300 ms.
      let settled = -1;
      while (settled !== updates.count) {
        settled = updates.count;
        await new Promise((r) => setTimeout(r, 300));
        await results.updateComplete;
      }
      const before = updates.count;
      facetBox(el, 'country', 'Japan')!.querySelector('input')!.click();
      await until(() => count(el) === '2 partnerships', 'filtered in the drawer');
      await results.updateComplete;
      expect(updates.count, 'the covered results did not re-render').to.equal(before);
      escape(drawer);
      await until(() => !drawer.open && !deep(el, '.content.covered'), 'drawer closed, results drawn');
      await results.updateComplete;
      const shown = deepAll(el, 'pa-results', 'pa-card').filter((c) => c.checkVisibility());
      expect(shown).to.have.length(2);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('on a phone, the filters in the closed drawer wait while the visitor types, and are current when it opens', async () => {
    const el = await directory('', 360);
    const facet = deep<PaFacet>(el, 'dialog.drawer pa-facet[facet=country]')!;
    await facet.updateComplete;
    const updates = countUpdates(facet);
    await typeInto(deep<HTMLInputElement>(el, 'pa-search-box', 'input')!, 'energy');
    await until(() => el.store.getState().view.query === 'energy', 'query applied');
    await facet.updateComplete;
    expect(updates.count, 'no work for filters nobody sees').to.equal(0);
    // Opening the drawer brings them up to date before it is painted.
    deep<HTMLButtonElement>(el, '[part=filters-button]')!.click();
    await facet.updateComplete;
    const expected = el.store.getState().result!.facets.country;
    const shown = [...facet.shadowRoot!.querySelectorAll('label[part=item]')].map((l) => [
      l.querySelector('input')!.value,
      Number(squash(l.querySelector('[part=count]')!.textContent).replace(/\D/g, '')),
    ]);
    expect(shown).to.have.length.greaterThan(0);
    for (const [value, n] of shown) expect(n, String(value)).to.equal(expected.find((v) => v.value === value)!.count);
    // Closed again: typing leaves them alone once more.
    escape(deep<HTMLDialogElement>(el, 'dialog.drawer')!);
    const drawer = deep<HTMLDialogElement>(el, 'dialog.drawer')!;
    await until(() => !drawer.open && drawer.hasAttribute('data-pa-hold'), 'closed (its close event heard)');
    const after = updates.count;
    el.store.setQuery('');
    await facet.updateComplete;
    expect(updates.count).to.equal(after);
  });

  it('is accessible right to left in Arabic', async () => {
    const el = await directory('lang="ar" dir="rtl"');
    const title = deepAll(el, 'pa-results', 'pa-card')
      .map((c) => c.shadowRoot!.querySelector('[part~=title]'))
      .find((s) => s?.getAttribute('lang') === 'ar');
    expect(title?.textContent?.trim()).to.equal('أبحاث تحلية المياه');
    await expect(el).to.be.accessible();
  });
});
