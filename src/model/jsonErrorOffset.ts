const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX = /^[0-9a-fA-F]$/;
const ESCAPES = '"\\/bfnrt';

/**
 * The offset of the first JSON syntax error in `text`, `text.length` when the text ends too
 * soon, or -1 when it is valid JSON.
 *
 * JSON.parse does not always say where it failed (V8 drops the position from "Unexpected token"
 * messages, Safari never gives one), so parseDocument falls back to this scan to point a person at
 * a line and column. It only locates; JSON.parse stays the parser. Iterative, so deep nesting
 * cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  // The closer each open container is waiting for.
  const open: ('}' | ']')[] = [];

  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      i++;
    }
  };

  // At an opening quote; leaves i after the closing quote, or at the fault.
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        if (i >= n) return false;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!HEX.test(text[i + k] ?? '')) {
              i = Math.min(i + k, n);
              return false;
            }
          }
          i += 5;
        } else if (ESCAPES.includes(text[i])) {
          i++;
        } else {
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };

  // An object member's name and colon; leaves i where its value starts.
  const key = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !string()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  for (;;) {
    // Expecting a value.
    skipSpace();
    if (i >= n) return n;
    const c = text[i];
    let scalar = true;
    if (c === '{' || c === '[') {
      i++;
      skipSpace();
      const close = c === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
      } else {
        open.push(close);
        if (close === '}' && !key()) return i;
        scalar = false;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = LITERALS.find((literal) => literal[0] === c) as string;
      for (const expected of word) {
        if (text[i] !== expected) return i;
        i++;
      }
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    }
    if (!scalar) continue;

    // After a value: close containers until one wants another value.
    for (;;) {
      skipSpace();
      const close = open[open.length - 1];
      if (close === undefined) return i < n ? i : -1;
      if (i >= n) return n;
      if (text[i] === ',') {
        i++;
        if (close === '}' && !key()) return i;
        break;
      }
      if (text[i] !== close) return i;
      i++;
      open.pop();
    }
  }
}
