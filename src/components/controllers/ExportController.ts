import { fileStem, save } from './download.js';

export interface ExportHost extends HTMLElement {
  exportSVG(): string;
  exportPNG(options?: { scale?: number }): Promise<Blob>;
  readonly document: { title: string; tours?: { id: string; title: string; steps: unknown[] }[] } | null;
  tour: string | null;
  step: number;
  /** Shows a step at once (no flight) and resolves when it is drawn. */
  showStepForExport(tour: string, step: number): Promise<void>;
}

/**
 * Saving the view as files: an SVG or a PNG of what is on screen, or one PNG per tour step for
 * a speaker who wants static slides. Each download is named after the map (and the step).
 */
export class ExportController {
  busy = false;

  constructor(private readonly host: ExportHost) {}

  downloadSvg(): void {
    const svg = this.host.exportSVG();
    save(this.host, new Blob([svg], { type: 'image/svg+xml' }), `${this.stem()}.svg`);
  }

  async downloadPng(): Promise<void> {
    const blob = await this.host.exportPNG({ scale: 2 });
    save(this.host, blob, `${this.stem()}.png`);
  }

  /** One PNG per step of a tour, in order; the tour and step on screen are restored after. */
  async downloadSteps(tourId: string): Promise<number> {
    const tour = this.host.document?.tours?.find((t) => t.id === tourId);
    if (!tour || this.busy) return 0;
    this.busy = true;
    const before = { tour: this.host.tour, step: this.host.step };
    try {
      for (let i = 0; i < tour.steps.length; i++) {
        await this.host.showStepForExport(tour.id, i);
        const blob = await this.host.exportPNG({ scale: 2 });
        save(this.host, blob, `${this.stem()}-${fileStem(tour.id)}-step-${String(i + 1).padStart(2, '0')}.png`);
      }
      return tour.steps.length;
    } finally {
      this.host.tour = before.tour;
      this.host.step = before.step;
      this.busy = false;
    }
  }

  private stem(): string {
    return fileStem(this.host.document?.title ?? 'concept-map');
  }
}

/** Draws an SVG string onto a canvas `scale` times its size and encodes it as PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
