// The editors' workbench (/redaktion/): KL's editors change the mapping's entries in the browser,
// core's build checks every change as `npm run data` would, the map and the card show the
// result, and the files go home as downloads. No server: the work stays in this browser.
// Whatever the editor types or a file holds reaches the page through textContent,
// setAttribute and form values only.
import { compareDanish, formatIssues, isFromText, municipalityByCode, municipalityMatchesQuery, validateDataset, type Dataset } from '@kl-digital/core';
// The bundled dataset, as the elements carry it: what the editor starts from. (The CDN bundle
// has it too, but keeps it inside; this page pays the 13 KB once more.)
import { dataset as bundled } from '@kl-digital/core/dataset';
import { readStrategyRows, STRATEGY_COLUMNS, type DataBuild, type DataError, type StrategyColumn } from '@kl-digital/core/build';
import { copyText } from '../dom/copy-text.js';
import { make } from '../dom/make.js';
import { elementSnippet, JSDELIVR_CDN } from '../embed/snippet.js';
import { changeRows } from '../redaktion/change-table.js';
import { changesBetween, entrySummary, type Change } from '../redaktion/changes.js';
import { confirmAction } from '../redaktion/confirm-dialog.js';
import { downloadText } from '../redaktion/download.js';
import { entryForm, fieldId, type EntryForm } from '../redaktion/entry-form.js';
import { renderErrorSummary } from '../redaktion/error-summary.js';
import { EDITABLE_COLUMNS, MESSAGES, type Lang } from '../redaktion/messages.js';
import { applyPageLanguage } from '../redaktion/page-language.js';
import { openWorkStorage } from '../redaktion/work-storage.js';
import {
  addEntry,
  addRule,
  baseOf,
  buildWork,
  categoryRulesCsv,
  lacksRule,
  sheetOf,
  startWork,
  strategiesCsv,
  type Work,
} from '../redaktion/work.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const summary = $<HTMLDivElement>('#fejloversigt');
const status = $<HTMLParagraphElement>('#status');
const list = $<HTMLUListElement>('#kommuner');
const search = $<HTMLInputElement>('#soeg');
const show = $<HTMLSelectElement>('#vis');
const shownCount = $<HTMLParagraphElement>('#antal');
const panelTitle = $<HTMLHeadingElement>('#panel-titel');
const panelBody = $<HTMLDivElement>('#panel-indhold');
const map = $<HTMLElement>('#vis-kort');
const cardSlot = $<HTMLDivElement>('#vis-opslag');
const dialog = $<HTMLDialogElement>('#bekraeft');
const snippet = $<HTMLTextAreaElement>('#kode');
const jsonAddress = $<HTMLInputElement>('#json-adresse');
const jsonButton = $<HTMLButtonElement>('#hent-json');

const FILE_NAMES = { strategies: 'strategies.csv', rules: 'category-rules.csv', dataset: 'kommunernes-strategier.json' } as const;

let lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'da';
const t = () => MESSAGES[lang];
const storage = openWorkStorage();

let work: Work = startWork({ kind: 'bundled' }, null, sheetOf(bundled));
let result: DataBuild = { ok: true, dataset: bundled };
/** The latest dataset without errors: what the preview shows while there are errors. */
let previewed: Dataset = bundled;
let forms: EntryForm[] = [];
let lastErrorCount = 0;
/** The search's count is seen at once and heard once typing pauses, not on every key. */
let counting: ReturnType<typeof setTimeout> | undefined;

let announcements: string[] = [];
/**
 * Says something in the live region. What is said in one turn is said together (an action and
 * the error count it leads to), and a repeat of the same text is still announced.
 */
function announce(message: string): void {
  if (announcements.length === 0) {
    setTimeout(() => {
      const text = announcements.join(' ');
      announcements = [];
      status.textContent = status.textContent === text ? `${text}\u00a0` : text;
    });
  }
  announcements.push(message);
}

