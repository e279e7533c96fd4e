// A tiny normalised dataset built by hand for the map's tests (independent of the data loader).
import type { Dataset, Institution, InstitutionKind, Partnership } from '../../../src/data/model.js';
import type { FacetName, QueryState, StoreApi, StoreState } from '../../../src/state/types.js';
import { createEngine } from '../../../src/state/engine/index.js';

export function inst(
  id: string,
  name: string,
  country: string,
  lat: number | undefined,
  lng: number | undefined,
  kind: InstitutionKind = 'university',
  names?: Record<string, string>,
): Institution {
  const base: Institution = {
    id,
    names: names ?? { en: name },
    displayName: name,
    acronyms: [],
    aliases: [],
    kind,
    country,
    city: '',
  };
  return lat === undefined || lng === undefined ? base : { ...base, lat, lng };
}

export function partnership(id: string, partners: string[], type = 'student-exchange'): Partnership {
  return {
    id,
    title: { en: `Partnership ${id}` },
    partners: partners.map((p) => ({ id: p })),
    type,
    fields: [],
    levels: [],
    status: 'active',
    languages: [],
    contacts: [],
    links: [],
    tags: [],
  };
}

export function dataset(institutions: Institution[], partnerships: Partnership[], home?: string): Dataset {
  return {
    meta: home ? { home, types: [] } : { types: [] },
    institutions,
    partnerships,
    institutionById: new Map(institutions.map((i) => [i.id, i])),
  };
}

/** Home in Jeddah; partners in Cambridge, Oxford, Toronto, two at one spot in Belgrade, one without coordinates. */
export function smallDataset(): Dataset {
  const institutions = [
    inst('kau', 'King Abdulaziz University', 'SA', 21.49012, 39.18624, 'university', {
      en: 'King Abdulaziz University',
      ar: 'جامعة الملك عبد العزيز',
    }),
    inst('cam', 'University of Cambridge', 'GB', 52.2053, 0.1218),
    inst('ox', 'University of Oxford', 'GB', 51.752, -1.2577),
    inst('tor', 'University of Toronto', 'CA', 43.6532, -79.3832),
    inst('bg1', 'University of Belgrade', 'RS', 44.80401, 20.46513),
    inst('bg2', 'Institute of Physics Belgrade', 'RS', 44.80401, 20.46513, 'research-institute'),
    inst('nowhere', 'Institute Without Location', 'FR', undefined, undefined, 'research-institute'),
    inst('island', 'Null Island Institute', 'GH', 0, 0, 'company'),
  ];
  const partnerships = [
    partnership('p1', ['kau', 'cam']),
    partnership('p2', ['kau', 'cam', 'ox'], 'joint-research'),
    partnership('p3', ['kau', 'tor']),
    partnership('p4', ['kau', 'bg1']),
    partnership('p5', ['kau', 'bg2'], 'joint-research'),
    partnership('p6', ['kau', 'nowhere']),
    partnership('p7', ['kau', 'island']),
  ];
  return dataset(institutions, partnerships, 'kau');
}

const EMPTY_VIEW: QueryState = { query: '', filters: {}, sort: 'relevance', page: 0 };

/**
 * A store for the map's tests, built on the real engine, until every test can use the data layer's createStore.
 * It records the actions called on it, so tests can check what the map asked for.
 */
export function testStore(ds?: Dataset, status: StoreState['status'] = ds ? 'ready' : 'loading') {
  const engine = ds ? createEngine(ds) : undefined;
  const listeners = new Set<(s: StoreState, p: StoreState) => void>();
  const calls: Array<[string, ...unknown[]]> = [];
  let state: StoreState = {
    status,
    problems: [],
    view: EMPTY_VIEW,
    highlighted: [],
    ...(ds ? { dataset: ds, result: engine!.search(EMPTY_VIEW) } : {}),
  };
  const set = (patch: Partial<StoreState>) => {
    const prev = state;
    state = { ...state, ...patch };
    if (patch.view && engine) state = { ...state, result: engine.search(state.view) };
    for (const l of listeners) l(state, prev);
  };
  const setView = (view: QueryState) => set({ view });
  const store: StoreApi & { calls: typeof calls; set: typeof set } = {
    calls,
    set,
    getState: () => state,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    setQuery(query) {
      calls.push(['setQuery', query]);
      setView({ ...state.view, query });
    },
    toggleFilter(facet, value) {
      calls.push(['toggleFilter', facet, value]);
      const cur = state.view.filters[facet] ?? [];
      const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value];
      setView({ ...state.view, filters: { ...state.view.filters, [facet]: next } });
    },
    setFilter(facet: FacetName, values) {
      calls.push(['setFilter', facet, values]);
      setView({ ...state.view, filters: { ...state.view.filters, [facet]: values } });
    },
    setYears(years) {
      setView({ ...state.view, ...(years ? { years } : {}) });
    },
    setSort(sort) {
      setView({ ...state.view, sort });
    },
    setPage(page) {
      setView({ ...state.view, page });
    },
    select(id) {
      calls.push(['select', id]);
      set(id === undefined ? { selected: undefined } : { selected: id });
    },
    highlight(ids) {
      calls.push(['highlight', ids]);
      set({ highlighted: ids });
    },
    clear() {
      setView(EMPTY_VIEW);
    },
    setView,
  };
  return store;
}
