import { ReportParseError } from '../errors.js';
import type { Adapter, Block } from '../model.js';
import { IDENTITY_CODES } from '../table-model/index.js';
import { builtinAdapters, DETECT_CEILING } from './index.js';
import { linesAdapter } from './lines.js';

/** Text for an error message from any value, even one whose toString throws. */
export function describe(value: unknown): string {
  try {
    return String(value);
  } catch {
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return '[unprintable value]';
    }
  }
}

/**
 * A caller's adapter, read once into a plain object: a getter that throws, or a name that
 * changes between reads, cannot reach the pipeline.
 */
function checkAdapter(adapter: unknown, index: number): Adapter {
  let name: unknown;
  let detect: unknown;
  let read: unknown;
  try {
    const a = adapter as Partial<Adapter> | null;
    if (a !== null && typeof a === 'object') ({ name, detect, read } = a);
  } catch (error) {
    throw new ReportParseError('INVALID_OPTIONS', `options.adapters[${index}] could not be read: ${describe(error)}`, { cause: error });
  }
  if (typeof name !== 'string' || name === '' || typeof detect !== 'function' || typeof read !== 'function') {
    throw new ReportParseError('INVALID_OPTIONS', `options.adapters[${index}] is not an adapter: it needs a non-empty name, detect(text) and read(text)`);
  }
  let kind: unknown;
  try {
    kind = (adapter as Partial<Adapter>).kind;
  } catch (error) {
    throw new ReportParseError('INVALID_OPTIONS', `options.adapters[${index}] could not be read: ${describe(error)}`, { cause: error });
  }
  if (kind !== undefined && kind !== 'grid' && kind !== 'stream') {
    throw new ReportParseError('INVALID_OPTIONS', `options.adapters[${index}].kind must be 'grid' or 'stream'`);
  }
  const self = adapter;
  return Object.freeze({
    name,
    kind: (kind as Adapter['kind']) ?? 'grid',
    detect: (text: string) => (detect as Adapter['detect']).call(self, text),
    read: (text: string) => (read as Adapter['read']).call(self, text),
  });
}

/**
 * The adapters a parse may use, in detection order: the caller's first, then the built-ins
 * that are not disabled. A custom adapter named like a built-in replaces it, in detection
 * and for `layout`; two custom adapters may not share a name.
 */
export function adapterList(custom: unknown, disable: unknown = undefined): Adapter[] {
  const list: Adapter[] = [];
  try {
    if (custom !== undefined) {
      if (!Array.isArray(custom)) throw new TypeError('not an array');
      for (let i = 0; i < custom.length; i++) list.push(checkAdapter(custom[i], i));
    }
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    throw new ReportParseError('INVALID_OPTIONS', `options.adapters must be an array of adapters: ${describe(error)}`, { cause: error });
  }
  const names = new Set<string>();
  for (const adapter of list) {
    if (names.has(adapter.name)) throw new ReportParseError('INVALID_OPTIONS', `two adapters in options.adapters are named "${adapter.name}"`);
    names.add(adapter.name);
  }
  let disabled: string[] = [];
  if (disable !== undefined) {
    if (!Array.isArray(disable) || disable.some((name) => typeof name !== 'string')) throw new ReportParseError('INVALID_OPTIONS', 'options.disable must be an array of built-in adapter names');
    const unknown = (disable as string[]).filter((name) => !builtinAdapters.some((a) => a.name === name));
    if (unknown.length > 0) throw new ReportParseError('INVALID_OPTIONS', `options.disable names no built-in adapter: ${unknown.join(', ')} (built-ins: ${builtinAdapters.map((a) => a.name).join(', ')})`);
    disabled = disable as string[];
  }
  const all = [...list, ...builtinAdapters.filter((a) => !names.has(a.name) && !disabled.includes(a.name))];
  if (all.length === 0) throw new ReportParseError('INVALID_OPTIONS', 'options.disable leaves no adapter to read the input');
  return all;
}

function detectWith(adapter: Adapter, text: string): number {
  let confidence: unknown;
  try {
    confidence = adapter.detect(text);
  } catch (error) {
    throw new ReportParseError('ADAPTER_FAILED', `adapter "${adapter.name}" threw in detect(): ${describe(error)}`, { adapter: adapter.name, cause: error });
  }
  if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
    throw new ReportParseError('ADAPTER_FAILED', `adapter "${adapter.name}" returned confidence ${describe(confidence)}; detect() must return a number from 0 to 1`, { adapter: adapter.name });
  }
  return confidence;
}

