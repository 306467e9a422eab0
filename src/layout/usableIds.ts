import type { LayoutOptions } from './types.js';

type Ids = NonNullable<LayoutOptions['ids']>;

/**
 * `ids` when they can stand for `document`'s: as many node ids as it has nodes and as many link ends
 * as it has links (ids resolved for another document, or before this one changed, are not used).
 */
export function usableIds(document: { nodes?: readonly unknown[]; links?: readonly unknown[] }, ids: Ids | undefined): Ids | null {
  const links = document.links?.length ?? 0;
  return ids && ids.indexOf.size === (document.nodes?.length ?? 0) && ids.linkSource.length === links && ids.linkTarget.length === links ? ids : null;
}
