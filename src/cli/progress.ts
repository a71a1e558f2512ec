/**
 * stderr: one-line diagnostics, and a single `\r`-updated progress line
 * (`12/340 files · 1 failed · 35.2 files/s`)
 * shown only when stderr is a terminal. Diagnostics printed while the progress line is up
 * clear it first and redraw it after, so the two never mix.
 */

export interface StatusStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

const MIN_INTERVAL_MS = 50;

export class Status {
  private readonly stream: StatusStream;
  private readonly prefix: string;
  private showing = '';
  private total = 0;
  private done = 0;
  private failed = 0;
  private startedAt = 0;
  private enabled = false;
  private lastDraw = 0;

  constructor(stream: StatusStream, prefix = 'zfxxgk: ') {
    this.stream = stream;
    this.prefix = prefix;
  }

  /** Starts the progress line for `total` files; does nothing unless the stream is a terminal. */
  start(total: number): void {
    this.enabled = this.stream.isTTY === true && total > 0;
    this.total = total;
    this.done = 0;
    this.failed = 0;
    this.startedAt = Date.now();
    this.draw(true);
  }

  /** One more file finished (`failed`: it could not be read or parsed). */
  tick(failed = false): void {
    this.done++;
    if (failed) this.failed++;
    this.draw(this.done === this.total);
  }

  /** A diagnostic line, prefixed with `zfxxgk: `. */
  print(line: string): void {
    this.erase();
    this.stream.write(`${this.prefix}${line}\n`);
    this.draw(true);
  }

  /** Removes the progress line before something else is written to the same terminal. */
  erase(): void {
    if (this.showing === '') return;
    this.stream.write(`\r${' '.repeat(this.showing.length)}\r`);
    this.showing = '';
  }

  /** Stops and removes the progress line. */
  stop(): void {
    this.erase();
    this.enabled = false;
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < MIN_INTERVAL_MS) return;
    this.lastDraw = now;
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0.5 ? ` · ${(this.done / seconds).toFixed(1)} files/s` : '';
    const text = `${this.done}/${this.total} files · ${this.failed} failed${rate}`;
    const pad = this.showing.length > text.length ? ' '.repeat(this.showing.length - text.length) : '';
    this.stream.write(`\r${text}${pad}`);
    this.showing = text;
  }
}
