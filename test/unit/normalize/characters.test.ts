import { describe, expect, it } from 'vitest';
import { rewriteCharacters } from '../../../src/normalize/characters.js';
import { detectScript } from '../../../src/normalize/script.js';

const rewrite = (text: string): string => rewriteCharacters(text).text;

describe('rewriteCharacters: spaces and line endings', () => {
  it('turns NBSP, ideographic space and typographic spaces into a plain space', () => {
    expect(rewrite('a\u00a0b\u3000c\u2003d\u202fe')).toBe('a b c d e');
  });

  it('removes zero-width characters and the BOM', () => {
    expect(rewrite('\ufeff规\u200b章\u200c0\u200d\u2060')).toBe('规章0');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(rewrite('一\r\n二\r三\n四')).toBe('一\n二\n三\n四');
    expect(rewrite('\r\r\n\r')).toBe('\n\n\n');
  });

  it('keeps the number of lines of a mixed CRLF / CR / LF text', () => {
    const input = '标题\r\n\r\n\u3000\u3000一、总体情况\r\u00a00\u00a0\n\u200b\n末行';
    const lines = input.split(/\r\n|\r|\n/).length;
    expect(rewrite(input).split('\n')).toHaveLength(lines);
  });

  it('leaves a blank cell made of NBSP as blank as one made of spaces', () => {
    expect(rewrite('\u00a0\u00a0').trim()).toBe('');
    expect(rewrite('\u00a00\u00a0').trim()).toBe('0');
  });

  it('keeps tabs, which separate TSV cells', () => {
    expect(rewrite('行政许可\t0\t\t')).toBe('行政许可\t0\t\t');
  });
});

describe('rewriteCharacters: full-width forms', () => {
  it('turns full-width digits into ASCII digits', () => {
    expect(rewrite('０１２３４５６７８９')).toBe('0123456789');
  });

  it('turns full-width Latin letters into ASCII letters', () => {
    expect(rewrite('ＡＢＺａｂｚ')).toBe('ABZabz');
  });

  it('turns full-width parentheses and colon into ASCII', () => {
    expect(rewrite('（一）联系电话：０４７０')).toBe('(一)联系电话:0470');
  });

  it('keeps the rest of the Chinese punctuation as written', () => {
    const prose = '，。、“”；《》〔〕【】！？';
    expect(rewrite(prose)).toBe(prose);
  });

  it('leaves the signs the number reader handles (＋－．) alone', () => {
    expect(rewrite('＋－．')).toBe('＋－．');
  });

  it('does not change the length or the line structure', () => {
    const input = '（一）\n３，０６８。\n';
    const out = rewrite(input);
    expect(out).toBe('(一)\n3，068。\n');
    expect(out).toHaveLength(input.length);
  });

  it('returns the input itself when nothing changes', () => {
    const input = '一、总体情况\n规章\t0\t0';
    expect(rewrite(input)).toBe(input);
  });
});

describe('rewriteCharacters: one pass equals the rewrites one after another', () => {
  // The definitions as regular expressions: line endings, odd spaces and invisible characters, then full width.
  const ODD = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/g;
  const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;
  const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff08\uff09\uff1a]/g;
  const reference = (text: string): string =>
    text
      .replace(/\r\n?/g, '\n')
      .replace(ODD, (ch) => (INVISIBLE.test(ch) ? '' : ' '))
      .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const alphabet = [...'\r\n\t a1（）：，０９ＡＺａｚ＋－．\u00a0\u1680\u2000\u200a\u200b\u200d\u2028\u202f\u205f\u2060\u3000\ufeff\uff0f\uff5b開报规章ǎüḿ'];

  it('on random texts of the characters that matter, with the same script counts as detectScript and every tone mark counted', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let i = random(30); i > 0; i--) text += alphabet[random(alphabet.length)];
      const result = rewriteCharacters(text);
      expect(result.text).toBe(reference(text));
      const script = result.traditional >= 5 && result.traditional > result.simplified * 2 ? 'traditional' : 'simplified';
      expect(script).toBe(detectScript(text));
      expect(result.toneMarks).toBe([...text].filter((ch) => 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ'.includes(ch)).length);
    }
  });

  it('on every UTF-16 code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(rewrite(text)).toBe(reference(text));
    }
  });
});
