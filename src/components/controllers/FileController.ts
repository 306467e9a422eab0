import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InputProblem } from '../../ingest/readers/types.js';
import { ingestLoader, type IngestFiles } from '../ingestLoader.js';
import { fileStem, save } from './download.js';
export { fileStem };

/** What the file actions have to say: progress, a result, or every problem found. */
export interface FileNotice {
  tone: 'busy' | 'done' | 'error';
  title: string;
  lines: string[];
}

export interface FileTarget {
  /** Shows a document (already checked or not: the map validates it like any other). */
  showDocument(document: unknown, from: string): void;
  /** The document on display, for Download. */
  currentDocument(): { title: string } | null;
}

const MAX_BYTES = 50 * 1024 * 1024;
const MAX_LINES = 8;
export const ACCEPT = '.jsonl,.ndjson,.json,.bib,.bibtex,.csv,.txt';

/**
 * Opening a reader's own files (button or drag and drop) and downloading the map. A corpus is
 * mapped in this tab by the same ingest core as the command line, so nothing leaves the machine;
 * a concept-map/v1 document is shown as it is. A file that fails leaves the map on screen.
 */
export class FileController implements ReactiveController {
  notice: FileNotice | null = null;
  dragging = false;
  #depth = 0;
  #generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: FileTarget,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#generation += 1;
    this.#depth = 0;
    this.dragging = false;
  }

  dismiss(): void {
    this.notice = null;
    this.host.requestUpdate();
  }

  onDragEnter = (e: DragEvent): void => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    this.#depth += 1;
    if (!this.dragging) {
      this.dragging = true;
      this.host.requestUpdate();
    }
  };

  onDragOver = (e: DragEvent): void => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };

  onDragLeave = (e: DragEvent): void => {
    if (!hasFiles(e)) return;
    this.#depth = Math.max(0, this.#depth - 1);
    if (this.#depth === 0 && this.dragging) {
      this.dragging = false;
      this.host.requestUpdate();
    }
  };

  onDrop = (e: DragEvent): void => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    this.#depth = 0;
    this.dragging = false;
    void this.open([...(e.dataTransfer?.files ?? [])]);
  };

  onPick = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again, after fixing it, opens it again.
    input.value = '';
    void this.open(files);
  };

  async open(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const generation = ++this.#generation;
    const names = files.map((f) => f.name).join(', ');
    const tooBig = files.find((f) => f.size > MAX_BYTES);
    if (tooBig) {
      this.#say('error', `${tooBig.name} could not be opened`, [`The file is ${Math.round(tooBig.size / 1e6)} MB; the limit is ${MAX_BYTES / 1e6} MB.`]);
      return;
    }
    this.#say('busy', `Reading ${names}…`, []);
    let texts: { name: string; text: string }[];
    try {
      texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: stripBom(await f.text()) })));
    } catch {
      this.#say('error', `${names} could not be read`, ['The browser could not read the file.']);
      return;
    }
    if (generation !== this.#generation) return;
    const only = texts.length === 1 ? texts[0] : undefined;
    const asDocument = only !== undefined && /\.json$/i.test(only.name) ? documentIn(only.text) : undefined;
    if (only !== undefined && asDocument !== undefined) {
      this.notice = null;
      this.target.showDocument(asDocument, only.name);
      this.host.requestUpdate();
      return;
    }
    this.#say('busy', `Building the map from ${names}…`, []);
    // One frame first, so the message is painted before the work holds the thread.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const load = ingestLoader();
    if (!load) {
      this.#say('error', `${names} could not be opened`, ['This page opens concept-map documents (.json) only; mapping a corpus needs the Concept Map app or its command, concept-map build.']);
      return;
    }
    let ingestFiles: IngestFiles;
    try {
      ingestFiles = await load();
    } catch {
      this.#say('error', `${names} could not be mapped`, ['The part of the app that reads corpora did not load (offline?). Reload the page and try again.']);
      return;
    }
    if (generation !== this.#generation) return;
    const result = ingestFiles(texts);
    if (!result.ok) {
      this.#say('error', `${names} could not be mapped; the map on screen is unchanged`, linesOf(result.errors));
      return;
    }
    const papers = result.document.nodes.filter((n) => n.kind === 'paper').length;
    const others = result.document.nodes.length - papers;
    const warned = result.warnings.length;
    this.target.showDocument(result.document, names);
    this.#say(
      'done',
      `Mapped ${names}: ${papers} ${papers === 1 ? 'paper' : 'papers'}, ${others} other nodes, ${result.document.links.length} links`,
      warned === 0 ? [] : [`${warned} ${warned === 1 ? 'warning' : 'warnings'}:`, ...linesOf(result.warnings)],
    );
  }

  /** Saves the document on display as a .json file named after its title. */
  download(): void {
    const document = this.target.currentDocument();
    if (document === null) return;
    save(this.host, new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' }), `${fileStem(document.title)}.json`);
  }

  #say(tone: FileNotice['tone'], title: string, lines: string[]): void {
    this.notice = { tone, title, lines };
    this.host.requestUpdate();
  }
}

function hasFiles(e: DragEvent): boolean {
  return [...(e.dataTransfer?.types ?? [])].includes('Files');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The parsed value when the text is a concept-map document (by its schema), else undefined. */
function documentIn(text: string): unknown {
  if (!/"schema"\s*:\s*"concept-map\//.test(text.slice(0, 2000))) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    // Broken JSON that claims to be a document: let the map's own parser say where it breaks.
    return text;
  }
}

function linesOf(problems: readonly InputProblem[]): string[] {
  const shown = problems.slice(0, MAX_LINES).map((p) => (p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`));
  if (problems.length > MAX_LINES) shown.push(`… and ${problems.length - MAX_LINES} more`);
  return shown;
}
