import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatHash, parseHash, type HashState } from '../../view/hashState.js';

export interface HashHost extends ReactiveControllerHost {
  /** Whether this element owns the page's URL (the `sync-url` attribute). */
  readonly syncUrl: boolean;
  hashState(): HashState;
  applyHash(state: HashState): void;
}

/**
 * Keeps the view a person would share (selection, focus depth, filters) in the URL hash, and
 * restores it on load and on back/forward. Only with `sync-url`: an embedded map never touches
 * a page's URL on its own.
 */
export class UrlHashController implements ReactiveController {
  private last = '';

  constructor(private readonly host: HashHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Applies the current hash (after the data is ready). */
  restore(): void {
    if (!this.host.syncUrl) return;
    this.last = location.hash;
    this.host.applyHash(parseHash(location.hash));
  }

  /** Writes the state after a change; replaceState so the back button is not flooded. */
  write(): void {
    if (!this.host.syncUrl) return;
    const hash = formatHash(this.host.hashState());
    const current = location.hash.length > 1 ? location.hash : '';
    if (hash === current) return;
    this.last = hash;
    history.replaceState(history.state, '', hash ? hash : location.pathname + location.search);
  }

  private onHashChange = (): void => {
    if (!this.host.syncUrl || location.hash === this.last) return;
    this.last = location.hash;
    this.host.applyHash(parseHash(location.hash));
  };
}
