import type { Script } from '../types.js';

/**
 * Decides whether a text is written in traditional characters.
 *
 * Counts characters that exist only in one script among the words every report uses
 * (政府信息公開 / 政府信息公开 …). Cheap: one pass over the text, no dictionary.
 */
const TRADITIONAL_ONLY = new Set(
  '開報機關數據條過處請國會與為這個們對發時區實現權議訴復審結轉辦統計總應規則網頁內務從際學說經動體費許罰強廢價錢覽資訊證員歷產業醫療稅環類項讓護'.split(''),
);
const SIMPLIFIED_ONLY = new Set(
  '开报机关数据条过处请国会与为这个们对发时区实现权议诉复审结转办统计总应规则网页内务从际学说经动体费许罚强废价钱览资讯证员历产业医疗税环类项让护'.split(''),
);

export const TRADITIONAL = 1;
export const SIMPLIFIED = 2;
/** TRADITIONAL or SIMPLIFIED for the characters only one script writes, by UTF-16 code unit: no string per character. */
export const SCRIPT_OF = new Uint8Array(0x10000);
for (const ch of TRADITIONAL_ONLY) SCRIPT_OF[ch.charCodeAt(0)] = TRADITIONAL;
for (const ch of SIMPLIFIED_ONLY) SCRIPT_OF[ch.charCodeAt(0)] = SIMPLIFIED;

/** Only the first this many characters are counted. */
export const SCRIPT_SAMPLE = 200_000;

export function detectScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  const limit = Math.min(text.length, SCRIPT_SAMPLE);
  for (let i = 0; i < limit; i++) {
    const kind = SCRIPT_OF[text.charCodeAt(i)];
    if (kind === TRADITIONAL) traditional++;
    else if (kind === SIMPLIFIED) simplified++;
  }
  return scriptOf(traditional, simplified);
}

/** The script the counts of script-only characters show. */
export function scriptOf(traditional: number, simplified: number): Script {
  return traditional >= 5 && traditional > simplified * 2 ? 'traditional' : 'simplified';
}
