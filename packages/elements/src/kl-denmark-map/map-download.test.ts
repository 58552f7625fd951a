// The map's downloads: the SVG and the PNG made in the browser from the drawing as shown, caught
// where they are saved (the object URL and the anchor's click).
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { PALETTE } from '../shared/palette.js';
import { accessibilityTree, axeViolations, fixture, shadow, shadowAll, until, useElementFixtures } from '../test-support/fixture.js';
import './kl-denmark-map.js';
import type { KlDenmarkMap } from './kl-denmark-map.component.js';

useElementFixtures();

/** A file the map saved: its name, its blob, and whether its object URL was revoked afterwards. */
interface Saved {
  name: string;
  blob: Blob;
  url: string;
}

/** Catches the files saved: each object URL's blob, and the anchor clicked with it (not followed). */
function catchDownloads(): { saved: Saved[]; revoked: string[] } {
  const blobs = new Map<string, Blob>();
  const saved: Saved[] = [];
  const revoked: string[] = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = create(blob);
    blobs.set(url, blob as Blob);
    return url;
  });
  const revoke = URL.revokeObjectURL.bind(URL);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    revoked.push(url);
    revoke(url);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.isConnected, 'the anchor is in the document when clicked').toBe(true);
    saved.push({ name: this.download, blob: blobs.get(this.href)!, url: this.href });
  });
  return { saved, revoked };
}

async function download(map: KlDenmarkMap, format: 'svg' | 'png', saved: Saved[]): Promise<Saved> {
  const before = saved.length;
  await userEvent.click(shadow(map, `[part="download"][data-format="${format}"]`));
  return until(() => saved[before], 10_000);
}

