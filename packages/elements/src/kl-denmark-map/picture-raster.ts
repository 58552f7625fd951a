// The map's picture drawn on a canvas, for the PNG: the same tree the SVG file is written from
// (map-picture.ts), drawn with Path2D and the canvas's own text, at `scale` pixels per unit.
// Not an <img> of the SVG file: an image from a blob: (or data:) URL is an image load, which a
// page's Content-Security-Policy refuses unless its img-src allows blob: (`default-src 'self'`
// does not), and the download must work on the strict pages the elements support. The tree
// holds only what the map draws: svg, g, path, rect, circle, text, and patterns for the fills.
import type { PictureNode } from './map-picture.js';

type Paint = Record<string, string>;
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linejoin', 'paint-order', 'font-size', 'font-weight', 'font-family'];
const START: Paint = { fill: 'rgb(0, 0, 0)', 'fill-opacity': '1', stroke: 'none', 'stroke-width': '1', 'stroke-opacity': '1', 'stroke-dasharray': 'none', 'stroke-linejoin': 'miter', 'paint-order': 'normal', 'font-size': '16', 'font-weight': '400', 'font-family': 'sans-serif' };

const num = (value: string | number | undefined, fallback = 0) => {
  const n = typeof value === 'number' ? value : parseFloat(value ?? '');
  return Number.isFinite(n) ? n : fallback;
};

/** The paint a node has: its parent's, with its own attributes over it. */
const paintOf = (node: PictureNode, parent: Paint): Paint => {
  const paint = { ...parent };
  for (const name of PAINT) if (node.attrs[name] !== undefined) paint[name] = String(node.attrs[name]);
  return paint;
};

class Raster {
  /** Each pattern and the paint its children inherit, by id. */
  private readonly patterns = new Map<string, { node: PictureNode; paint: Paint }>();
  private readonly tiles = new Map<string, CanvasPattern>();

  /** `scale`: device pixels per unit of the picture (a non-scaling stroke's width is in these units). */
  constructor(
    root: PictureNode,
    private readonly scale: number,
  ) {
    const collect = (node: PictureNode, parent: Paint) => {
      const paint = paintOf(node, parent);
      if (node.tag === 'pattern' && node.attrs.id !== undefined) this.patterns.set(String(node.attrs.id), { node, paint });
      for (const child of node.children) collect(child, paint);
    };
    collect(root, START);
  }

  draw(ctx: CanvasRenderingContext2D, node: PictureNode, parent: Paint, outermost = false): void {
    if (node.tag === 'title' || node.tag === 'desc' || node.tag === 'defs' || node.tag === 'pattern') return;
    const paint = paintOf(node, parent);
    const a = node.attrs;
    ctx.save();
    ctx.globalAlpha *= num(a.opacity, 1);
    if (node.tag === 'svg' && !outermost) {
      // A nested viewport: clipped to its box, its viewBox fitted into it.
      const [vx, vy, vw, vh] = String(a.viewBox).split(/[\s,]+/).map(Number) as [number, number, number, number];
      const [x, y, w, h] = [num(a.x), num(a.y), num(a.width), num(a.height)];
      ctx.beginPath();
      ctx.rect(x, y, w, h);
      ctx.clip();
      ctx.translate(x, y);
      ctx.scale(w / vw, h / vh);
      ctx.translate(-vx, -vy);
    }
    const shape = this.shape(node);
    if (shape) this.paintShape(ctx, shape, paint, a['vector-effect'] === 'non-scaling-stroke');
    if (node.tag === 'text') this.paintText(ctx, node, paint);
    for (const child of node.children) this.draw(ctx, child, paint);
    ctx.restore();
  }

  private shape(node: PictureNode): Path2D | null {
    const a = node.attrs;
    if (node.tag === 'path' && a.d) return new Path2D(String(a.d));
    const path = new Path2D();
    if (node.tag === 'rect') path.rect(num(a.x), num(a.y), num(a.width), num(a.height));
    else if (node.tag === 'circle') path.arc(num(a.cx), num(a.cy), num(a.r), 0, 2 * Math.PI);
    else return null;
    return path;
  }

