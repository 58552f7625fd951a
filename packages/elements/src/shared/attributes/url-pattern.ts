// The kind of an address pattern with `{code}` (the card's `card-url`). A module of its own, not
// in attribute-kinds.ts: only the card uses it, and the CDN build keeps it (and core's
// url-pattern) out of the base chunk every page downloads (see build/build-cdn.mjs).
import { urlPattern as readUrlPattern } from '@kl-digital/core';
import type { AttributeDef } from './attribute-spec.js';
import { blank } from './attribute-kinds.js';

/**
 * An address pattern with `{code}` for a municipality's four-digit code: absolute `https:`/`http:`
 * or relative (`/kommune/?kommune={code}`); anything else (`javascript:`, no `{code}`) is none,
 * with a notice. The value is the pattern, trimmed.
 */
export function urlPattern<const A extends string>(attribute: A): AttributeDef<string | null, string, A, string, 'text'> {
  return {
    attribute,
    kind: 'text',
    read(raw) {
      if (blank(raw)) return { value: null };
      const value = readUrlPattern(String(raw));
      return value !== null
        ? { value }
        : { value: null, problem: { kind: 'invalid', attribute, values: [String(raw).trim()], allowed: ['https://…{code}', '/…{code}'] } };
    },
  };
}
