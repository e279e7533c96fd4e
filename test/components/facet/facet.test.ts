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
