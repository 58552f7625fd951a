import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.js';
import { buildDatasetFromFiles, type DataFiles } from './build-dataset-from-files.js';
import { DATA_FILES, type DataFile } from './data-files.js';

/** The text of every file of data/, read once; each test edits its own copy. */
const DATA: DataFiles = Object.fromEntries(
  Object.values(DATA_FILES).map((file) => [file, readFileSync(new URL(`../../../../data/${file}`, import.meta.url), 'utf8')]),
);

/** data/ with one file edited. */
function brokenData(file: DataFile, edit: (text: string) => string): DataFiles {
  return { ...DATA, [file]: edit(DATA[file]!) };
}

function errorsOf(files: DataFiles): string[] {
  const result = buildDatasetFromFiles(files);
  return result.ok ? [] : result.errors.map((error) => error.message);
}

function build(files: DataFiles, base?: Dataset) {
  const result = buildDatasetFromFiles(files, base);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.dataset;
}

describe('buildDatasetFromFiles', () => {
  it('buildDatasetFromFiles(data/) builds 98 municipalities and the 65 entries of the mapping: its 64 rows, then Solrød from its text', () => {
    const dataset = build(DATA);
    expect(dataset.municipalities).toHaveLength(98);
    expect(dataset.entries).toHaveLength(65);
    expect(dataset.entries.slice(0, 64).every((e) => e.origin === 'table' && e.evidence === null)).toBe(true);
    expect(dataset.entries.slice(64).map((e) => [e.municipality, e.origin, e.category])).toEqual([['Solrød', 'example', 'none']]);
    expect(new Set(dataset.entries.map((e) => e.source))).toEqual(new Set(['002_2570828e756e50df.txt']));
  });

  it('buildDatasetFromFiles keeps the cells verbatim and only the two URLs the source gives', () => {
    const dataset = build(DATA);
    const withUrl = dataset.entries.filter((e) => e.url !== null).map((e) => [e.municipality, e.url]);
    expect(withUrl).toEqual([
      ['Ishøj', 'https://ishoj.dk/api/sbsys/attachment/?id=601f87fd-cb48-426b-997b-3599e5dec5b2&name=Strategi%20for%20digitalisering%20af%20undervisningen%20i%20Ish%C3%B8j%20Kommunes%20skolev%C3%A6sen'],
      ['Odder', 'https://www.odder.dk/media/memkubdr/digitaliseringsstrategi2021-2025_odder_kommune.pdf'],
    ]);
    const gentofte = dataset.entries.find((e) => e.code === '0157')!;
    expect(gentofte.form).toBe('Politisk model for digitalisering – omfatter politiske principper, politisk retning og værktøjer til styring.');
    expect(gentofte.period).toEqual({ text: '2018-', kind: 'from', from: 2018, to: null, openEnded: true });
  });

  it('buildDatasetFromFiles names file, row and municipality for a period that is not one', () => {
    const files = brokenData('strategies.csv', (t) => t.replace('Godkendt 2019', 'Godkent 2019'));
    expect(errorsOf(files)).toEqual(['data/strategies.csv row 12 (Furesø): period "Godkent 2019" is not a period']);
  });

  it('buildDatasetFromFiles gives each error its file, row and column, for a field to show it beside', () => {
    const result = buildDatasetFromFiles(brokenData('strategies.csv', (t) => t.replace('Godkendt 2019', 'Godkent 2019')));
    expect(result.ok ? [] : result.errors).toEqual([
      { message: 'data/strategies.csv row 12 (Furesø): period "Godkent 2019" is not a period', file: 'strategies.csv', row: 12, column: 'period' },
    ]);
  });

  it('buildDatasetFromFiles refuses a form without a rule, and a rule no entry uses', () => {
    const files = brokenData('strategies.csv', (t) => t.replace('0340,Sorø,Digitaliserings-principper', '0340,Sorø,Digitaliseringsvision'));
    expect(errorsOf(files)).toEqual([
      'data/strategies.csv row 53 (Sorø): form "Digitaliseringsvision" has no rule in data/category-rules.csv',
    ]);
  });

  it('buildDatasetFromFiles refuses a URL the link text does not give, and a javascript: URL', () => {
    const files = brokenData('strategies.csv', (t) =>
      t.replace('0561,Esbjerg,Digitaliseringspolitik,Digitaliseringspolitik (esbjerg.dk),', '0561,Esbjerg,Digitaliseringspolitik,Digitaliseringspolitik (esbjerg.dk),javascript:alert(1)'),
    );
    expect(errorsOf(files)).toEqual([
      'data/strategies.csv row 7 (Esbjerg): url "javascript:alert(1)" is not an http: or https: link',
      'data/strategies.csv row 7 (Esbjerg): url "javascript:alert(1)" does not appear in the link text: the source does not give it',
    ]);
  });

  it('buildDatasetFromFiles refuses an unknown code, a name that does not fit the code, and a duplicate', () => {
    const files = brokenData('strategies.csv', (t) =>
      t.replace('0165,Albertslund', '0999,Albertslund').replace('0201,Allerød', '0201,Alberslund').replace('0230,Rudersdal', '0340,Sorø'),
    );
    expect(errorsOf(files)).toEqual([
      'data/strategies.csv row 1 (Albertslund): code "0999" is not a municipality in data/municipalities.csv',
      'data/strategies.csv row 2 (Alberslund): "Alberslund" is not a name of 0201 (Allerød)',
      'data/strategies.csv row 53 (Sorø): a second entry for 0340',
    ]);
  });

  it('buildDatasetFromFiles refuses an alias that two municipalities share', () => {
    const files = brokenData('municipalities.csv', (t) => t.replace('0147,Frederiksberg,Frederiksberg Kommune,1084,', '0147,Frederiksberg,Frederiksberg Kommune,1084,Sorø'));
    expect(errorsOf(files)[0]).toMatch(/^data\/municipalities.csv row 40 \(Sorø\): alias key "sor[^"]*" also belongs to 0147 \(row 2\)$/);
  });

  it('buildDatasetFromFiles names the file and record of a schema error in the JSON sources', () => {
    const files = brokenData('initiatives.json', (t) => t.replace('"published": "2021-05-11"', '"published": "11. maj 2021"'));
    expect(errorsOf(files)).toEqual(['data/initiatives.json [0].published: is not a date (YYYY-MM-DD)']);
  });

  it('buildDatasetFromFiles reports a missing column and a file that is not JSON', () => {
    const files = { ...brokenData('regions.csv', (t) => t.replace('name_en', 'english')), 'mapping.json': '{ not json' };
    const errors = errorsOf(files);
    expect(errors[0]).toBe('data/regions.csv: missing column name_en');
    expect(errors[1]).toMatch(/^data\/mapping.json: .*JSON/);
  });

  it('buildDatasetFromFiles names a file that is not there', () => {
    const { 'sources.csv': _left, ...files } = DATA;
    expect(errorsOf(files)[0]).toBe('data/sources.csv: is missing');
  });
});

