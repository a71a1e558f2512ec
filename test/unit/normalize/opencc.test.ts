import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Counts how often the OpenCC converter is built; can make the next build fail. */
const opencc = vi.hoisted(() => ({ built: 0, failNext: false }));

vi.mock('opencc-js/t2cn', async (importOriginal) => {
  const actual = await importOriginal<{ Converter: (options: { from: string; to: string }) => (text: string) => string }>();
  return {
    ...actual,
    Converter: (options: { from: string; to: string }) => {
      opencc.built++;
      if (opencc.failNext) {
        opencc.failNext = false;
        throw new Error('dictionary failed to load');
      }
      return actual.Converter(options);
    },
  };
});

/** A fresh copy of the module, so each test starts with no converter. */
async function freshModule(): Promise<typeof import('../../../src/normalize/opencc.js')> {
  vi.resetModules();
  return import('../../../src/normalize/opencc.js');
}

beforeEach(() => {
  opencc.built = 0;
  opencc.failNext = false;
});

describe('toSimplified', () => {
  it('converts 政府信息公開工作年度報告 to 政府信息公开工作年度报告', async () => {
    const { toSimplified } = await freshModule();
    expect(await toSimplified('政府信息公開工作年度報告')).toBe('政府信息公开工作年度报告');
  });

  it('converts the words of seed-004', async () => {
    const { toSimplified } = await freshModule();
    expect(await toSimplified('鄂溫克族自治旗教育局辦公室聯系')).toBe('鄂温克族自治旗教育局办公室联系');
    expect(await toSimplified('本年廢止件數')).toBe('本年废止件数');
  });

  it('builds the converter once and reuses it for later calls', async () => {
    const { toSimplified } = await freshModule();
    const first = await toSimplified('統計');
    const second = await toSimplified('統計');
    expect(second).toBe(first);
    expect(opencc.built).toBe(1);
  });

  it('builds the converter once even for concurrent first calls', async () => {
    const { toSimplified } = await freshModule();
    const results = await Promise.all([toSimplified('報告'), toSimplified('數據'), toSimplified('機關')]);
    expect(results).toEqual(['报告', '数据', '机关']);
    expect(opencc.built).toBe(1);
  });

  it('is idempotent: simplified text passes through unchanged', async () => {
    const { toSimplified } = await freshModule();
    const simplified = await toSimplified('政府信息公開工作年度報告');
    expect(await toSimplified(simplified)).toBe(simplified);
  });

  it('retries building the converter after a failed build', async () => {
    const { toSimplified } = await freshModule();
    opencc.failNext = true;
    await expect(toSimplified('報告')).rejects.toThrow('dictionary failed to load');
    expect(await toSimplified('報告')).toBe('报告');
    expect(opencc.built).toBe(2);
  });
});
