// The map's drawing, one code for the full map and the locator: the frames of the Bornholm inset
// and the Copenhagen enlargement, the land, the 98 shapes, the region borders, the rings of the
// selection and the keyboard focus, and the enlarged shapes with the focus ring again there. The
// full map makes its shapes options of a listbox and fills them by value; the locator leaves them
// plain (its styles colour the highlighted ones).
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { MapMunicipality, MapView } from '@kl-digital/core';
import { geometry, type MapFrame } from '@kl-digital/core/geo';
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

const frame = (box: MapFrame | { x: number; y: number; width: number; height: number }, kind: string) =>
  svg`<rect class=${kind} x=${box.x} y=${box.y} width=${box.width} height=${box.height}></rect>`;

const parts = (m: MapMunicipality) =>
  ['municipality', m.selected && 'selected', m.highlighted && 'highlighted', m.dimmed && 'dimmed'].filter(Boolean).join(' ');
const classes = (m: MapMunicipality) => `m${m.dimmed ? ' dim' : ''}${m.highlighted ? ' hl' : ''}`;

// The locator shows where the highlighted ones are: nothing there is dimmed or selected.
const plainPart = (m: MapMunicipality) => (m.highlighted ? 'municipality highlighted' : 'municipality');
const plainClass = (m: MapMunicipality) => (m.highlighted ? 'm hl' : 'm');

function shape(m: MapMunicipality, d: string, interactive: boolean): SVGTemplateResult {
  if (!interactive) return svg`<path class=${plainClass(m)} part=${plainPart(m)} data-code=${m.code} d=${d}></path>`;
  return svg`<path
    id="m-${m.code}"
    part=${parts(m)}
    class=${classes(m)}
    data-code=${m.code}
    data-value=${m.value}
    fill="url(#p-${m.value})"
    role="option"
    aria-selected=${m.selected ? 'true' : 'false'}
    aria-label=${m.label}
    d=${d}
  ></path>`;
}

function enlarged(m: MapMunicipality, d: string, interactive: boolean): SVGTemplateResult {
  if (!interactive) return svg`<path class="${plainClass(m)} enlarged" d=${d}></path>`;
  return svg`<path class="${classes(m)} enlarged${m.selected ? ' sel' : ''}" data-code=${m.code} fill="url(#p-${m.value})" d=${d}></path>`;
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
  const of = (code: string) => view.municipalities.get(code);
  const selected = interactive ? [...view.municipalities.values()].find((m) => m.selected)?.code : null;
  return svg`
    ${interactive ? svg`<defs>${patternDefs(view.legend.map(({ value }) => value))}</defs>` : nothing}
    <g class="frames" aria-hidden="true">
      ${frame(geometry.bornholm.frame, 'frame')} ${frame(geometry.enlargement.frame, 'frame')} ${frame(geometry.enlargement.area, 'area')}
    </g>
    <path class="land" d=${geometry.land} aria-hidden="true"></path>
    <g class="municipalities">${view.byName.map((m) => { const found = SHAPES.get(m.code); return found ? shape(m, found.d, interactive) : nothing; })}</g>
    <path class="region-borders" d=${geometry.regionBorders} aria-hidden="true"></path>
    ${interactive ? svg`${ring(selected, SHAPES, 'selected')} ${ring(options.active, SHAPES, 'active')}` : nothing}
    <g class="enlargement" aria-hidden="true">
      ${geometry.enlargement.shapes.map((s) => { const m = of(s.code); return m ? enlarged(m, s.d, interactive) : nothing; })}
      <path class="region-borders" d=${geometry.enlargement.regionBorders}></path>
      ${interactive ? ring(options.active, ENLARGED, 'active') : nothing}
      ${options.enlargementLabel
        ? svg`<text class="frame-label" x=${geometry.enlargement.frame.x + 6} y=${geometry.enlargement.frame.y + geometry.enlargement.frame.height - 8}>${options.enlargementLabel}</text>`
        : nothing}
    </g>
  `;
}
