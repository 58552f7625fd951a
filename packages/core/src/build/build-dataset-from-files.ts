// Turns the curated sources of data/ into a validated Dataset, or every error, each naming the
// file, the row and the field. Pure: it gets the files' text, so the Node build (which reads
// data/ from disk) and the editors' workbench in the browser (which edits strategies.csv) apply
// the same rules and say the same things.
import { CATEGORIES, type Category, type CategoryInfo, type CategoryRule } from '../model/category.js';
import type { Dataset, SourceDocument } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import type { Region, RegionCode } from '../model/region.js';
import type { StrategyEntry } from '../model/strategy-entry.js';
import { nameKey, nameKeys } from '../lookup/name-keys.js';
import { parsePeriod } from '../period/parse-period.js';
import { validateDataset } from '../schema/validate-dataset.js';
import { CATEGORY_RULE_COLUMNS, DATA_FILES as FILES, MENTION_COLUMNS, STRATEGY_COLUMNS, type DataFile } from './data-files.js';
import type { DataError } from './data-error.js';
import { categoryRuleRows, strategyRows } from './editable-rows.js';
import { locateIssue } from './locate-issue.js';
import { parseCsv, type CsvRow } from './parse-csv.js';
import { checkExamples, entriesFromText, mentionsOf, readMentions } from './text-mentions.js';

/** The text of data/'s files by name: `{ 'strategies.csv': 'code,municipality,…' }`. */
export type DataFiles = Partial<Record<DataFile, string>>;

/** The dataset built from data/, or every error found (one run shows them all). */
export type DataBuild = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

/**
 * Builds and checks the dataset from the text of data/'s files. A file that `files` does not
 * hold is taken from `base`, a dataset built before (the workbench edits strategies.csv and
 * category-rules.csv and keeps the rest of the published dataset); without `base`, it is an error.
 */
