/**
 * Danish collation: Æ, Ø, Å after Z, and "Aa" sorted as Å (Aalborg and Aarhus last), as the
 * mapping's own list is ordered.
 */
export const danishCollator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** Compares two strings in Danish order. */
export function compareDanish(a: string, b: string): number {
  return danishCollator.compare(a, b);
}
