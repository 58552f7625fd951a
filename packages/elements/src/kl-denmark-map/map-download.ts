// "Hent kort som SVG / PNG": the map's picture (map-picture.ts) saved as a file, made in the
// browser from the element's own drawing, no server. Loaded when a download button is pressed
// (a dynamic import), so that a page with a map does not download it with the map.
import { DRAWING_WIDTH, mapPicture, svgText, type PictureInput } from './map-picture.js';
import { downloadFile } from '../shared/download-file.js';
import { pictureToPng } from './picture-raster.js';

export type DownloadFormat = 'svg' | 'png';

/** How many pixels per unit the PNG has at least: for slides and print, twice the picture's size. */
const PNG_SCALE = 2;

/** Makes the map's picture in `format` and saves it (`kort-kommunernes-digitale-strategier-{as-of}.{format}`). */
export async function downloadMap(format: DownloadFormat, input: PictureInput & { where: Node & ParentNode }): Promise<void> {
  const { root, width, height, fileName } = mapPicture(input);
  let blob: Blob;
  if (format === 'svg') {
    blob = new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svgText(root)}\n`], { type: 'image/svg+xml' });
  } else {
    // Twice the picture, and the drawing at least twice as wide as the reader sees it (on a screen wider than the picture).
    const shown = input.drawing.getBoundingClientRect().width;
    const scale = Math.max(PNG_SCALE, (PNG_SCALE * shown) / DRAWING_WIDTH);
    blob = await pictureToPng(root, width, height, scale);
  }
  downloadFile(input.where, blob, `${fileName}.${format}`);
}
