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
 * Builds the map model of `hits` (indices into dataset.partnerships). A dataset with no partnerships at all (a
 * plain list of institutions, such as ROR records) shows every institution, each with no partnerships.
 */
export function buildMapModel(dataset: Dataset, hits: ArrayLike<number>): MapModel {
  const homeId = dataset.meta.home;
  const byId = new Map<string, number[]>();
  if (dataset.partnerships.length === 0) for (const inst of dataset.institutions) byId.set(inst.id, []);
  const countryPartnerships = new Map<string, number>();
  const seenCountry = new Set<string>();
  for (let h = 0; h < hits.length; h++) {
    const index = hits[h]!;
    const p = dataset.partnerships[index];
    if (!p) continue;
    seenCountry.clear();
    for (const ref of p.partners) {
      let list = byId.get(ref.id);
      if (!list) byId.set(ref.id, (list = []));
      if (list[list.length - 1] !== index) list.push(index);
      if (ref.id === homeId) continue;
      const country = dataset.institutionById.get(ref.id)?.country;
      if (country && !seenCountry.has(country)) {
        seenCountry.add(country);
        countryPartnerships.set(country, (countryPartnerships.get(country) ?? 0) + 1);
      }
    }
  }
  const institutions: MapInstitution[] = [];
  let home: MapInstitution | undefined;
  const countryInstitutions = new Map<string, number>();
  for (const [id, partnerships] of byId) {
    const institution = dataset.institutionById.get(id);
    if (!institution) continue;
    const located = isLocated(institution);
    const xy = located ? project(institution.lng!, institution.lat!) : undefined;
    const item: MapInstitution = {
      institution,
      count: partnerships.length,
      weight: partnerships.length,
      partnerships,
      located: xy !== undefined,
      home: id === homeId,
      x: xy ? xy[0] : NaN,
      y: xy ? xy[1] : NaN,
    };
    if (item.home) {
      home = item;
      continue;
    }
    institutions.push(item);
    if (institution.country) {
      countryInstitutions.set(institution.country, (countryInstitutions.get(institution.country) ?? 0) + 1);
    }
  }
  institutions.sort((a, b) => b.count - a.count || (a.institution.id < b.institution.id ? -1 : 1));
  const countries: CountryCount[] = [...countryInstitutions].map(([country, n]) => ({
    country,
    institutions: n,
    partnerships: countryPartnerships.get(country) ?? 0,
  }));
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