/** Gives an element the dataset to show: the elements' own `dataset` property replaces DOMStringMap. */
function showDataset(element: Element, dataset: Dataset): void {
  (element as unknown as { dataset: Dataset }).dataset = dataset;
}

const base = () => baseOf(work, bundled);
const municipalityOf = (code: string) => municipalityByCode(base(), code);
const errors = (): DataError[] => (result.ok ? [] : result.errors);

// ---- The list of municipalities ----

interface ListItem {
  code: string;
  item: HTMLLIElement;
  button: HTMLButtonElement;
  meta: HTMLSpanElement;
  badges: HTMLSpanElement;
}
let items: ListItem[] = [];

/** Every municipality by name, and any code in the file that is none (a file opened from disk may have one). */
function listCodes(): { code: string; name: string }[] {
  const known = [...base().municipalities].sort((a, b) => compareDanish(a.name, b.name)).map(({ code, name }) => ({ code, name }));
  const unknown = work.current.rows.filter((row) => !municipalityOf(row.code)).map((row) => ({ code: row.code, name: `${row.municipality || '?'} (${row.code})` }));
  return [...known, ...unknown.filter((u, i) => unknown.findIndex((v) => v.code === u.code) === i)];
}

function renderList(): void {
  items = listCodes().map(({ code, name }) => {
    const button = make('button', { type: 'button', class: 'wb-list__item', 'data-code': code });
    const meta = make('span', { class: 'wb-list__meta' });
    const badges = make('span', { class: 'wb-list__badges' });
    button.append(make('span', { class: 'wb-list__name' }, name), meta, badges);
    button.addEventListener('click', () => select(code, { focus: true }));
    const item = make('li');
    item.append(button);
    return { code, item, button, meta, badges };
  });
  list.replaceChildren(...items.map((i) => i.item));
  updateList();
}

/** Each item's entry, changed and error marks, and which are shown by the search and the filter. */
function updateList(): void {
  const errorCount = new Map<string, number>();
  for (const error of errors()) {
    const code = error.file === 'strategies.csv' && error.row !== null ? work.current.rows[error.row - 1]?.code : undefined;
    if (code !== undefined) errorCount.set(code, (errorCount.get(code) ?? 0) + 1);
  }
  const query = search.value.trim();
  let shown = 0;
  for (const entry of items) {
    const row = work.current.rows.find((r) => r.code === entry.code);
    entry.meta.textContent = row ? entrySummary(row) || '–' : t().notRegistered;
    const changed = isChanged(entry.code);
    const count = errorCount.get(entry.code) ?? 0;
    entry.badges.replaceChildren(
      ...(changed ? [make('span', { class: 'wb-badge wb-badge--changed' }, t().changed)] : []),
      ...(count > 0 ? [make('span', { class: 'wb-badge wb-badge--error' }, t().errorCount(count))] : [])
    );
    if (entry.code === work.selected) entry.button.setAttribute('aria-current', 'true');
    else entry.button.removeAttribute('aria-current');
    const municipality = municipalityOf(entry.code);
    const matches = municipality ? municipalityMatchesQuery(municipality, query) : entry.button.textContent!.toLowerCase().includes(query.toLowerCase());
    const kept = { alle: true, med: Boolean(row), uden: !row, aendret: changed, fejl: count > 0 }[show.value] ?? true;
    entry.item.hidden = !(matches && kept);
    if (!entry.item.hidden) shown += 1;
  }
  shownCount.textContent = t().showing(shown, items.length);
}

/** True when the municipality's rows differ from the loaded ones. */
function isChanged(code: string): boolean {
  const before = work.loaded.rows.filter((r) => r.code === code);
  const after = work.current.rows.filter((r) => r.code === code);
  return JSON.stringify(before) !== JSON.stringify(after);
}

// ---- The editor of one municipality ----

function select(code: string | null, options: { focus?: boolean } = {}): void {
  // Chosen from the list: the editor is past the search, and hears what the choice leads to.
  clearTimeout(counting);
  work.selected = code;
  renderPanel();
  updateList();
  updatePreview();
  save();
  if (options.focus) panelTitle.focus();
}