describe('buildDatasetFromFiles and the mapping\'s text (data/text-mentions.csv)', () => {
  const SOLRØD_EXAMPLE = "I Solrød Kommune har man ikke udarbejdet nogen digitaliseringsstrategi, men arbejder i stedet efter KL's samt den fælles offentlige digitaliseringsstrategi.";
  const SOLRØD_ROW = (form: string) => `0269,Solrød,${form},,,-,002_2570828e756e50df.txt\n`;
  const withRow = (line: string) => DATA['strategies.csv']!.replace('0340,Sorø,', `${line}0340,Sorø,`);

  it('buildDatasetFromFiles registers Solrød as "none" from the example that says it has no strategy, with the sentence and its reason', () => {
    const solrød = build(DATA).entries.find((e) => e.code === '0269')!;
    expect(solrød).toMatchObject({ municipality: 'Solrød', form: '', linkText: '', url: null, category: 'none', origin: 'example', source: '002_2570828e756e50df.txt' });
    expect(solrød.period).toEqual({ text: '', kind: 'none', from: null, to: null, openEnded: false });
    expect(solrød.evidence).toBe(SOLRØD_EXAMPLE);
    expect(solrød.categoryReason).toMatch(/^Eksemplet siger, at Solrød ikke har nogen digitaliseringsstrategi/);
  });

  it('buildDatasetFromFiles holds every named municipality\'s mention against its row: Esbjerg\'s and Horsens\' policies as "model-policy" contradict the text', () => {
    // The rule before the review of issue 11: the mapping's text calls both documents strategies.
    const files = brokenData('category-rules.csv', (t) => t.replace(/^Digitaliseringspolitik,strategy,.*$/m, 'Digitaliseringspolitik,model-policy,En digitaliseringspolitik.'));
    expect(errorsOf(files)).toEqual([
      'data/strategies.csv row 7 (Esbjerg): category "model-policy" (the rule for "Digitaliseringspolitik" in data/category-rules.csv), but the mapping\'s text says "strategy" (data/text-mentions.csv row 1, example): change the rule, or review the mention',
      'data/strategies.csv row 22 (Horsens): category "model-policy" (the rule for "Digitaliseringspolitik" in data/category-rules.csv), but the mapping\'s text says "strategy" (data/text-mentions.csv row 5, breadth): change the rule, or review the mention',
      'data/strategies.csv row 22 (Horsens): category "model-policy" (the rule for "Digitaliseringspolitik" in data/category-rules.csv), but the mapping\'s text says "strategy" (data/text-mentions.csv row 6, themes): change the rule, or review the mention',
    ]);
  });

  it('buildDatasetFromFiles without data/text-mentions.csv names it missing: the examples are data, not decoration', () => {
    const { 'text-mentions.csv': _left, ...files } = DATA;
    expect(errorsOf(files)).toEqual(['data/text-mentions.csv: is missing']);
  });

  it('buildDatasetFromFiles lets a row of the table take the place of the text\'s entry where the two agree, and refuses one that does not', () => {
    const agreeing = build({ ...DATA, 'strategies.csv': withRow(SOLRØD_ROW('-')) });
    expect(agreeing.entries).toHaveLength(65);
    expect(agreeing.entries.filter((e) => e.code === '0269').map((e) => [e.origin, e.category, e.form])).toEqual([['table', 'none', '-']]);
    expect(errorsOf({ ...DATA, 'strategies.csv': withRow(SOLRØD_ROW('Digitaliseringsstrategi')) })).toEqual([
      'data/strategies.csv row 53 (Solrød): category "strategy" (the rule for "Digitaliseringsstrategi" in data/category-rules.csv), but the mapping\'s text says "none" (data/text-mentions.csv row 4, example): change the rule, or review the mention',
    ]);
  });

  it('buildDatasetFromFiles checks each cell of a mention, and one municipality\'s mentions against each other', () => {
    const files = brokenData('text-mentions.csv', (t) =>
      t
        .replace('0340,Sorø,example,', '0340,Sorø,intro,')
        .replace('0187,Vallensbæk,example,"I Vallensbæk Kommune indgår strategien for digitalisering, i deres udviklingsstrategi.",part-of-other', '0187,Vallensbæk,example,"I Vallensbæk Kommune indgår strategien for digitalisering, i deres udviklingsstrategi.",vision')
        .concat('0151,Balerup,breadth,Ballerup nævnes ikke.,none,Prøve.,002_2570828e756e50df.txt\n')
        .concat('0269,Solrød,themes,En anden sætning om Solrød.,strategy,Prøve.,002_2570828e756e50df.txt\n'),
    );
    expect(errorsOf(files)).toEqual([
      'data/text-mentions.csv row 2 (Sorø): section "intro" is not one of example, breadth, depth, themes',
      'data/text-mentions.csv row 3 (Vallensbæk): category "vision" is not one of strategy, principles, model-policy, part-of-other, none (or empty: the sentence states none)',
      'data/text-mentions.csv row 12 (Balerup): "Balerup" is not a name of 0151 (Ballerup)',
      'data/text-mentions.csv row 13 (Solrød): the mapping\'s text says "strategy" here and "none" in data/text-mentions.csv row 4: one municipality has one category',
    ]);
  });

  it('buildDatasetFromFiles holds each of the mapping\'s examples to its municipality\'s entry and to a mention that quotes it', () => {
    const wrongCategory = brokenData('mapping.json', (t) => t.replace('"code": "0561",\n      "category": "strategy"', '"code": "0561",\n      "category": "model-policy"'));
    expect(errorsOf(wrongCategory)).toEqual(['data/mapping.json examples[0] (Esbjerg): category "model-policy", but the entry of Esbjerg is "strategy"']);
    const unreviewed = brokenData('text-mentions.csv', (t) => t.replace('0340,Sorø,example,', '0340,Sorø,breadth,'));
    expect(errorsOf(unreviewed)).toEqual(['data/mapping.json examples[1] (Sorø): no row of data/text-mentions.csv of section "example" quotes its summary']);
    const noEntry = brokenData('text-mentions.csv', (t) => t.replace(',none,"Eksemplet siger, at Solrød', ',,"Eksemplet siger, at Solrød'));
    expect(errorsOf(noEntry)).toEqual(['data/mapping.json examples[3] (Solrød): category "none", but Solrød has no entry: give its mention in data/text-mentions.csv that category']);
  });
});

