import type { Timers } from './timers';

const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;

/** The open card: which figure, and whether focus moves into it (opened from the keyboard). */
export interface OpenCard {
  index: number;
  takeFocus: boolean;
}

/** What the controller asks of the page session. */
export interface CardSurface {
  /** the figure index of the mark an event target is in, or null */
  figureAt(target: EventTarget | null): number | null;
  /** true when a node is inside the extension's UI host */
  inUi(node: Node | null): boolean;
  activeElement(): Element | null;
  /** draws the card (or none) */
  render(card: OpenCard | null): void;
  /** gives focus back to a figure's mark */
  focusFigure(index: number): void;
}

/**
 * When the card opens and closes: on hover (after a short delay, kept open while the pointer is
 * in the card), on focus, on tap or click, Enter or Space from a mark (focus moves in), Esc
 * (focus returns to the mark). Knows nothing of the DOM beyond what CardSurface answers.
 */
export class CardController {
  card: OpenCard | null = null;
  private hoverTimer = 0;
  private pointerInCard = false;

  constructor(
    private readonly surface: CardSurface,
    private readonly timers: Timers,
  ) {}

  open(index: number, takeFocus: boolean): void {
    this.timers.clearTimeout(this.hoverTimer);
    this.card = { index, takeFocus };
    this.surface.render(this.card);
  }

  close(returnFocus: boolean): void {
    if (!this.card) return;
    const { index } = this.card;
    this.card = null;
    this.surface.render(null);
    if (returnFocus) this.surface.focusFigure(index);
  }

  /** The pointer entered (true) or left (false) the card. */
  pointer(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) this.timers.clearTimeout(this.hoverTimer);
    else this.scheduleClose();
  }

  mouseOver(target: EventTarget | null): void {
    const i = this.surface.figureAt(target);
    if (i === null) return;
    this.timers.clearTimeout(this.hoverTimer);
    this.hoverTimer = this.timers.setTimeout(() => this.open(i, false), HOVER_OPEN_MS);
  }

  mouseOut(target: EventTarget | null): void {
    if (this.surface.figureAt(target) !== null) this.scheduleClose();
  }

  focusIn(target: EventTarget | null): void {
    const i = this.surface.figureAt(target);
    if (i !== null && this.card?.index !== i) this.open(i, false);
  }

  focusOut(target: EventTarget | null, next: Node | null): void {
    if (this.surface.figureAt(target) === null) return;
    // Focus moving into our card (inside the shadow host) keeps it open.
    if (next && this.surface.inUi(next)) return;
    this.timers.setTimeout(() => {
      const active = this.surface.activeElement();
      if (!this.surface.inUi(active) && this.surface.figureAt(active) === null) this.close(false);
    }, 0);
  }

  click(target: EventTarget | null): void {
    const i = this.surface.figureAt(target);
    if (i !== null) this.open(i, false);
  }

  /** Handles a key; true when the key was ours (the caller prevents its default). */
  keyDown(key: string, target: EventTarget | null): boolean {
    if (key === 'Escape' && this.card) {
      const active = this.surface.activeElement();
      this.close(this.surface.figureAt(active) !== null || this.surface.inUi(active));
      return false;
    }
    const i = this.surface.figureAt(target);
    if (i !== null && (key === 'Enter' || key === ' ')) {
      this.open(i, true);
      return true;
    }
    return false;
  }

  private scheduleClose(): void {
    this.timers.clearTimeout(this.hoverTimer);
    this.hoverTimer = this.timers.setTimeout(() => {
      if (!this.pointerInCard) this.close(false);
    }, HOVER_CLOSE_MS);
  }
}
