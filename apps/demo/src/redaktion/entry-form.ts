// One row of strategies.csv as a form: a labelled field per cell an editor changes, each with
// its hint and room for the build's error (linked with aria-describedby), and, where the form
// has no category rule, the two fields the build needs for one. Built once per selection; the
// errors are then updated in place, so that typing never loses the focus.
import type { CategoryInfo, SourceDocument } from '@kl-digital/core';
import type { DataError, StrategyColumn, StrategyRow } from '@kl-digital/core/build';
import { make } from '../dom/make.js';
import { EDITABLE_COLUMNS, type Lang, type Messages } from './messages.js';

/** The id of a cell's field: `r12-period` (row numbers as the build counts them). */
export const fieldId = (row: number, column: StrategyColumn): string => `r${row}-${column}`;

/** What the page needs from a rendered row: its element and how to show the build's verdict. */
export interface EntryForm {
  element: HTMLFieldSetElement;
  /** Shows the errors of this row (others are ignored) and whether the form needs a rule. */
  showErrors(errors: readonly DataError[], needsRule: boolean): void;
}

/** What the row's form tells the page. */
export interface EntryFormEvents {
  /** A cell was typed in or chosen. */
  change(column: StrategyColumn, value: string): void;
  /** The editor gave the row's form a rule. */
  addRule(category: string, reason: string): void;
  remove(): void;
}

/** Shows messages in an error slot: the build's words are English, the page's own in its language. */
type ShowErrors = (messages: readonly string[], lang?: Lang) => void;

/** A paragraph for an error, hidden while there is none. */
function errorSlot(id: string, t: Messages): { element: HTMLParagraphElement; show: ShowErrors } {
  const element = make('p', { id, class: 'field-error', hidden: '' });
  return {
    element,
    show(messages, lang = 'en') {
      element.hidden = messages.length === 0;
      element.replaceChildren(
        ...messages.flatMap((message, i) => [
          ...(i > 0 ? [make('br')] : []),
          make('span', { class: 'visually-hidden' }, `${t.fieldError} `),
          make('span', { lang }, message),
        ])
      );
    },
  };
}

/** Points a control at its hint and, while there is one, its error; marks it invalid meanwhile. */
function describe(control: HTMLElement, hintId: string | null, errorId: string, invalid: boolean): void {
  control.setAttribute('aria-describedby', [hintId, invalid ? errorId : null].filter(Boolean).join(' '));
  if (invalid) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
  if (!hintId && !invalid) control.removeAttribute('aria-describedby');
}

/** A labelled text field (or select) with hint and error slot. */
function field(
  id: string,
  label: string,
  hint: string | null,
  control: HTMLInputElement | HTMLSelectElement,
  t: Messages
): { element: HTMLDivElement; show: ShowErrors } {
  const wrap = make('div', { class: 'field' });
  const hintId = hint ? `${id}-hjaelp` : null;
  const error = errorSlot(`${id}-fejl`, t);
  control.id = id;
  wrap.append(make('label', { for: id }, label), ...(hint ? [make('p', { id: hintId!, class: 'hint' }, hint)] : []), error.element, control);
  describe(control, hintId, error.element.id, false);
  return {
    element: wrap,
    show(messages, lang) {
      error.show(messages, lang);
      describe(control, hintId, error.element.id, messages.length > 0);
    },
  };
}

