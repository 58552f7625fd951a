// dist/cdn/chunks/hydrate-*.js: Lit's hydrate support, which the loader (./loader.ts) imports on a
// page with prerendered elements before any element's chunk. It patches LitElement so that an
// element whose shadow root came from the server attaches to those nodes instead of rendering them
// again (and so that a nested one waits for its host: `defer-hydration`).
//
// lit-element.js calls `globalThis.litElementHydrateSupport` when it evaluates. It evaluates in the
// shared chunk with lit-html, which the hydrate support itself imports, so the hook is not set yet
// then: it is called here instead, with the same class, before any element is defined (nothing
// in the shared chunk defines one). Splitting lit-html into a chunk of its own would let the hook
// run first, but costs every ordinary page about 800 bytes brotli (build/build-cdn.mjs).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;
const support = (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;

// The support gives LitElement an `observedAttributes` of its own: where it has one, the support
// was applied already (a second copy of the loader), and twice would patch it twice.
if (support && !Object.hasOwn(LitElement, 'observedAttributes')) support({ LitElement });
