/**
 * Radius of a node in layout units. Papers are what a reader came for, so they are largest and
 * grow with how connected they are; taxonomy parts have fixed sizes so a shape reads as one
 * figure; named entities grow gently, since a benchmark used by ten papers matters more than
 * one used once, but must never outgrow a paper.
 */
export function nodeRadius(kind: string, degree: number): number {
  const d = Number.isFinite(degree) && degree > 0 ? degree : 0;
  switch (kind) {
    case 'paper':
      return Math.min(20, 14 + 1.5 * Math.sqrt(d));
    case 'taxonomy':
      return 16;
    case 'category':
      return 10;
    case 'benchmark':
      return gentle(9, d);
    case 'model':
    case 'method':
      return gentle(8, d);
    case 'organization':
      return gentle(7, d);
    case 'concept':
      return gentle(6, d);
    default:
      return 7;
  }
}

function gentle(base: number, degree: number): number {
  return base + Math.min(4, 0.5 * Math.sqrt(degree));
}
