// Writes the shared parts (site/partials.ts) into each page where it says `<!-- partial:name -->`,
// at build time and in dev, so the pages stay plain HTML that needs no script to show them.
import type { Plugin } from 'vite';
import type { DemoPage } from '../site/pages.js';

export function partials(pages: readonly DemoPage[], parts: Record<string, (page: DemoPage | undefined) => string>): Plugin {
  return {
    name: 'kl-demo-partials',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const path = ctx.path.replace(/^\//, '');
        const page = pages.find((p) => p.file === path);
        return html.replace(/<!-- partial:([a-z-]+) -->/g, (_comment, name: string) => {
          const part = parts[name];
          if (!part) throw new Error(`[kl-demo-partials] ${ctx.path}: no partial "${name}" (see site/partials.ts)`);
          if (!page) throw new Error(`[kl-demo-partials] ${ctx.path} is not listed in site/pages.ts`);
          return part(page);
        });
      },
    },
  };
}