function renderPanel(): void {
  const code = work.selected;
  forms = [];
  if (code === null) {
    panelTitle.textContent = t().noneChosen;
    panelBody.replaceChildren(make('p', { class: 'hint' }, t().chooseMunicipality));
    return;
  }
  const municipality = municipalityOf(code);
  const name = municipality?.name ?? listCodes().find((item) => item.code === code)?.name ?? code;
  panelTitle.textContent = municipality ? municipality.officialName : name;
  const region = municipality ? base().regions.find((r) => r.code === municipality.regionCode) : undefined;
  const parts: HTMLElement[] = [make('p', { class: 'hint' }, [`${t().columns.code} ${code}`, region ? (lang === 'en' ? region.nameEn : region.name) : ''].filter(Boolean).join(' · '))];
  if (!municipality) parts.push(make('p', { class: 'wb-note' }, t().unknownCode(code)));

  const loadedForm = work.loaded.rows.find((r) => r.code === code)?.form;
  const suggestion = work.current.rules.find((rule) => rule.form === loadedForm);
  const context = { t: t(), lang, categories: base().categories, sources: base().sources, suggestion };
  work.current.rows.forEach((row, index) => {
    if (row.code !== code) return;
    const rowNumber = index + 1;
    const form = entryForm(row, rowNumber, context, {
      change: (column, value) => {
        row[column] = value;
        scheduleRebuild();
      },
      addRule: (category, reason) => {
        const moved = addRule(work.current, { form: row.form, category, reason }, loadedForm);
        announce(moved !== null ? t().rule.moved(moved, row.form) : t().rule.added(row.form));
        rebuild();
        // The rule's fields go away with the error; the form field is where the editor was.
        document.getElementById(fieldId(rowNumber, 'form'))?.focus();
      },
      remove: () => void removeRow(index, name),
    });
    forms.push(form);
    parts.push(form.element);
  });
  if (forms.length === 0 && municipality) {
    // An entry from the mapping's text (Solrød, by its example) is not a row this page edits.
    const fromText = base().entries.find((e) => e.code === municipality.code && isFromText(e));
    const category = fromText && base().categories.find((c) => c.id === fromText.category)?.label[lang];
    parts.push(make('p', {}, category ? t().panelFromText(name, category) : t().panelNotRegistered(name)));
    const add = make('button', { type: 'button', class: 'button', id: 'tilfoej-opslag' }, t().addEntry(name));
    add.addEventListener('click', () => {
      const index = addEntry(work.current, municipality, base().mapping.source);
      rebuild({ structure: true });
      announce(t().entryAdded(name));
      document.getElementById(fieldId(index + 1, 'form'))?.focus();
    });
    parts.push(add);
  }
  panelBody.replaceChildren(...parts);
  showFieldErrors();
}

async function removeRow(index: number, name: string): Promise<void> {
  if (!(await confirmAction(dialog, { ...t().confirm.remove(name), no: t().confirm.no }))) return;
  work.current.rows.splice(index, 1);
  rebuild({ structure: true });
  announce(t().entryRemoved(name));
  panelTitle.focus();
}

function showFieldErrors(): void {
  for (const form of forms) {
    const rowNumber = Number(form.element.id.slice(1));
    const row = work.current.rows[rowNumber - 1];
    form.showErrors(errors(), Boolean(row && row.form.trim() !== '' && lacksRule(work.current, row.form)));
  }
}

// ---- The category rules that need attention ----

