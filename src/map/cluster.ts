/**
 * Point clustering in the map's own projected base space.
 *
 * Written here (about 100 lines) rather than taken from supercluster because supercluster clusters in Web
 * Mercator tile space: on an equal-area map its radius would not match screen pixels (clusters grow towards the
 * poles), and its zoom levels are tile levels, not this map's continuous scale. The algorithm is the same greedy
 * one: the heaviest unclustered point takes every unclustered point within the radius, found through a grid.
 */
import type { Bounds } from './view.js';
import { extend } from './view.js';

export interface ClusterPoint {
  /** Base-unit position. */
  readonly x: number;
  readonly y: number;
  /** Importance (number of partnerships); heavier points seed clusters and lead them. */
  readonly weight: number;
}

export interface Cluster {
  /** Stable key: the lead point's index and the member count. */
  readonly key: string;
  /** Base-unit position (the lead point's, so a cluster always sits on a real place). */
  readonly x: number;
  readonly y: number;
  /** Indices of the member points, heaviest first; `members[0]` is the lead. */
  readonly members: readonly number[];
  /** Sum of the members' weights. */
  readonly weight: number;
  /** Box of the members, in base units. */
  readonly bounds: Bounds;
  /** True when every member sits on exactly the same point (a shared spot that zooming never splits). */
  readonly shared: boolean;
}

/** Clusters `points` so that no two cluster leads are closer than `radius` base units. */
export function clusterPoints(points: readonly ClusterPoint[], radius: number): Cluster[] {
  const n = points.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => points[b]!.weight - points[a]!.weight || a - b);
  const r2 = radius * radius;
  const cell = radius > 0 ? radius : 1;
  const grid = new Map<string, number[]>();
  const cellOf = (p: ClusterPoint) => [Math.floor(p.x / cell), Math.floor(p.y / cell)] as const;
  for (const i of order) {
    const [cx, cy] = cellOf(points[i]!);
    const key = `${cx},${cy}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  }
  const taken = new Uint8Array(n);
  const clusters: Cluster[] = [];
  for (const i of order) {
    if (taken[i]) continue;
    const lead = points[i]!;
    const members = [i];
    taken[i] = 1;
    let weight = lead.weight;
    let bounds = extend(undefined, lead.x, lead.y);
    let shared = true;
    const [cx, cy] = cellOf(lead);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        const bucket = grid.get(`${gx},${gy}`);
        if (!bucket) continue;
        for (const j of bucket) {
          if (taken[j]) continue;
          const p = points[j]!;
          const dx = p.x - lead.x;
          const dy = p.y - lead.y;
          if (dx * dx + dy * dy > r2) continue;
          taken[j] = 1;
          members.push(j);
          weight += p.weight;
          bounds = extend(bounds, p.x, p.y);
          if (dx !== 0 || dy !== 0) shared = false;
        }
      }
    }
    if (members.length > 1) members.sort((a, b) => points[b]!.weight - points[a]!.weight || a - b);
    clusters.push({ key: `${i}:${members.length}`, x: lead.x, y: lead.y, members, weight, bounds, shared });
  }
  return clusters;
}

/**
 * Clusters for every zoom: the scale is quantised into half-octave levels, each clustered once on first use with
 * a radius of `radiusPx` screen pixels at that level's scale, and cached.
 */
export class ClusterIndex {
  private readonly levels = new Map<number, Cluster[]>();

  constructor(
    readonly points: readonly ClusterPoint[],
    readonly radiusPx = 36,
  ) {}

  /** The level of a scale (CSS pixels per base unit). */
  static level(k: number): number {
    return Math.floor(Math.log2(k) * 2);
  }

  /** The clusters to show at scale `k`. */
  at(k: number): readonly Cluster[] {
    return this.atLevel(ClusterIndex.level(k));
  }

  /** True when a level has been clustered already. */
  has(level: number): boolean {
    return this.levels.has(level);
  }

  /** The clusters of one level (clustered on first use). */
  atLevel(level: number): readonly Cluster[] {
    let clusters = this.levels.get(level);
    if (!clusters) {
      const levelK = Math.pow(2, level / 2);
      clusters = this.radiusPx > 0 ? clusterPoints(this.points, this.radiusPx / levelK) : clusterPoints(this.points, 0);
      this.levels.set(level, clusters);
    }
    return clusters;
  }
}
