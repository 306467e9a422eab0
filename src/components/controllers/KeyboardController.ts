import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Direction } from '../../view/neighbourInDirection.js';

export interface KeyboardHost extends ReactiveControllerHost {
  moveFocus(direction: Direction): void;
  /** Enter: open the focused node. */
  activate(): void;
  /** Escape: clear the selection. Returns false when there was nothing to clear. */
  escape(): boolean;
  zoomBy(factor: number): void;
  zoomToFit(): void;
  /** The canvas gained focus from the keyboard (show the ring) or lost it. */
  keyboardFocus(visible: boolean): void;
  /** Presenting: the arrows, Space and Enter belong to the tour (or the deck around the map). */
  readonly present: boolean;
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The graph is one Tab stop; arrow keys walk to the neighbour in that direction. Handled keys
 * stop there so a host page (or a slide deck) does not also act on them; other keys pass through.
 */
export class KeyboardController implements ReactiveController {
  private target: HTMLElement | null = null;
  private pointerFocus = false;

  constructor(private readonly host: KeyboardHost) {
    host.addController(this);
  }

  attach(target: HTMLElement): void {
    this.target?.removeEventListener('keydown', this.onKey);
    this.target = target;
    target.addEventListener('keydown', this.onKey);
    target.addEventListener('pointerdown', () => (this.pointerFocus = true));
    target.addEventListener('focus', () => {
      this.host.keyboardFocus(!this.pointerFocus);
      this.pointerFocus = false;
    });
    target.addEventListener('blur', () => this.host.keyboardFocus(false));
  }

  hostConnected(): void {}

  private onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.metaKey || event.ctrlKey) return;
    const dir = this.host.present ? undefined : ARROWS[event.key];
    if (this.host.present && ['Enter', ' ', 'Escape'].includes(event.key)) return;
    let handled = true;
    if (dir) {
      this.host.keyboardFocus(true);
      this.host.moveFocus(dir);
    } else if (event.key === 'Enter' || event.key === ' ') this.host.activate();
    else if (event.key === 'Escape') handled = this.host.escape();
    else if (event.key === '+' || event.key === '=') this.host.zoomBy(1.25);
    else if (event.key === '-' || event.key === '_') this.host.zoomBy(0.8);
    else if (event.key === '0') this.host.zoomToFit();
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
}
