// A tooltip over a drawing: opened by a pointer over a shape (and closed when it leaves), by
// keyboard focus, or by a first tap on a touch screen (the second tap selects), and placed inside
// the drawing's box. Positioned through the CSSOM, never a style attribute: pages with a strict
// CSP (style-src 'self') refuse inline style attributes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An open tooltip: which shape, what opened it, and where (percent of the drawing's box). */
export interface Tip {
  code: string;
  /** A pointer's tooltip closes when the pointer leaves; a focus tooltip when focus leaves. */
  source: 'pointer' | 'focus';
  x: number;
  y: number;
}

export interface TooltipOptions {
  /** Where a shape's tooltip goes when it is opened without a pointer (percent of the box). */
  anchor(code: string): { x: number; y: number };
  /** The code of the shape an event is on, or null. */
  codeAt(event: Event): string | null;
  /** The tooltip element and the box it must stay inside, once rendered. */
  elements(): { tooltip: HTMLElement | null; stage: HTMLElement | null };
}

export class TooltipController implements ReactiveController {
  /** The open tooltip, or null. */
  tip: Tip | null = null;
  /** The kind of pointer last pressed (`mouse`, `touch`, `pen`). */
  pointer = 'mouse';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TooltipOptions,
  ) {
    host.addController(this);
  }

  private set(tip: Tip | null): void {
    this.tip = tip;
    this.host.requestUpdate();
  }

  /** Opens the tooltip of a shape at its anchor (keyboard focus, a tap). */
  showAt(code: string): void {
    this.set({ code, source: 'focus', ...this.options.anchor(code) });
  }

  hide(): void {
    if (this.tip) this.set(null);
  }

  /** True when a touch reader's tap should only show what the shape is (the first tap). */
  firstTap(code: string): boolean {
    return this.pointer === 'touch' && this.tip?.code !== code;
  }

  private atPointer(code: string, event: PointerEvent): Tip {
    const box = (event.currentTarget as Element).getBoundingClientRect();
    return {
      code,
      source: 'pointer',
      x: ((event.clientX - box.left) / Math.max(box.width, 1)) * 100,
      y: ((event.clientY - box.top) / Math.max(box.height, 1)) * 100,
    };
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    this.pointer = event.pointerType || 'mouse';
  };

  readonly onPointerOver = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    const code = this.options.codeAt(event);
    if (code) this.set(this.atPointer(code, event));
    else if (this.tip?.source === 'pointer') this.set(null);
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch' || this.tip?.source !== 'pointer') return;
    const code = this.options.codeAt(event);
    if (code === this.tip.code) this.set(this.atPointer(code, event));
  };

  readonly onPointerOut = (event: PointerEvent): void => {
    const to = event.relatedTarget;
    const stillOnShape = to instanceof SVGElement && to.hasAttribute('data-code');
    if (!stillOnShape && this.tip?.source === 'pointer') this.set(null);
  };

  hostUpdated(): void {
    const { tooltip, stage } = this.options.elements();
    if (!tooltip || !stage || !this.tip) return;
    // Kept inside the box, and never placed outside it even for a moment: in a narrow column a
    // tooltip that starts mid-map would stick out on the right, and a phone widens its layout
    // viewport to what sticks out at any layout, for good (the page then scrolls sideways). So
    // it is measured at the box's left edge, where it cannot stick out on the right (its width
    // does not depend on where it stands), and then put where it goes, shifted to stay inside.
    tooltip.style.removeProperty('translate');
    tooltip.style.setProperty('left', '0px');
    tooltip.style.setProperty('top', `${this.tip.y}%`);
    const outer = stage.getBoundingClientRect();
    const box = tooltip.getBoundingClientRect();
    // Where its box starts relative to its anchor (its classes may move it left of the anchor).
    const offset = box.left - outer.left;
    const wanted = (this.tip.x / 100) * outer.width + offset;
    const inside = Math.min(Math.max(wanted, 0), Math.max(outer.width - box.width, 0));
    tooltip.style.setProperty('left', `${Math.floor(inside - offset)}px`);
  }
}