import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { keyFigureComparison, keyFiguresView } from './key-figures-view.js';

const dataset = loadDataset();
const byId = (asOf: string, data = dataset) => Object.fromEntries(keyFigureComparison(data, { asOf }).map((f) => [f.id, f]));
const names = (codes: string[]) => codes.map((code) => dataset.municipalities.find((m) => m.code === code)!.name);

// Hand counts from data/strategies.csv with data/category-rules.csv as reviewed for issue 11, and
// data/text-mentions.csv: 45 strategy entries (the 40 of before, and Assens, Ishøj, Ringsted,
// Esbjerg and Horsens: strategies for one field and digitalisation policies count as strategies
// now), 9 principles, 8 part-of-other, 2 none (Haderslev from the list; Solrød from the mapping's
// example), 1 model-policy (Gentofte); 65 in all, 64 of them rows of the list.
// Strategies whose range ended before 2021: Dragør, Frederikshavn, Herning, Hillerød, Hjørring,
// Hvidovre, Ikast-Brande, Kalundborg, Lolland, Randers, Skanderborg, Skive, Syddjurs (13); the five
// new ones are current in 2021 (Ishøj 2017-2021, Ringsted 2020-2023, Esbjerg 2018-2021, Horsens
// 2021-2025) or undated (Assens "-").
// No principles entry has a range (open "Fra ...", a single year, or none), so none expires.
const EXPIRED_2021 = ['Dragør', 'Frederikshavn', 'Herning', 'Hillerød', 'Hjørring', 'Hvidovre', 'Ikast-Brande', 'Kalundborg', 'Lolland', 'Randers', 'Skanderborg', 'Skive', 'Syddjurs'];
// Forms written exactly "Digitaliseringsstrategi" (not "IT-strategi", "Digitaliseringsplan", ...).
const LITERAL = ['Allerød', 'Billund', 'Dragør', 'Furesø', 'Herning', 'Holstebro', 'Hvidovre', 'Kalundborg', 'Kolding', 'Køge', 'Lolland', 'Lyngby-Taarbæk', 'Morsø', 'Nordfyn', 'Nyborg', 'Odder', 'Randers', 'Ringkøbing-Skjern', 'Rødovre', 'Skive', 'Syddjurs', 'Thisted', 'Varde', 'Vejle'];
// Digitalisation as part of other strategies: plan strategies, the overall ones, a security policy.
const PART_OF_OTHER = ['Albertslund', 'Gladsaxe', 'Gribskov', 'Hørsholm', 'Jammerbugt', 'Silkeborg', 'Sønderborg', 'Vallensbæk'];

