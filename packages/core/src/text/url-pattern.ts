// An address pattern from the host page (`/kommune/?kommune={code}`): where a municipality's own
// card or page is, with its four-digit code put in. Only http(s) and relative addresses pass, so
// a pattern can never make a `javascript:` link.

// The placeholder a pattern holds for the municipality's code, `{code}` in any case.
const PLACEHOLDER = /\{code\}/gi;
const HAS_PLACEHOLDER = /\{code\}/i;

/**
 * The pattern, trimmed, when it is a usable address: it holds `{code}`, has no white space or
 * control characters, and with a code put in is either an absolute `https:`/`http:` address or
 * relative (no scheme of its own: `/kommune/?kommune={code}`, `?kommune={code}`, `{code}.html`).
 * Else null.
 */
export function urlPattern(value: string | null | undefined): string | null {
  const pattern = (value ?? '').trim();
  if (!HAS_PLACEHOLDER.test(pattern) || /[\s\p{Cc}<>"`]/u.test(pattern)) return null;
  const example = fillUrlPattern(pattern, '0101');
  try {
    // A relative address is read against a page, as the browser will; one with a scheme stands alone.
    const { protocol } = new URL(example, 'https://host.invalid/page/');
    return protocol === 'https:' || protocol === 'http:' ? pattern : null;
  } catch {
    return null;
  }
}

/** The address of the municipality with `code` by a pattern `urlPattern` accepted. */
export function fillUrlPattern(pattern: string, code: string): string {
  return pattern.replace(PLACEHOLDER, encodeURIComponent(code));
}
