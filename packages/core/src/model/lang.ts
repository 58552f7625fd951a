/** The languages the product speaks: Danish (the default) and English. */
export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];
