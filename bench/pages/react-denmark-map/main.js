// Peer: react-denmark-map 1.0.0 (React 18), the same choropleth as <kl-denmark-map>: each
// municipality filled with our palette's colour for its category. `__KL_COLORS__` (code to
// colour, four-digit codes) is inlined by the bench's Vite build; the package's codes have no
// leading zero, so they are padded before the lookup.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Municipalities } from 'react-denmark-map';

const colors = __KL_COLORS__;
const fallback = __KL_FALLBACK__;

function customizeAreas(area) {
  const fill = colors[String(area.code).padStart(4, '0')] ?? fallback;
  return { style: { fill } };
}

createRoot(document.getElementById('root')).render(createElement(Municipalities, { customizeAreas }));
