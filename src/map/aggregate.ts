/**
 * What the map shows for a search result: the institutions that the result's partnerships involve (with how many
 * partnerships each), the home institution, the institutions that cannot be drawn, and counts per country.
 * Pure: depends only on the dataset, the result's hit indices and the projection.
 */
import type { Dataset, Institution } from '../data/model.js';
import { isLocated, project } from './projection.js';
import type { ClusterPoint } from './cluster.js';

export interface MapInstitution extends ClusterPoint {
  readonly institution: Institution;
  /** Number of partnerships in the current result that involve this institution. */
  readonly count: number;
  /** Indices (into dataset.partnerships) of those partnerships, in result order. */
  readonly partnerships: readonly number[];
  /** False when the institution has no drawable coordinates (x and y are then NaN). */
  readonly located: boolean;
  readonly home: boolean;
}

export interface CountryCount {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** Institutions of that country in the result (the home institution excluded). */
  readonly institutions: number;
  /** Partnerships of the result with at least one partner there (the home institution excluded). */
  readonly partnerships: number;
}

export interface MapModel {
  /** Every institution of the result except home, heaviest first. */
  readonly institutions: readonly MapInstitution[];
  /** The drawable ones, in the same order: the points that get clustered. */
  readonly located: readonly MapInstitution[];
  /** The ones without coordinates: listed and counted, never drawn. */
  readonly unlocated: readonly MapInstitution[];
  /** The home institution when the dataset names one and it takes part in the result. */
  readonly home?: MapInstitution;
  /** Per country, most partnerships first. */
  readonly countries: readonly CountryCount[];
  /** Number of partnerships in the result. */
  readonly partnerships: number;
}

/**
 * What does not change between searches on one dataset, prepared once: every institution's projected position and
 * country, and each partnership's partner institutions as indices. A filter change then only counts.
 */
interface Prepared {
  readonly institutions: readonly Institution[];
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly located: Uint8Array;
  /** Index into `countries` per institution, -1 without a country. */
  readonly country: Int32Array;
  readonly countries: readonly string[];
  /** Partner institutions of partnership p: `partners[offsets[p]]` to `partners[offsets[p + 1] - 1]`, each once. */
  readonly offsets: Int32Array;
  readonly partners: Int32Array;
  /** Index of the home institution, -1 when none. */
  readonly home: number;
}

const prepared = new WeakMap<Dataset, Prepared>();

function prepare(dataset: Dataset): Prepared {
  let p = prepared.get(dataset);
  if (p) return p;
  const institutions = [...dataset.institutionById.values()];
  const n = institutions.length;
  const indexOf = new Map(institutions.map((inst, i) => [inst.id, i]));
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  const located = new Uint8Array(n);
  const country = new Int32Array(n).fill(-1);
  const countryIndex = new Map<string, number>();
  institutions.forEach((inst, i) => {
    const xy = isLocated(inst) ? project(inst.lng!, inst.lat!) : undefined;
    if (xy) {
      [x[i], y[i]] = xy;
      located[i] = 1;
    }
    if (inst.country) {
      let c = countryIndex.get(inst.country);
      if (c === undefined) countryIndex.set(inst.country, (c = countryIndex.size));
      country[i] = c;
    }
  });
  const offsets = new Int32Array(dataset.partnerships.length + 1);
  const list: number[] = [];
  dataset.partnerships.forEach((partnership, index) => {
    const start = list.length;
    for (const ref of partnership.partners) {
      const i = indexOf.get(ref.id);
      // Unknown ids are dropped; an institution named twice in one partnership counts once.
      if (i !== undefined && list.indexOf(i, start) < 0) list.push(i);
    }
    offsets[index + 1] = list.length;
  });
  p = {
    institutions,
    x,
    y,
    located,
    country,
    countries: [...countryIndex.keys()],
    offsets,
    partners: Int32Array.from(list),
    home: dataset.meta.home ? (indexOf.get(dataset.meta.home) ?? -1) : -1,
  };
  prepared.set(dataset, p);
  return p;
}

