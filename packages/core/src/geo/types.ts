// Pre-projected map geometry: everything the map elements draw, already in SVG viewBox units,
// so the browser never projects or simplifies (see build/build-geo.ts).
import type { Lang } from '../model/lang.js';
import type { RegionCode } from '../model/region.js';

/** An axis-aligned box in viewBox units: left, top, right, bottom. */
export type BBox = [x0: number, y0: number, x1: number, y1: number];

/** A rectangle in viewBox units (top-left corner and size), drawn as a frame by the renderer. */
export interface MapFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One municipality's shape on the main map, with what labels, tooltips and keyboard navigation need. */
export interface MapShape {
  /** Four-digit municipality code, e.g. `0340`. */
  code: string;
  /** SVG path data in viewBox units (for Bornholm: inside the Bornholm frame). */
  d: string;
  /** Visual centre of its largest polygon, for labels and tooltips. */
  centroid: [number, number];
  /** Bounding box of the drawn shape. */
  bbox: BBox;
  /** The municipality an arrow key moves to from this one, or null where there is none. */
  next: { up: string | null; down: string | null; left: string | null; right: string | null };
  /** True for Bornholm, which is drawn in the inset frame rather than at its place. */
  inset: boolean;
}

/** The whole map: main map, Bornholm inset and Copenhagen enlargement, in one viewBox. */
export interface MapGeometry {
  /** Width of the viewBox, which is `0 0 width height`. */
  width: number;
  /** Height of the viewBox. */
  height: number;
  /** Exactly the 98 municipalities, sorted by code. */
  municipalities: MapShape[];
  /** Land that belongs to no municipality (Christiansø, in the Bornholm frame), as path data. */
  land: string;
  /** Borders between municipalities of different regions on the main map, as path data. */
  regionBorders: string;
  /** The five regions with the box of their municipalities on the main map (the inset excluded). */
  regions: { code: RegionCode; bbox: BBox }[];
  /** The inset with Bornholm and Christiansø, drawn at the main map's scale. */
  bornholm: { frame: MapFrame };
  /** The enlarged Copenhagen area: its frame, the area of the main map it shows, its scale relative to the main map, its shapes (clipped to the frame) and region borders. */
  enlargement: {
    frame: MapFrame;
    area: MapFrame;
    scale: number;
    shapes: { code: string; d: string }[];
    regionBorders: string;
  };
  /** The attribution every rendering of the map must show, in Danish and English. */
  attribution: Readonly<Record<Lang, string>>;
}
