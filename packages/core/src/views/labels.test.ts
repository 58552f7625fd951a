import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { categoryLabel, periodText, regionName, sourceText, statusLabel } from './labels.js';

const dataset = loadDataset();

describe('labels', () => {
  it.each([['-'], [''], ['  '], ['–']])('sourceText(%j) is "Ikke angivet", not verbatim', (text) => {
    expect(sourceText(text, 'da')).toEqual({ text: 'Ikke angivet', verbatim: false });
    expect(sourceText(text, 'en')).toEqual({ text: 'Not stated', verbatim: false });
  });

  it('sourceText(" Digitaliseringsstrategi ") is the trimmed text, verbatim', () => {
    expect(sourceText(' Digitaliseringsstrategi ', 'en')).toEqual({ text: 'Digitaliseringsstrategi', verbatim: true });
  });

  it('periodText of a period the source does not state is "Ikke angivet", as on the card, the map and in the table', () => {
    expect(periodText({ kind: 'none', text: '-' }, 'da').text).toBe('Ikke angivet');
    expect(periodText({ kind: 'range', text: '2019-2023' }, 'da')).toEqual({ text: '2019-2023', verbatim: true });
  });

  it('regionName, categoryLabel and statusLabel speak the reader\'s language and name the unregistered', () => {
    expect(regionName(dataset.regions.find((r) => r.code === '1084')!, 'en')).toBe('Capital Region of Denmark');
    expect(categoryLabel(dataset.categories, 'none', 'da')).toBe('Ingen strategi');
    expect(categoryLabel(dataset.categories, 'not-registered', 'en')).toBe('Not registered in the mapping');
    expect(statusLabel('upcoming', 'da')).toBe('Endnu ikke gældende');
    expect(statusLabel('not-registered', 'da')).toBe('Ikke registreret i kortlægningen');
  });
});
