/**
 * Progress on stderr: a redrawn bar on a terminal, a plain line every tenth otherwise (a CI log
 * or a file should not fill with carriage returns).
 */
export class Progress {
  #lastTenth = -1;
  #drawn = false;

  constructor(
    private readonly stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>,
    private readonly label: string,
  ) {}

  update(done: number, total: number): void {
    if (total <= 0) return;
    const fraction = Math.min(1, done / total);
    if (this.stream.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      this.stream.write(`\r${this.label} ${bar} ${Math.round(fraction * 100)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
      this.#drawn = true;
      return;
    }
    const tenth = Math.floor(fraction * 10);
    if (tenth === this.#lastTenth) return;
    this.#lastTenth = tenth;
    this.stream.write(`${this.label}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${tenth * 10}%)\n`);
  }

  done(): void {
    if (this.#drawn) this.stream.write('\n');
    this.#drawn = false;
  }
}
