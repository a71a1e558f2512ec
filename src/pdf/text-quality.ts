/**
 * Whether extracted text is the printed text. Fonts without Unicode maps give glyph numbers
 * read as characters (Latin soup, private-use or replacement characters) in every tool;
 * a report is Chinese, so text with almost no Chinese characters is not its text.
 */
export type TextQuality = 'empty' | 'garbled' | 'ok';

const CJK = /[\u3400-\u9fff]/g;
const BAD = /[\ue000-\uf8ff\ufffd\u0000-\u0008\u000e-\u001f]/g;

export function textQuality(text: string): TextQuality {
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) return 'empty';
  const cjk = visible.match(CJK)?.length ?? 0;
  const bad = visible.match(BAD)?.length ?? 0;
  if (bad / visible.length > 0.05) return 'garbled';
  if (visible.length >= 40 && cjk / visible.length < 0.05) return 'garbled';
  return 'ok';
}
