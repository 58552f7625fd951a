import * as v from 'valibot';
import { CATEGORIES } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import { DatasetSchema } from './dataset-schema.js';

export { formatIssues } from './format-issues.js';

/** One thing wrong with a dataset: where (`entries[11].period`) and what, in words. */
export interface DatasetIssue {
  path: string;
  message: string;
}

/** A dataset that passed, or the list of what is wrong with it. */
export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${String(item.key)}`))
    .join('');
}

/**
 * Checks a value against the dataset schema, then the rules that span records: 98 unique
 * municipality codes, entries that point at known municipalities, one entry per municipality,
 * the five categories, known regions. Returns the dataset (unknown fields dropped) or every issue.
 */
export function validateDataset(input: unknown): DatasetValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    return { ok: false, issues: [{ path: '(dataset)', message: `expected a JSON object, got ${got}` }] };
  }
  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((issue) => ({ path: pathOf(issue) || '(dataset)', message: issue.message })) };
  }
  const dataset = parsed.output as Dataset;
  const issues = crossCheck(dataset);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset };
}

/** The rules that span records (see `validateDataset`). */
export function crossCheck(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const regions = new Set(dataset.regions.map((r) => r.code));
  if (regions.size !== 5 || dataset.regions.length !== 5) {
    issues.push({ path: 'regions', message: `expected the 5 regions, got ${dataset.regions.length}` });
  }
  const codes = new Set<string>();
  dataset.municipalities.forEach((m, i) => {
    if (codes.has(m.code)) issues.push({ path: `municipalities[${i}].code`, message: `duplicate municipality code ${m.code}` });
    codes.add(m.code);
    if (!regions.has(m.regionCode)) issues.push({ path: `municipalities[${i}].regionCode`, message: `unknown region ${m.regionCode}` });
  });
  if (dataset.municipalities.length !== 98) {
    issues.push({ path: 'municipalities', message: `expected 98 municipalities, got ${dataset.municipalities.length}` });
  }
  const categories = dataset.categories.map((c) => c.id);
  if (categories.length !== CATEGORIES.length || CATEGORIES.some((c) => !categories.includes(c))) {
    issues.push({ path: 'categories', message: `expected the categories ${CATEGORIES.join(', ')}` });
  }
  const entered = new Set<string>();
  dataset.entries.forEach((e, i) => {
    if (!codes.has(e.code)) issues.push({ path: `entries[${i}].code`, message: `no municipality has the code ${e.code}` });
    if (entered.has(e.code)) issues.push({ path: `entries[${i}].code`, message: `a second entry for ${e.code} (${e.municipality})` });
    entered.add(e.code);
  });
  dataset.mapping.examples.forEach((x, i) => {
    if (!codes.has(x.code)) issues.push({ path: `mapping.examples[${i}].code`, message: `no municipality has the code ${x.code}` });
  });
  const ids = new Set<string>();
  dataset.initiatives.forEach((x, i) => {
    if (ids.has(x.id)) issues.push({ path: `initiatives[${i}].id`, message: `duplicate initiative id ${x.id}` });
    ids.add(x.id);
  });
  return issues;
}