/** Step 2a: the adapter named by `layout`, else the most confident one. */
export function chooseAdapter(adapters: readonly Adapter[], text: string, layout: unknown): Adapter {
  if (layout !== undefined) {
    if (typeof layout !== 'string') throw new ReportParseError('INVALID_OPTIONS', 'options.layout must be an adapter name');
    const named = adapters.find((adapter) => adapter.name === layout);
    if (!named) throw new ReportParseError('UNKNOWN_LAYOUT', `no adapter named "${layout}" (have: ${adapters.map((a) => a.name).join(', ')})`, { adapter: layout });
    return named;
  }
  // Nothing confident: one cell per line is the shape that assumes least.
  let best: Adapter = adapters.find((a) => a.name === 'lines') ?? adapters[adapters.length - 1] ?? linesAdapter;
  let bestConfidence = 0;
  /** the best one's place in `adapters`: on equal confidence the earlier adapter wins */
  let bestIndex = adapters.length;
  for (const { adapter, index, ceiling } of detectionOrder(adapters)) {
    // An adapter that cannot beat the best so far is not asked: its ceiling is lower, or equal
    // and it comes later (a tie keeps the earlier one). A custom adapter has no ceiling.
    if (ceiling < bestConfidence || (ceiling === bestConfidence && index > bestIndex)) continue;
    const confidence = detectWith(adapter, text);
    if (confidence > bestConfidence || (confidence > 0 && confidence === bestConfidence && index < bestIndex)) {
      best = adapter;
      bestConfidence = confidence;
      bestIndex = index;
      // Nothing can beat 1, and the adapters left that reach 1 come later: skip their detectors
      // (each splits the whole text into lines; on a 200 KB page that is most of detect).
      if (confidence === 1) break;
    }
  }
  return best;
}

/**
 * The adapters in the order detection asks them: highest ceiling first (custom adapters, then
 * html, markdown, glued, layout, …), the list's order among equals. The most confident shape is
 * then usually found first, and the detectors it rules out are never run (a layout text skips
 * tsv and pipe; a glued export skips layout, tsv and pipe). The choice is the list order's.
 */
function detectionOrder(adapters: readonly Adapter[]): readonly DetectionStep[] {
  // Worked out once per list: parseReport's built-in list and a parser's list are frozen and reused.
  let order = detectionOrders.get(adapters);
  if (order === undefined) {
    order = adapters.map((adapter, index) => ({ adapter, index, ceiling: DETECT_CEILING.get(adapter) ?? 1 })).sort((a, b) => b.ceiling - a.ceiling || a.index - b.index);
    if (Object.isFrozen(adapters)) detectionOrders.set(adapters, order);
  }
  return order;
}

interface DetectionStep {
  adapter: Adapter;
  /** its place in the list */
  index: number;
  /** the most its detector returns (1 for a custom one) */
  ceiling: number;
}

/** The detection order of each frozen adapter list (a list that may still change is ordered every time). */
const detectionOrders = new WeakMap<readonly Adapter[], readonly DetectionStep[]>();

const isLine = (line: unknown): boolean => Number.isInteger(line) && (line as number) >= 1;

/** `every` over an array, holes included (Array#every skips them). */
function all(list: unknown, test: (item: unknown) => boolean): boolean {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!test(list[i])) return false;
  return true;
}

function isCell(value: unknown): boolean {
  const cell = value as { text?: unknown; line?: unknown } | null;
  return cell !== null && typeof cell === 'object' && typeof cell.text === 'string' && isLine(cell.line);
}

function isBlock(value: unknown): value is Block {
  const block = value as { kind?: unknown; text?: unknown; line?: unknown; rows?: unknown } | null;
  if (block === null || typeof block !== 'object' || !isLine(block.line)) return false;
  if (block.kind === 'paragraph') return typeof block.text === 'string';
  if (block.kind === 'note') {
    const note = block as { code?: unknown; message?: unknown; path?: unknown; via?: unknown };
    return (
      typeof note.code === 'string' &&
      /^[A-Z][A-Z0-9_]{0,63}$/.test(note.code) &&
      typeof note.message === 'string' &&
      (note.path === undefined || typeof note.path === 'string') &&
      (note.via === undefined || all(note.via, (code) => typeof code === 'string' && (IDENTITY_CODES as readonly string[]).includes(code)))
    );
  }
  if (block.kind === 'table') return all(block.rows, (row) => all(row, isCell));
  return false;
}

/** Step 2b: runs the adapter's reader and checks what it returns before anything trusts it. */
export function readWith(adapter: Adapter, text: string): Block[] {
  let blocks: unknown;
  let valid = false;
  try {
    blocks = adapter.read(text);
    valid = all(blocks, isBlock);
  } catch (error) {
    // A built-in adapter's own coded error (HTML_UNREADABLE) keeps its code.
    if (error instanceof ReportParseError) throw error;
    throw new ReportParseError('ADAPTER_FAILED', `adapter "${adapter.name}" threw in read(): ${describe(error)}`, { adapter: adapter.name, cause: error });
  }
  if (!valid) {
    throw new ReportParseError('ADAPTER_FAILED', `adapter "${adapter.name}" returned something that is not a list of paragraph, table and note blocks (each with an integer line ≥ 1)`, { adapter: adapter.name });
  }
  return blocks as Block[];
}
