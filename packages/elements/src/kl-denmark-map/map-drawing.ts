// The map's drawing, one code for the full map and the locator: the frames of the Bornholm inset
// and the Copenhagen enlargement, the land, the 98 shapes, the region borders, the rings of the
// selection and the keyboard focus, and the enlarged shapes with the focus ring again there. The
// full map makes its shapes options of a listbox and fills them by value; the locator leaves them
// plain (its styles colour the highlighted ones).
//
// The geometry never changes, so what depends on it alone is written into the templates once:
// one template holds all 98 shapes with their path data, ids and codes, and only what a view
// changes (parts, classes, fills, states, names) is bound. A template per shape made Lit clone 98
// small templates and set 11 attributes on each for every map drawn. The shapes stand in the
// options' order, Danish name order (the order Home, End and type-ahead go by), which comes with
// the dataset: their template is written when a dataset's order is first drawn, once per order.
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { MapMunicipality, MapView } from '@kl-digital/core';
import { geometry, type MapFrame, type MapShape } from '@kl-digital/core/geo';
import { patternDefs } from '../shared/svg-patterns.js';

export const SHAPES = new Map(geometry.municipalities.map((shape) => [shape.code, shape]));
/** The enlarged shapes of the Copenhagen area, by code. */
export const ENLARGED = new Map(geometry.enlargement.shapes.map((shape) => [shape.code, shape.d]));

/** How the drawing is made. */
export interface DrawingOptions {
  /** Options of a listbox with fills, or a plain picture (the locator). */
  interactive: boolean;
  /** The active option (keyboard focus), for its ring. */
  active?: string | null;
  /** The enlargement's label, where it is shown. */
  enlargementLabel?: string;
}

/**
 * A template whose static text is written here, not in the source: what `svg` gets from a tagged
 * literal. Lit accepts an array with `raw`, the mark of a template literal's strings; every text in
 * it is geometry the build wrote (digits and path commands), never data or input.
 */
function prepared(strings: string[]): TemplateStringsArray {
  return Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
}

/** The static text of a template with one hole per `holes` entry after each item's opening `head`. */
function repeated<T>(items: readonly T[], head: (item: T) => string, holes: readonly string[], tail: string): TemplateStringsArray {
  const strings: string[] = [''];
  for (const item of items) {
    strings[strings.length - 1] += head(item);
    for (const hole of holes) strings.push(hole);
    strings[strings.length - 1] += tail;
  }
  return prepared(strings);
}

// Shapes of the full map: part, class, value, fill, selected, name.
const SHAPE_HOLES = ['" class="', '" data-value="', '" fill="', '" aria-selected="', '" aria-label="', '"'];
const interactiveShapes = (order: readonly MapShape[]) =>
  repeated(order, (s) => `<path id="m-${s.code}" data-code="${s.code}" role="option" d="${s.d}" part="`, SHAPE_HOLES, '></path>');
// Shapes of the locator: class, part.
const plainShapes = (order: readonly MapShape[]) => repeated(order, (s) => `<path data-code="${s.code}" d="${s.d}" class="`, ['" part="', '"'], '></path>');

/** The shapes' templates for each order drawn so far (one, unless a `src` names them otherwise). */
const SHAPE_TEMPLATES = new Map<string, { order: readonly MapShape[]; interactive: TemplateStringsArray; plain: TemplateStringsArray }>();

/** The shapes in the view's name order, then any the view has no municipality for, with their templates. */
function shapeTemplates(view: MapView) {
  const named = view.byName.flatMap((m) => SHAPES.get(m.code) ?? []);
  const order = named.length === SHAPES.size ? named : [...named, ...geometry.municipalities.filter((s) => !view.municipalities.has(s.code))];
  const key = order.map((s) => s.code).join();
  let templates = SHAPE_TEMPLATES.get(key);
  if (!templates) SHAPE_TEMPLATES.set(key, (templates = { order, interactive: interactiveShapes(order), plain: plainShapes(order) }));
  return templates;
}
// Enlarged shapes: class, fill (the full map) or class (the locator).
const INTERACTIVE_ENLARGED = repeated(geometry.enlargement.shapes, (s) => `<path data-code="${s.code}" d="${s.d}" class="`, ['" fill="', '"'], '></path>');
const PLAIN_ENLARGED = repeated(geometry.enlargement.shapes, (s) => `<path d="${s.d}" class="`, ['"'], '></path>');

