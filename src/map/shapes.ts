/**
 * Marker shapes: each kind of institution has its own shape, so kind never depends on colour. The same function
 * draws into a canvas Path2D (the map) and into SVG path data (the legend and the table), so both always agree.
 */
import type { InstitutionKind } from '../data/model.js';

export type Shape =
  'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'cross' | 'pentagon' | 'hexagon' | 'star';

/** The shape of each kind of institution. */
export const KIND_SHAPES: Readonly<Record<InstitutionKind, Shape>> = {
  university: 'circle',
  'research-institute': 'square',
  company: 'diamond',
  'non-profit': 'triangle',
  government: 'pentagon',
  intergovernmental: 'hexagon',
  hospital: 'cross',
  other: 'triangle-down',
};

/** The part of CanvasPath that shapes need; Path2D and SvgPathBuilder both have it. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
  closePath(): void;
}

function polygon(sink: PathSink, x: number, y: number, r: number, sides: number, rotation: number): void {
  for (let i = 0; i < sides; i++) {
    const a = rotation + (i * 2 * Math.PI) / sides;
    const px = x + r * Math.cos(a);
    const py = y + r * Math.sin(a);
    if (i === 0) sink.moveTo(px, py);
    else sink.lineTo(px, py);
  }
  sink.closePath();
}

/** Adds a shape of radius `r` (about the same visual area for every shape) centred on (x, y). */
export function addShape(sink: PathSink, shape: Shape, x: number, y: number, r: number): void {
  const up = -Math.PI / 2;
  switch (shape) {
    case 'circle':
      sink.moveTo(x + r, y);
      sink.arc(x, y, r, 0, 2 * Math.PI);
      sink.closePath();
      return;
    case 'square': {
      const s = r * 0.89;
      sink.moveTo(x - s, y - s);
      sink.lineTo(x + s, y - s);
      sink.lineTo(x + s, y + s);
      sink.lineTo(x - s, y + s);
      sink.closePath();
      return;
    }
    case 'diamond':
      return polygon(sink, x, y, r * 1.25, 4, up);
    case 'triangle':
      return polygon(sink, x, y + r * 0.15, r * 1.35, 3, up);
    case 'triangle-down':
      return polygon(sink, x, y - r * 0.15, r * 1.35, 3, -up);
    case 'pentagon':
      return polygon(sink, x, y, r * 1.1, 5, up);
    case 'hexagon':
      return polygon(sink, x, y, r * 1.05, 6, 0);
    case 'cross': {
      const a = r * 1.1;
      const b = r * 0.4;
      sink.moveTo(x - b, y - a);
      sink.lineTo(x + b, y - a);
      sink.lineTo(x + b, y - b);
      sink.lineTo(x + a, y - b);
      sink.lineTo(x + a, y + b);
      sink.lineTo(x + b, y + b);
      sink.lineTo(x + b, y + a);
      sink.lineTo(x - b, y + a);
      sink.lineTo(x - b, y + b);
      sink.lineTo(x - a, y + b);
      sink.lineTo(x - a, y - b);
      sink.lineTo(x - b, y - b);
      sink.closePath();
      return;
    }
    case 'star':
      for (let i = 0; i < 10; i++) {
        const a = up + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r * 1.35 : r * 0.6;
        const px = x + rr * Math.cos(a);
        const py = y + rr * Math.sin(a);
        if (i === 0) sink.moveTo(px, py);
        else sink.lineTo(px, py);
      }
      sink.closePath();
      return;
  }
}

/** Collects shapes as SVG path data. */
export class SvgPathBuilder implements PathSink {
  private d = '';
  moveTo(x: number, y: number): void {
    this.d += `M${r2(x)},${r2(y)}`;
  }
  lineTo(x: number, y: number): void {
    this.d += `L${r2(x)},${r2(y)}`;
  }
  arc(x: number, y: number, r: number): void {
    // Only full circles are drawn: two half arcs from the current point (x + r, y).
    this.d += `A${r2(r)},${r2(r)} 0 1 1 ${r2(x - r)},${r2(y)}A${r2(r)},${r2(r)} 0 1 1 ${r2(x + r)},${r2(y)}`;
  }
  closePath(): void {
    this.d += 'Z';
  }
  toString(): string {
    return this.d;
  }
}
const r2 = (n: number) => Math.round(n * 100) / 100;

/** SVG path data of one shape, for inline icons. */
export function shapeSvg(shape: Shape, x: number, y: number, r: number): string {
  const b = new SvgPathBuilder();
  addShape(b, shape, x, y, r);
  return b.toString();
}

/** Screen radius of an institution marker with `count` partnerships. */
export function markerRadius(count: number): number {
  return Math.min(13, 4 + 1.6 * Math.sqrt(Math.max(1, count)));
}

/** Screen radius of a cluster of `members` institutions. */
export function clusterRadius(members: number): number {
  return Math.min(22, 10 + 2.2 * Math.log2(Math.max(2, members)));
}