/**
 * Builds the map model of `hits` (indices into dataset.partnerships). A dataset with no partnerships at all (a
 * plain list of institutions, such as ROR records) shows every institution, each with no partnerships.
 */
export function buildMapModel(dataset: Dataset, hits: ArrayLike<number>): MapModel {
  const d = prepare(dataset);
  const n = d.institutions.length;
  const counts = new Int32Array(n);
  const countryPartnerships = new Int32Array(d.countries.length);
  // The last hit that counted a country, so that a partnership counts once per country.
  const countedFor = new Int32Array(d.countries.length).fill(-1);
  for (let h = 0; h < hits.length; h++) {
    const index = hits[h]!;
    if (index < 0 || index >= dataset.partnerships.length) continue;
    for (let j = d.offsets[index]!; j < d.offsets[index + 1]!; j++) {
      const i = d.partners[j]!;
      counts[i]!++;
      if (i === d.home) continue;
      const c = d.country[i]!;
      if (c >= 0 && countedFor[c] !== h) {
        countedFor[c] = h;
        countryPartnerships[c]!++;
      }
    }
  }
  const everyone = dataset.partnerships.length === 0;
  // Each institution's partnerships, in result order.
  const lists: number[][] = [];
  for (let i = 0; i < n; i++) if (counts[i]) lists[i] = [];
  for (let h = 0; h < hits.length; h++) {
    const index = hits[h]!;
    if (index < 0 || index >= dataset.partnerships.length) continue;
    for (let j = d.offsets[index]!; j < d.offsets[index + 1]!; j++) lists[d.partners[j]!]!.push(index);
  }
  const institutions: MapInstitution[] = [];
  let home: MapInstitution | undefined;
  const countryInstitutions = new Int32Array(d.countries.length);
  for (let i = 0; i < n; i++) {
    if (!counts[i] && !everyone) continue;
    const partnerships = lists[i] ?? [];
    const item: MapInstitution = {
      institution: d.institutions[i]!,
      count: partnerships.length,
      weight: partnerships.length,
      partnerships,
      located: d.located[i] === 1,
      home: i === d.home,
      x: d.x[i]!,
      y: d.y[i]!,
    };
    if (item.home) {
      home = item;
      continue;
    }
    institutions.push(item);
    if (d.country[i]! >= 0) countryInstitutions[d.country[i]!]!++;
  }
  institutions.sort((a, b) => b.count - a.count || (a.institution.id < b.institution.id ? -1 : 1));
  const countries: CountryCount[] = [];
  d.countries.forEach((country, c) => {
    if (countryInstitutions[c]) {
      countries.push({ country, institutions: countryInstitutions[c]!, partnerships: countryPartnerships[c]! });
    }
  });
  countries.sort(
    (a, b) => b.partnerships - a.partnerships || b.institutions - a.institutions || (a.country < b.country ? -1 : 1),
  );
  const model: MapModel = {
    institutions,
    located: institutions.filter((i) => i.located),
    unlocated: institutions.filter((i) => !i.located),
    countries,
    partnerships: hits.length,
  };
  return home ? { ...model, home } : model;
}

/**
 * Class breaks for shading countries by count: up to `classes` upper bounds (inclusive), from quantiles of the
 * distinct counts so that skewed data (one country with hundreds, most with a few) still uses every shade.
 */
export function classBreaks(counts: readonly number[], classes = 5): number[] {
  const values = [...new Set(counts.filter((c) => c > 0))].sort((a, b) => a - b);
  if (values.length === 0) return [];
  if (values.length <= classes) return values;
  const breaks: number[] = [];
  for (let c = 1; c <= classes; c++) {
    const v = values[Math.min(values.length - 1, Math.ceil((c / classes) * values.length) - 1)]!;
    if (breaks[breaks.length - 1] !== v) breaks.push(v);
  }
  return breaks;
}

/** The class (1-based) of a count under `breaks`; 0 for no partnerships. */
export function classify(count: number, breaks: readonly number[]): number {
  if (count <= 0) return 0;
  for (let i = 0; i < breaks.length; i++) if (count <= breaks[i]!) return i + 1;
  return breaks.length;
}
