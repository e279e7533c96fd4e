import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/data/define.js';
import '../src/components/search-box/define.js';
import '../src/components/facet/define.js';
import '../src/components/active-filters/define.js';
import '../src/components/result-count/define.js';
import '../src/components/sort/define.js';
import '../src/components/year-range/define.js';
import '../src/components/results/define.js';
import '../src/components/empty-state/define.js';
import '../src/components/error-state/define.js';
import { createStore } from '../src/state/store.js';
import { registerStore } from '../src/state/store-registry.js';
import { validateDataset } from '../src/data/validate.js';
import type { StoreApi } from '../src/state/types.js';

/** Each composable part works alone inside a `pa-data` provider (or with `for="<id>"` anywhere on the page). */
const meta: Meta = {
  title: 'Elements/Widgets',
};
export default meta;

const data = (body: unknown, src = '/data/partnerships.json') => html`<pa-data src=${src}>${body}</pa-data>`;

export const SearchBox: StoryObj = { render: () => data(html`<pa-search-box></pa-search-box>`) };
export const FacetList: StoryObj = { render: () => data(html`<pa-facet facet="country" order="label"></pa-facet>`) };
export const FacetSelect: StoryObj = { render: () => data(html`<pa-facet facet="type" variant="select"></pa-facet>`) };
export const ActiveFiltersAndCount: StoryObj = {
  render: () =>
    data(
      html`<pa-search-box></pa-search-box><pa-facet facet="level"></pa-facet><pa-active-filters></pa-active-filters
        ><pa-result-count></pa-result-count>`,
    ),
};
export const Sort: StoryObj = { render: () => data(html`<pa-sort></pa-sort>`) };
/** Years typed in either input apply on Enter or when leaving it; the range shows as a chip. */
export const YearRange: StoryObj = {
  render: () =>
    data(
      html`<pa-year-range></pa-year-range><pa-active-filters></pa-active-filters><pa-result-count></pa-result-count>`,
    ),
};
export const ResultsGrid: StoryObj = { render: () => data(html`<pa-results layout="grid"></pa-results>`) };
/** While the data loads: skeleton cards (a source that never answers). */
const never = { name: 'never', load: () => new Promise<never>(() => {}) };
export const ResultsLoading: StoryObj = {
  render: () => html`<pa-data .source=${never}><pa-results></pa-results></pa-data>`,
};
export const ErrorState: StoryObj = {
  render: () => data(html`<pa-error-state></pa-error-state>`, '/data/missing-file.json'),
};

/**
 * The first frame of a large dataset: results and count are there, the facet counts follow a frame later. The facet
 * holds its place meanwhile (legend, placeholder rows, `aria-busy`). Shown here frozen in that state.
 */
export const FacetCountsPending: StoryObj = {
  render: () => {
    const view = { query: '', filters: {}, sort: 'relevance' as const, page: 0 };
    const state = {
      status: 'ready' as const,
      problems: [],
      view,
      highlighted: [],
      result: { hits: [], total: 12000, facets: {} as never, terms: [], partial: true },
    };
    const store = {
      getState: () => state,
      subscribe: () => () => undefined,
      setQuery: () => undefined,
      toggleFilter: () => undefined,
      setFilter: () => undefined,
      setYears: () => undefined,
      setSort: () => undefined,
      setPage: () => undefined,
      select: () => undefined,
      highlight: () => undefined,
      clear: () => undefined,
      setView: () => undefined,
    } as unknown as StoreApi;
    registerStore('story-facet-pending', store);
    return html`<pa-facet for="story-facet-pending" facet="country"></pa-facet>`;
  },
};

/** Nothing matches a query and a year range: the empty state offers to remove the range (which brings results back). */
export const EmptyStateSuggestsYears: StoryObj = {
  loaders: [
    async () => {
      const input: unknown = await (await fetch('/data/partnerships.json')).json();
      const store = createStore();
      store.setDataset(validateDataset(input, { source: 'story' }).dataset);
      store.setQuery('energy');
      store.setYears({ from: 1900, to: 1901 });
      registerStore('story-empty-years', store);
      return {};
    },
  ],
  render: () =>
    html`<pa-active-filters for="story-empty-years"></pa-active-filters
      ><pa-empty-state for="story-empty-years"></pa-empty-state>`,
};
