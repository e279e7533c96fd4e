import { expect } from '@open-wc/testing';
import { connectFacet, type FacetOptions } from '../../../src/components/facet/facet.connector.js';
import type { FacetValue, StoreApi, StoreState } from '../../../src/state/types.js';

/** A state whose country facet has `n` values (counts n, n-1, ...), `selected` of them chosen. */
function stateWith(n: number, selected: string[] = []): StoreState {
  const values: FacetValue[] = Array.from({ length: n }, (_, i) => ({
    value: `C${i}`,
    count: n - i,
    selected: selected.includes(`C${i}`),
  }));
  return {
    result: { facets: { country: values } },
    view: { query: '', filters: { country: selected }, sort: 'relevance', page: 0 },
  } as unknown as StoreState;
}

const options = (over: Partial<FacetOptions> = {}): FacetOptions => ({
  limit: 6,
  expanded: false,
  filter: '',
  label: (v) => v,
  normalise: (t) => t.toLowerCase(),
  ...over,
});

const store = {} as StoreApi;

describe('connectFacet: "show more"', () => {
  it('shows a list at most two values longer than the limit whole, with no button', () => {
    for (const n of [6, 7, 8]) {
      const m = connectFacet(stateWith(n), store, 'country', options());
      expect(m.items.length, `${n} values`).to.equal(n);
      expect(m.canToggleShowMore, `${n} values`).to.equal(false);
      expect(m.hiddenCount).to.equal(0);
    }
  });

  it('cuts a longer list at the limit and says how many more there are', () => {
    const m = connectFacet(stateWith(9), store, 'country', options());
    expect(m.items.map((v) => v.value)).to.deep.equal(['C0', 'C1', 'C2', 'C3', 'C4', 'C5']);
    expect(m.canToggleShowMore).to.equal(true);
    expect(m.hiddenCount).to.equal(3);
    const open = connectFacet(stateWith(9), store, 'country', options({ expanded: true }));
    expect(open.items.length).to.equal(9);
    expect(open.canToggleShowMore).to.equal(true);
  });

  it('keeps a selected value beyond the limit in view', () => {
    const m = connectFacet(stateWith(12, ['C10']), store, 'country', options());
    expect(m.items.map((v) => v.value)).to.deep.equal(['C0', 'C1', 'C2', 'C3', 'C4', 'C5', 'C10']);
    expect(m.hiddenCount).to.equal(5);
  });

  it('applies the rule to the values the search inside the list leaves', () => {
    // 20 values, of which C1 and C10-C19 contain "1": 11 matches, more than 6 + 2.
    const m = connectFacet(stateWith(20), store, 'country', options({ filter: '1' }));
    expect(m.matching).to.equal(11);
    expect(m.items.length).to.equal(6);
    // 18 values: C1 and C10-C17 contain "c1", 9 matches for a limit of 7: at most two over, all shown.
    const few = connectFacet(stateWith(18), store, 'country', options({ filter: 'c1', limit: 7 }));
    expect(few.matching).to.equal(9);
    expect(few.items.length).to.equal(9);
    expect(few.canToggleShowMore).to.equal(false);
  });
});
