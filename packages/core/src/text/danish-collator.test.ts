import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../generated/dataset.js';
import { compareDanish, danishCollator } from './danish-collator.js';

const sign = (n: number) => Math.sign(n);
const intl = danishCollator();

/** Every text the selectors sort: names, official names, region names in both languages, forms, link texts, initiative titles. */
const TEXTS = [
  ...dataset.municipalities.flatMap((m) => [m.name, m.officialName]),
  ...dataset.regions.flatMap((r) => [r.name, r.nameEn]),
  ...dataset.entries.flatMap((e) => [e.form, e.linkText ?? '']),
  ...dataset.initiatives.map((i) => i.title),
];
const TRICKY = [
  'Aabenraa', 'Aalborg', 'Aarhus', 'Ærø', 'Ølstykke', 'Åbenrå', 'Haarby', 'Hårby', 'Høje-Taastrup', 'Høje Taastrup',
  'HøjeTaastrup', 'Lyngby-Taarbæk', 'København', 'Köln', 'Müller', 'Mylius', 'Émile', 'Emil', 'Zebra', 'zebra', 'ZEBRA',
  'strategi 2', 'strategi 10', 'strategi 1', '2020-2024', '2019-2023', 'Fra 2017', '-', '', 'a', 'A', 'ab', 'a b', 'a-b', 'a.b', 'a,b',
  'Digitaliseringsstrategi', 'Digitaliserings-principper', 'Digitaliseringspolitik', 'PDF (dragoer.dk)', 'notat_2020.pdf', '113010e1.pdf',
];

describe('compareDanish', () => {
  it('sorts Æ, Ø, Å after Z and "Aa" as Å: A, Z, Æ, Ø, Aalborg, Å', () => {
    expect(['Å', 'Ø', 'Z', 'Æ', 'A', 'Aalborg'].sort(compareDanish)).toEqual(['A', 'Z', 'Æ', 'Ø', 'Å', 'Aalborg']);
  });

  it('compares numbers as numbers: "strategi 2" before "strategi 10"', () => {
    expect(['strategi 10', 'strategi 2', 'strategi 1'].sort(compareDanish)).toEqual(['strategi 1', 'strategi 2', 'strategi 10']);
  });

  it('ignores case and accents, as Intl does at base strength: "Zebra" = "zebra", "Émile" after "Emil"', () => {
    expect(compareDanish('Zebra', 'zebra')).toBe(0);
    expect(compareDanish('Émile', 'Emil')).toBeGreaterThan(0);
  });

  it(`agrees with Intl.Collator('da', { sensitivity: 'base', numeric: true }) on every pair of the dataset's ${TEXTS.length} texts and ${TRICKY.length} tricky ones`, () => {
    const texts = [...new Set([...TEXTS, ...TRICKY])];
    const disagreements: string[] = [];
    for (const a of texts) for (const b of texts) if (sign(compareDanish(a, b)) !== sign(intl.compare(a, b))) disagreements.push(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it('sorts the 98 names in the order Intl does', () => {
    const names = dataset.municipalities.map((m) => m.name);
    expect([...names].sort(compareDanish)).toEqual([...names].sort(intl.compare));
  });

  it('agrees with Intl on any text of a, A, á, e, é, o, y, z, æ, ø, å, ä, ö, ü, digits, a space, a hyphen and a full stop', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'A', 'á', 'e', 'é', 'z', 'æ', 'Ø', 'å', 'Å', 'ä', 'ö', 'ü', 'y', 'o', '1', '0', '9', ' ', '-', '.'), maxLength: 8 });
    fc.assert(fc.property(text, text, (a, b) => sign(compareDanish(a, b)) === sign(intl.compare(a, b))), { numRuns: 5000 });
  });
});
