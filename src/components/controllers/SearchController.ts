import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GraphIndex } from '../../model/GraphIndex.js';
import { search, type SearchHit } from '../../model/search.js';

export interface SearchHost extends ReactiveControllerHost {
  query: string;
  readonly index: GraphIndex | null;
  /** Go to a hit: select it and fly there. */
  goTo(id: string): void;
}

/** How many hits the suggestion list shows; Enter still walks through all of them. */
export const SUGGESTIONS = 8;

/**
 * The search box as a combobox: typing lists the best hits, ↓/↑ move through them, Enter goes to
 * the chosen one (or, with none chosen, to the next hit in turn), Escape closes the list and then
 * clears the query. Hits are computed once per query and index, not on every render.
 */
export class SearchController implements ReactiveController {
  open = false;
  /** The highlighted suggestion, or -1. */
  active = -1;
  /** Which hit Enter goes to next when no suggestion is highlighted. */
  cursor = 0;
  private memo: { index: GraphIndex | null; query: string; hits: SearchHit[] } = { index: null, query: '', hits: [] };

  constructor(private readonly host: SearchHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  get hits(): SearchHit[] {
    const { index, query } = this.host;
    if (this.memo.index !== index || this.memo.query !== query) {
      this.memo = { index, query, hits: index && query.trim() ? search(index, query, 200) : [] };
    }
    return this.memo.hits;
  }

  input(value: string): void {
    this.host.query = value;
    this.cursor = 0;
    this.active = -1;
    this.open = value.trim() !== '';
    this.host.requestUpdate();
  }

  /** Returns true when the key was handled here. */
  key(event: KeyboardEvent): boolean {
    const shown = Math.min(this.hits.length, SUGGESTIONS);
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!shown) return false;
        this.open = true;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = this.active < 0 ? (step > 0 ? 0 : shown - 1) : (this.active + step + shown) % shown;
        break;
      }
      case 'Enter':
        this.submit();
        break;
      case 'Escape':
        if (this.open) this.open = false;
        else if (this.host.query) this.input('');
        else return false;
        this.active = -1;
        break;
      default:
        return false;
    }
    this.host.requestUpdate();
    return true;
  }

  submit(): void {
    const hits = this.hits;
    if (!hits.length) return;
    let hit: SearchHit;
    if (this.active >= 0 && this.active < hits.length) {
      hit = hits[this.active]!;
      this.cursor = (this.active + 1) % hits.length;
    } else {
      hit = hits[this.cursor % hits.length]!;
      this.cursor = (this.cursor + 1) % hits.length;
    }
    this.open = false;
    this.active = -1;
    this.host.goTo(hit.id);
    this.host.requestUpdate();
  }

  pick(i: number): void {
    this.active = i;
    this.submit();
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }
}
