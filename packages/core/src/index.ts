// @kl-digital/core: types, schema and pure selectors. The dataset is `@kl-digital/core/dataset`
// and the map geometry `@kl-digital/core/geo`, so that what does not need them does not pay for them.
export type { Region, RegionCode } from './model/region.js';
export type { Municipality } from './model/municipality.js';
export { CATEGORIES } from './model/category.js';
export type { Category, CategoryInfo, CategoryRule, LocalisedText } from './model/category.js';
export { STATUSES } from './model/period.js';
export type { Period, PeriodKind, Status } from './model/period.js';
export type { StrategyEntry } from './model/strategy-entry.js';
export { INITIATIVE_KINDS } from './model/initiative.js';
export type { Contact, Initiative, InitiativeKind, InitiativeStatus, Milestone, Track } from './model/initiative.js';
export type { Example, KeyFigure, Mapping, QuestionAnswer } from './model/mapping.js';
export type { Dataset, SourceDocument } from './model/dataset.js';

export { DatasetSchema } from './schema/dataset-schema.js';
export { crossCheck, formatIssues, validateDataset } from './schema/validate-dataset.js';
export type { DatasetIssue, DatasetValidation } from './schema/validate-dataset.js';

export { parsePeriod } from './period/parse-period.js';
export { statusAt, yearOf } from './period/status-at.js';
export type { DateInput } from './period/status-at.js';
export { isIsoDate, isoDate } from './period/iso-date.js';

export { foldName, spellingVariants } from './text/fold-name.js';
export { compareDanish, danishCollator } from './text/danish-collator.js';
export { editDistance } from './text/edit-distance.js';

export { asciiKey, nameKey, nameKeys } from './lookup/name-keys.js';
export { resolveMunicipality, suggestMunicipalities } from './lookup/resolve-municipality.js';
export type { MunicipalityResolution } from './lookup/resolve-municipality.js';
export { resolveRegion } from './lookup/resolve-region.js';
export type { RegionResolution } from './lookup/resolve-region.js';
export { entryFor, municipalityByCode, regionByCode } from './lookup/municipality-index.js';

export { entryMatchesQuery, filterEntries } from './entries/filter-entries.js';
export type { EntryFilter } from './entries/filter-entries.js';
export { parseSort, sortEntries, SORT_KEYS } from './entries/sort-entries.js';
export type { EntrySort, SortDirection, SortKey } from './entries/sort-entries.js';

export { categoryCounts, regionCounts, statusCounts, unregisteredMunicipalities } from './aggregate/counts.js';

export { initiativeDate, initiativeStatusAt, selectInitiatives } from './initiatives/select-initiatives.js';
export type { InitiativeFilter } from './initiatives/select-initiatives.js';

export { resolveMunicipalityList } from './lookup/resolve-municipality-list.js';
export type { MunicipalityListResolution } from './lookup/resolve-municipality-list.js';
export { COLOR_BY, municipalityValues, NOT_REGISTERED } from './map/municipality-values.js';
export type { ColorBy, LegendItem, MunicipalityValues } from './map/municipality-values.js';

export { httpUrl } from './text/http-url.js';
export { municipalityProfile } from './profile/municipality-profile.js';
export type { MunicipalityProfile } from './profile/municipality-profile.js';
export { INITIATIVE_STATUSES } from './initiatives/initiative-statuses.js';
export { resolveInitiative, sourceDocument } from './initiatives/resolve-initiative.js';
export type { InitiativeResolution } from './initiatives/resolve-initiative.js';

export { keyFigureComparison } from './aggregate/key-figure-comparison.js';
export type { KeyFigureComparison, KeyFigureDifference } from './aggregate/key-figure-comparison.js';

export { municipalityMatchesQuery } from './entries/filter-entries.js';
export { compareEntries } from './entries/sort-entries.js';
export { resolveRegionList } from './lookup/resolve-region-list.js';
export type { RegionListResolution } from './lookup/resolve-region-list.js';
export { TABLE_SCOPES, tableRows } from './table/table-rows.js';
export type { NotRegistered, TableRow, TableRowFilter, TableScope } from './table/table-rows.js';
export { sortTableRows } from './table/sort-table-rows.js';
export type { TableSortOptions } from './table/sort-table-rows.js';
export { CSV_BOM, toCsv } from './export/to-csv.js';
export type { CsvOptions } from './export/to-csv.js';
export { isStated } from './text/is-stated.js';
