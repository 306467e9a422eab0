import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TourHost extends ReactiveControllerHost, HTMLElement {
  /** Whether a tour is running (the `tour` attribute names one the document has). */
  readonly tourActive: boolean;
  /** Steps of the running tour. */
  readonly tourLength: number;
  step: number;
  /** The current step was framed again (after a pause) without moving. */
  resumeStep(): void;
}

/** Keys that drive a tour, as a clicker sends them: next and previous are all it has. */
const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

/**
 * A speaker's keys and screen: → PageDown Space next, ← PageUp back, Home End, F fullscreen, Esc
 * out of it. Keys are taken only while the map has focus and not from its own inputs and
 * buttons; a handled key is stopped there, so a slide deck around the map does not move too,
 * and any other key passes through. A pan, zoom or click pauses the tour until the next key.
 */
export class TourController implements ReactiveController {
  paused = false;
  /** Fullscreen by the Fullscreen API, or by CSS where the page does not allow it. */
  fullscreen: 'native' | 'css' | null = null;

  constructor(private readonly host: TourHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture: the canvas walks between nodes with the arrow keys; during a tour they step it.
    this.host.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    if (this.fullscreen === 'css') this.setCssFullscreen(false);
  }

  /** The reader took the camera (or clicked): the tour waits for a key. */
  pause(): void {
    if (!this.host.tourActive || this.paused) return;
    this.paused = true;
    this.host.requestUpdate();
  }

  go(step: number): void {
    const count = this.host.tourLength;
    if (count === 0) return;
    const next = Math.min(count - 1, Math.max(0, step));
    const wasPaused = this.paused;
    this.paused = false;
    if (next !== this.host.step) this.host.step = next;
    else if (wasPaused) this.host.resumeStep();
    this.host.requestUpdate();
  }

  next(): void {
    this.go(this.host.step + 1);
  }

  previous(): void {
    this.go(this.host.step - 1);
  }

  async toggleFullscreen(): Promise<void> {
    if (this.fullscreen === 'native') {
      await document.exitFullscreen().catch(() => undefined);
      return;
    }
    if (this.fullscreen === 'css') {
      this.setCssFullscreen(false);
      return;
    }
    if (document.fullscreenEnabled && typeof this.host.requestFullscreen === 'function') {
      try {
        await this.host.requestFullscreen();
        return;
      } catch {
        // Not allowed here (an iframe without allowfullscreen, a policy): fill the window instead.
      }
    }
    this.setCssFullscreen(true);
  }

  private setCssFullscreen(on: boolean): void {
    this.fullscreen = on ? 'css' : null;
    this.host.toggleAttribute('fullscreen', on);
    this.host.requestUpdate();
  }

  private onFullscreenChange = (): void => {
    const native = document.fullscreenElement === this.host;
    if (native) this.fullscreen = 'native';
    else if (this.fullscreen === 'native') this.fullscreen = null;
    this.host.toggleAttribute('fullscreen', this.fullscreen !== null);
    this.host.requestUpdate();
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || fromControl(e)) return;
    if (this.handle(e.key)) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  /** Acts on a key and says whether it was the tour's. */
  private handle(key: string): boolean {
    if (key === 'f' || key === 'F') {
      void this.toggleFullscreen();
      return true;
    }
    if (key === 'Escape' && this.fullscreen === 'css') {
      this.setCssFullscreen(false);
      return true;
    }
    if (!this.host.tourActive) return false;
    const last = this.host.tourLength - 1;
    // Past either end the key is not the tour's: a clicker in a slide deck goes on to the next
    // slide after the map's last step, and back before its first.
    if (NEXT.has(key)) {
      if (this.host.step >= last && !this.paused) return false;
      this.next();
    } else if (PREVIOUS.has(key)) {
      if (this.host.step <= 0 && !this.paused) return false;
      this.previous();
    }
    else if (key === 'Home') this.go(0);
    else if (key === 'End') this.go(this.host.tourLength - 1);
    else return false;
    return true;
  }
}

/** Keys typed into a field, or pressed on a button or a select, belong to it. */
function fromControl(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}
