/**
 * Pinyin annotations some sites add after characters: `統(tǒng)` → `統`.
 *
 * An annotation is a Han character followed by parentheses holding 1–7 Latin letters
 * with at least one tone-marked vowel or ü — so `(一)`, `(2021)`, `(ICP)` and phone
 * numbers are never touched. The quantifier is bounded, so the pattern is linear.
 */
const ANNOTATION = /([\u3400-\u9fff])[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})[)）]/g;
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;
/** The characters TONED matches, read off its class: a text without one has no annotation. */
export const TONE_MARKS = TONED.source.slice(1, -1);

export function stripPinyin(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(ANNOTATION, (whole: string, han: string, latin: string) => {
    if (!TONED.test(latin)) return whole;
    removed++;
    return han;
  });
  return { text: out, removed };
}
