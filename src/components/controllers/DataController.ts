import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GraphIndex } from '../../model/GraphIndex.js';
import { parseDocument, validateDocument, formatIssues } from '../../model/validate.js';
import type { ValidationResult } from '../../model/types.js';

export type DataState =
  | { status: 'empty' }
  | { status: 'loading'; from: string }
  | { status: 'ready' }
  | { status: 'error'; message: string };

const TIMEOUT_MS = 20000;
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Turns `graph`, `src` or an inline JSON script into a validated index. Fetches are aborted when
 * `src` changes or the element leaves the page. A failure keeps the last good map on screen and
 * says what went wrong and where.
 */
export class DataController implements ReactiveController {
  state: DataState = { status: 'empty' };
  /** The last document that loaded and validated; kept on screen through later loads and failures. */
  index: GraphIndex | null = null;
  private abort: AbortController | null = null;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (message: string) => void,
  ) {
    host.addController(this);
  }

  private connected = false;

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    // Abandon the request without reporting it: the element left the page, nothing failed.
    this.cancel();
  }

  fromObject(value: unknown, where = 'the graph property'): void {
    this.cancel();
    this.accept(validateDocument(value), where);
  }

  fromText(text: string, where: string): void {
    this.cancel();
    this.accept(parseDocument(text), where);
  }

  async fromUrl(src: string, base: string): Promise<void> {
    this.cancel();
    const generation = ++this.generation;
    let url: URL;
    try {
      url = new URL(src, base);
    } catch {
      this.fail(`Could not load the map: "${src}" is not a valid URL.`);
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'blob:' && url.protocol !== 'data:') {
      this.fail(`Could not load the map: only http(s) URLs are allowed, not "${url.protocol}".`);
      return;
    }
    if (!this.connected) {
      // Lit may render an element that was removed at once; fetch when it is on a page.
      this.state = { status: 'loading', from: src };
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    const timer = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), TIMEOUT_MS);
    this.state = { status: 'loading', from: src };
    this.host.requestUpdate();
    try {
      const res = await fetch(url, { credentials: 'omit', signal: abort.signal, headers: { Accept: 'application/json' } });
      if (!res.ok) throw new LoadError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      const length = Number(res.headers.get('content-length'));
      if (length > MAX_BYTES) throw new LoadError(`the file is ${Math.round(length / 1e6)} MB; the limit is ${MAX_BYTES / 1e6} MB`);
      const type = res.headers.get('content-type') ?? '';
      if (/text\/html/i.test(type)) throw new LoadError(`the server sent an HTML page (${type}), not JSON`);
      const text = await res.text();
      if (generation !== this.generation) return;
      if (text.length > MAX_BYTES) throw new LoadError(`the file is larger than ${MAX_BYTES / 1e6} MB`);
      this.accept(parseDocument(text), src);
    } catch (err) {
      if (generation !== this.generation) return;
      const reason =
        err instanceof LoadError
          ? err.message
          : abort.signal.aborted
            ? `no answer within ${TIMEOUT_MS / 1000} s`
            : 'the network request failed (offline, blocked by CORS, or the server is down)';
      this.fail(`Could not load the map from ${src}: ${reason}.`);
    } finally {
      clearTimeout(timer);
      if (this.abort === abort) this.abort = null;
    }
  }

  clear(): void {
    this.cancel();
    this.state = { status: 'empty' };
    this.index = null;
    this.host.requestUpdate();
  }

  private cancel(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = null;
  }

  private accept(result: ValidationResult, where: string): void {
    if (result.ok) {
      this.index = new GraphIndex(result.document);
      this.state = { status: 'ready' };
      this.host.requestUpdate();
    } else {
      this.fail(`${formatIssues(result.errors)} (in ${where})`);
    }
  }

  private fail(message: string): void {
    this.state = { status: 'error', message };
    this.host.requestUpdate();
    this.onError(message);
  }
}

class LoadError extends Error {}
