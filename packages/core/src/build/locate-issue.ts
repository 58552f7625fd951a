// Turns an issue the schema finds in the built dataset (`entries[11].url`) into the file and
// row of data/ it came from, so the build's schema errors read like its own.
import type { Municipality } from '../model/municipality.js';
import { isFromText, type StrategyEntry } from '../model/strategy-entry.js';
import type { DatasetIssue } from '../schema/validate-dataset.js';
import { DATA_FILES as FILES, type DataFile } from './data-files.js';
import type { DataError } from './data-error.js';

/** The dataset's fields that are a column of their CSV file under another name. */
const COLUMNS: Record<string, string> = { linkText: 'link_text', officialName: 'official_name', regionCode: 'region_code', nameEn: 'name_en' };

/** Where in data/ a schema issue of a dataset built from it lies, as a `DataError`. */
export function locateIssue(
  { path, message }: DatasetIssue,
  dataset: { entries: readonly StrategyEntry[]; municipalities: readonly Municipality[] },
): DataError {
  const match = /^([a-zA-Z]+)(?:\[(\d+)\])?\.?(.*)$/.exec(path);
  const [, root = '', index, field = ''] = match ?? [];
  const i = index === undefined ? -1 : Number(index);
  const head = /^[a-zA-Z]+/.exec(field)?.[0];
  const column = head ? (COLUMNS[head] ?? head) : null;
  const where = (file: DataFile, label?: string): DataError => ({
    message: `data/${file}${i >= 0 ? ` row ${i + 1}` : ''}${label ? ` (${label})` : ''}: ${field ? `${field} ` : ''}${message}`,
    file,
    row: i >= 0 ? i + 1 : null,
    column,
  });
  switch (root) {
    case 'entries': {
      const entry = dataset.entries[i];
      // An entry from the mapping's text comes from a mention, after the table's rows.
      if (entry && isFromText(entry)) {
        return { message: `data/${FILES.mentions} (${entry.municipality}): ${field ? `${field} ` : ''}${message}`, file: FILES.mentions, row: null, column: null };
      }
      return where(FILES.strategies, entry?.municipality);
    }
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
      return { message: `data/${FILES.mapping}: ${path.slice('mapping.'.length)} ${message}`, file: FILES.mapping, row: null, column: null };
    case 'initiatives':
      return { message: `data/${FILES.initiatives} [${i}]${field ? `.${field}` : ''}: ${message}`, file: FILES.initiatives, row: null, column };
    default:
      return { message: `${path}: ${message}`, file: null, row: null, column: null };
  }
}
