// @kl-digital/core/neighbours: which municipalities each one borders (and, for the islands, the
// nearest), from the DAGI boundaries at build time. Apart from the geometry: a card that shows its
// neighbours needs no map for it.
export type { NeighbourKind, Neighbours, NeighbourTable } from './neighbour-table.js';
export { neighbourTable } from './neighbour-table.js';
export { neighbours } from '../generated/neighbours.js';