const frame = (box: MapFrame, kind: string) => `<rect class="${kind}" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"></rect>`;
const { bornholm, enlargement } = geometry;
/** The frames and the land, under the shapes. */
const BACKGROUND = prepared([
  `<g class="frames" aria-hidden="true">${frame(bornholm.frame, 'frame')}${frame(enlargement.frame, 'frame')}${frame(enlargement.area, 'area')}</g>` +
    `<path class="land" d="${geometry.land}" aria-hidden="true"></path>`,
]);
const REGION_BORDERS = prepared([`<path class="region-borders" d="${geometry.regionBorders}" aria-hidden="true"></path>`]);
const ENLARGED_BORDERS = prepared([`<path class="region-borders" d="${enlargement.regionBorders}"></path>`]);

const parts = (m: MapMunicipality) =>
  ['municipality', m.selected && 'selected', m.highlighted && 'highlighted', m.dimmed && 'dimmed'].filter(Boolean).join(' ');
const classes = (m: MapMunicipality) => `m${m.dimmed ? ' dim' : ''}${m.highlighted ? ' hl' : ''}`;

// The locator shows where the highlighted ones are: nothing there is dimmed or selected.
const plainPart = (m: MapMunicipality) => (m.highlighted ? 'municipality highlighted' : 'municipality');
const plainClass = (m: MapMunicipality) => (m.highlighted ? 'm hl' : 'm');

/** A shape the dataset has no municipality for (a `src` with other codes) is not drawn. */
const GONE = 'm gone';

function shapes(view: MapView, interactive: boolean): SVGTemplateResult {
  const templates = shapeTemplates(view);
  const values: unknown[] = [];
  for (const { code } of templates.order) {
    const m = view.municipalities.get(code);
    if (interactive) {
      if (m) values.push(parts(m), classes(m), m.value, `url(#p-${m.value})`, m.selected ? 'true' : 'false', m.label);
      else values.push('municipality', GONE, '', 'none', 'false', code);
    } else values.push(m ? plainClass(m) : GONE, m ? plainPart(m) : 'municipality');
  }
  return svg(interactive ? templates.interactive : templates.plain, ...values);
}

function enlarged(view: MapView, interactive: boolean): SVGTemplateResult {
  const values: unknown[] = [];
  for (const { code } of enlargement.shapes) {
    const m = view.municipalities.get(code);
    if (interactive) values.push(m ? `${classes(m)} enlarged${m.selected ? ' sel' : ''}` : `${GONE} enlarged`, m ? `url(#p-${m.value})` : 'none');
    else values.push(m ? `${plainClass(m)} enlarged` : `${GONE} enlarged`);
  }
  return svg(interactive ? INTERACTIVE_ENLARGED : PLAIN_ENLARGED, ...values);
}

/** A ring around a drawing of a municipality: its shape on the main map, or its enlarged one. */
const ring = (code: string | null | undefined, shapes: ReadonlyMap<string, { d: string } | string>, kind: string) => {
  const found = code ? shapes.get(code) : undefined;
  const d = typeof found === 'string' ? found : found?.d;
  return d ? svg`<path class="ring ${kind}" d=${d} aria-hidden="true"></path>` : nothing;
};

/** The drawing inside the map's `<svg>`. */
export function mapDrawing(view: MapView, options: DrawingOptions): SVGTemplateResult {
  const { interactive } = options;
  const selected = interactive ? [...view.municipalities.values()].find((m) => m.selected)?.code : null;
  return svg`
    ${interactive ? svg`<defs>${patternDefs(view.legend.map(({ value }) => value))}</defs>` : nothing}
    ${svg(BACKGROUND)}
    <g class="municipalities">${shapes(view, interactive)}</g>
    ${svg(REGION_BORDERS)}
    ${interactive ? svg`${ring(selected, SHAPES, 'selected')} ${ring(options.active, SHAPES, 'active')}` : nothing}
    <g class="enlargement" aria-hidden="true">
      ${enlarged(view, interactive)}
      ${svg(ENLARGED_BORDERS)}
      ${interactive ? ring(options.active, ENLARGED, 'active') : nothing}
      ${options.enlargementLabel
        ? svg`<text class="frame-label" x=${enlargement.frame.x + 6} y=${enlargement.frame.y + enlargement.frame.height - 8}>${options.enlargementLabel}</text>`
        : nothing}
    </g>
  `;
}
