// Answers `fetch` for chosen URLs with a story's own response, so the loading and error states
// can be shown without a server. A story's `beforeEach` returns the restore function.
type Respond = () => Promise<Response>;

const routes = new Map<string, Respond>();
let realFetch: typeof window.fetch | null = null;

const hrefOf = (input: RequestInfo | URL): string =>
  new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;

/**
 * Makes `fetch(url)` answer with `respond()` until the returned function is called. Other URLs
 * go to the real `fetch`; the real one is put back once no story stubs anything (the docs page
 * renders many stories at once, so stubs are kept in one table rather than wrapped in layers).
 */
export function stubFetch(url: string, respond: Respond): () => void {
  const href = new URL(url, document.baseURI).href;
  if (!realFetch) {
    const real = (realFetch = window.fetch);
    window.fetch = (input, init) => routes.get(hrefOf(input))?.() ?? real.call(window, input, init);
  }
  routes.set(href, respond);
  return () => {
    if (routes.get(href) !== respond) return;
    routes.delete(href);
    if (routes.size === 0 && realFetch) {
      window.fetch = realFetch;
      realFetch = null;
    }
  };
}

/** A response that never comes: the element stays in its loading state. */
export const never = (): Promise<Response> => new Promise<Response>(() => {});

/** An HTTP error response. */
export const status =
  (code: number, text: string): Respond =>
  async () =>
    new Response(`${code} ${text}`, { status: code, statusText: text, headers: { 'content-type': 'text/plain' } });

/** A JSON response with `body`. */
export const json =
  (body: unknown): Respond =>
  async () =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
