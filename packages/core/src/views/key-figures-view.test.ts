import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { keyFigureComparison } from './key-figures-view.js';

const dataset = loadDataset();
const byId = (asOf: string, data = dataset) => Object.fromEntries(keyFigureComparison(data, { asOf }).map((f) => [f.id, f]));
const names = (codes: string[]) => codes.map((code) => dataset.municipalities.find((m) => m.code === code)!.name);

// Hand counts from data/strategies.csv with data/category-rules.csv: 40 strategy entries,
// 9 principles, 11 part-of-other, 1 none (Haderslev), 3 model-policy; 64 in all.
// Strategies whose range ended before 2021: Dragør, Frederikshavn, Herning, Hillerød, Hjørring,
// Hvidovre, Ikast-Brande, Kalundborg, Lolland, Randers, Skanderborg, Skive, Syddjurs (13).
// No principles entry has a range (open "Fra ...", a single year, or none), so none expires.
const EXPIRED_2021 = ['Dragør', 'Frederikshavn', 'Herning', 'Hillerød', 'Hjørring', 'Hvidovre', 'Ikast-Brande', 'Kalundborg', 'Lolland', 'Randers', 'Skanderborg', 'Skive', 'Syddjurs'];
// Forms written exactly "Digitaliseringsstrategi" (not "IT-strategi", "Digitaliseringsplan", ...).
const LITERAL = ['Allerød', 'Billund', 'Dragør', 'Furesø', 'Herning', 'Holstebro', 'Hvidovre', 'Kalundborg', 'Kolding', 'Køge', 'Lolland', 'Lyngby-Taarbæk', 'Morsø', 'Nordfyn', 'Nyborg', 'Odder', 'Randers', 'Ringkøbing-Skjern', 'Rødovre', 'Skive', 'Syddjurs', 'Thisted', 'Varde', 'Vejle'];

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
    expect(figures.every((f) => f.listed === 64)).toBe(true);
  });

  it('at 2021-06-01 counts 40 + 9 - 13 = 36 strategies or principles not expired', () => {
    const figure = byId('2021-06-01')['strategy-or-principles']!;
    expect(figure.candidates).toBe(49);
    expect(figure.counted).toBe(36);
    expect(names(figure.codes)).not.toContain('Dragør');
    expect(names(figure.codes)).toContain('Sorø'); // principles with no period: not expired
    expect(figure.difference).toBe('expired-excluded');
  });

  it('at 2021-06-01 counts the 13 strategies whose period ended in 2020 or before as expired', () => {
    const figure = byId('2021-06-01')['expired']!;
    expect(figure.candidates).toBe(40);
    expect(names(figure.codes).sort()).toEqual([...EXPIRED_2021].sort());
    expect(figure.counted).toBe(13);
    expect(figure.difference).toBe('date-dependent');
  });

  it('expiry follows the date: at 2020-06-01 no strategy has expired and all 49 count; at 2026-11-23, 30 have', () => {
    expect(byId('2020-06-01')['expired']!.counted).toBe(0);
    expect(byId('2020-06-01')['strategy-or-principles']!.counted).toBe(49);
    expect(byId('2026-11-23')['expired']!.counted).toBe(30);
    expect(byId('2026-11-23')['strategy-or-principles']!.counted).toBe(19);
  });

  it('part-of-other counts the 11 entries of that category, at any date', () => {
    for (const asOf of ['2015-01-01', '2021-06-01', '2030-01-01']) {
      const figure = byId(asOf)['part-of-other']!;
      expect(figure.counted).toBe(11);
      expect(figure.difference).toBe('categorised-by-form');
    }
  });

  it('none counts the 1 entry without a document and, apart, the 34 municipalities not registered', () => {
    const figure = byId('2021-06-01')['none']!;
    expect(figure.counted).toBe(1);
    expect(names(figure.codes)).toEqual(['Haderslev']);
    expect(figure.notRegistered).toBe(34);
    expect(figure.difference).toBe('not-registered');
    expect(byId('2021-06-01')['expired']!.notRegistered).toBeNull();
  });

  it('called-strategy counts the 24 forms written "Digitaliseringsstrategi", expired ones included', () => {
    const figure = byId('2021-06-01')['called-strategy']!;
    expect(names(figure.codes).sort()).toEqual([...LITERAL].sort());
    expect(figure.counted).toBe(24);
    expect(figure.candidates).toBe(40);
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
    data.mapping.keyFigures.find((f) => f.id === 'part-of-other')!.value = 11;
    expect(byId('2021-06-01', data)['part-of-other']!.difference).toBeNull();
  });

  it('defaults asOf to today without throwing', () => {
    expect(keyFigureComparison(dataset)).toHaveLength(5);
  });
});
