// Turns the curated sources in data/ into a validated Dataset, or a list of errors that name
// the file, the row and the field. Pure apart from reading the files, so tests can run it on
// broken copies of data/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, type Category, type CategoryInfo, type CategoryRule } from '../src/model/category.js';
import type { Dataset, SourceDocument } from '../src/model/dataset.js';
import type { Municipality } from '../src/model/municipality.js';
import type { Region, RegionCode } from '../src/model/region.js';
import type { StrategyEntry } from '../src/model/strategy-entry.js';
import { nameKey, nameKeys } from '../src/lookup/name-keys.js';
import { parsePeriod } from '../src/period/parse-period.js';
import { validateDataset } from '../src/schema/validate-dataset.js';
import { readCsv, type CsvRow } from './read-csv.js';

/** Thrown with every error found, so one run shows them all. */
export class DataBuildError extends Error {
  constructor(readonly errors: string[]) {
    super(`data/ has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
    this.name = 'DataBuildError';
  }
}

const FILES = {
  regions: 'regions.csv',
  municipalities: 'municipalities.csv',
  categories: 'categories.csv',
  rules: 'category-rules.csv',
  strategies: 'strategies.csv',
  sources: 'sources.csv',
  mapping: 'mapping.json',
  initiatives: 'initiatives.json',
} as const;

/** Reads and checks every file of `dataDir`; returns the dataset or throws a `DataBuildError`. */
export function buildDataset(dataDir: string): Dataset {
  const errors: string[] = [];
  const at = (file: string, row: CsvRow, label: string | undefined, message: string) =>
    errors.push(`data/${file} row ${row.row}${label ? ` (${label})` : ''}: ${message}`);
  const csv = (file: string, columns: readonly string[]) => {
    try {
      return readCsv(join(dataDir, file), `data/${file}`, columns);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
      return [];
    }
  };
  const json = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    } catch (error) {
      errors.push(`data/${file}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  const sources: SourceDocument[] = csv(FILES.sources, ['file', 'title', 'date']).map(({ cells }) => ({
    file: cells.file!,
    title: cells.title!,
    date: cells.date || null,
  }));
  const sourceFiles = new Set(sources.map((s) => s.file));

  const regions: Region[] = csv(FILES.regions, ['code', 'name', 'name_en']).map(({ cells }) => ({
    code: cells.code as RegionCode,
    name: cells.name!,
    nameEn: cells.name_en!,
  }));

  const municipalityRows = csv(FILES.municipalities, ['code', 'name', 'official_name', 'region_code', 'aliases']);
  const owners = new Map<string, { code: string; row: number }>();
  const municipalities: Municipality[] = municipalityRows.map((row) => {
    const { code = '', name = '', official_name: officialName = '', region_code: regionCode = '', aliases = '' } = row.cells;
    const aliasList = aliases.split('|').map((a) => a.trim()).filter(Boolean);
    const keys = nameKeys([name, officialName, ...aliasList]);
    for (const key of keys) {
      const owner = owners.get(key);
      if (owner && owner.code !== code) {
        at(FILES.municipalities, row, name, `alias key "${key}" also belongs to ${owner.code} (row ${owner.row})`);
      } else owners.set(key, { code, row: row.row });
    }
    return { code, name, officialName, regionCode: regionCode as RegionCode, keys };
  });
  const byCode = new Map(municipalities.map((m) => [m.code, m]));

  const categories: CategoryInfo[] = csv(FILES.categories, ['id', 'kind', 'traits', 'label_da', 'label_en', 'description_da', 'description_en']).map(
    ({ cells }) => ({
      id: cells.id as Category,
      label: { da: cells.label_da!, en: cells.label_en! },
      kind: cells.kind!,
      traits: cells.traits!.split('|').map((t) => t.trim()),
      description: { da: cells.description_da!, en: cells.description_en! },
    }),
  );

  const ruleRows = csv(FILES.rules, ['form', 'category', 'reason']);
  const rules = new Map<string, CategoryRule>();
  for (const row of ruleRows) {
    const { form = '', category = '', reason = '' } = row.cells;
    if (!(CATEGORIES as readonly string[]).includes(category)) {
      at(FILES.rules, row, form, `category "${category}" is not one of ${CATEGORIES.join(', ')}`);
    }
    if (rules.has(form)) at(FILES.rules, row, form, `a second rule for the form "${form}"`);
    rules.set(form, { form, category: category as Category, reason });
  }

  const usedRules = new Set<string>();
  const entries: StrategyEntry[] = [];
  for (const row of csv(FILES.strategies, ['code', 'municipality', 'form', 'link_text', 'url', 'period', 'source'])) {
    const { code = '', municipality = '', form = '', link_text: linkText = '', url = '', period = '', source = '' } = row.cells;
    const problem = (message: string) => at(FILES.strategies, row, municipality || code, message);
    const owner = byCode.get(code);
    if (!owner) problem(`code "${code}" is not a municipality in data/${FILES.municipalities}`);
    else if (!owner.keys.includes(nameKey(municipality))) problem(`"${municipality}" is not a name of ${code} (${owner.name})`);
    if (entries.some((e) => e.code === code)) problem(`a second entry for ${code}`);
    const rule = rules.get(form);
    if (!rule) problem(`form "${form}" has no rule in data/${FILES.rules}`);
    else usedRules.add(form);
    const parsedPeriod = parsePeriod(period);
    if (!parsedPeriod) problem(`period "${period}" is not a period`);
    let href: string | null = null;
    if (url !== '') {
      try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') problem(`url "${url}" is not an http: or https: link`);
        else href = parsed.href;
      } catch {
        problem(`url "${url}" is not a URL`);
      }
      // A URL is kept only where the source gives it, i.e. where it stands in the link cell.
      if (!linkText.includes(url)) problem(`url "${url}" does not appear in the link text: the source does not give it`);
    }
    if (!sourceFiles.has(source)) problem(`source "${source}" is not listed in data/${FILES.sources}`);
    if (owner && rule && parsedPeriod) {
      entries.push({
        code,
        municipality,
        form,
        linkText,
        url: href,
        period: parsedPeriod,
        category: rule.category,
        categoryReason: rule.reason,
        source,
      });
    }
  }
  for (const row of ruleRows) {
    if (!usedRules.has(row.cells.form ?? '')) at(FILES.rules, row, row.cells.form, 'no entry has this form: remove the rule');
  }

  const mapping = json(FILES.mapping);
  const initiatives = json(FILES.initiatives);
  for (const [file, value] of [[FILES.mapping, mapping], [FILES.initiatives, initiatives]] as const) {
    const sourceOf = (record: unknown) => (record && typeof record === 'object' ? (record as { source?: unknown }).source : undefined);
    const records = Array.isArray(value) ? value : [value];
    records.forEach((record, i) => {
      const source = sourceOf(record);
      if (typeof source !== 'string' || !sourceFiles.has(source)) {
        errors.push(`data/${file}${Array.isArray(value) ? ` [${i}]` : ''}: source "${String(source)}" is not listed in data/${FILES.sources}`);
      }
    });
  }

  const dataset = {
    version: 1 as const,
    regions,
    municipalities,
    categories,
    categoryRules: [...rules.values()],
    entries,
    mapping,
    initiatives,
    sources,
  };
  if (errors.length === 0) {
    const result = validateDataset(dataset);
    if (!result.ok) errors.push(...result.issues.map((issue) => locate(issue.path, issue.message, dataset)));
    else return result.dataset;
  }
  throw new DataBuildError(errors);
}

/** Turns a dataset path (`entries[11].url`) into the file and row it came from. */
function locate(path: string, message: string, dataset: { entries: StrategyEntry[]; municipalities: Municipality[] }): string {
  const match = /^([a-zA-Z]+)(?:\[(\d+)\])?\.?(.*)$/.exec(path);
  const [, root = '', index, field = ''] = match ?? [];
  const i = index === undefined ? -1 : Number(index);
  const where = (file: string, label?: string) =>
    `data/${file}${i >= 0 ? ` row ${i + 1}` : ''}${label ? ` (${label})` : ''}: ${field ? `${field} ` : ''}${message}`;
  switch (root) {
    case 'entries':
      return where(FILES.strategies, dataset.entries[i]?.municipality);
    case 'municipalities':
      return where(FILES.municipalities, dataset.municipalities[i]?.name);
    case 'regions':
      return where(FILES.regions);
    case 'categories':
      return where(FILES.categories);
    case 'categoryRules':
      return where(FILES.rules);
    case 'sources':
      return where(FILES.sources);
    case 'mapping':
      return `data/${FILES.mapping}: ${path.slice('mapping.'.length)} ${message}`;
    case 'initiatives':
      return `data/${FILES.initiatives} [${i}]${field ? `.${field}` : ''}: ${message}`;
    default:
      return `${path}: ${message}`;
  }
}
