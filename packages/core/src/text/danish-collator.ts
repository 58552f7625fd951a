let collator: Intl.Collator | undefined;

/**
 * Danish collation: Æ, Ø, Å after Z, and "Aa" sorted as Å (Aalborg and Aarhus last), as the
 * mapping's own list is ordered. Made on first use: building a collator is costly, and a page
 * that never sorts should not pay for it when the module loads.
 */
export function danishCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('da', { sensitivity: 'base', numeric: true }));
}

/** Compares two strings in Danish order. */
export function compareDanish(a: string, b: string): number {
  return danishCollator().compare(a, b);
}