describe('keyFigureComparison', () => {
  it('keyFigureComparison(dataset, { asOf: "2021-06-01" }) returns the five published figures in order, each of 98', () => {
    const figures = keyFigureComparison(dataset, { asOf: '2021-06-01' });
    expect(figures.map((f) => [f.id, f.published, f.of])).toEqual([
      ['strategy-or-principles', 55, 98],
      ['expired', 8, 98],
      ['part-of-other', 8, 98],
      ['none', 27, 98],
      ['called-strategy', 35, 98],
    ]);
    expect(figures.every((f) => f.listed === 64 && f.fromText === 1)).toBe(true);
  });

  it('at 2021-06-01 counts 45 + 9 - 13 = 41 strategies or principles not expired', () => {
    const figure = byId('2021-06-01')['strategy-or-principles']!;
    expect(figure.candidates).toBe(54);
    expect(figure.counted).toBe(41);
    expect(names(figure.codes)).toEqual(expect.arrayContaining(['Esbjerg', 'Horsens', 'Ringsted', 'Ishøj', 'Assens']));
    expect(names(figure.codes)).not.toContain('Dragør');
    expect(names(figure.codes)).toContain('Sorø'); // principles with no period: not expired
    expect(figure.difference).toBe('expired-excluded');
  });

  it('at 2021-06-01 counts the 13 strategies whose period ended in 2020 or before as expired', () => {
    const figure = byId('2021-06-01')['expired']!;
    expect(figure.candidates).toBe(45);
    expect(names(figure.codes).sort()).toEqual([...EXPIRED_2021].sort());
    expect(figure.counted).toBe(13);
    expect(figure.difference).toBe('date-dependent');
  });

  it('expiry follows the date: at 2020-06-01 no strategy has expired and all 54 count; at 2026-11-23, 34 have', () => {
    expect(byId('2020-06-01')['expired']!.counted).toBe(0);
    expect(byId('2020-06-01')['strategy-or-principles']!.counted).toBe(54);
    // The 30 of before, and Ishøj (2021), Esbjerg (2021), Ringsted (2023) and Horsens (2025).
    expect(byId('2026-11-23')['expired']!.counted).toBe(34);
    expect(byId('2026-11-23')['strategy-or-principles']!.counted).toBe(20);
  });

  it('part-of-other counts the 8 entries of that category at any date: the published 8, so no difference', () => {
    for (const asOf of ['2015-01-01', '2021-06-01', '2030-01-01']) {
      const figure = byId(asOf)['part-of-other']!;
      expect(figure.counted).toBe(8);
      expect(names(figure.codes).sort()).toEqual([...PART_OF_OTHER].sort());
      expect(figure.difference).toBeNull();
    }
  });

  it('part-of-other, where the count differs, says the category follows the form by the reviewed rules', () => {
    const data = loadDataset();
    data.entries.find((e) => e.code === '0329')!.category = 'part-of-other'; // Ringsted, as before the review
    expect(byId('2021-06-01', data)['part-of-other']).toMatchObject({ counted: 9, difference: 'categorised-by-form' });
  });

  it('none counts the 2 entries without a document, 1 of them from the mapping\'s example, and apart the 33 not registered', () => {
    const figure = byId('2021-06-01')['none']!;
    expect(figure.counted).toBe(2);
    expect(names(figure.codes)).toEqual(['Haderslev', 'Solrød']);
    expect(figure.countedFromText).toBe(1);
    expect(figure.notRegistered).toBe(33);
    expect(figure.difference).toBe('not-registered');
    expect(byId('2021-06-01')['expired']!.notRegistered).toBeNull();
  });

  it('called-strategy counts the 24 forms written "Digitaliseringsstrategi", expired ones included', () => {
    const figure = byId('2021-06-01')['called-strategy']!;
    expect(names(figure.codes).sort()).toEqual([...LITERAL].sort());
    expect(figure.counted).toBe(24);
    expect(figure.candidates).toBe(45);
    expect(figure.countedFromText).toBe(0);
    expect(byId('2030-01-01')['called-strategy']!.counted).toBe(24);
    expect(figure.difference).toBe('literal-form');
  });

  it('folds the form before comparing, so "digitaliseringsstrategi " still counts as the literal form', () => {
    const data = loadDataset();
    const entry = data.entries.find((e) => e.form === 'IT-strategi')!;
    entry.form = ' digitaliseringsstrategi ';
    expect(byId('2021-06-01', data)['called-strategy']!.counted).toBe(25);
  });

  it('returns no difference where the count equals the published figure', () => {
    const data = loadDataset();
    data.mapping.keyFigures.find((f) => f.id === 'none')!.value = 2;
    expect(byId('2021-06-01', data)['none']!.difference).toBeNull();
  });

  it('defaults asOf to today without throwing', () => {
    expect(keyFigureComparison(dataset)).toHaveLength(5);
  });
});

describe('keyFiguresView', () => {
  it('keyFiguresView names the municipalities only the mapping\'s text registers, and gives the paragraphs behind 55 and 35', () => {
    const view = keyFiguresView(dataset, { asOf: '2021-06-01', lang: 'da' });
    expect(view.fromText).toEqual(['Solrød']);
    const paragraph = (id: string) => view.published.find((f) => f.id === id)!.paragraph;
    expect(paragraph('strategy-or-principles')).toMatch(/^Alle 98 kommuner arbejder strategisk med digitalisering, da de følger de fællesoffentlige og fælleskommunale strategier\. Sideløbende har 55 kommuner/);
    expect(paragraph('called-strategy')).toMatch(/^Den mest gængse type af dokument, .*35 kommuner har en "digitaliseringsstrategi", hvoraf størstedelen fortsat er gældende og nogle enten er udløbet i 2020 eller er ved at blive revideret til en nyere version\.$/);
    expect(paragraph('none')).toBeNull();
    expect(view.kinds.map((k) => [k.category.id, k.label, k.count])).toEqual([
      ['strategy', 'Digitaliseringsstrategi', 45],
      ['principles', 'Digitaliseringsprincipper', 9],
      ['model-policy', 'Digitaliseringsmodel', 1],
      ['part-of-other', 'Del af andre strategier', 8],
      ['none', 'Ingen strategi', 2],
    ]);
  });
});
