import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ThemeName = 'light' | 'dark' | 'auto';

/** Resolves `theme="auto"` against the system setting and follows it while the element is on the page. */
export class ThemeController implements ReactiveController {
  private theme: ThemeName = 'auto';
  private query: MediaQueryList | null = null;
  private forcedQuery: MediaQueryList | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  get dark(): boolean {
    if (this.theme === 'dark') return true;
    if (this.theme === 'light') return false;
    return this.query?.matches ?? false;
  }

  /** Windows High Contrast and other forced-colour modes: draw in the system's colours. */
  get forced(): boolean {
    return this.forcedQuery?.matches ?? false;
  }

  setTheme(theme: string | null): void {
    const t: ThemeName = theme === 'dark' || theme === 'light' ? theme : 'auto';
    this.theme = t;
    this.host.toggleAttribute('data-dark', this.dark);
    this.onChange();
  }

  hostConnected(): void {
    this.query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    this.query?.addEventListener('change', this.changed);
    this.forcedQuery = typeof matchMedia === 'function' ? matchMedia('(forced-colors: active)') : null;
    this.forcedQuery?.addEventListener('change', this.changed);
    this.host.toggleAttribute('data-dark', this.dark);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.changed);
    this.forcedQuery?.removeEventListener('change', this.changed);
  }

  private changed = (): void => {
    this.host.toggleAttribute('data-dark', this.dark);
    this.onChange();
  };
}
