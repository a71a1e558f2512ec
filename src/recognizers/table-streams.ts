import type { Block } from '../model.js';
import type { Sections } from '../sections/split.js';
import { LONGEST_LABEL, type StreamCell, cellStream } from './cells.js';
import { ACTIVE_ANCHOR, APPLICATIONS_ANCHOR, activeRowOf, applicationRowOf, isReviewAnchor } from '../table-model/index.js';

/** The cells of tables 二, 三 and 四, each absent when the report has no such table. */
export interface TableStreams {
  active?: StreamCell[];
  applications?: StreamCell[];
  review?: StreamCell[];
}

// 其他 and 总计 are column headers too (tables 三 and 四): alone they never make a data row.
function isRowLabel(key: string): boolean {
  if (key.length > LONGEST_LABEL || key === '其他' || key === '总计') return false;
  return activeRowOf(key) !== null || applicationRowOf(key) !== null;
}

/** Table sections as cell streams: by heading where the report has one, else by anchor labels. */
export function tableStreams(sections: Sections, blocks: readonly Block[]): TableStreams {
  const { body } = sections;
  const headed = body.some((b, k) => k >= 1 && b !== null);
  const startOf: (number | undefined)[] = [];
  const stream: StreamCell[] = [];
  // Sections 一 to 四 when the report has headings (tables sometimes sit under the wrong
  // one), the whole document when it has none. Section 一 (mostly prose) only when none of
  // 二 to 四 has a heading: when one has, the tables are looked for from there on.
  const laterHeaded = headed && (body[2] !== null || body[3] !== null || body[4] !== null);
  for (let k = 1; k <= 4; k++) {
    if (k === 1 && laterHeaded) continue;
    const section = headed ? body[k] : k === 1 ? blocks : null;
    if (!section) continue;
    startOf[k] = headed ? stream.length : undefined;
    cellStream(section, isRowLabel, stream); // appends: no copy, no spread (tables can be huge)
  }
  const find = (pattern: RegExp | ((key: string) => boolean), from: number): number | undefined => {
    const test = typeof pattern === 'function' ? pattern : (key: string) => pattern.test(key);
    for (let i = from; i < stream.length; i++) {
      const cell = stream[i]!;
      if (cell.label && cell.key.length <= 24 && test(cell.key)) return i;
    }
    return undefined;
  };
  const s3 = startOf[3] ?? find(APPLICATIONS_ANCHOR, startOf[2] ?? 0);
  const s4 = startOf[4] ?? find(isReviewAnchor, s3 ?? startOf[2] ?? 0);
  const s2 = startOf[2] ?? find(ACTIVE_ANCHOR, 0);
  const end = stream.length;
  const slice = (start: number | undefined, ...ends: (number | undefined)[]): StreamCell[] | undefined => {
    if (start === undefined) return undefined;
    const stop = ends.find((e) => e !== undefined && e > start) ?? end;
    return stream.slice(start, stop);
  };
  const result: TableStreams = {};
  const active = slice(s2 !== undefined && s3 !== undefined && s2 > s3 ? undefined : s2, s3, s4);
  const applications = slice(s3, s4);
  const review = slice(s4);
  if (active) result.active = active;
  if (applications) result.applications = applications;
  if (review) result.review = review;
  return result;
}
