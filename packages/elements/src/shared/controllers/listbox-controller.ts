// The keyboard model of a listbox whose options are shapes on a map: one tab stop, the active
// option as `aria-activedescendant`, arrow keys to the neighbour in that direction, Home/End to
// the first and last in name order, Enter/Space to choose, Escape to clear, and type-ahead.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { foldName } from '@kl-digital/core';

/** The four directions of the arrow keys. */
export type Direction = 'up' | 'down' | 'left' | 'right';
const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** What the controller needs to know of the options and to tell the element. */
export interface ListboxOptions {
  /** The options in name order (Home, End and type-ahead go by it). */
  order(): readonly { id: string; name: string }[];
  /** The option in a direction from another, if any. */
  neighbour(id: string, direction: Direction): string | null | undefined;
  /** Where the active option starts when the list gets focus (the selection, else the first). */
  start(): string | null;
  /** The active option moved (the element shows its tooltip). */
  onMove(id: string): void;
  /** Enter or Space on the active option. */
  onChoose(id: string): void;
  /** Escape: returns true when it cleared something (the key is then the list's). */
  onEscape(): boolean;
  /** How long typed letters count as one name, in milliseconds. */
  typeAheadMs: number;
}

export class ListboxController implements ReactiveController {
  /** The active option's id, or null before the list had focus. */
  active: string | null = null;
  private typed = '';
  private typedAt = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ListboxOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Moves the active option (and tells the element); null or undefined stays. */
  moveTo(id: string | null | undefined): void {
    if (!id) return;
    this.active = id;
    this.host.requestUpdate();
    this.options.onMove(id);
  }

  // A press of the pointer focuses the list before its click chooses: that focus must not move
  // the active option (to the selection or the first), or the tooltip would show another
  // municipality than the one under the pointer. The press counts until its own task is over.
  private pressed = false;

  /** The pointer pressed on the list (it gets the focus next, and the click says where). */
  readonly onPointerDown = (): void => {
    this.pressed = true;
    setTimeout(() => (this.pressed = false));
  };

  readonly onFocus = (): void => {
    if (this.pressed) return;
    this.moveTo(this.active ?? this.options.start() ?? this.options.order()[0]?.id);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const options = this.options;
    const active = this.active ?? options.start() ?? options.order()[0]?.id ?? null;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      this.moveTo((active && options.neighbour(active, direction)) || active);
      return;
    }
    switch (event.key) {
      case 'Home':
        event.preventDefault();
        this.moveTo(options.order()[0]?.id);
        return;
      case 'End':
        event.preventDefault();
        this.moveTo(options.order().at(-1)?.id);
        return;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (active) {
          this.active = active;
          options.onChoose(active);
        }
        return;
      case 'Escape':
        if (options.onEscape()) event.preventDefault();
        return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && /\S/.test(event.key)) this.typeAhead(event.key);
  };

  /** Jumps to the first name that starts with the letters typed in a row; one letter repeated cycles through its names. */
  private typeAhead(char: string): void {
    const now = performance.now();
    this.typed = now - this.typedAt > this.options.typeAheadMs ? char : this.typed + char;
    this.typedAt = now;
    const cycling = this.typed.length > 1 && [...this.typed].every((c) => c === char);
    const prefix = foldName(cycling ? char : this.typed);
    const matches = this.options.order().filter((option) => foldName(option.name).startsWith(prefix));
    if (matches.length === 0) return;
    const current = matches.findIndex((option) => option.id === this.active);
    const next = cycling || (current >= 0 && this.typed.length === 1) ? matches[(current + 1) % matches.length] : matches[0];
    this.moveTo(next?.id);
  }
}
