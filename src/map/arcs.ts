/**
 * Arcs from the home institution to its partners, along great circles. d3-geo draws a LineString between two
 * points along the great circle (adaptive resampling) and cuts it at the antimeridian, so an arc from Jeddah to
 * Auckland leaves one edge of the map and comes back at the other instead of crossing the whole world.
 */
import { geoPath, type GeoContext } from 'd3-geo';
import { baseProjection } from './projection.js';

export type LngLat = readonly [lng: number, lat: number];

/** One Path2D in base units holding every arc from `from` to each of `targets`. */
export function arcsPath(from: LngLat, targets: readonly LngLat[]): Path2D {
  const path2d = new Path2D();
  if (targets.length === 0) return path2d;
  const draw = geoPath(baseProjection().projection, path2d as unknown as GeoContext);
  draw({
    type: 'MultiLineString',
    coordinates: targets
      .filter((t) => t[0] !== from[0] || t[1] !== from[1])
      .map((t) => [
        [from[0], from[1]],
        [t[0], t[1]],
      ]),
  });
  return path2d;
}
