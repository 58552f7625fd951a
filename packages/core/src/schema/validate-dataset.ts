import * as v from 'valibot';
import { CATEGORIES } from '../model/category.js';
import type { Dataset } from '../model/dataset.js';
import { DatasetSchema } from './dataset-schema.js';
import { CROSS, danishIssue, kindOf } from './issue-texts.js';

export { formatIssues } from './format-issues.js';

/** One thing wrong with a dataset: where (`entries[11].period`) and what, in words. */
export interface DatasetIssue {
  path: string;
  /** What is wrong, in English. */
  message: string;
  /** The same in Danish, where the check has it (see formatIssues). */
  da?: string;
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
    return { ok: false, issues: [{ path: '(dataset)', message: CROSS.en.notObject(kindOf(input, 'en')), da: CROSS.da.notObject(kindOf(input, 'da')) }] };
  }
  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((issue) => ({ path: pathOf(issue) || '(dataset)', message: issue.message, da: danishIssue(issue) })) };
  }
  const dataset = parsed.output as Dataset;
  const issues = crossCheck(dataset);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset };
}

/** The rules that span records (see `validateDataset`). */
export function crossCheck(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  /** An issue in both languages, from one of CROSS's texts. */
  const add = <K extends keyof typeof CROSS.en>(path: string, key: K, ...args: Parameters<(typeof CROSS.en)[K]>) => {
    const say = (lang: 'en' | 'da') => (CROSS[lang][key] as (...a: typeof args) => string)(...args);
    issues.push({ path, message: say('en'), da: say('da') });
  };
  const regions = new Set(dataset.regions.map((r) => r.code));
  if (regions.size !== 5 || dataset.regions.length !== 5) add('regions', 'regions', dataset.regions.length);
  const codes = new Set<string>();
  dataset.municipalities.forEach((m, i) => {
    if (codes.has(m.code)) add(`municipalities[${i}].code`, 'duplicateCode', m.code);
    codes.add(m.code);
    if (!regions.has(m.regionCode)) add(`municipalities[${i}].regionCode`, 'unknownRegion', m.regionCode);
  });
  if (dataset.municipalities.length !== 98) add('municipalities', 'municipalities', dataset.municipalities.length);
  const categories = dataset.categories.map((c) => c.id);
  if (categories.length !== CATEGORIES.length || CATEGORIES.some((c) => !categories.includes(c))) add('categories', 'categories', CATEGORIES.join(', '));
  const entered = new Set<string>();
  dataset.entries.forEach((e, i) => {
    if (!codes.has(e.code)) add(`entries[${i}].code`, 'noCode', e.code);
    if (entered.has(e.code)) add(`entries[${i}].code`, 'secondEntry', e.code, e.municipality);
    entered.add(e.code);
  });
  dataset.mapping.examples.forEach((x, i) => {
    if (!codes.has(x.code)) add(`mapping.examples[${i}].code`, 'noCode', x.code);
  });
  const ids = new Set<string>();
  dataset.initiatives.forEach((x, i) => {
    if (ids.has(x.id)) add(`initiatives[${i}].id`, 'duplicateId', x.id);
    ids.add(x.id);
  });
  return issues;
}