/** The form for row `rowNumber` (1-based, as the build counts) of strategies.csv. */
export function entryForm(
  row: StrategyRow,
  rowNumber: number,
  context: {
    t: Messages;
    lang: Lang;
    categories: readonly CategoryInfo[];
    sources: readonly SourceDocument[];
    /** The rule the row's form had when loaded: what a new rule most likely keeps (a typo put right). */
    suggestion?: { category: string; reason: string } | undefined;
  },
  on: EntryFormEvents
): EntryForm {
  const { t } = context;
  const element = make('fieldset', { class: 'wb-entry', id: `r${rowNumber}` });
  element.append(make('legend', {}, t.entryLegend(rowNumber)));
  const rowError = errorSlot(`r${rowNumber}-fejl`, t);
  element.append(rowError.element);

  const fields = new Map<StrategyColumn, { show: ShowErrors }>();
  let ruleBox: HTMLFieldSetElement | undefined;
  let ruleLegend: HTMLLegendElement | undefined;
  for (const column of EDITABLE_COLUMNS) {
    let control: HTMLInputElement | HTMLSelectElement;
    if (column === 'source') {
      control = make('select', { name: column });
      const known = context.sources.map((s) => [s.file, `${s.title} (${s.file})`] as const);
      // A source the file names that sources.csv does not: kept, so that the build can say so.
      const options = known.some(([file]) => file === row.source) ? known : [...known, [row.source, row.source] as const];
      for (const [value, text] of options) control.append(make('option', { value }, text));
    } else {
      control = make('input', { type: 'text', name: column, autocomplete: 'off', spellcheck: column === 'url' ? 'false' : 'true' });
    }
    control.value = row[column];
    control.addEventListener(column === 'source' ? 'change' : 'input', () => on.change(column, control.value));
    const made = field(`r${rowNumber}-${column}`, t.columns[column], t.hints[column], control, t);
    fields.set(column, made);
    element.append(made.element);
    if (column === 'form') {
      const rule = ruleForm(rowNumber, context, on);
      ruleBox = rule.element;
      ruleLegend = rule.legend;
      element.append(ruleBox);
    }
  }

  const remove = make('button', { type: 'button', class: 'button button--warning', id: `r${rowNumber}-fjern` }, t.removeEntry);
  remove.addEventListener('click', () => on.remove());
  element.append(remove);

  return {
    element,
    showErrors(errors, needsRule) {
      const mine = errors.filter((error) => error.file === 'strategies.csv' && error.row === rowNumber);
      const placed = new Set<DataError>();
      for (const [column, made] of fields) {
        const here = mine.filter((error) => error.column === column);
        here.forEach((error) => placed.add(error));
        made.show(here.map((error) => error.message));
      }
      // What is about the row as a whole (its code, a second entry) stands at the top of it.
      const rest = mine.filter((error) => !placed.has(error)).map((error) => error.message);
      rowError.show(rest);
      if (rest.length > 0) element.setAttribute('aria-describedby', rowError.element.id);
      else element.removeAttribute('aria-describedby');
      ruleBox!.hidden = !needsRule;
      const form = (element.querySelector<HTMLInputElement>(`#r${rowNumber}-form`)?.value ?? '').trim();
      ruleLegend!.textContent = t.rule.legend(form);
    },
  };
}

/** The two fields of a new category rule and the button that adds it; checked before it is added. */
function ruleForm(
  rowNumber: number,
  context: { t: Messages; lang: Lang; categories: readonly CategoryInfo[]; suggestion?: { category: string; reason: string } | undefined },
  on: EntryFormEvents
): { element: HTMLFieldSetElement; legend: HTMLLegendElement } {
  const { t, lang } = context;
  const id = `r${rowNumber}-regel`;
  const element = make('fieldset', { class: 'wb-rule', id, hidden: '' });
  const legend = make('legend', {});
  const category = make('select', { name: 'category' });
  category.append(make('option', { value: '' }, t.rule.choose));
  for (const info of context.categories) category.append(make('option', { value: info.id }, info.label[lang]));
  const reason = make('input', { type: 'text', name: 'reason', autocomplete: 'off' });
  category.value = context.suggestion?.category ?? '';
  reason.value = context.suggestion?.reason ?? '';
  const categoryField = field(`${id}-kategori`, t.rule.category, null, category, t);
  const reasonField = field(`${id}-begrundelse`, t.rule.reason, t.rule.reasonHint, reason, t);
  const add = make('button', { type: 'button', class: 'button', id: `${id}-tilfoej` }, t.rule.add);
  add.addEventListener('click', () => {
    const missingCategory = category.value === '';
    const missingReason = reason.value.trim() === '';
    categoryField.show(missingCategory ? [t.rule.needCategory] : [], lang);
    reasonField.show(missingReason ? [t.rule.needReason] : [], lang);
    if (missingCategory) category.focus();
    else if (missingReason) reason.focus();
    else on.addRule(category.value, reason.value.trim());
  });
  element.append(legend, make('p', { class: 'hint' }, t.rule.text), categoryField.element, reasonField.element, add);
  return { element, legend };
}