  /** A fill or stroke value as a canvas style: a colour, a pattern, or null for none. */
  private style(ctx: CanvasRenderingContext2D, value: string): string | CanvasPattern | null {
    if (value === 'none') return null;
    const ref = /^url\(#([^)]+)\)$/.exec(value);
    return ref ? this.pattern(ctx, ref[1]!) : value;
  }

  /** A pattern as a canvas pattern, its tile drawn at the resolution the fill is drawn at. */
  private pattern(ctx: CanvasRenderingContext2D, id: string): CanvasPattern | null {
    const found = this.patterns.get(id);
    if (!found) return null;
    const { a, b } = ctx.getTransform();
    const k = Math.hypot(a, b);
    const key = `${id} ${k.toFixed(4)}`;
    let pattern = this.tiles.get(key);
    if (!pattern) {
      const w = num(found.node.attrs.width, 1);
      const h = num(found.node.attrs.height, 1);
      const tile = document.createElement('canvas');
      tile.width = Math.max(1, Math.round(w * k));
      tile.height = Math.max(1, Math.round(h * k));
      const tileContext = tile.getContext('2d')!;
      tileContext.scale(tile.width / w, tile.height / h);
      for (const child of found.node.children) this.draw(tileContext, child, found.paint);
      pattern = ctx.createPattern(tile, 'repeat')!;
      pattern.setTransform(new DOMMatrix().scale(w / tile.width, h / tile.height));
      this.tiles.set(key, pattern);
    }
    return pattern;
  }

  private paintShape(ctx: CanvasRenderingContext2D, shape: Path2D, paint: Paint, nonScaling: boolean): void {
    const fill = () => {
      const style = this.style(ctx, paint.fill!);
      if (!style) return;
      ctx.save();
      ctx.globalAlpha *= num(paint['fill-opacity'], 1);
      ctx.fillStyle = style;
      ctx.fill(shape);
      ctx.restore();
    };
    const stroke = () => {
      const style = this.style(ctx, paint.stroke!);
      const width = num(paint['stroke-width'], 1);
      if (!style || width <= 0) return;
      ctx.save();
      // A non-scaling stroke is as wide in the picture's units whatever the zoom of its viewport.
      const { a, b } = ctx.getTransform();
      const unit = nonScaling ? this.scale / Math.hypot(a, b) : 1;
      ctx.globalAlpha *= num(paint['stroke-opacity'], 1);
      ctx.strokeStyle = style;
      ctx.lineWidth = width * unit;
      ctx.lineJoin = (paint['stroke-linejoin'] as CanvasLineJoin) ?? 'miter';
      const dashes = paint['stroke-dasharray'];
      if (dashes && dashes !== 'none') ctx.setLineDash(dashes.split(/[\s,]+/).map((d) => num(d) * unit));
      ctx.stroke(shape);
      ctx.restore();
    };
    if (paint['paint-order']?.startsWith('stroke')) (stroke(), fill());
    else (fill(), stroke());
  }

  private paintText(ctx: CanvasRenderingContext2D, node: PictureNode, paint: Paint): void {
    const content = node.text ?? '';
    const [x, y] = [num(node.attrs.x), num(node.attrs.y)];
    ctx.save();
    ctx.font = `${paint['font-weight']} ${num(paint['font-size'], 16)}px ${paint['font-family']}`;
    const fill = this.style(ctx, paint.fill!);
    const stroke = this.style(ctx, paint.stroke!);
    const drawStroke = () => {
      if (!stroke) return;
      ctx.strokeStyle = stroke;
      ctx.lineWidth = num(paint['stroke-width'], 1);
      ctx.lineJoin = (paint['stroke-linejoin'] as CanvasLineJoin) ?? 'miter';
      ctx.strokeText(content, x, y);
    };
    if (paint['paint-order']?.startsWith('stroke')) drawStroke();
    if (fill) {
      ctx.fillStyle = fill;
      ctx.fillText(content, x, y);
    }
    if (!paint['paint-order']?.startsWith('stroke')) drawStroke();
    ctx.restore();
  }
}

/** The picture as a PNG, `scale` pixels per unit. */
export function pictureToPng(root: PictureNode, width: number, height: number, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  new Raster(root, scale).draw(ctx, root, START, true);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas made no PNG'))), 'image/png'));
}
