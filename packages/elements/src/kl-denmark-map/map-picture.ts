// The map as a picture for slides and reports: the element's own drawing as the reader sees it
// (the part of the map shown, the colours and patterns of the theme, dimming and selection), read
// from the rendered SVG with every computed paint written in as a presentation attribute, so that
// the file needs no style sheet; around it the title, what the colours show, `as-of`, the filter,
// the legend and the DAGI attribution. One tree, written as an SVG file (`svgText`) or drawn on a
// canvas (picture-raster.ts): the PNG is the SVG file's picture.
import { LABELS, formatDate, type Lang, type MapView } from '@kl-digital/core';
import type { mapMessages } from './kl-denmark-map.messages.js';
import { pictureMessages } from './map-picture.messages.js';

/** An element of the picture: an SVG tag, its attributes, its children, or its text. */
export interface PictureNode {
  tag: string;
  attrs: Record<string, string | number>;
  children: PictureNode[];
  text?: string;
}

/** What the file shows besides the drawing. */
export interface PictureInput {
  /** The rendered map `<svg>`. */
  drawing: SVGSVGElement;
  /** The element's box, whose colours and font the file takes. */
  root: HTMLElement;
  view: MapView;
  texts: (typeof mapMessages)['da'];
  lang: Lang;
  asOf: string;
  heading: string | null;
  attribution: string;
}

/** The picture's width in SVG units (pixels at 1x). */
const PICTURE_WIDTH = 1000;
const PAD = 32;
/** The drawing's width in the picture. */
export const DRAWING_WIDTH = PICTURE_WIDTH - 2 * PAD;
const SWATCH = 18;

const SHAPES = new Set(['svg', 'defs', 'pattern', 'g', 'path', 'rect', 'circle', 'text']);
const GEOMETRY = ['id', 'd', 'x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'patternUnits'];
/** Paint that children inherit: written where it differs from the parent's. */
const INHERITED: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linejoin': 'miter',
  'paint-order': 'normal',
  'font-size': '16',
  'font-weight': '400',
  'font-family': '',
};
/** Paint that is not inherited: written where it is not the initial value. */
const OWN: Record<string, string> = { opacity: '1', 'vector-effect': 'none' };

/** A computed value as an SVG presentation attribute: no units, no quotes around a url, transparent as none. */
function attributeValue(name: string, value: string): string {
  if (/^rgba\(.*,\s*0\)$/.test(value) || value === 'transparent') return 'none';
  if (value.startsWith('url(')) return value.replace(/^url\("?([^")]*)"?\)$/, 'url($1)').replace(/url\([^#)]*#/, 'url(#');
  if (name === 'stroke-dasharray' && value !== 'none') return value.replace(/px/g, '').replace(/,\s*/g, ' ');
  return /^-?[\d.]+px$/.test(value) ? value.slice(0, -2) : value;
}

/** The rendered drawing read into picture nodes, with the paint the browser computed; what is not displayed is left out. */
function readDrawing(element: Element, parent: Record<string, string>): PictureNode | null {
  if (!SHAPES.has(element.localName)) return null;
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return null;
  const attrs: Record<string, string> = {};
  for (const name of GEOMETRY) {
    const value = element.getAttribute(name);
    if (value !== null) attrs[name] = value;
  }
  const paint: Record<string, string> = {};
  for (const name of Object.keys(INHERITED)) {
    paint[name] = attributeValue(name, style.getPropertyValue(name));
    if (paint[name] !== parent[name]) attrs[name] = paint[name]!;
  }
  for (const [name, initial] of Object.entries(OWN)) {
    const value = attributeValue(name, style.getPropertyValue(name));
    if (value !== initial) attrs[name] = value;
  }
  const children: PictureNode[] = [];
  // A shape's name (what a screen reader hears) becomes its tooltip in the file.
  const label = element.getAttribute('aria-label');
  if (label && element.localName === 'path') children.push({ tag: 'title', attrs: {}, children: [], text: label });
  for (const child of element.children) {
    const node = readDrawing(child, paint);
    if (node) children.push(node);
  }
  const node: PictureNode = { tag: element.localName, attrs, children };
  if (element.localName === 'text') node.text = element.textContent ?? '';
  return node;
}

const text = (content: string, attrs: PictureNode['attrs']): PictureNode => ({ tag: 'text', attrs, children: [], text: content });

const measures = new Map<string, CanvasRenderingContext2D>();
function measureFor(font: string): CanvasRenderingContext2D {
  let context = measures.get(font);
  if (!context) {
    context = document.createElement('canvas').getContext('2d')!;
    context.font = font;
    measures.set(font, context);
  }
  return context;
}

