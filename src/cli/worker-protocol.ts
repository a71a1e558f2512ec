/** Messages between the command line and its parse workers. */
import type { Report } from '../types.js';

export interface TaskMessage {
  id: number;
  name: string;
  bytes: Uint8Array;
  html: boolean | undefined;
  layout: string | undefined;
  /** ask the parser for report.sources (zfxxgk audit) */
  sources?: boolean;
}

export type ResultMessage =
  | { id: number; ok: true; report: Report; decoding: string }
  | { id: number; ok: false; code: string; message: string };
