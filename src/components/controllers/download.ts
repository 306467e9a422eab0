/** A file name from a title: lower case, ASCII, hyphens; "concept-map" when nothing is left. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem === '' ? 'concept-map' : stem;
}

/** Downloads a blob through a temporary link; the URL is revoked once the download has started. */
export function save(host: HTMLElement, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = host.ownerDocument.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  host.ownerDocument.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