const parse = async (file: Saved) => new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent);
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The width and height in a PNG's header (IHDR), after checking its signature. */
async function pngSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bytes = new DataView(await blob.arrayBuffer());
  expect([...new Uint8Array(bytes.buffer, 0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.getUint32(16), height: bytes.getUint32(20) };
}

describe('<kl-denmark-map> downloads', () => {
  it('two buttons in the map\'s box, named "Hent kort som SVG" and "Hent kort som PNG" (Chromium\'s accessibility tree)', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    const buttons = (await accessibilityTree()).filter((n) => n.role === 'button' && n.name.startsWith('Hent kort')).map((n) => n.name);
    expect(buttons).toEqual(['Hent kort som SVG', 'Hent kort som PNG']);
    for (const button of shadowAll(map, '[part="download"]')) expect(shadow(map, '.root').contains(button)).toBe(true);
  });

  it('the SVG file has the title, what the colours show, as-of, the filter, the legend, the DAGI attribution and the 98 municipalities, with the fills written in', async () => {
    const { saved, revoked } = catchDownloads();
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map as-of="2021-06-01" filter="principles" heading="Digitale strategier i 2021"></kl-denmark-map>');
    const file = await download(map, 'svg', saved);
    expect(file.name).toBe('kort-kommunernes-digitale-strategier-2021-06-01.svg');
    expect(file.blob.type).toBe('image/svg+xml');
    const doc = await parse(file);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('svg > title')!.textContent).toBe('Digitale strategier i 2021');
    const lines = texts(doc);
    expect(lines).toContain('Digitale strategier i 2021');
    expect(lines).toContain('Status opgjort pr. 1. juni 2021.');
    expect(lines).toContain('Filter: kun Digitaliseringsprincipper.');
    expect(lines).toContain('Signaturforklaring');
    expect(lines).toContain('Digitaliseringsprincipper (9)');
    expect(lines).toContain('Kort: DAGI, Styrelsen for Dataforsyning og Infrastruktur (frie geodata)');
    const shapes = doc.querySelectorAll('path[id^="m-"]');
    expect(shapes).toHaveLength(98);
    // Each shape's fill and state are in the file itself: no class, no style sheet.
    const sorø = doc.querySelector('#m-0340')!;
    expect(sorø.getAttribute('fill')).toBe('url(#p-principles)');
    expect(sorø.querySelector('title')!.textContent).toMatch(/^Sorø: Digitaliseringsprincipper/);
    expect(doc.querySelector('#m-0561')!.getAttribute('opacity')).toBe('0.22'); // Esbjerg (a model), dimmed by the filter
    expect(doc.querySelector('#p-principles rect')!.getAttribute('fill')).toBe(rgb(PALETTE.light.values.principles));
    expect(doc.querySelectorAll('[class], [style], [part], [role], style, script')).toHaveLength(0);
    // The object URL is revoked once the download has had time to start (10 s, as the CSV's).
    await until(() => revoked.includes(file.url), 15_000);
  }, 30_000);

  it('the SVG file shows the part of the map shown: zoomed to a region, only what is drawn', async () => {
    const { saved } = catchDownloads();
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map region="1084"></kl-denmark-map>');
    const doc = await parse(await download(map, 'svg', saved));
    const drawing = doc.querySelector('svg > svg')!;
    expect(drawing.getAttribute('viewBox')).toBe(shadow(map, 'svg[part="map"]').getAttribute('viewBox'));
    // Zoomed in, the inset's and the enlargement's frames are not shown, nor in the file.
    expect(drawing.querySelectorAll('rect[width]:not(pattern rect)').length).toBe(0);
    expect(texts(doc)).toContain('Filter: intet (alle kommuner vist).');
  });

  it('in English, the buttons, the file name and the file are English', async () => {
    const { saved } = catchDownloads();
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map lang="en" as-of="2026-01-15" color-by="status"></kl-denmark-map>');
    expect(shadowAll(map, '[part="download"]').map((b) => b.textContent!.trim())).toEqual(['Download map as SVG', 'Download map as PNG']);
    const file = await download(map, 'svg', saved);
    expect(file.name).toBe('map-municipalities-digital-strategies-2026-01-15.svg');
    const lines = texts(await parse(file));
    expect(lines).toContain("Map of the municipalities' strategic work with digitalisation");
    expect(lines).toContain('Status as of 15 January 2026.');
    expect(lines).toContain('Filter: none (every municipality shown).');
    expect(lines).toContain('Map: DAGI, the Danish Agency for Data Supply and Infrastructure (free geodata)');
  });

  it('the PNG is a PNG twice the picture\'s size, at least twice as wide as the map on the screen, in the map\'s colours', async () => {
    const { saved } = catchDownloads();
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>', { width: 800 });
    const svgFile = await download(map, 'svg', saved);
    const picture = (await parse(svgFile)).documentElement;
    const file = await download(map, 'png', saved);
    expect(file.name).toMatch(/^kort-kommunernes-digitale-strategier-\d{4}-\d{2}-\d{2}\.png$/);
    expect(file.blob.type).toBe('image/png');
    const { width, height } = await pngSize(file.blob);
    expect(width).toBe(2 * Number(picture.getAttribute('width')));
    expect(height).toBe(2 * Number(picture.getAttribute('height')));
    expect(width).toBeGreaterThanOrEqual(2 * shadow(map, 'svg[part="map"]').getBoundingClientRect().width);
    // The picture, not a blank canvas: the strategy colour fills many pixels.
    const image = await createImageBitmap(file.blob);
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(PALETTE.light.values.strategy.slice(i, i + 2), 16));
    let strategy = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) strategy += 1;
    expect(strategy).toBeGreaterThan(10_000);
  });

  it('the downloads follow the theme: with theme="dark" the file has the dark background and palette', async () => {
    const { saved } = catchDownloads();
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map theme="dark"></kl-denmark-map>');
    const doc = await parse(await download(map, 'svg', saved));
    expect(doc.querySelector('svg > rect')!.getAttribute('fill')).toBe(rgb(PALETTE.dark.background));
    expect(doc.querySelector('#p-strategy rect')!.getAttribute('fill')).toBe(rgb(PALETTE.dark.values.strategy));
  });

  it('a download that fails says so in the live region and on the console', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) => callback(null));
    catchDownloads();
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    await userEvent.click(shadow(map, '[part="download"][data-format="png"]'));
    await until(() => shadow(map, '[part="downloads"] [role="status"]').textContent === 'Kortet kunne ikke hentes. Prøv igen.', 10_000);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('<kl-denmark-map>'), expect.any(Error));
  });

  it('axe-core finds no violations with the download buttons, and they work from the keyboard', async () => {
    const { saved } = catchDownloads();
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map></kl-denmark-map>');
    expect(await axeViolations(map)).toEqual([]);
    shadow<HTMLButtonElement>(map, '[part="download"][data-format="svg"]').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => saved.length === 1, 10_000);
    expect(saved[0]!.name).toMatch(/\.svg$/);
  });

  it('at 320 px the buttons fit the column', async () => {
    const map = await fixture<KlDenmarkMap>('<kl-denmark-map lang="en"></kl-denmark-map>', { width: 320 });
    for (const button of shadowAll(map, '[part="download"]')) expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(map.getBoundingClientRect().right + 0.5);
    expect(shadow(map, '.root').scrollWidth).toBeLessThanOrEqual(320);
  });
});
