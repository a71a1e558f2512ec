/**
 * HTML text → hast tree, as hast-util-from-html builds it (parse5 with source positions,
 * then hast-util-from-parse5), with the nesting bounded in between (see flatten-depth.ts).
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { VFile } from 'vfile';
import { flattenDepth } from './flatten-depth.js';

export interface HtmlTree {
  tree: Root;
  /** elements unwrapped because they sat deeper than the nesting bound */
  unwrapped: number;
}

export function htmlTree(text: string): HtmlTree {
  const document = parse(text, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const unwrapped = flattenDepth(document);
  return { tree: fromParse5(document, { file: new VFile(text) }) as Root, unwrapped };
}
