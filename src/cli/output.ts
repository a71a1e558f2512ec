/**
 * stdout: results only. Writes wait for the stream to drain, clear a progress line that
 * shares the terminal, and a closed pipe (`zfxxgk parse dir | head`) ends the run quietly.
 */
import type { Status } from './progress.js';

export class Output {
  private readonly stream: NodeJS.WriteStream;
  private readonly status: Status;

  constructor(stream: NodeJS.WriteStream, status: Status) {
    this.stream = stream;
    this.status = status;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  async write(text: string): Promise<void> {
    if (text === '') return;
    if (this.stream.isTTY) this.status.erase();
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}