describe('buildDatasetFromFiles(files, base)', () => {
  const published = build(DATA);
  const strategies = DATA['strategies.csv']!;

  it('buildDatasetFromFiles({ strategies.csv }, published) builds the same dataset as all of data/', () => {
    expect(build({ 'strategies.csv': strategies }, published)).toEqual(published);
    expect(buildDatasetFromFiles({ 'strategies.csv': strategies }, published)).toEqual(buildDatasetFromFiles(DATA));
  });

  it('buildDatasetFromFiles({ strategies.csv }, published) gives the build\'s own message for Furesø\'s "Godkent 2019"', () => {
    const result = buildDatasetFromFiles({ 'strategies.csv': strategies.replace('Godkendt 2019', 'Godkent 2019') }, published);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['data/strategies.csv row 12 (Furesø): period "Godkent 2019" is not a period']);
  });

  it('buildDatasetFromFiles takes an edited period into the entry, its parsed period and its status', () => {
    const dataset = build({ 'strategies.csv': strategies.replace('Godkendt 2019', '2019-2023') }, published);
    expect(dataset.entries.find((e) => e.code === '0190')!.period).toEqual({ text: '2019-2023', kind: 'range', from: 2019, to: 2023, openEnded: false });
  });

  it('buildDatasetFromFiles takes a new form once category-rules.csv has a rule for it, and asks for one before', () => {
    const edited = strategies.replace('0340,Sorø,Digitaliserings-principper', '0340,Sorø,Digitaliseringsvision');
    const rules = `${DATA['category-rules.csv']}Digitaliseringsvision,principles,Visionen har principper.\n`;
    expect(buildDatasetFromFiles({ 'strategies.csv': edited }, published)).toMatchObject({
      ok: false,
      errors: [{ row: 53, column: 'form', message: 'data/strategies.csv row 53 (Sorø): form "Digitaliseringsvision" has no rule in data/category-rules.csv' }],
    });
    const sorø = build({ 'strategies.csv': edited, 'category-rules.csv': rules }, published).entries.find((e) => e.code === '0340')!;
    expect([sorø.category, sorø.categoryReason]).toEqual(['principles', 'Visionen har principper.']);
  });

  it('buildDatasetFromFiles({ strategies.csv }, published) keeps Solrød\'s entry from the text, and holds a new row for Solrød to it', () => {
    expect(build({ 'strategies.csv': strategies }, published).entries.find((e) => e.code === '0269')).toMatchObject({ origin: 'example', category: 'none' });
    const edited = strategies.replace('0340,Sorø,', '0269,Solrød,Digitaliseringsstrategi,,,2024-2027,002_2570828e756e50df.txt\n0340,Sorø,');
    expect(buildDatasetFromFiles({ 'strategies.csv': edited }, published)).toMatchObject({
      ok: false,
      errors: [{ file: 'strategies.csv', row: 53, column: 'form', message: expect.stringContaining('but the mapping\'s text says "none" (data/text-mentions.csv, example)') }],
    });
  });

  it('buildDatasetFromFiles locates a schema error in an entry at its row and column', () => {
    const result = buildDatasetFromFiles({ 'strategies.csv': strategies.replace('0420,Assens,Strategi', '0420,Assens,\u0007Strategi') }, published);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({ file: 'strategies.csv', row: 3, column: 'form' }),
      expect.objectContaining({ file: 'category-rules.csv', column: 'form', message: expect.stringContaining('no entry has this form') }),
    ]);
  });
});
