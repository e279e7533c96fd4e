/**
 * The world outline: Natural Earth country outlines (world-atlas), already projected into the map's base space by
 * scripts/build-outlines.js, one chunk per detail level. Each chunk is loaded with `import()`, so it stays out of
 * every bundle until a map needs it; preparing it here is only a lookup of country codes and one string join.
 */
import { ALPHA2_BY_NUMERIC } from '../data/country-table.js';

export type OutlineDetail = '110m' | '50m';

export interface OutlineCountry {
  /** ISO 3166-1 alpha-2 (`''` for the few areas without an ISO code, e.g. Northern Cyprus). */
  readonly country: string;
  /** Natural Earth's English name, used only as a last fallback. */
  readonly name: string;
  /** SVG path data in base units. */
  readonly d: string;
  /** Centre of the country's largest part, in base units (for its label and focus target). */
  readonly cx: number;
  readonly cy: number;
}

/** What a generated outline chunk holds (see scripts/build-outlines.js). */
export interface OutlineData {
  /** Path data of the sphere. */
  readonly sphere: string;
  /** Per country: ISO 3166-1 numeric id ('' when none), Natural Earth name, path data, label point. */
  readonly countries: ReadonlyArray<readonly [id: string, name: string, d: string, cx: number, cy: number]>;
}

export interface Outline {
  readonly detail: OutlineDetail;
  readonly countries: readonly OutlineCountry[];
  /** Path data of the sphere (the sea). */
  readonly sphere: string;
  /** Every country in one path (the markers view draws land as one element: less DOM, faster first paint). */
  readonly land: string;
}

const loaders: Record<OutlineDetail, () => Promise<{ default: OutlineData }>> = {
  '110m': () => import('./outline-110m.js'),
  '50m': () => import('./outline-50m.js'),
};
const cache = new Map<OutlineDetail, Promise<Outline>>();
const ready = new Map<OutlineDetail, Outline>();

/** Loads (once) and prepares the outline at `detail`. */
export function loadOutline(detail: OutlineDetail = '110m'): Promise<Outline> {
  let promise = cache.get(detail);
  if (!promise) {
    promise = loaders[detail]().then((m) => {
      const outline = buildOutline(m.default, detail);
      ready.set(detail, outline);
      return outline;
    });
    promise.catch(() => cache.delete(detail));
    cache.set(detail, promise);
  }
  return promise;
}

/** The outline at `detail` when it has already been loaded (synchronously), else undefined. */
export function loadedOutline(detail: OutlineDetail = '110m'): Outline | undefined {
  return ready.get(detail);
}

/** Turns a generated outline chunk into the map's outline. */
export function buildOutline(data: OutlineData, detail: OutlineDetail): Outline {
  const countries = data.countries.map(([id, name, d, cx, cy]) => ({
    // Kosovo has no ISO numeric code, so world-atlas gives it no id; ROR and the data model use XK.
    country: ALPHA2_BY_NUMERIC.get(id) ?? (name === 'Kosovo' ? 'XK' : ''),
    name,
    d,
    cx,
    cy,
  }));
  // Each country's path data starts with an absolute moveto, so they join into one path.
  return { detail, countries, sphere: data.sphere, land: countries.map((c) => c.d).join('') };
}
