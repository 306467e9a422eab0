import { css } from 'lit';

export const mapStyles = css`
  :host {
    --_bg: var(--concept-background, #f8fafc);
    --_surface: var(--concept-surface, #ffffff);
    --_text: var(--concept-text, #111827);
    --_muted: var(--concept-muted, #4b5563);
    --_border: var(--concept-border, #e2e8f0);
    --_accent: var(--concept-focus-color, #2563eb);
    --_chip-off: var(--concept-chip-off, #94a3b8);
    --_on-accent: #ffffff;
    display: block;
    position: relative;
    height: 600px;
    min-height: 320px;
    color: var(--_text);
    background: var(--_bg);
    font: 14px/1.4 var(--concept-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    overflow: hidden;
    contain: layout paint;
    /* The layout answers to the map's own width, not the window's: an embedded map may be narrow. */
    container-type: inline-size;
    border-radius: var(--concept-radius, 0);
  }
  :host([data-dark]) {
    --_bg: var(--concept-background, #0b1220);
    --_surface: var(--concept-surface, #111a2e);
    --_text: var(--concept-text, #f1f5f9);
    --_muted: var(--concept-muted, #a8b3c4);
    --_border: var(--concept-border, #23314d);
    --_accent: var(--concept-focus-color, #60a5fa);
    --_chip-off: var(--concept-chip-off, #64748b);
    --_on-accent: #0b1220;
    --concept-mark-background: #5b4708;
    --concept-mark-active: #8a6a00;
    --concept-mark-underline: #fbbf24;
    --concept-link-text: #93c5fd;
    --concept-hover-background: rgba(148, 163, 184, 0.16);
    color-scheme: dark;
  }
  [hidden] { display: none !important; }
  .shell {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 0;
    grid-template-rows: auto auto minmax(0, 1fr);
    grid-template-areas: 'toolbar toolbar' 'legend legend' 'stage side';
    height: 100%;
  }
  .shell.open { grid-template-columns: minmax(0, 1fr) min(var(--concept-panel-width, 380px), 45%); }
  /* Present: the map, and under it the step's caption in type a room can read. */
  .shell.present {
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr) auto;
    grid-template-areas: 'stage' 'caption';
  }
  .shell.present .side { display: none; }
  .caption-band {
    grid-area: caption;
    display: flex; align-items: center; gap: 16px 24px; flex-wrap: wrap;
    padding: clamp(12px, 2vh, 24px) clamp(16px, 3vw, 48px);
    background: var(--concept-caption-background, #0f172a);
    color: var(--concept-caption-color, #ffffff);
  }
  :host([data-dark]) .caption-band { background: var(--concept-caption-background, #020617); border-top: 1px solid #1e293b; }
  .caption {
    flex: 1 1 30ch; margin: 0;
    font-size: var(--concept-caption-size, clamp(18px, 2.2vw, 34px));
    line-height: 1.3; font-weight: 500; text-wrap: pretty;
  }
  .counter { font-size: clamp(13px, 1.1vw, 18px); opacity: 0.75; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .paused { font-size: clamp(13px, 1.1vw, 18px); color: #fde68a; white-space: nowrap; }
  .caption-band .exit { background: transparent; color: inherit; border-color: rgba(255, 255, 255, 0.4); }
  .tour-editor { padding: 14px 16px; display: flex; flex-direction: column; gap: 10px; overflow: auto; height: 100%; box-sizing: border-box; }
  .tour-editor header { display: flex; align-items: center; justify-content: space-between; }
  .tour-editor h2 { margin: 0; font-size: 16px; }
  .tour-editor .close { border: 0; background: none; font-size: 20px; line-height: 1; padding: 2px 8px; }
  .tour-editor .row { display: flex; flex-direction: column; gap: 4px; color: var(--_muted); font-size: 13px; }
  .tour-editor input[type='text'], .tour-editor textarea, .tour-editor select {
    width: 100%; box-sizing: border-box;
    font: inherit; color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: 8px; padding: 6px 8px;
  }
  .tour-editor textarea { resize: vertical; }
  .steps { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
  .steps li { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 4px 8px; align-items: center; padding: 6px; border-radius: 8px; border: 1px solid var(--_border); }
  .steps li.current { border-color: var(--_accent); box-shadow: inset 3px 0 0 var(--_accent); }
  .steps .n { font-variant-numeric: tabular-nums; color: var(--_muted); min-width: 1.5em; text-align: right; }
  .step-buttons { grid-column: 2; display: flex; gap: 4px; }
  .step-buttons button { padding: 2px 8px; }
  .tour-editor .add { align-self: flex-start; }
  .tour-editor .hint { margin: 0; color: var(--_muted); font-size: 12px; }
  .tour-bar {
    position: absolute; left: 50%; bottom: 14px; transform: translateX(-50%); z-index: 2;
    display: flex; align-items: center; gap: 10px; width: min(760px, calc(100% - 120px));
    padding: 8px 10px 8px 8px; border-radius: 12px;
    background: var(--_surface); border: 1px solid var(--_border); box-shadow: 0 6px 24px rgba(15, 23, 42, 0.16);
  }
  .tour-bar .caption { font-size: 15px; line-height: 1.35; flex: 1 1 auto; font-weight: 500; }
  .tour-bar .counter { opacity: 1; color: var(--_muted); font-size: 13px; }
  .tour-bar button { min-width: 32px; font-size: 18px; line-height: 1; padding: 4px 8px; }
  .tour-bar .end { border: 0; background: none; color: var(--_muted); }
  /* Important: the page's own size for the element (often inline) must give way while it lasts. */
  :host([fullscreen]) { height: 100vh !important; height: 100dvh !important; width: 100vw !important; border-radius: 0; }
  /* Where the Fullscreen API is not allowed: fill the window instead. */
  :host([fullscreen]:not(:fullscreen)) { position: fixed !important; inset: 0 !important; z-index: 2147483647; }
  .toolbar {
    grid-area: toolbar;
    display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px;
    padding: 10px 14px;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .title { font-size: 16px; font-weight: 700; margin: 0; flex: 0 1 auto; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 31ch; }
  .search { position: relative; display: flex; align-items: center; gap: 8px; flex: 1 1 200px; min-width: 180px; margin: 0; }
  .suggestions {
    position: absolute; left: 0; right: 0; top: calc(100% + 4px); z-index: 5;
    list-style: none; margin: 0; padding: 4px; max-height: 320px; overflow: auto;
    background: var(--_surface); border: 1px solid var(--_border); border-radius: 10px;
    box-shadow: 0 8px 24px rgba(15, 23, 42, 0.16);
  }
  .suggestions li {
    display: flex; align-items: center; gap: 8px; padding: 6px 8px; border-radius: 6px; cursor: pointer;
  }
  .suggestions li .label { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .suggestions li:hover { background: rgba(100, 116, 139, 0.12); }
  .suggestions li[aria-selected='true'] { background: var(--_accent); color: var(--_on-accent); }
  .suggestions li[aria-selected='true'] .n { color: inherit; }
  input[type='search'] {
    flex: 1; min-width: 0; font: inherit; color: inherit; background: var(--_bg);
    border: 1px solid var(--_border); border-radius: 8px; padding: 6px 10px;
  }
  .count { color: var(--_muted); font-size: 12px; white-space: nowrap; }
  .field { display: inline-flex; align-items: center; gap: 6px; color: var(--_muted); font-size: 13px; }
  .years { gap: 8px; }
  .years label { display: inline-flex; align-items: center; gap: 4px; }
  select, button, .button {
    font: inherit; font-size: 13px; color: var(--_text); background: var(--_surface);
    border: 1px solid var(--_border); border-radius: 8px; padding: 5px 10px;
  }
  button, .button { cursor: pointer; }
  button:hover:not(:disabled), .button:hover { border-color: var(--_muted); }
  button:disabled { opacity: 0.5; cursor: default; }
  .button { display: inline-flex; align-items: center; }
  .file-input { display: none; }
  .menu-wrap { position: relative; display: inline-flex; }
  .menu {
    position: absolute; right: 0; top: calc(100% + 6px); z-index: 5; min-width: 260px;
    display: flex; flex-direction: column; padding: 6px;
    background: var(--_surface); border: 1px solid var(--_border); border-radius: 10px;
    box-shadow: 0 10px 30px rgba(15, 23, 42, 0.18);
  }
  .menu [role='menuitem'] { text-align: left; border: 0; border-radius: 6px; padding: 7px 10px; background: none; }
  .menu [role='menuitem']:hover:not(:disabled), .menu [role='menuitem']:focus-visible { background: var(--concept-hover-background, rgba(100, 116, 139, 0.14)); }
  button[aria-pressed='true']:not(.chip) { background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); }
  :is(button, select, input, a):focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
  .buttons { display: inline-flex; gap: 6px; }
  .legend {
    grid-area: legend;
    display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 14px;
    background: var(--_surface); border-bottom: 1px solid var(--_border);
  }
  .chip { display: inline-flex; align-items: center; gap: 6px; border-radius: 999px; padding: 3px 10px 3px 8px; }
  .chip[aria-pressed='false'] { color: var(--_muted); border-style: dashed; }
  .chip[aria-pressed='false'] .kind-icon { opacity: 0.3; }
  .n { color: var(--_muted); font-size: 12px; font-variant-numeric: tabular-nums; }
  .stage { grid-area: stage; position: relative; min-width: 0; min-height: 0; }
  concept-graph { position: absolute; inset: 0; height: 100%; --concept-background: transparent; }
  .zoom {
    position: absolute; right: 12px; bottom: 12px; z-index: 1;
    display: flex; flex-direction: column; gap: 0;
    box-shadow: 0 1px 3px rgba(15, 23, 42, 0.12); border-radius: 8px;
  }
  .zoom button {
    width: 34px; height: 34px; padding: 0; display: grid; place-items: center;
    font-size: 18px; line-height: 1; border-radius: 0; margin-top: -1px;
  }
  .zoom button:first-child { border-radius: 8px 8px 0 0; margin-top: 0; }
  .zoom button:last-child { border-radius: 0 0 8px 8px; }
  .side {
    grid-area: side; min-width: 0; min-height: 0; overflow: hidden;
    background: var(--_surface); border-left: 1px solid var(--_border);
  }
  concept-panel { height: 100%; --concept-muted: var(--_muted); --concept-text: var(--_text); --concept-focus-color: var(--_accent); }
  .outline { position: absolute; inset: 0; overflow: auto; padding: 12px 18px; columns: 260px; column-gap: 28px; }
  .outline section { break-inside: avoid-column; margin-bottom: 14px; }
  .outline h2 { display: flex; align-items: center; gap: 6px; font-size: 13px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--_muted); margin: 0 0 4px; }
  .outline ul { list-style: none; margin: 0; padding: 0; }
  .outline button { border: 0; background: none; padding: 3px 6px; margin-left: -6px; text-align: left; border-radius: 6px; font-size: 14px; }
  .outline button:hover { background: rgba(100, 116, 139, 0.14); }
  .outline button[aria-current='true'] { background: var(--_accent); color: var(--_on-accent); }
  .outline li.more { padding: 3px 0; font-size: 13px; color: var(--_muted); }
  .sr {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  .file-notice {
    position: absolute; left: 16px; bottom: 16px; z-index: 3; max-width: min(560px, calc(100% - 32px));
    background: var(--_surface); color: var(--_text); border: 1px solid var(--_border); border-radius: 10px;
    padding: 10px 36px 10px 14px; box-shadow: 0 6px 24px rgba(15, 23, 42, 0.18); font-size: 13px;
    max-height: 45%; overflow: auto; overflow-wrap: anywhere;
  }
  .file-notice.tone-error { background: #fef2f2; color: #7f1d1d; border-color: #fca5a5; }
  .file-notice .notice-title { margin: 0; font-weight: 600; }
  .file-notice ul { margin: 6px 0 0; padding-left: 18px; }
  .file-notice li { margin: 2px 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
  .file-notice .dismiss { position: absolute; top: 6px; right: 6px; border: 0; background: none; font-size: 18px; line-height: 1; padding: 2px 8px; color: inherit; }
  .dropzone {
    position: absolute; inset: 8px; z-index: 4; display: grid; place-items: center; pointer-events: none;
    border: 3px dashed var(--_accent); border-radius: 14px; background: color-mix(in srgb, var(--_bg) 80%, transparent);
  }
  .dropzone p { margin: 0; padding: 12px 18px; border-radius: 10px; background: var(--_surface); font-size: 16px; font-weight: 600; }
  .loading { position: absolute; inset: auto 0 50% 0; text-align: center; color: var(--_muted); margin: 0; }
  .error {
    position: absolute; left: 16px; right: 16px; top: 16px; z-index: 2;
    background: #fef2f2; color: #7f1d1d; border: 1px solid #fca5a5; border-radius: 10px;
    padding: 12px 14px; overflow-wrap: anywhere; max-height: 40%; overflow: auto;
  }
  @container (max-width: 720px) {
    .toolbar { padding: 8px 10px; gap: 6px 10px; }
    .legend { flex-wrap: nowrap; overflow-x: auto; padding: 6px 10px; scrollbar-width: thin; }
    .chip { flex: none; }
    .shell.open { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto auto minmax(0, 1fr) minmax(0, 45%); grid-template-areas: 'toolbar' 'legend' 'stage' 'side'; }
    .side { border-left: 0; border-top: 1px solid var(--_border); }
    .title { max-width: 100%; flex-basis: 100%; }
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] { border: 2px solid CanvasText; }
    .outline button[aria-current='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
`;
