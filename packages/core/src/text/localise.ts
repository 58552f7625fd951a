import type { Lang } from '../model/lang.js';

/** Texts written key by key in both languages, so that no text lacks its translation. */
export type Bilingual = Readonly<Record<string, Readonly<Record<Lang, unknown>>>>;

/** The texts of one language, typed as the Danish ones. */
export type Localised<T extends Bilingual> = { readonly [K in keyof T]: T[K]['da'] };

/**
 * One object per language from texts written key by key: `localise({ caption: { da: 'Tabel', en: 'Table' } }).en.caption`.
 * Each language's object is built once, when the module loads.
 */
export function localise<T extends Bilingual>(texts: T): Readonly<Record<Lang, Localised<T>>> {
  const pick = (lang: Lang) => Object.fromEntries(Object.entries(texts).map(([key, value]) => [key, value[lang]])) as Localised<T>;
  return { da: pick('da'), en: pick('en') };
}
