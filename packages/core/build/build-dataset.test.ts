import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, DataBuildError } from './build-dataset.js';

const dataDir = new URL('../../../data/', import.meta.url).pathname;

/** A copy of data/ with one file edited. */
function brokenData(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kl-data-'));
  cpSync(dataDir, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

function errorsOf(dir: string): string[] {
  try {
    buildDataset(dir);
  } catch (error) {
    if (error instanceof DataBuildError) return error.errors;
    throw error;
  }
  return [];
}

describe('buildDataset', () => {
  it('buildDataset(data/) builds 98 municipalities and the 64 entries of the mapping', () => {
    const dataset = buildDataset(dataDir);
    expect(dataset.municipalities).toHaveLength(98);
    expect(dataset.entries).toHaveLength(64);
    expect(new Set(dataset.entries.map((e) => e.source))).toEqual(new Set(['002_2570828e756e50df.txt']));
  });

  it('buildDataset keeps the cells verbatim and only the two URLs the source gives', () => {
    const dataset = buildDataset(dataDir);
    const withUrl = dataset.entries.filter((e) => e.url !== null).map((e) => [e.municipality, e.url]);
    expect(withUrl).toEqual([
      ['Ishøj', 'https://ishoj.dk/api/sbsys/attachment/?id=601f87fd-cb48-426b-997b-3599e5dec5b2&name=Strategi%20for%20digitalisering%20af%20undervisningen%20i%20Ish%C3%B8j%20Kommunes%20skolev%C3%A6sen'],
      ['Odder', 'https://www.odder.dk/media/memkubdr/digitaliseringsstrategi2021-2025_odder_kommune.pdf'],
    ]);
    const gentofte = dataset.entries.find((e) => e.code === '0157')!;
    expect(gentofte.form).toBe('Politisk model for digitalisering – omfatter politiske principper, politisk retning og værktøjer til styring.');
    expect(gentofte.period).toEqual({ text: '2018-', kind: 'from', from: 2018, to: null, openEnded: true });
  });

  it('buildDataset names file, row and municipality for a period that is not one', () => {
    const dir = brokenData('strategies.csv', (t) => t.replace('Godkendt 2019', 'Godkent 2019'));
    expect(errorsOf(dir)).toEqual(['data/strategies.csv row 12 (Furesø): period "Godkent 2019" is not a period']);
  });

  it('buildDataset refuses a form without a rule, and a rule no entry uses', () => {
    const dir = brokenData('strategies.csv', (t) => t.replace('0340,Sorø,Digitaliserings-principper', '0340,Sorø,Digitaliseringsvision'));
    expect(errorsOf(dir)).toEqual([
      'data/strategies.csv row 53 (Sorø): form "Digitaliseringsvision" has no rule in data/category-rules.csv',
    ]);
  });

  it('buildDataset refuses a URL the link text does not give, and a javascript: URL', () => {
    const dir = brokenData('strategies.csv', (t) =>
      t.replace('0561,Esbjerg,Digitaliseringspolitik,Digitaliseringspolitik (esbjerg.dk),', '0561,Esbjerg,Digitaliseringspolitik,Digitaliseringspolitik (esbjerg.dk),javascript:alert(1)'),
    );
    expect(errorsOf(dir)).toEqual([
      'data/strategies.csv row 7 (Esbjerg): url "javascript:alert(1)" is not an http: or https: link',
      'data/strategies.csv row 7 (Esbjerg): url "javascript:alert(1)" does not appear in the link text: the source does not give it',
    ]);
  });

  it('buildDataset refuses an unknown code, a name that does not fit the code, and a duplicate', () => {
    const dir = brokenData('strategies.csv', (t) =>
      t.replace('0165,Albertslund', '0999,Albertslund').replace('0201,Allerød', '0201,Alberslund').replace('0230,Rudersdal', '0340,Sorø'),
    );
    expect(errorsOf(dir)).toEqual([
      'data/strategies.csv row 1 (Albertslund): code "0999" is not a municipality in data/municipalities.csv',
      'data/strategies.csv row 2 (Alberslund): "Alberslund" is not a name of 0201 (Allerød)',
      'data/strategies.csv row 53 (Sorø): a second entry for 0340',
    ]);
  });

  it('buildDataset refuses an alias that two municipalities share', () => {
    const dir = brokenData('municipalities.csv', (t) => t.replace('0147,Frederiksberg,Frederiksberg Kommune,1084,', '0147,Frederiksberg,Frederiksberg Kommune,1084,Sorø'));
    expect(errorsOf(dir)[0]).toMatch(/^data\/municipalities.csv row 40 \(Sorø\): alias key "sor[^"]*" also belongs to 0147 \(row 2\)$/);
  });

  it('buildDataset names the file and record of a schema error in the JSON sources', () => {
    const dir = brokenData('initiatives.json', (t) => t.replace('"published": "2021-05-11"', '"published": "11. maj 2021"'));
    expect(errorsOf(dir)).toEqual(['data/initiatives.json [0].published: is not a date (YYYY-MM-DD)']);
  });

  it('buildDataset reports a missing column and a file that is not JSON', () => {
    const dir = brokenData('regions.csv', (t) => t.replace('name_en', 'english'));
    writeFileSync(join(dir, 'mapping.json'), '{ not json');
    const errors = errorsOf(dir);
    expect(errors[0]).toBe('data/regions.csv: missing column name_en');
    expect(errors[1]).toMatch(/^data\/mapping.json: .*JSON/);
  });
});
