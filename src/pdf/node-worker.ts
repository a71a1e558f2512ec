/**
 * pdf.js's worker in a Node worker thread, so a hostile PDF can be stopped.
 *
 * In Node, pdf.js runs its worker in-process ("fake worker"): its parsing continues in
 * microtasks, so a timer never fires while a PDF bomb (forms drawing forms, 10^8 times) is
 * being expanded. In a worker thread the work can be killed at the deadline, and the
 * thread's heap is capped. One thread serves every document (each gets its own message
 * channel); it is unref'd, so it never keeps the process alive, and replaced after a kill.
 */
interface NodePort {
  close(): void;
}

interface NodeWorker {
  postMessage(message: unknown, transfer?: unknown[]): void;
  terminate(): Promise<number>;
  unref(): void;
  on(event: 'error' | 'exit', listener: (value: unknown) => void): void;
  off(event: 'error' | 'exit', listener: (value: unknown) => void): void;
}

interface WorkerThreads {
  Worker: new (code: string, options: Record<string, unknown>) => NodeWorker;
  MessageChannel: new () => { port1: NodePort; port2: NodePort };
}

/** Heap cap of the worker thread (MB): the largest real reports need far less. */
const HEAP_MB = 512;

const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
const handler = import(workerData.url).then((m) => m.WorkerMessageHandler);
parentPort.on('message', (message) => {
  handler.then((h) => h.initializeFromPort(message.port));
});
`;

interface SharedWorker {
  worker: NodeWorker;
  url: string;
  /** stopped on purpose (another document's deadline) */
  killed: boolean;
}

let shared: SharedWorker | undefined;

/** The thread was stopped for another document's deadline: this document may simply be read again. */
export class WorkerRestartedError extends Error {
  constructor() {
    super('the pdf.js worker thread was restarted');
    this.name = 'WorkerRestartedError';
  }
}

function threads(): WorkerThreads | undefined {
  const getBuiltin = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  try {
    return getBuiltin?.('node:worker_threads') as WorkerThreads | undefined;
  } catch {
    return undefined;
  }
}

/** A channel to the worker thread for one document. */
export interface WorkerChannel {
  /** the port to give pdf.js (`new PDFWorker({ port })`) */
  port: unknown;
  /** rejects when the thread dies (heap cap reached, crash) */
  failed: Promise<never>;
  /** after the document is destroyed */
  close(): void;
  /** stops everything the thread is doing (a deadline passed) */
  kill(): void;
}

export function workerChannel(workerUrl: string): WorkerChannel | undefined {
  const api = threads();
  if (!api) return undefined;
  if (!shared || shared.url !== workerUrl) {
    const worker = new api.Worker(BOOTSTRAP, { eval: true, workerData: { url: workerUrl }, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    worker.unref();
    const entry: SharedWorker = { worker, url: workerUrl, killed: false };
    worker.on('exit', () => {
      if (shared === entry) shared = undefined;
    });
    worker.on('error', () => {
      if (shared === entry) shared = undefined;
    });
    shared = entry;
  }
  const entry = shared;
  const { worker } = entry;
  const { port1, port2 } = new api.MessageChannel();
  worker.postMessage({ port: port2 }, [port2]);
  let onError: ((value: unknown) => void) | undefined;
  const failed = new Promise<never>((_, reject) => {
    onError = (value: unknown) => {
      if (entry.killed) reject(new WorkerRestartedError());
      else reject(value instanceof Error ? value : new Error(`the pdf.js worker thread stopped (${String(value)})`));
    };
    worker.on('error', onError);
    worker.on('exit', onError);
  });
  failed.catch(() => undefined);
  const detach = (): void => {
    if (onError) {
      worker.off('error', onError);
      worker.off('exit', onError);
    }
  };
  return {
    port: port1,
    failed,
    close() {
      detach();
      port1.close();
    },
    kill() {
      detach();
      port1.close();
      entry.killed = true;
      if (shared === entry) shared = undefined;
      void worker.terminate();
    },
  };
}
