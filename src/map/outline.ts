/**
 * The world outline: world-atlas TopoJSON turned into SVG path data in base units, once per detail level.
 * The TopoJSON itself is loaded with `import()`, so it stays out of every bundle until a map needs it.
 */
import { geoArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ALPHA2_BY_NUMERIC } from '../data/countries.js';
import { baseProjection } from './projection.js';

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

export interface Outline {
  readonly detail: OutlineDetail;
  readonly countries: readonly OutlineCountry[];
  /** Path data of the sphere (the sea). */
  readonly sphere: string;
  /** Every country in one path (the markers view draws land as one element: less DOM, faster first paint). */
  readonly land: string;
}

const loaders: Record<OutlineDetail, () => Promise<{ default: unknown }>> = {
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
      const outline = buildOutline(m.default as Topology, detail);
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

type CountryProps = { name?: string };

/** Projects a world-atlas topology into base-unit path data. */
export function buildOutline(topology: Topology, detail: OutlineDetail): Outline {
  const { projection } = baseProjection();
  const path = geoPath(projection).digits(1);
  const collection = feature(
    topology,
    topology.objects['countries'] as GeometryCollection<CountryProps>,
  ) as unknown as { features: Feature<Polygon | MultiPolygon, CountryProps>[] };
  const countries: OutlineCountry[] = [];
  for (const f of collection.features) {
    const d = path(f);
    if (!d) continue;
    const name = f.properties?.name ?? '';
    const id = f.id === undefined ? '' : String(f.id).padStart(3, '0');
    // Kosovo has no ISO numeric code, so world-atlas gives it no id; ROR and the data model use XK.
    const country = ALPHA2_BY_NUMERIC.get(id) ?? (name === 'Kosovo' ? 'XK' : '');
    const [cx, cy] = path.centroid(largestPart(f));
    countries.push({ country, name, d, cx, cy });
  }
  return { detail, countries, sphere: path({ type: 'Sphere' }) ?? '', land: countries.map((c) => c.d).join('') };
}

/** The largest polygon of a feature, so France's label sits in France, not between it and French Guiana. */
function largestPart(f: Feature<Polygon | MultiPolygon>): Feature<Polygon> | Feature<Polygon | MultiPolygon> {
  if (f.geometry.type !== 'MultiPolygon') return f;
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  return best ? { type: 'Feature', properties: {}, geometry: best } : f;
}