function renderRules(): void {
  const section = $<HTMLElement>('#regler');
  const ruleErrors = errors().filter((e) => e.file === 'category-rules.csv' && e.row !== null);
  const changed = changesBetween(work.loaded, work.current).filter((c) => c.file === 'category-rules.csv' && c.kind !== 'removed');
  const rows = [...new Set([...ruleErrors.map((e) => e.row!), ...changed.map((c) => c.row)])].sort((a, b) => a - b);
  section.hidden = rows.length === 0;
  $<HTMLUListElement>('#regelliste').replaceChildren(
    ...rows.map((rowNumber) => {
      const rule = work.current.rules[rowNumber - 1]!;
      const category = base().categories.find((c) => c.id === rule.category);
      const item = make('li', { class: 'wb-rule-item', id: `regel-${rowNumber}` });
      item.append(
        make('p', { class: 'hint' }, t().rule.row(rowNumber)),
        make('p', {}, `${rule.form} → ${category ? category.label[lang] : rule.category}: ${rule.reason}`)
      );
      for (const error of ruleErrors.filter((e) => e.row === rowNumber)) item.append(make('p', { class: 'field-error', lang: 'en' }, error.message));
      const remove = make('button', { type: 'button', class: 'button button--warning', id: `regel-${rowNumber}-fjern` }, t().rule.remove);
      remove.addEventListener('click', () => {
        work.current.rules.splice(rowNumber - 1, 1);
        announce(t().rule.removed(rule.form));
        rebuild();
        $<HTMLHeadingElement>('#regler-titel').focus();
      });
      item.append(remove);
      return item;
    })
  );
}

// ---- Checking, and everything that follows from the result ----

let timer: ReturnType<typeof setTimeout> | undefined;
/** Typing checks once the editor pauses; a click checks at once. */
function scheduleRebuild(): void {
  clearTimeout(timer);
  timer = setTimeout(() => rebuild(), 150);
}

function rebuild(options: { structure?: boolean } = {}): void {
  clearTimeout(timer);
  result = buildWork(work, bundled);
  if (result.ok) previewed = result.dataset;
  if (options.structure) {
    renderList();
    renderPanel();
  } else {
    showFieldErrors();
    updateList();
  }
  renderSummary();
  renderRules();
  renderChanges();
  updatePreview();
  updateDownloads();
  save();
  const count = errors().length;
  if (count !== lastErrorCount) announce(t().errorsAnnounced(count));
  lastErrorCount = count;
}

/** The field an error is about (its row's form field for the row as a whole), or the rule's remove button. */
function errorTarget(error: DataError): string | null {
  if (error.row === null) return null;
  if (error.file === 'category-rules.csv') return `regel-${error.row}-fjern`;
  if (error.file !== 'strategies.csv' || !work.current.rows[error.row - 1]) return null;
  const column = (EDITABLE_COLUMNS as readonly string[]).includes(error.column ?? '') ? (error.column as StrategyColumn) : 'form';
  return fieldId(error.row, column);
}

