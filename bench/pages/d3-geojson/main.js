// Peer: the plain way, no build step for geometry. Fetches the full-resolution DAGI GeoJSON
// (311 polygons, 41,157 points) and projects it in the browser with d3-geo: a transverse
// Mercator (UTM zone 32's central meridian, 9°E) fitted to the width, one <path> per feature,
// filled with our palette's colour for the municipality's category (`__KL_COLORS__`, inlined
// by the bench's Vite build). A minimal tooltip with the name, like the other two maps.
import { geoPath, geoTransverseMercator } from 'd3-geo';

const colors = __KL_COLORS__;
const fallback = __KL_FALLBACK__;
const SVG = 'http://www.w3.org/2000/svg';

const svg = document.getElementById('map');
const tooltip = document.getElementById('tooltip');
const wrap = document.getElementById('wrap');

const response = await fetch(__KL_GEOJSON_URL__);
const geojson = await response.json();

const width = Math.min(wrap.clientWidth || 960, 1180);
// Denmark with Bornholm is about 1.25 times as wide as it is tall; fitSize keeps the aspect.
const height = Math.round(width * 0.8);
const projection = geoTransverseMercator().rotate([-9, 0]).fitSize([width, height], geojson);
const path = geoPath(projection);
svg.setAttribute('viewBox', `0 0 ${width} ${height}`);

const fragment = document.createDocumentFragment();
for (const feature of geojson.features) {
  const code = feature.properties.KOMKODE;
  const el = document.createElementNS(SVG, 'path');
  el.setAttribute('class', 'm');
  el.setAttribute('data-code', code);
  el.setAttribute('data-name', feature.properties.KOMNAVN);
  el.setAttribute('d', path(feature) ?? '');
  el.setAttribute('fill', colors[code] ?? fallback);
  fragment.append(el);
}
svg.append(fragment);
// The attribution appears with the map, so that nothing is painted before it (as with the other two).
document.getElementById('credit').hidden = false;

svg.addEventListener('pointerover', (event) => {
  const code = event.target.getAttribute?.('data-code');
  if (!code) return;
  tooltip.textContent = event.target.getAttribute('data-name') ?? code;
  const box = wrap.getBoundingClientRect();
  tooltip.style.left = `${event.clientX - box.left + 12}px`;
  tooltip.style.top = `${event.clientY - box.top + 12}px`;
  tooltip.hidden = false;
});
svg.addEventListener('pointerout', (event) => {
  if (!event.relatedTarget?.getAttribute?.('data-code')) tooltip.hidden = true;
});
