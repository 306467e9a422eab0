import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GraphIndex } from '../../model/GraphIndex.js';

/** What the panel needs of the map it follows: `<concept-map>` and `<concept-graph>` both have it. */
interface MapLike extends HTMLElement {
  readonly index: GraphIndex | null;
  selected: string | null;
  readonly updateComplete?: Promise<unknown>;
}

export interface PanelForHost extends ReactiveControllerHost, HTMLElement {
  /** The id of the map to follow (`for`), or null for a panel `<concept-map>` drives itself. */
  readonly htmlFor: string | null;
  index: GraphIndex | null;
  node: string | null;
  dark: boolean;
}

/**
 * `<concept-panel for="map-id">`: a panel elsewhere on the page (a sidebar beside an article,
 * outside a scaled slide) that shows what the map with that id selects. Events from the map
 * bubble to the panel's document (or shadow root), so the map may come later or load later;
 * a node picked in the panel selects it in the map.
 */
export class PanelForController implements ReactiveController {
  private root: Document | ShadowRoot | null = null;
  /** The page may set the map's `selected` itself (no event then): its reflected attribute says so. */
  private watcher: MutationObserver | null = null;
  private watched: MapLike | null = null;

  constructor(private readonly host: PanelForHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.htmlFor) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    this.root = root;
    for (const type of ['concept-select', 'concept-load'] as const) root.addEventListener(type, this.onMapEvent);
    void this.sync();
  }

  hostDisconnected(): void {
    for (const type of ['concept-select', 'concept-load'] as const) this.root?.removeEventListener(type, this.onMapEvent);
    this.root = null;
    this.watcher?.disconnect();
    this.watcher = null;
    this.watched = null;
  }

  private watch(map: MapLike): void {
    if (this.watched === map) return;
    this.watcher?.disconnect();
    this.watched = map;
    this.watcher = new MutationObserver(() => void this.sync());
    this.watcher.observe(map, { attributes: true, attributeFilter: ['selected', 'data-dark'] });
  }

  /** The followed map, if it is in the panel's tree now. */
  map(): MapLike | null {
    const id = this.host.htmlFor;
    if (!id || !this.root) return null;
    const found = this.root.getElementById?.(id) ?? null;
    return found && 'index' in found ? (found as MapLike) : null;
  }

  /** A node picked in the panel (a connection, a mention): the map selects it too. */
  select(id: string | null): boolean {
    const map = this.map();
    if (!map) return false;
    map.selected = id;
    this.host.node = id;
    return true;
  }

  private onMapEvent = (event: Event): void => {
    const target = event.target as HTMLElement | null;
    if (!target || target.id !== this.host.htmlFor) return;
    void this.sync();
  };

  private async sync(): Promise<void> {
    const map = this.map();
    if (!map) return;
    this.watch(map);
    await map.updateComplete;
    this.host.index = map.index;
    this.host.node = map.selected;
    this.host.dark = map.hasAttribute('data-dark');
  }
}