export function buildDatasetFromFiles(files: DataFiles, base?: Dataset): DataBuild {
  const errors: DataError[] = [];
  const fail = (file: DataFile, row: number | null, column: string | null, message: string) =>
    errors.push({ message, file, row, column });
  const at = (file: DataFile, row: CsvRow, label: string | undefined, column: string, message: string) =>
    fail(file, row.row, column, `data/${file} row ${row.row}${label ? ` (${label})` : ''}: ${message}`);
  const missing = (file: DataFile) => fail(file, null, null, `data/${file}: is missing`);
  const csv = (file: DataFile, columns: readonly string[], fromBase?: (dataset: Dataset) => Record<string, string>[]): CsvRow[] => {
    const text = files[file];
    if (text === undefined) {
      if (base && fromBase) return fromBase(base).map((cells, i) => ({ row: i + 1, cells }));
      missing(file);
      return [];
    }
    try {
      return parseCsv(text, `data/${file}`, columns);
    } catch (error) {
      fail(file, null, null, error instanceof Error ? error.message : String(error));
      return [];
    }
  };
  /** A part of `base` for a file `files` does not hold; `undefined` when the file is there. */
  const baseFor = <T>(file: DataFile, part: (dataset: Dataset) => T): T | undefined => {
    if (files[file] !== undefined) return undefined;
    if (base) return part(base);
    missing(file);
    return undefined;
  };
  const json = (file: DataFile): unknown => {
    const text = files[file];
    if (text === undefined) return baseFor(file, (dataset) => (file === FILES.mapping ? dataset.mapping : dataset.initiatives));
    try {
      return JSON.parse(text);
    } catch (error) {
      fail(file, null, null, `data/${file}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  const sources: SourceDocument[] =
    baseFor(FILES.sources, (dataset) => dataset.sources) ??
    csv(FILES.sources, ['file', 'title', 'date']).map(({ cells }) => ({
      file: cells.file!,
      title: cells.title!,
      date: cells.date || null,
    }));
  const sourceFiles = new Set(sources.map((s) => s.file));

  const regions: Region[] =
    baseFor(FILES.regions, (dataset) => dataset.regions) ??
    csv(FILES.regions, ['code', 'name', 'name_en']).map(({ cells }) => ({
      code: cells.code as RegionCode,
      name: cells.name!,
      nameEn: cells.name_en!,
    }));

  // From `base` as built: its alias column is not in the dataset, only the keys derived from it.
  const municipalities: Municipality[] = baseFor(FILES.municipalities, (dataset) => dataset.municipalities) ?? readMunicipalities();
  function readMunicipalities(): Municipality[] {
    const owners = new Map<string, { code: string; row: number }>();
    return csv(FILES.municipalities, ['code', 'name', 'official_name', 'region_code', 'aliases']).map((row) => {
      const { code = '', name = '', official_name: officialName = '', region_code: regionCode = '', aliases = '' } = row.cells;
      const aliasList = aliases.split('|').map((a) => a.trim()).filter(Boolean);
      const keys = nameKeys([name, officialName, ...aliasList]);
      for (const key of keys) {
        const owner = owners.get(key);
        if (owner && owner.code !== code) {
          at(FILES.municipalities, row, name, 'aliases', `alias key "${key}" also belongs to ${owner.code} (row ${owner.row})`);
        } else owners.set(key, { code, row: row.row });
      }
      return { code, name, officialName, regionCode: regionCode as RegionCode, keys };
    });
  }
  const byCode = new Map(municipalities.map((m) => [m.code, m]));

  const categories: CategoryInfo[] =
    baseFor(FILES.categories, (dataset) => dataset.categories) ??
    csv(FILES.categories, ['id', 'kind', 'traits', 'label_da', 'label_en', 'description_da', 'description_en']).map(({ cells }) => ({
      id: cells.id as Category,
      label: { da: cells.label_da!, en: cells.label_en! },
      kind: cells.kind!,
      traits: cells.traits!.split('|').map((t) => t.trim()),
      description: { da: cells.description_da!, en: cells.description_en! },
    }));

  const ruleRows = csv(FILES.rules, CATEGORY_RULE_COLUMNS, categoryRuleRows);
  const rules = new Map<string, CategoryRule>();
  for (const row of ruleRows) {
    const { form = '', category = '', reason = '' } = row.cells;
    if (!(CATEGORIES as readonly string[]).includes(category)) {
      at(FILES.rules, row, form, 'category', `category "${category}" is not one of ${CATEGORIES.join(', ')}`);
    }
    if (rules.has(form)) at(FILES.rules, row, form, 'form', `a second rule for the form "${form}"`);
    rules.set(form, { form, category: category as Category, reason });
  }

  /** True when `code` is a municipality and `name` one of its names; else says which is wrong. */
  const isMunicipality = (code: string, name: string, problem: (column: string, message: string) => void): boolean => {
    const owner = byCode.get(code);
    if (!owner) problem('code', `code "${code}" is not a municipality in data/${FILES.municipalities}`);
    else if (!owner.keys.includes(nameKey(name))) problem('municipality', `"${name}" is not a name of ${code} (${owner.name})`);
    else return true;
    return false;
  };

  const usedRules = new Set<string>();
  const entries: StrategyEntry[] = [];
  const tableRows = new Map<string, { entry: StrategyEntry; row: number }>();
  const duplicated = new Set<string>();
  for (const row of csv(FILES.strategies, STRATEGY_COLUMNS, strategyRows)) {
    const { code = '', municipality = '', form = '', link_text: linkText = '', url = '', period = '', source = '' } = row.cells;
    const problem = (column: string, message: string) => at(FILES.strategies, row, municipality || code, column, message);
    const owner = isMunicipality(code, municipality, problem);
    if (entries.some((e) => e.code === code)) {
      problem('code', `a second entry for ${code}`);
      duplicated.add(code);
    }
    const rule = rules.get(form);
    if (!rule) problem('form', `form "${form}" has no rule in data/${FILES.rules}`);
    else usedRules.add(form);
    const parsedPeriod = parsePeriod(period);
    if (!parsedPeriod) problem('period', `period "${period}" is not a period`);
    let href: string | null = null;
    if (url !== '') {
      try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') problem('url', `url "${url}" is not an http: or https: link`);
        else href = parsed.href;
      } catch {
        problem('url', `url "${url}" is not a URL`);
      }
      // A URL is kept only where the source gives it, i.e. where it stands in the link cell.
      if (!linkText.includes(url)) problem('url', `url "${url}" does not appear in the link text: the source does not give it`);
    }
    if (!sourceFiles.has(source)) problem('source', `source "${source}" is not listed in data/${FILES.sources}`);
    if (owner && rule && parsedPeriod) {
      const entry: StrategyEntry = {
        code,
        municipality,
        form,
        linkText,
        url: href,
        period: parsedPeriod,
        category: rule.category,
        categoryReason: rule.reason,
        source,
        origin: 'table',
        evidence: null,
      };
      entries.push(entry);
      if (!tableRows.has(code)) tableRows.set(code, { entry, row: row.row });
    }
  }
  // After the table's rows, so that entries[i] is still row i + 1 of strategies.csv.
  const mentionRows = files[FILES.mentions] === undefined ? undefined : csv(FILES.mentions, MENTION_COLUMNS);
  const mentions = mentionRows
    ? readMentions(mentionRows, (row, label, column, message) => at(FILES.mentions, row, label, column, message), isMunicipality, sourceFiles)
    : (baseFor(FILES.mentions, mentionsOf) ?? []);
  entries.push(
    // A municipality with two rows has one error already; its mentions wait until it has one.
    ...entriesFromText(mentions.filter((m) => !duplicated.has(m.code)), tableRows, {
      row: (row, label, message) => fail(FILES.strategies, row, 'form', `data/${FILES.strategies} row ${row} (${label}): ${message}`),
      mention: (mention, message) =>
        fail(FILES.mentions, mention.row, 'category', `data/${FILES.mentions}${mention.row === null ? '' : ` row ${mention.row}`} (${mention.municipality}): ${message}`),
    }),
  );
  for (const row of ruleRows) {
    if (!usedRules.has(row.cells.form ?? '')) at(FILES.rules, row, row.cells.form, 'form', 'no entry has this form: remove the rule');
  }

  const mapping = json(FILES.mapping);
  const initiatives = json(FILES.initiatives);
  for (const [file, value] of [[FILES.mapping, mapping], [FILES.initiatives, initiatives]] as const) {
    const sourceOf = (record: unknown) => (record && typeof record === 'object' ? (record as { source?: unknown }).source : undefined);
    const records = Array.isArray(value) ? value : [value];
    records.forEach((record, i) => {
      const source = sourceOf(record);
      if (typeof source !== 'string' || !sourceFiles.has(source)) {
        fail(file, null, 'source', `data/${file}${Array.isArray(value) ? ` [${i}]` : ''}: source "${String(source)}" is not listed in data/${FILES.sources}`);
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
    if (result.ok) {
      const problems = checkExamples(result.dataset, files[FILES.mentions] === undefined ? null : mentions);
      if (problems.length === 0) return { ok: true, dataset: result.dataset };
      for (const message of problems) fail(FILES.mapping, null, 'examples', message);
    } else errors.push(...result.issues.map((issue) => locateIssue(issue, dataset)));
  }
  return { ok: false, errors };
}
