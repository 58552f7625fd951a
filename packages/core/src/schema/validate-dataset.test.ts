import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDataset } from '../../test/dataset.js';
import { formatIssues, validateDataset } from './validate-dataset.js';

const issuesOf = (input: unknown) => {
  const result = validateDataset(input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('validateDataset', () => {
  it('validateDataset(built dataset) passes, and the JSON round-trips unchanged', () => {
    const json = readFileSync(new URL('../generated/dataset.json', import.meta.url), 'utf8');
    const result = validateDataset(JSON.parse(json));
    expect(result.ok).toBe(true);
    expect(result.ok && `${JSON.stringify(result.dataset)}\n`).toBe(json);
  });

  it('validateDataset(non-objects) says the dataset is not an object', () => {
    expect([null, 42, 'dataset', []].map((input) => issuesOf(input))).toEqual([
      ['(dataset): expected a JSON object, got null'],
      ['(dataset): expected a JSON object, got number'],
      ['(dataset): expected a JSON object, got string'],
      ['(dataset): expected a JSON object, got an array'],
    ]);
  });

  it('validateDataset names the field of a wrong type', () => {
    const dataset = loadDataset() as unknown as { entries: { period: { from: unknown } }[] };
    dataset.entries[3]!.period.from = '2020';
    expect(issuesOf(dataset)).toEqual([expect.stringMatching(/^entries\[3\]\.period\.from: .*number/)]);
  });

  it('validateDataset refuses a javascript: link', () => {
    const dataset = loadDataset();
    dataset.entries[0]!.url = 'javascript:alert(1)';
    expect(issuesOf(dataset)).toEqual(['entries[0].url: is not a normalised http: or https: URL']);
  });

  it.each([
    ['U+202E (right-to-left override)', '\u202E'],
    ['U+202A (left-to-right embedding)', '\u202A'],
    ['U+2066 (left-to-right isolate)', '\u2066'],
    ['U+2069 (pop directional isolate)', '\u2069'],
  ])('validateDataset refuses a bidirectional control, %s, in any text, naming the field', (_name, control) => {
    const dataset = loadDataset();
    dataset.entries[4]!.form = `Digital${control}strategi`;
    dataset.municipalities[7]!.name = `${control}Glostrup`;
    dataset.mapping.examples[0]!.quote = `${control}…`;
    expect(issuesOf(dataset)).toEqual([
      'municipalities[7].name: contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069)',
      'entries[4].form: contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069)',
      'mapping.examples[0].quote: contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069)',
    ]);
  });

  it('validateDataset keeps the marks of direction that do not override (U+200E, U+200F)', () => {
    const dataset = loadDataset();
    dataset.entries[4]!.form = 'Strategi\u200E';
    expect(issuesOf(dataset)).toEqual([]);
  });

  it('validateDataset refuses a period that ends before it starts and an unknown category', () => {
    const dataset = loadDataset() as unknown as { entries: { period: { from: number; to: number }; category: string }[] };
    dataset.entries[1]!.period.from = 2030;
    dataset.entries[2]!.category = 'vision';
    expect(issuesOf(dataset)).toEqual([
      'entries[1].period: ends before it starts',
      expect.stringMatching(/^entries\[2\]\.category: .*"vision"/),
    ]);
  });

  it('validateDataset cross-checks: 98 municipalities, known codes, one entry each', () => {
    const dataset = loadDataset();
    dataset.municipalities = dataset.municipalities.filter((m) => m.code !== '0151');
    dataset.entries[5]!.code = '9999';
    dataset.entries.push({ ...dataset.entries[0]! });
    expect(issuesOf(dataset)).toEqual([
      'municipalities: expected 98 municipalities, got 97',
      'entries[5].code: no municipality has the code 9999',
      'entries[65].code: a second entry for 0165 (Albertslund)',
    ]);
  });

  it('validateDataset takes a dataset published before entries from the text, key figures\' paragraphs and initiatives\' sections, with their defaults', () => {
    const dataset = loadDataset() as unknown as Record<string, unknown> & { entries: Record<string, unknown>[]; mapping: { keyFigures: Record<string, unknown>[] }; initiatives: Record<string, unknown>[] };
    dataset.entries = dataset.entries.filter((e) => e.origin === 'table');
    for (const entry of dataset.entries) {
      delete entry.origin;
      delete entry.evidence;
    }
    for (const figure of dataset.mapping.keyFigures) delete figure.paragraph;
    for (const initiative of dataset.initiatives) delete initiative.sections;
    const result = validateDataset(dataset);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.entries).toHaveLength(64);
    expect(result.dataset.entries.every((e) => e.origin === 'table' && e.evidence === null)).toBe(true);
    expect(result.dataset.mapping.keyFigures.every((f) => f.paragraph === null)).toBe(true);
    expect(result.dataset.initiatives.every((i) => i.sections.length === 0)).toBe(true);
  });

  it('validateDataset refuses an entry from the text without its sentence, and a row of the table with one', () => {
    const dataset = loadDataset();
    const solrød = dataset.entries.findIndex((e) => e.code === '0269');
    dataset.entries[solrød]!.evidence = null;
    dataset.entries[0]!.evidence = 'Albertslund har en strategi.';
    expect(issuesOf(dataset)).toEqual([
      'entries[0]: has evidence exactly when its origin is the text',
      `entries[${solrød}]: has evidence exactly when its origin is the text`,
    ]);
  });

  it('validateDataset reports empty lists without throwing', () => {
    const dataset = { ...loadDataset(), municipalities: [], entries: [], regions: [], categories: [] };
    expect(issuesOf(dataset)).toEqual([
      'regions: expected the 5 regions, got 0',
      'municipalities: expected 98 municipalities, got 0',
      'categories: expected the categories strategy, principles, model-policy, part-of-other, none',
      'mapping.examples[0].code: no municipality has the code 0561',
      'mapping.examples[1].code: no municipality has the code 0340',
      'mapping.examples[2].code: no municipality has the code 0187',
      'mapping.examples[3].code: no municipality has the code 0269',
    ]);
  });

  it('validateDataset drops fields it does not know', () => {
    const dataset = { ...loadDataset(), extra: '<script>' };
    const result = validateDataset(dataset);
    expect(result.ok && 'extra' in result.dataset).toBe(false);
  });

  it('formatIssues(issues, 2) shows two lines and how many more', () => {
    const issues = [1, 2, 3].map((n) => ({ path: `p${n}`, message: 'm' }));
    expect(formatIssues(issues, 2)).toBe('p1: m\np2: m\n… and 1 more');
  });

  it('formatIssues(issues, 5, "da") says what validateDataset found in Danish: its own checks, the type checks and the cross-checks', () => {
    const dataset = loadDataset() as unknown as Record<string, { [key: string]: unknown }[]>;
    (dataset['entries']![0] as { url: string }).url = 'javascript:alert(1)';
    (dataset['entries']![3] as { period: { from: unknown } }).period.from = '2020';
    (dataset['entries']![1] as { period: { from: number } }).period.from = 2030;
    (dataset['municipalities']![2] as { name: string }).name = '';
    const result = validateDataset(dataset);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(formatIssues(issues, 5, 'da').split('\n')).toEqual([
      'municipalities[2].name: er tom',
      'entries[0].url: er ikke en normaliseret http:- eller https:-adresse',
      'entries[1].period: slutter før den begynder',
      expect.stringMatching(/^entries\[3\]\.period\.from: ugyldig type: forventede number, fik "2020"$/),
    ]);
    expect(formatIssues(issues, 2, 'da')).toMatch(/\n… og 2 flere$/);
    const twice = loadDataset();
    twice.entries.push({ ...twice.entries[0]! });
    const crossed = validateDataset(twice);
    expect(crossed.ok ? '' : formatIssues(crossed.issues, 5, 'da')).toBe(`entries[${twice.entries.length - 1}].code: endnu en indgang for 0165 (Albertslund)`);
    expect(formatIssues([{ path: '(dataset)', message: 'expected a JSON object, got null' }], 5, 'en')).toBe('(dataset): expected a JSON object, got null');
    const { regions: _gone, ...withoutRegions } = loadDataset();
    const missing = validateDataset(withoutRegions);
    expect(missing.ok ? '' : formatIssues(missing.issues, 5, 'da')).toBe('regions: mangler');
    const none = validateDataset(null);
    expect(none.ok ? '' : formatIssues(none.issues, 5, 'da')).toBe('(dataset): forventede et JSON-objekt, fik null');
  });
});
