// pa-directory over a remote query source (docs/remote-source.md, answered by /__test/remote: 95 partnerships, the
// real engine): the count is the server's total, and "load more" and the page buttons ask the server for the next
// page instead of paging the one page the browser has.
import { expect, fixture } from '@open-wc/testing';
import '../../../src/components/directory/define.js';
import type { PaDirectory } from '../../../src/components/directory/directory.js';
import { deep, deepActive, deepAll, squash, until, type as typeInto } from './helpers.js';
import { markedWords } from '../card/marked.js';

const requests = async () => (await (await fetch('/__test/data/count/remote')).json()) as number;

async function directory(attrs = ''): Promise<PaDirectory> {
  const el = await fixture<PaDirectory>(
    `<pa-directory style="display:block;inline-size:1200px" src="/__test/remote" source-type="remote" layout="list" ${attrs}></pa-directory>`,
  );
  await until(() => el.store.getState().status === 'ready' && el.store.getState().result, 'first page');
  await until(() => deepAll(el, 'pa-results', 'pa-card').length > 0, 'cards');
  return el;
}

const count = (el: PaDirectory) => squash(deep(el, 'pa-result-count', '[part=count]')?.textContent);
const shownIds = (el: PaDirectory) => {
  const s = el.store.getState();
  return Array.from(s.result!.hits as ArrayLike<number>, (i) => s.dataset!.partnerships[i]!.id);
};
const items = (el: PaDirectory) => deepAll(el, 'pa-results', 'li[part=item]');
const title = (li: Element) =>
  squash(li.querySelector('pa-card')!.shadowRoot!.querySelector('[part~=title]')?.textContent);

/** Scrolls the list's last rendered item into view until `index` is rendered. */
async function reveal(el: PaDirectory, index: number): Promise<Element> {
  return until(() => {
    const li = deep(el, 'pa-results', `li[data-index="${index}"]`);
    if (!li) items(el).at(-1)?.scrollIntoView({ block: 'end' });
    return li;
  }, `item ${index} rendered`);
}

describe('pa-directory with a remote query source', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('"load more" asks the server for the next page; the count is the server’s total', async () => {
    const el = await directory();
    // One page of 20 in the browser, 95 matches on the server.
    expect(shownIds(el)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `r-${i}`));
    expect(count(el)).to.equal('95 partnerships');
    expect(items(el)[0]!.getAttribute('aria-setsize')).to.equal('95');
    const more = deep<HTMLButtonElement>(el, 'pa-results', '[part=more]')!;
    expect(squash(more.textContent)).to.equal('Load 20 more');

    // As a visitor would: scroll down to the button (the list renders the cards near the viewport), press it.
    more.scrollIntoView({ block: 'end' });
    await until(() => deep(el, 'pa-results', 'li[data-index="19"]'), 'the last card rendered');
    const before = await requests();
    more.focus();
    more.click();
    expect(el.store.getState().view.page).to.equal(1);
    await until(() => shownIds(el).length === 40, 'second page appended');
    expect(await requests()).to.equal(before + 1);
    expect(shownIds(el)).to.deep.equal(Array.from({ length: 40 }, (_, i) => `r-${i}`));
    expect(count(el)).to.equal('95 partnerships');
    // The next page's cards are there, numbered among all 95; focus moved to the first of them.
    await until(() => deepActive()?.closest('li')?.getAttribute('data-index') === '20', 'focus on the first new card');
    const first = await reveal(el, 20);
    expect(title(first)).to.equal('Energy partnership 20');
    expect(first.getAttribute('aria-posinset')).to.equal('21');
    const last = await reveal(el, 39);
    expect(title(last)).to.equal('Data partnership 39');

    // To the end: 95 = 4 × 20 + 15.
    for (const n of [60, 80, 95]) {
      deep<HTMLButtonElement>(el, 'pa-results', '[part=more]')!.click();
      await until(() => shownIds(el).length === n, `${n} shown`);
    }
    expect(deep(el, 'pa-results', '[part=more]')).to.equal(null);
    expect(new Set(shownIds(el)).size).to.equal(95);
    await expect(el).to.be.accessible();
  });

  it('asks the server for pages of the directory’s page-size', async () => {
    const el = await directory('page-size="12"');
    expect(shownIds(el)).to.deep.equal(Array.from({ length: 12 }, (_, i) => `r-${i}`));
    expect(count(el)).to.equal('95 partnerships');
    const more = deep<HTMLButtonElement>(el, 'pa-results', '[part=more]')!;
    expect(squash(more.textContent)).to.equal('Load 12 more');
    more.scrollIntoView({ block: 'end' });
    await until(() => deep(el, 'pa-results', 'li[data-index="11"]'), 'the last card rendered');
    more.click();
    await until(() => shownIds(el).length === 24, 'second page of 12 appended');
    expect(shownIds(el)).to.deep.equal(Array.from({ length: 24 }, (_, i) => `r-${i}`));
  });

  it('page buttons ask the server for that page', async () => {
    const el = await directory('paging="pages"');
    const nav = deep(el, 'pa-results', '[part=pagination]')!;
    expect(squash(nav.querySelector('[aria-current]')?.textContent)).to.equal('Page 1 of 5');
    const next = [...nav.querySelectorAll('button')].find((b) => squash(b.textContent) === 'Next page')!;
    next.click();
    await until(() => el.store.getState().result?.remote?.page === 1, 'page 2 answered');
    await until(() => items(el)[0]?.getAttribute('aria-posinset') === '21', 'page 2 shown');
    expect(title(items(el)[0]!)).to.equal('Energy partnership 20');
    expect(count(el)).to.equal('95 partnerships');
    expect(squash(deep(el, 'pa-results', '[part=pagination] [aria-current]')?.textContent)).to.equal('Page 2 of 5');
    expect(items(el).every((li) => Number(li.getAttribute('aria-posinset')) > 20)).to.equal(true);

    // A page that does not follow: the server's page 5 alone.
    el.store.setPage(4);
    await until(() => el.store.getState().result?.remote?.page === 4, 'page 5 answered');
    expect(shownIds(el)).to.deep.equal(Array.from({ length: 15 }, (_, i) => `r-${80 + i}`));
    await until(() => items(el)[0]?.getAttribute('aria-posinset') === '81', 'page 5 shown');
    const buttons = deepAll<HTMLButtonElement>(el, 'pa-results', '[part=pagination] button');
    expect(buttons.map((b) => b.disabled)).to.deep.equal([false, true]);
  });

  it('a new query starts again from the first page, with the server’s total and typo matches marked', async () => {
    const el = await directory();
    deep<HTMLButtonElement>(el, 'pa-results', '[part=more]')!.click();
    await until(() => shownIds(el).length === 40, 'two pages');
    await typeInto(deep<HTMLInputElement>(el, 'pa-search-box', 'input')!, 'enrgy');
    // "Energy partnership N" for every N divisible by 4: 24 of 95.
    await until(() => count(el) === '24 partnerships', 'server total for the query');
    expect(el.store.getState().view.page).to.equal(0);
    expect(shownIds(el)).to.have.length(20);
    expect(el.store.getState().result!.terms).to.include('energy');
    const marks = await until(() => {
      const found = deepAll(el, 'pa-results', 'pa-card').flatMap((c) => markedWords(c));
      return found.length ? found : undefined;
    }, 'typo match marked');
    expect(marks.every((m) => m === 'Energy')).to.equal(true);
    expect(squash(deep(el, 'pa-results', '[part=more]')?.textContent)).to.equal('Load 4 more');
  });
});
