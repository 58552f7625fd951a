// An element rendered on the server (Lit's SSR into a declarative shadow root) and hydrated in the
// browser. Hydration keeps the server's nodes and only attaches to them, so the browser's first
// render must produce what the server rendered; a text that differs would stay as the server wrote
// it. What both sides must agree on is written on the host by the server render:
//
//   <kl-municipality-card municipality="0340" data-kl-prerendered="2026-12-02">
//
// the date the server took as today. The element's first render in the browser takes that date too
// (statuses and "Status pr." as rendered), then, on a later day, renders again at today's date:
// the page never keeps showing a stale status. The attribute also tells the CDN loader not to hide
// the element while its script loads (src/cdn/loader.ts): its content is already there.
import { isServer } from 'lit';
import { isIsoDate, isoDate } from '@kl-digital/core';

/** The host attribute of a prerendered element; its value is the date the server rendered at. */
export const PRERENDERED_ATTRIBUTE = 'data-kl-prerendered';

// One date for every element a server process renders: a build that renders 98 pages across
// midnight still gives them all the same day.
const serverToday = isServer ? isoDate(new Date()) : '';

/** Today, as `YYYY-MM-DD`: the build's date on the server, the reader's in the browser. */
export function today(): string {
  return isServer ? serverToday : isoDate(new Date());
}

/** The date the server rendered this element at, or null where it was not prerendered. */
export function prerenderedAt(host: Element): string | null {
  const value = host.getAttribute(PRERENDERED_ATTRIBUTE);
  return value !== null && isIsoDate(value) ? value : null;
}
