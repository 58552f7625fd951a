import type { RegionCode } from './region.js';

/** One of the 98 municipalities. */
export interface Municipality {
  /** Four-digit municipality code with leading zero, e.g. `0340` (the key; never the name). */
  code: string;
  /** The name in everyday use and in KL's mapping, e.g. `Sorø`, `Nordfyn`, `København`. */
  name: string;
  /** The official name, e.g. `Sorø Kommune`, `Københavns Kommune`, `Bornholms Regionskommune`. */
  officialName: string;
  /** Code of the region the municipality belongs to. */
  regionCode: RegionCode;
  /**
   * Every way people write the name that the build accepts: the curated aliases from
   * `data/municipalities.csv` plus the derived ones (with and without "Kommune", ASCII
   * transliterations), each folded to the lookup key form (see `foldName`).
   */
  keys: string[];
}
