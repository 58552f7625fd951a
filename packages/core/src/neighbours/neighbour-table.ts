// The neighbour table the geometry build writes (src/generated/neighbours.ts), read back: the
// pairs that share a border, each written once as eight digits (`03160340`), and the islands'
// nearest municipalities. Written in pairs it is half the bytes of a list per municipality.

/** How a municipality's neighbours were found. */
export type NeighbourKind = 'border' | 'nearest';

/** One municipality's neighbours. */
export interface Neighbours {
  /** `border`: they share a stretch of boundary; `nearest`: it borders no municipality (an island), and these are the nearest by the distance between the shapes. */
  kind: NeighbourKind;
  /** Their codes: by code for borders, nearest first otherwise. */
  codes: readonly string[];
}

/** Every municipality's neighbours, by code. */
export type NeighbourTable = Readonly<Record<string, Neighbours>>;

/**
 * The table from `pairs` (eight digits per pair, space-separated) and `nearest` (by code, for the
 * municipalities in no pair).
 * @throws RangeError on a pair that is not eight digits, or an island that also has a border.
 */
export function neighbourTable(pairs: string, nearest: Readonly<Record<string, readonly string[]>>): NeighbourTable {
  const borders: Record<string, string[]> = {};
  for (const pair of pairs.split(' ').filter(Boolean)) {
    if (!/^\d{8}$/.test(pair)) throw new RangeError(`neighbourTable: "${pair}" is not two four-digit codes`);
    const [a, b] = [pair.slice(0, 4), pair.slice(4)];
    (borders[a] ??= []).push(b);
    (borders[b] ??= []).push(a);
  }
  const table: Record<string, Neighbours> = {};
  for (const [code, codes] of Object.entries(borders)) table[code] = { kind: 'border', codes: codes.sort() };
  for (const [code, codes] of Object.entries(nearest)) {
    if (table[code]) throw new RangeError(`neighbourTable: ${code} has borders and is listed as an island`);
    table[code] = { kind: 'nearest', codes };
  }
  return table;
}
