// The map's "Find kommune": an ARIA 1.2 combobox (an input with a listbox of suggestions, list
// autocomplete). Typing suggests (core's searchMunicipalities, through the element); the down and
// up arrows move through the suggestions (aria-activedescendant, the focus stays in the input);
// Enter chooses the active one or, without one, the best; Escape closes the list, and clears the
// text when it is closed. A live region says how many suggestions there are once typing pauses
// (one announcement per key would flood a screen reader), and what was chosen.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SuggestionMatch } from '@kl-digital/core';

/** One suggestion as the search shows it. */
export interface Suggestion {
  code: string;
  name: string;
  match: SuggestionMatch;
}

/** The texts the search shows and says. */
export interface SearchTexts {
  findLabel: string;
  findHelp: string;
  suggestionsLabel: string;
  suggestionCount(n: number): string;
  closeNames(names: string[]): string;
  noMatch(text: string): string;
}

/** What the search needs from the element. */
export interface SearchOptions {
  /** The suggestions for a text, best first. */
  suggest(text: string): readonly Suggestion[];
  /** A suggestion was chosen; returns what the live region says of it. */
  onChoose(code: string): string;
  /** The element's shadow root, where the input is. */
  root(): ParentNode;
  /** How long the suggestions must stand still before the count is announced, in milliseconds. */
  announceDelayMs: number;
}

export class SearchController implements ReactiveController {
  private suggestions: readonly Suggestion[] = [];
  private open = false;
  /** The active suggestion's index, or -1 (Enter then takes the best, the first). */
  private active = -1;
  /** What the live region says. */
  private said = '';
  /** The active suggestion moved since the last render. */
  private moved = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private texts: SearchTexts | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SearchOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  hostUpdated(): void {
    // The active suggestion stays in sight in a list that scrolls.
    if (!this.moved) return;
    this.moved = false;
    if (this.open && this.active >= 0) this.options.root().querySelector(`#find-${this.suggestions[this.active]?.code}`)?.scrollIntoView({ block: 'nearest' });
  }

  private get input(): HTMLInputElement | null {
    return this.options.root().querySelector<HTMLInputElement>('#find');
  }

  private say(text: string): void {
    clearTimeout(this.timer);
    this.said = text;
    this.host.requestUpdate();
  }

  private set(changes: { open?: boolean; active?: number; suggestions?: readonly Suggestion[] }): void {
    if (changes.active !== undefined && changes.active !== this.active) this.moved = true;
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  private readonly onInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    const suggestions = this.options.suggest(text);
    this.set({ suggestions, open: suggestions.length > 0, active: -1 });
    clearTimeout(this.timer);
    const texts = this.texts!;
    const line =
      text.trim() === ''
        ? ''
        : suggestions.length === 0
          ? texts.noMatch(text.trim())
          : suggestions[0]!.match === 'close'
            ? texts.closeNames(suggestions.map((s) => s.name))
            : texts.suggestionCount(suggestions.length);
    this.timer = setTimeout(() => this.say(line), this.options.announceDelayMs);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (count === 0) return;
        const down = event.key === 'ArrowDown';
        // Alt with an arrow opens or closes the list without moving (as a select does).
        if (event.altKey) return this.set({ open: down, active: -1 });
        const from = this.open ? this.active : -1;
        this.set({ open: true, active: down ? (from + 1) % count : from <= 0 ? count - 1 : from - 1 });
        return;
      }
      case 'Enter': {
        const chosen = this.suggestions[this.open && this.active >= 0 ? this.active : 0];
        if (!chosen) return;
        event.preventDefault();
        this.choose(chosen);
        return;
      }
      case 'Escape':
        if (this.open) this.set({ open: false, active: -1 });
        else if (this.input?.value) {
          this.input.value = '';
          this.set({ suggestions: [] });
          this.say('');
        } else return;
        // The key was the search's: the map's own Escape (clear the selection) is not asked for.
        event.preventDefault();
        event.stopPropagation();
    }
  };

  private readonly onBlur = (): void => this.set({ open: false, active: -1 });

  // A press on a suggestion must not take the focus from the input (the list would close before the click).
  private readonly onListPointerDown = (event: PointerEvent): void => event.preventDefault();

  private readonly onListClick = (event: MouseEvent): void => {
    const code = (event.target as Element).closest('[data-code]')?.getAttribute('data-code');
    const chosen = this.suggestions.find((s) => s.code === code);
    if (chosen) this.choose(chosen);
  };

  private choose(suggestion: Suggestion): void {
    if (this.input) this.input.value = suggestion.name;
    this.set({ open: false, active: -1, suggestions: [suggestion] });
    this.say(this.options.onChoose(suggestion.code));
  }

  /** The label, the combobox, its listbox and the live region. */
  render(texts: SearchTexts): TemplateResult {
    this.texts = texts;
    const open = this.open && this.suggestions.length > 0;
    const active = open ? this.suggestions[this.active] : undefined;
    return html`<div class="find no-print" part="search">
      <label for="find">${texts.findLabel}</label>
      <div class="combo">
        <input
          id="find"
          part="search-input"
          class="field"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="find-list"
          aria-describedby="find-help"
          aria-activedescendant=${active ? `find-${active.code}` : nothing}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${this.onBlur}
        />
        <ul id="find-list" part="search-list" role="listbox" aria-label=${texts.suggestionsLabel} ?hidden=${!open} @pointerdown=${this.onListPointerDown} @click=${this.onListClick}>
          ${open
            ? this.suggestions.map(
                (s) => html`<li id="find-${s.code}" role="option" data-code=${s.code} aria-selected=${s === active ? 'true' : 'false'}>${s.name}</li>`,
              )
            : nothing}
        </ul>
      </div>
      <p id="find-help" class="visually-hidden">${texts.findHelp}</p>
      <p class="visually-hidden" role="status">${this.said}</p>
    </div>`;
  }
}
