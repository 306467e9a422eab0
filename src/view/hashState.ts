import type { FocusDepth } from './ViewState.js';

/** The part of the view a person would share: it round-trips through `location.hash`. */
export interface HashState {
  node: string | null;
  depth: FocusDepth;
  kinds: string[] | null;
  years: [number, number] | null;
  tour?: string;
  step?: number;
}

/**
 * `#node=paper%3Areka-core-flash-edge&depth=2&kinds=paper,benchmark&years=2019-2024`.
 * Defaults are left out so a plain view gets a plain URL (''); values are percent-encoded, and
 * each kind on its own so the commas between them stay readable.
 */
export function formatHash(s: HashState): string {
  const parts: string[] = [];
  if (s.node !== null && s.node !== '') parts.push(`node=${encodeURIComponent(s.node)}`);
  if (s.depth !== 0 && isDepth(s.depth)) parts.push(`depth=${s.depth}`);
  if (s.kinds !== null) parts.push(`kinds=${s.kinds.map(encodeURIComponent).join(',')}`);
  if (s.years !== null && Number.isInteger(s.years[0]) && Number.isInteger(s.years[1])) {
    const from = Math.min(s.years[0], s.years[1]);
    const to = Math.max(s.years[0], s.years[1]);
    parts.push(`years=${from}-${to}`);
  }
  if (s.tour !== undefined && s.tour !== '') parts.push(`tour=${encodeURIComponent(s.tour)}`);
  if (s.step !== undefined && Number.isSafeInteger(s.step) && s.step >= 0) parts.push(`step=${s.step}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * Reads a hash written by `formatHash`, or typed, truncated or mangled by a person or a chat app.
 * Never throws: unknown keys, bad values and broken percent-escapes are each ignored on their own,
 * so whatever is still good in the link is kept. A key given twice keeps its last good value.
 */
export function parseHash(hash: string): HashState {
  const out: HashState = { node: null, depth: 0, kinds: null, years: null };
  if (typeof hash !== 'string') return out;
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return out;
  for (const pair of body.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = decode(pair.slice(0, eq));
    const raw = pair.slice(eq + 1);
    switch (key) {
      case 'node': {
        const node = decode(raw);
        if (node) out.node = node;
        break;
      }
      case 'depth': {
        if (/^[0-3]$/.test(raw)) out.depth = Number(raw) as FocusDepth;
        break;
      }
      case 'kinds': {
        const kinds = raw === '' ? [] : raw.split(',').map(decode);
        // One broken kind spoils the list: showing the wrong set is worse than showing all.
        if (kinds.every((k): k is string => k !== null && k !== '')) out.kinds = kinds;
        break;
      }
      case 'years': {
        const m = /^(-?\d{1,6})-(-?\d{1,6})$/.exec(raw);
        if (m) {
          const a = Number(m[1]);
          const b = Number(m[2]);
          out.years = [Math.min(a, b), Math.max(a, b)];
        }
        break;
      }
      case 'tour': {
        const tour = decode(raw);
        if (tour) out.tour = tour;
        break;
      }
      case 'step': {
        if (/^\d{1,9}$/.test(raw)) out.step = Number(raw);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function isDepth(n: number): n is FocusDepth {
  return n === 0 || n === 1 || n === 2 || n === 3;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