/** Shows the field with `id` (selecting its municipality first) and focuses it. */
function goTo(id: string): void {
  const row = /^r(\d+)-/.exec(id);
  if (row) {
    const code = work.current.rows[Number(row[1]) - 1]?.code;
    if (code !== undefined && code !== work.selected) select(code);
  }
  const element = document.getElementById(id);
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

function renderSummary(): void {
  renderErrorSummary(summary, errors(), t(), errorTarget, goTo);
}

function renderChanges(): void {
  const changes: Change[] = changesBetween(work.loaded, work.current);
  $<HTMLParagraphElement>('#aendringer-antal').textContent = changes.length === 0 ? t().noChanges : t().changeCount(changes.length);
  $<HTMLDivElement>('#aendringer-tabel').hidden = changes.length === 0;
  $<HTMLTableSectionElement>('#aendringer tbody').replaceChildren(...changeRows(changes, t()));
}

// ---- The preview ----

const elementsReady = Promise.all(['kl-denmark-map', 'kl-municipality-card'].map((tag) => customElements.whenDefined(tag)));
let shownDataset: Dataset | undefined;

function updatePreview(): void {
  $<HTMLParagraphElement>('#vis-note').hidden = result.ok;
  void elementsReady.then(() => {
    // Only set before the elements are defined would the property land on a plain HTMLElement.
    if (shownDataset !== previewed) showDataset(map, previewed);
    map.setAttribute('lang', lang);
    const code = work.selected;
    // A code that is no municipality (a file may have one) is not the map's to highlight.
    if (code && municipalityOf(code)) map.setAttribute('highlight', code);
    else map.removeAttribute('highlight');
    let card = cardSlot.querySelector('kl-municipality-card');
    if (!code || !municipalityOf(code)) {
      card?.remove();
      $<HTMLParagraphElement>('#vis-tom').hidden = false;
    } else {
      if (!card) {
        card = document.createElement('kl-municipality-card');
        card.setAttribute('heading-level', '3');
        cardSlot.append(card);
      }
      showDataset(card, previewed);
      card.setAttribute('municipality', code);
      card.setAttribute('lang', lang);
      $<HTMLParagraphElement>('#vis-tom').hidden = true;
    }
    shownDataset = previewed;
  });
}

// ---- Taking it away ----

function updateDownloads(): void {
  const hasErrors = !result.ok;
  $<HTMLParagraphElement>('#hent-csv-note').textContent = hasErrors ? t().csvHasErrors : '';
  const rulesChanged = categoryRulesCsv(work.current) !== categoryRulesCsv(work.loaded);
  $<HTMLParagraphElement>('#hent-regler-note').textContent = rulesChanged ? t().rulesChanged : t().rulesUnchanged;
  $<HTMLParagraphElement>('#hent-json-note').textContent = hasErrors ? t().jsonBlocked : '';
  // aria-disabled, not disabled: the button stays in the tab order and says why it does nothing.
  if (hasErrors) jsonButton.setAttribute('aria-disabled', 'true');
  else jsonButton.removeAttribute('aria-disabled');
}

function updateSnippet(): void {
  const address = jsonAddress.value.trim();
  const bundle = $<HTMLSelectElement>('#script-kilde').value === 'demo' ? `${location.origin}/kl-elements.js` : `${JSDELIVR_CDN}kl-elements.js`;
  snippet.value = elementSnippet({ tag: 'kl-denmark-map', attributes: [['src', address]], bundleUrl: bundle });
}

$<HTMLButtonElement>('#hent-csv').addEventListener('click', () => {
  downloadText(FILE_NAMES.strategies, strategiesCsv(work.current), 'text/csv;charset=utf-8');
  announce(t().downloaded(FILE_NAMES.strategies));
});
$<HTMLButtonElement>('#hent-regler').addEventListener('click', () => {
  downloadText(FILE_NAMES.rules, categoryRulesCsv(work.current), 'text/csv;charset=utf-8');
  announce(t().downloaded(FILE_NAMES.rules));
});
jsonButton.addEventListener('click', () => {
  if (!result.ok) {
    announce(t().jsonBlocked);
    summary.focus();
    return;
  }
  // As `npm run data` writes src/generated/dataset.json: one line, a newline at the end.
  downloadText(FILE_NAMES.dataset, `${JSON.stringify(result.dataset)}\n`, 'application/json');
  announce(t().downloaded(FILE_NAMES.dataset));
});
jsonAddress.addEventListener('input', updateSnippet);
$<HTMLSelectElement>('#script-kilde').addEventListener('change', updateSnippet);
$<HTMLButtonElement>('#kopier').addEventListener('click', () => void copyText(snippet, status, { copied: t().copied, failed: t().copyFailed }));

// ---- Loading, saving, starting over ----

/** Keeps the work in the browser; the published mapping, unchanged, is nothing to keep. */
function save(): void {
  const saved = $<HTMLParagraphElement>('#gemt');
  if (work.loaded.origin.kind === 'bundled' && !hasChanges()) {
    storage.clear();
    saved.textContent = '';
  } else if (storage.save(work)) {
    saved.textContent = t().savedAt(new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { timeStyle: 'short' }).format(new Date()));
  } else saved.textContent = t().notSaved;
}

