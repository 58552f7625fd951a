/**
 * The URL when it is an absolute `https:` or `http:` address, else null. Links rendered from data
 * go through this, so a `javascript:` or `data:` value never becomes a link.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
