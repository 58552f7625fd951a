/** Code of one of the five Danish regions (DAGI `REGIONKODE`). */
export type RegionCode = '1081' | '1082' | '1083' | '1084' | '1085';

/** One of the five regions. */
export interface Region {
  /** Four-digit region code, `1081`..`1085`. */
  code: RegionCode;
  /** Danish name, e.g. `Region Sjælland`. */
  name: string;
  /** English name, e.g. `Region Zealand`. */
  nameEn: string;
}
