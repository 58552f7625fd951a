// In dev (`vite`) the prerendered iframe pages do not exist: they are written after `vite build`
// (./prerender-embeds.ts). Their addresses are sent on to the ?el= page that shows the same
// element, so that the builder's iframe snippet and preview work in dev too.
import type { Plugin } from 'vite';
import { PRERENDERED_PAGES } from '../src/embed/prerendered-pages.js';
import { embedUrl } from '../src/embed/snippet.js';

export function prerenderedInDev(): Plugin {
  return {
    name: 'kl-demo-prerendered-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0]!;
        const page = PRERENDERED_PAGES.find((p) => p.path === path || p.path === `${path}/`);
        if (!page) return next();
        res.statusCode = 302;
        res.setHeader('Location', embedUrl('', page.tag, page.attributes));
        res.end();
      });
    },
  };
}