/** Lines of at most `width` units of `font`, broken between words. */
function wrap(content: string, font: string, width: number): string[] {
  const measure = measureFor(font);
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The picture: title, what it shows, the drawing, the legend and the attribution. */
export function mapPicture(input: PictureInput): { root: PictureNode; width: number; height: number; fileName: string } {
  const { drawing, root, view, texts, lang } = input;
  const look = getComputedStyle(root);
  const muted = getComputedStyle(root.querySelector('.attribution') ?? root).color;
  const border = getComputedStyle(root.querySelector('.legend-item') ?? root).borderTopColor;
  const family = look.fontFamily;
  const font = (size: number, weight = 400) => `${weight} ${size}px ${family}`;
  const inner = DRAWING_WIDTH;
  const nodes: PictureNode[] = [];
  let y = PAD;
  const lines = (content: string, size: number, weight: number, fill: string, gap: number) => {
    for (const line of wrap(content, font(size, weight), inner)) {
      y += size * 1.25;
      nodes.push(text(line, { x: PAD, y: Math.round(y), 'font-size': size, 'font-weight': weight, fill }));
    }
    y += gap;
  };

  const title = input.heading ?? texts.mapTitle;
  const l = LABELS[lang];
  const own = pictureMessages[lang];
  const date = formatDate(input.asOf, lang);
  lines(title, 26, 600, look.color, 6);
  lines(`${l.colorBy[view.colorBy]}${view.colorBy === 'status' ? ` ${l.statusAt(date)}.` : ''}`, 16, 400, look.color, 2);
  lines(own.fileAsOf(date), 16, 400, look.color, 2);
  lines(own.fileFilter(view.legend.filter((item) => item.pressed).map((item) => item.label)), 16, 400, look.color, 16);

  // The drawing, the part of the map shown, as wide as the picture's text.
  const { width: vw, height: vh } = drawing.viewBox.baseVal;
  const height = Math.round((inner * vh) / vw);
  const start = { ...INHERITED, 'font-family': family };
  const map = readDrawing(drawing, start)!;
  map.attrs = { ...map.attrs, x: PAD, y: Math.round(y), width: inner, height, viewBox: drawing.getAttribute('viewBox')!, 'font-family': family };
  nodes.push(map);
  y += height + 24;

  // The legend: a swatch with the map's pattern, the label and the count; the filter's values in bold.
  lines(texts.legend, 16, 600, look.color, 8);
  let x = PAD;
  for (const item of view.legend) {
    const weight = item.pressed ? 600 : 400;
    const label = `${item.label} (${item.countText})`;
    const width = SWATCH + 8 + measureFor(font(15, weight)).measureText(label).width;
    if (x > PAD && x + width > PAD + inner) {
      x = PAD;
      y += 30;
    }
    nodes.push({ tag: 'rect', attrs: { x, y: Math.round(y), width: SWATCH, height: SWATCH, fill: `url(#p-${item.value})`, stroke: border }, children: [] });
    nodes.push(text(label, { x: x + SWATCH + 8, y: Math.round(y + 14), 'font-size': 15, 'font-weight': weight, fill: look.color }));
    x += width + 24;
  }
  y += 30 + 8;
  lines(input.attribution, 13, 400, muted, 0);
  const total = Math.round(y + PAD - 8);

  const picture: PictureNode = {
    tag: 'svg',
    attrs: { xmlns: 'http://www.w3.org/2000/svg', width: PICTURE_WIDTH, height: total, viewBox: `0 0 ${PICTURE_WIDTH} ${total}`, 'font-family': family },
    children: [
      { tag: 'title', attrs: {}, children: [], text: title },
      { tag: 'desc', attrs: {}, children: [], text: `${view.description} ${input.attribution}` },
      { tag: 'rect', attrs: { width: PICTURE_WIDTH, height: total, fill: attributeValue('fill', look.backgroundColor) === 'none' ? '#ffffff' : look.backgroundColor }, children: [] },
      ...nodes,
    ],
  };
  return { root: picture, width: PICTURE_WIDTH, height: total, fileName: `${own.fileName}-${input.asOf}` };
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The picture as the text of an SVG file. */
export function svgText(node: PictureNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
    .join('');
  const inside = node.text !== undefined ? escape(node.text) : node.children.map(svgText).join('');
  return `<${node.tag}${attrs}>${inside}</${node.tag}>`;
}
