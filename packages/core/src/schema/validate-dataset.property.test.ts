// Properties of validateDataset over arbitrary values: whatever a `src` URL answers, the check
// returns issues that say where (a path) and what (a message), and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { formatIssues, validateDataset } from './validate-dataset.js';

const RUNS = { numRuns: 150 };

function expectIssues(input: unknown): void {
  const result = validateDataset(input);
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.path.length).toBeGreaterThan(0);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
  expect(typeof formatIssues(result.issues)).toBe('string');
}

/** Every path (as keys) to a value inside the dataset, so that a mutation can aim at any of them. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 3).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

const base = loadDataset();
/** Fields a dataset published before them may lack: the schema fills in their default (see dataset-schema.ts). */
const DEFAULTED = new Set(['origin', 'evidence', 'paragraph', 'sections']);
const allPaths = paths(base).filter((p) => p.length > 0);

describe('validateDataset (properties)', () => {
  it('validateDataset(any JSON value) never throws and, when it fails, names a path and a message for each issue', () => {
    fc.assert(fc.property(fc.jsonValue(), expectIssues), RUNS);
  });

  it('validateDataset(anything: symbols, functions, cycles aside) never throws', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }), expectIssues), RUNS);
  });

  it('validateDataset(dataset with any one value replaced by any JSON value) never throws and names the field when it fails', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), fc.jsonValue({ maxDepth: 2 }), (path, replacement) => {
        const dataset = loadDataset() as unknown as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = dataset;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path.at(-1)!] = replacement;
        expectIssues(dataset);
      }),
      { numRuns: 300 },
    );
    // 300 validations of the whole dataset (65 entries, the initiatives' sections): seconds on a shared machine.
  }, 30_000);

  it('validateDataset(dataset with a field removed) fails and names that field, unless the schema gives the field a default', () => {
    const required = allPaths.filter((p) => typeof p.at(-1) === 'string' && !DEFAULTED.has(p.at(-1) as string));
    fc.assert(
      fc.property(fc.constantFrom(...required), (path) => {
        const dataset = loadDataset() as unknown as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = dataset;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        delete parent[path.at(-1)!];
        const result = validateDataset(dataset);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join(''));
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
