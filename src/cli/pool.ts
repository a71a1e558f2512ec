/**
 * A fixed number of parse workers (`--jobs`), each with a heap limit (`resourceLimits`)
 * and a per-file time limit. A worker that runs out of memory, crashes or overruns its
 * time is terminated and replaced; its file fails with one line, the others go on.
 */
import { Worker } from 'node:worker_threads';
import type { ResultMessage, TaskMessage } from './worker-protocol.js';

export interface PoolLimits {
  /** worker threads */
  jobs: number;
  /** old-generation heap per worker, in MB */
  memoryMb: number;
  /** wall-clock limit per file, in ms */
  timeoutMs: number;
}

export type TaskInput = Omit<TaskMessage, 'id'>;

interface Slot {
  worker: Worker | null;
  task: { id: number; settle: (result: ResultMessage) => void; timer: NodeJS.Timeout } | null;
}

export class WorkerPool {
  private readonly url: URL;
  private readonly limits: PoolLimits;
  private readonly slots: Slot[];
  private readonly queue: { input: TaskInput; settle: (result: ResultMessage) => void }[] = [];
  private nextId = 0;

  constructor(url: URL, limits: PoolLimits) {
    this.url = url;
    this.limits = limits;
    this.slots = Array.from({ length: Math.max(1, limits.jobs) }, () => ({ worker: null, task: null }));
  }

  /** Parses one file in a worker; never rejects (failures are results with a code). */
  run(input: TaskInput): Promise<ResultMessage> {
    return new Promise((settle) => {
      this.queue.push({ input, settle });
      this.dispatch();
    });
  }

  /** Terminates every worker (the pool cannot be used afterwards). */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
    for (const slot of this.slots) slot.worker = null;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task !== null) continue;
      const next = this.queue.shift();
      if (next === undefined) return;
      this.start(slot, next.input, next.settle);
    }
  }

  private start(slot: Slot, input: TaskInput, settle: (result: ResultMessage) => void): void {
    const worker = slot.worker ?? this.spawn(slot);
    const id = this.nextId++;
    const timer = setTimeout(() => this.fail(slot, worker, 'TIMEOUT', `gave up after ${this.limits.timeoutMs / 1000} s (--timeout)`), this.limits.timeoutMs);
    slot.task = { id, settle, timer };
    // The bytes are moved, not copied: the main thread does not need them again.
    const bytes = input.bytes.byteOffset === 0 && input.bytes.byteLength === input.bytes.buffer.byteLength ? input.bytes : input.bytes.slice();
    worker.postMessage({ ...input, bytes, id } satisfies TaskMessage, [bytes.buffer as ArrayBuffer]);
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(this.url, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
      stdout: false,
      stderr: false,
    });
    slot.worker = worker;
    worker.on('message', (result: ResultMessage) => {
      const task = slot.task;
      if (task === null || result.id !== task.id) return;
      clearTimeout(task.timer);
      slot.task = null;
      task.settle(result);
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(slot, worker, outOfMemory ? 'OUT_OF_MEMORY' : 'INTERNAL_ERROR', outOfMemory ? `needed more than ${this.limits.memoryMb} MB of heap (--max-memory)` : error.message);
    });
    worker.on('exit', () => {
      if (slot.worker === worker) this.fail(slot, worker, 'INTERNAL_ERROR', 'the parse worker stopped');
    });
    return worker;
  }

  /** Ends the slot's current file with an error and throws its worker away. */
  private fail(slot: Slot, worker: Worker, code: string, message: string): void {
    if (slot.worker !== worker) return;
    slot.worker = null;
    void worker.terminate();
    const task = slot.task;
    slot.task = null;
    if (task !== null) {
      clearTimeout(task.timer);
      task.settle({ id: task.id, ok: false, code, message });
    }
    this.dispatch();
  }
}
