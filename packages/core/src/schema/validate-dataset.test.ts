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
});
