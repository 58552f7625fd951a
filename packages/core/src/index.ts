// @kl-digital/core: types, schema and pure selectors. The dataset is `@kl-digital/core/dataset`
// and the map geometry `@kl-digital/core/geo`, so that what does not need them does not pay for them.
export type { Region, RegionCode } from './model/region.js';
export type { Municipality } from './model/municipality.js';
export { CATEGORIES } from './model/category.js';
export type { Category, CategoryInfo, CategoryRule, LocalisedText } from './model/category.js';
export { STATUSES } from './model/period.js';
export type { Period, PeriodKind, Status } from './model/period.js';
export { ENTRY_ORIGINS, isFromText, TEXT_SECTIONS } from './model/strategy-entry.js';
export type { EntryOrigin, StrategyEntry, TextSection } from './model/strategy-entry.js';
export { INITIATIVE_KINDS } from './model/initiative.js';
export type { Contact, Initiative, InitiativeKind, InitiativeStatus, Milestone, SourceSection, Track } from './model/initiative.js';
export { INITIATIVE_STATUSES } from './model/initiative-statuses.js';
export type { Example, KeyFigure, Mapping, QuestionAnswer } from './model/mapping.js';
export type { Dataset, SourceDocument } from './model/dataset.js';
export { LANGS } from './model/lang.js';
export type { Lang } from './model/lang.js';

export type { DatasetPart } from './model/dataset-parts.js';
export { DATASET_PARTS } from './model/dataset-parts.js';
export { ENTRY_COLUMNS, withColumn } from './model/entry-columns.js';
export type { ColumnRow, EntryFacts, ListedEntry } from './model/entry-columns.js';
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
export { formatDate, formatList, formatNumber } from './text/format.js';
export { localise } from './text/localise.js';
export type { Bilingual, Localised } from './text/localise.js';
export { httpUrl } from './text/http-url.js';
export { fillUrlPattern, urlPattern } from './text/url-pattern.js';
export { isStated } from './text/is-stated.js';
export { CSV_BOM, toCsv } from './export/to-csv.js';
export type { CsvOptions } from './export/to-csv.js';

export { byCode } from './lookup/by-code.js';
export { asciiKey, nameKey, nameKeys } from './lookup/name-keys.js';
export { findMunicipality, resolveMunicipality, suggestMunicipalities } from './lookup/resolve-municipality.js';
export type { MunicipalityResolution } from './lookup/resolve-municipality.js';
export { resolveMunicipalityList } from './lookup/resolve-municipality-list.js';
export type { MunicipalityListResolution } from './lookup/resolve-municipality-list.js';
export { resolveRegion } from './lookup/resolve-region.js';
export type { RegionResolution } from './lookup/resolve-region.js';
export { resolveRegionList } from './lookup/resolve-region-list.js';
export type { RegionListResolution } from './lookup/resolve-region-list.js';
export { readNameList } from './lookup/read-name-list.js';
export type { NameListReading } from './lookup/read-name-list.js';
export { entryFor, municipalityByCode, regionByCode } from './lookup/municipality-index.js';
export { entryMatchesQuery, municipalityMatchesQuery } from './lookup/match-query.js';
export { resolveInitiative, sourceDocument } from './lookup/resolve-initiative.js';
export type { InitiativeResolution } from './lookup/resolve-initiative.js';

export { categoryCounts, regionCounts, statusCounts, unregisteredMunicipalities } from './aggregate/counts.js';

// The views: one selector per element, taking (data, options) with the reader's language.
export { basisLabel, categoryLabel, LABELS, NOT_REGISTERED, periodText, regionName, sourceText, statusLabel } from './views/labels.js';
export type { Labels, NotRegistered, SourceText } from './views/labels.js';
export { COLOR_BY, LEGEND_VALUES, mapShownCount, mapView, municipalityName, municipalityValues, valueLabel } from './views/map-view.js';
export type { ColorBy, LegendItem, LegendValue, MapData, MapLegendItem, MapMunicipality, MapView, MapViewOptions, MunicipalityValues } from './views/map-view.js';
export { searchMunicipalities } from './views/municipality-search.js';
export type { MunicipalitySuggestion, SuggestionMatch } from './views/municipality-search.js';
export { TABLE_SCOPES, tableRows } from './views/table-rows.js';
export type { TableData, TableRow, TableRowFilter, TableScope } from './views/table-rows.js';
export { parseSort, SORT_KEYS, SORT_VALUES, sortTableRows } from './views/table-sort.js';
export type { EntrySort, SortDirection, SortKey, TableSortOptions } from './views/table-sort.js';
export { shownCodes, TABLE_CATEGORY_VALUES, TABLE_STATUS_VALUES, tableView } from './views/table-view.js';
export type { TableChoice, TableRowView, TableView, TableViewData, TableViewOptions } from './views/table-view.js';
export { municipalityCardView, municipalityProfile } from './views/card-view.js';
export type { CardData, MunicipalityCardView, MunicipalityProfile } from './views/card-view.js';
export { inspirationView, SAME_KIND_COUNT } from './views/inspiration-view.js';
export type { InspirationData, InspirationItem, InspirationOptions, InspirationView } from './views/inspiration-view.js';
export { correctionMail } from './views/correction-mail.js';
export type { CorrectionData, CorrectionMail } from './views/correction-mail.js';
export type { NeighbourKind, Neighbours, NeighbourTable } from './neighbours/neighbour-table.js';
export { keyFigureComparison, keyFiguresView } from './views/key-figures-view.js';
export type { KeyFigureComparison, KeyFigureDifference, KeyFiguresData, KeyFiguresView } from './views/key-figures-view.js';
export { periodYears, TIMELINE_VALUES, timelineView, yearEnd } from './views/timeline-view.js';
export type { TimelineCounts, TimelineData, TimelineValue, TimelineView, TimelineViewOptions, TimelineYear } from './views/timeline-view.js';
export { initiativeDate, initiativeListView, initiativeStatusAt, initiativeView, selectInitiatives } from './views/initiative-view.js';
export type { InitiativeFilter, InitiativeListView, InitiativeView } from './views/initiative-view.js';
