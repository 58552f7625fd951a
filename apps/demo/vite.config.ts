// The demo site: plain HTML pages that load the elements' CDN bundle from /kl-elements.js.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { klElementsCdn } from './build/kl-elements-cdn.js';
import { partials } from './build/partials.js';
import { prerenderedInDev } from './build/prerendered-in-dev.js';
import { PARTIALS } from './site/partials.js';
import { PAGES } from './site/pages.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const cdnDir = fileURLToPath(new URL('../../packages/elements/dist/cdn', import.meta.url));

export default defineConfig({
  root,
  appType: 'mpa',
  // The partials first: the kl.dk pages' head partial holds the editor's script tag that klElementsCdn keeps as written.
  plugins: [partials(PAGES, PARTIALS), klElementsCdn(cdnDir), prerenderedInDev()],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    // Every browser the elements support has modulepreload.
    modulePreload: { polyfill: false },
    // A multi-page app: every page is an input (see site/pages.ts).
    rollupOptions: {
      input: Object.fromEntries(PAGES.map((page) => [page.id, fileURLToPath(new URL(page.file, import.meta.url))])),
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
