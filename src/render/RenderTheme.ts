/** Colours and type the renderer needs; the element reads them from its `--concept-*` custom properties. */
export interface RenderTheme {
  dark: boolean;
  background: string;
  link: string;
  /** Links that make a figure: a taxonomy's parts, a survey's taxonomy. */
  linkStructure: string;
  linkHighlight: string;
  label: string;
  labelHalo: string;
  focus: string;
  selected: string;
  match: string;
  fontFamily: string;
  /** Label size in CSS px; constant on screen whatever the zoom, so labels stay readable. */
  fontSize: number;
  /** Per-kind colour overrides (`--concept-kind-<kind>`). */
  kindColors: ReadonlyMap<string, string>;
}

export const lightTheme: RenderTheme = {
  dark: false,
  background: '#ffffff',
  link: 'rgba(71, 85, 105, 0.28)',
  linkStructure: 'rgba(154, 52, 18, 0.45)',
  linkHighlight: 'rgba(30, 41, 59, 0.85)',
  label: '#111827',
  labelHalo: 'rgba(255, 255, 255, 0.92)',
  focus: '#2563eb',
  selected: '#111827',
  match: '#d97706',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontSize: 12,
  kindColors: new Map(),
};

export const darkTheme: RenderTheme = {
  ...lightTheme,
  dark: true,
  background: '#0f172a',
  link: 'rgba(148, 163, 184, 0.30)',
  linkStructure: 'rgba(251, 146, 60, 0.5)',
  linkHighlight: 'rgba(226, 232, 240, 0.9)',
  label: '#f1f5f9',
  labelHalo: 'rgba(15, 23, 42, 0.92)',
  focus: '#60a5fa',
  selected: '#f8fafc',
  match: '#fbbf24',
};

/**
 * Forced colours (Windows High Contrast): the system's own colour names, which the canvas
 * resolves like CSS does. Kinds keep apart by shape; what is lit or selected uses Highlight.
 */
export function forcedTheme(base: RenderTheme, kinds: readonly string[]): RenderTheme {
  return {
    ...base,
    background: 'Canvas',
    link: 'GrayText',
    linkStructure: 'CanvasText',
    linkHighlight: 'Highlight',
    label: 'CanvasText',
    labelHalo: 'Canvas',
    focus: 'Highlight',
    selected: 'Highlight',
    match: 'Highlight',
    kindColors: new Map(kinds.map((kind) => [kind, 'CanvasText'])),
  };
}