function showOrigin(): void {
  const origin = work.loaded.origin;
  $<HTMLElement>('#grundlag-navn').textContent = origin.kind === 'bundled' ? t().origin.bundled : t().origin[origin.kind](origin.name);
  $<HTMLElement>('#grundlag-antal').textContent = t().loadedSummary(work.loaded.rows.length);
}

function load(next: Work): void {
  work = next;
  showOrigin();
  rebuild({ structure: true });
}

const hasChanges = () => changesBetween(work.loaded, work.current).length > 0;
const fileError = $<HTMLDivElement>('#fil-fejl');

function refuse(name: string, why: string): void {
  fileError.hidden = false;
  fileError.replaceChildren(make('p', {}, t().fileRefused(name)), make('pre', {}, why));
}

$<HTMLInputElement>('#fil').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  fileError.hidden = true;
  const text = await file.text();
  let next: Work;
  if (/\.json$/i.test(file.name) || /^\s*\{/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      refuse(file.name, t().notJson);
      return;
    }
    const checked = validateDataset(json);
    if (!checked.ok) {
      refuse(file.name, `${t().notADataset}\n${formatIssues(checked.issues, 10)}`);
      return;
    }
    next = startWork({ kind: 'json', name: file.name }, checked.dataset, sheetOf(checked.dataset), work.selected);
  } else if (/\.csv$/i.test(file.name) || text.startsWith(STRATEGY_COLUMNS[0])) {
    try {
      // The category rules stay those of the published mapping: the editor opened strategies.csv only.
      next = startWork({ kind: 'csv', name: file.name }, null, { rows: readStrategyRows(text), rules: sheetOf(bundled).rules }, work.selected);
    } catch (error) {
      refuse(file.name, error instanceof Error ? error.message : String(error));
      return;
    }
  } else {
    refuse(file.name, t().unknownFileKind);
    return;
  }
  if (hasChanges() && !(await confirmAction(dialog, { ...t().confirm.replace(file.name), no: t().confirm.no }))) return;
  load(next);
  announce(t().loadedFile(file.name, next.loaded.rows.length));
});

$<HTMLButtonElement>('#start-forfra').addEventListener('click', async () => {
  if (!(await confirmAction(dialog, { ...t().confirm.startOver, no: t().confirm.no }))) return;
  storage.clear();
  load(startWork({ kind: 'bundled' }, null, sheetOf(bundled), work.selected));
  announce(t().startedOver);
});

// ---- Language ----

function applyLanguage(): void {
  applyPageLanguage(lang);
  document.title = t().title;
  const other = $<HTMLButtonElement>('#sprog');
  other.textContent = t().otherLanguage.label;
  other.lang = t().otherLanguage.lang;
  $<HTMLParagraphElement>('#lager-advarsel').textContent = t().storageUnavailable;
  showOrigin();
  renderPanel();
  rebuild();
}

$<HTMLButtonElement>('#sprog').addEventListener('click', () => {
  lang = lang === 'da' ? 'en' : 'da';
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
  applyLanguage();
});

// ---- Start ----

search.addEventListener('input', () => {
  updateList();
  clearTimeout(counting);
  counting = setTimeout(() => announce(shownCount.textContent ?? ''), 600);
});
show.addEventListener('change', () => {
  updateList();
  announce(shownCount.textContent ?? '');
});
map.addEventListener('kl-municipality-select', (event) => {
  const code = (event as CustomEvent<{ code: string | null }>).detail?.code;
  if (code) select(code);
});

const restored = storage.restore();
if (restored.kind === 'found') work = restored.work;
$<HTMLParagraphElement>('#lager-advarsel').hidden = storage.available;
updateSnippet();
renderList();
applyLanguage();
lastErrorCount = errors().length;
if (!storage.available) announce(t().storageUnavailable);
else if (restored.kind === 'found') {
  const time = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(restored.savedAt);
  announce(t().restored(time));
} else if (restored.kind === 'unreadable') announce(t().savedUnreadable);
