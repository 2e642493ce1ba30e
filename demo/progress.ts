/**
 * A one-line progress bar on stderr, redrawn with `\r`: phase, bar, percentage, rate and ETA.
 * When stderr is not a terminal it prints a plain line every 10 % instead.
 */
export class Progress {
  private readonly startedAt = Date.now();
  private lastDrawAt = 0;
  private lastTenth = -1;
  private done = 0;
  private readonly isTty = Boolean(process.stderr.isTTY);

  constructor(
    private phase: string,
    private readonly total: number,
    private readonly unit = 'hồ sơ',
  ) {}

  /** Counts `count` more done; `phase` replaces the label (e.g. the simulated month). */
  tick(count = 1, phase?: string): void {
    this.done += count;
    if (phase !== undefined) this.phase = phase;
    const now = Date.now();
    if (this.isTty) {
      if (now - this.lastDrawAt >= 200 || this.done >= this.total) {
        this.lastDrawAt = now;
        process.stderr.write(`\r${this.line(now)}\x1b[K`);
      }
      return;
    }
    const tenth = this.total === 0 ? 10 : Math.floor((this.done / this.total) * 10);
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      process.stderr.write(`${this.line(now)}\n`);
    }
  }

  /** Ends the line and returns the elapsed seconds. */
  finish(): number {
    const seconds = (Date.now() - this.startedAt) / 1000;
    if (this.isTty) process.stderr.write(`\r${this.line(Date.now())}\x1b[K\n`);
    return seconds;
  }

  private line(now: number): string {
    const share = this.total === 0 ? 1 : Math.min(1, this.done / this.total);
    const width = 24;
    const filled = Math.round(share * width);
    const seconds = Math.max(0.001, (now - this.startedAt) / 1000);
    const rate = this.done / seconds;
    const eta = rate > 0 ? (this.total - this.done) / rate : Number.POSITIVE_INFINITY;
    return `${this.phase.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(1).padStart(5)} %  ${this.done}/${this.total} ${this.unit}  ${rate.toFixed(1)}/s  ETA ${formatDuration(eta)}`;
  }
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${String(minutes).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}
