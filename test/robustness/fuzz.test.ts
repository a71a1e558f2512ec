/**
 * Property tests (fast-check, fixed seed, bounded runs): whatever the input, parseReport()
 * resolves to a report that passes checkSchema() — and validate() does not throw on it — or
 * rejects with a ReportParseError. Nothing else (see parseOutcome in helpers.ts).
 */
import fc from 'fast-check';
import { diffReport } from '../report-diff.js';
import { describe, expect, it } from 'vitest';
import { pipeAdapter } from '../../src/adapters/index.js';
import type { Adapter, Block } from '../../src/model.js';
import { parseReport } from '../../src/parse.js';
import { loadFixtures } from '../fixture-helpers.js';
import { parseOutcome } from './helpers.js';
import { fixtureInput } from './samples.js';

/** Fixed seed and run counts; FUZZ_SEED / FUZZ_SCALE (a multiplier) allow a longer hunt by hand. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261121);
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));
const LAYOUTS = ['html', 'tsv', 'pipe', 'lines', 'glued'] as const;

// ---------------------------------------------------------------- vocabulary

const HEADINGS = [
  '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '(一)总体情况', '二.主动公开政府信息情况', '（三）收到和处理政府信息公开申请情况',
  '四、行政复议、行政诉讼情况', '五、存在问题及改进情况', '六、其他事项', '一、', '二、', '三、', '(七)', '一.概述',
];
const LABELS = [
  '第二十条第(一)项', '第二十条第（五）项', '第二十条第(六)项', '第二十条第(八)项', '第二十条第(九)项', '信息内容',
  '本年制发件数', '本年废止件数', '本年废纸件数', '现行有效件数', '本年新制作数量', '本年新公开数量', '对外公开总数量',
  '上一年项目数量', '本年增/减', '本年处理决定数量', '处理决定数量', '本年收费金额(单位:万元)', '采购项目数量', '采购总金额(元)', '采购总金额（万元）',
  '规章', '行政规范性文件', '规范性文件', '行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费', '政府集中采购',
  '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况', '自然人', '法人或其他组织', '商业企业', '商业 企业',
  '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', '合计',
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '(一)予以公开',
  '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '(三)不予公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷',
  '8.属于行政查询事项', '(四)无法提供', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
  '(五)不予处理', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息', '(六)其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '1.申请人无正当理由预期不补正', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '(七)总计',
  '四、结转下年度继续办理', '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉',
  '结果', '维持', '纠正', '尚未', '审结', '自 然 人', '三、 本年度办理结果',
];
const PROSE = [
  '某某市某某局2021年政府信息公开工作年度报告', '鄂托克旗工信和科技局2022年政府信息公开工作年度报告', '本年度报告所列数据统计期限自2023年1月1日起至2023年12月31日止。',
  '我局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。', '2021年，我局主动公开政府信息3068条。',
  '(一)存在问题', '(二)改进措施', '版权所有:某某市人民政府', '蒙ICP备19004587号', '发布时间:2022-01-14', '网站地图', '附件下载',
  '- 3 -', '第2页', '第2页,共5页', '标题: 某某局2019年政府信息公开工作年度报告', '统計期限', '政府資訊公開工作年度報告', '統(tǒng)計(jì)',
];
const NUMBERS = [
  '0', '1', '2', '10', '14', '126', '3068', '3,068', '3，068', '0.35', '0.5', '+1036', '-72', '＋3', '－2', '１２', '０', '３，０６８', '1．5',
  '—', '-', '--', '/', '／', '\\', '无', '暂无', '不适用', '空', 'N/A', '*', '×', '2 0', '1 2 3', '251000元', '1.5万元', '12 件',
  '99999999999999999999', '1e5', '1E400', 'NaN', 'Infinity', '0x10', '00012', '١٢', '²', '½', '-0', '+0', '0.', '.5', '1,23', '1,234,5678',
];
const SEPARATORS = [' | ', '|', '||', '|||', ' ||||| ', '\t', '\t\t', '\u00a0', '\u3000', ' ', '', '  ', '\u2003', ' |\t'];
const LINE_BREAKS = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', '\u2028', '\n  \n'];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 4, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.nat({ max: 100_000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** One line: tokens joined by random separators, sometimes with a leading or trailing bar. */
const reportLine = fc
  .tuple(fc.array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 10, size: 'max' }), fc.constantFrom('', '|', '| ', '\t', '\u00a0'), fc.constantFrom('', '|', ' |', '\t', ' '))
  .map(([cells, lead, trail]) => lead + cells.map(([t, s], i) => (i === 0 ? t : s + t)).join('') + trail);

/** Report-like text: a title mentioning 政府信息公开 (so the not-a-report gate passes), then lines. */
const reportLikeText = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(reportLine, fc.constantFrom(...LINE_BREAKS)), { maxLength: 120, size: 'max' }))
  .map(([title, lines]) => (title ? `${PROSE[0]}\n` : '') + lines.map(([l, br]) => l + br).join(''));

/** A glued text export line (what the glued adapter detects): labels and digit runs run together. */
const digitRun = fc
  .array(fc.constantFrom('0', '0', '0', '1', '2', '5', '9', ' ', '+', '-', '.', '元', '万元', '00', '10'), { minLength: 1, maxLength: 24 })
  .map((parts) => parts.join(''));
const gluedText = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...LABELS), fc.constantFrom(...HEADINGS), digitRun, fc.constantFrom(...PROSE)), { minLength: 10, maxLength: 120, size: 'max' }),
    fc.constantFrom('', ' ', '\u3000'),
  )
  .map(
    ([parts, joint]) =>
      `标题: 某某局2020年政府信息公开工作年度报告\n==================== 正文 ====================\n一、总体情况我局做好政府信息公开工作。` +
      `一、本年新收政府信息公开申请数量1000001二、上年结转政府信息公开申请数量0000000${parts.join(joint)}四、结转下年度继续办理0000000`,
  );

// ---------------------------------------------------------------- fixture mutations

type Op = { kind: 'delete' | 'duplicate' | 'swap' | 'truncate' | 'deleteCell' | 'blankCell' | 'replaceNumber' | 'cut'; a: number; b: number; token: string };

const op: fc.Arbitrary<Op> = fc.record({
  // `cut` ends the edits (the rest of the input is gone), so it comes rarely.
  kind: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('delete', 'duplicate', 'swap', 'truncate', 'deleteCell', 'blankCell', 'replaceNumber' as const) },
    { weight: 1, arbitrary: fc.constant('cut' as const) },
  ),
  a: fc.nat(),
  b: fc.nat(),
  token: fc.constantFrom(...NUMBERS, ...LABELS.slice(0, 10), ''),
});

const TD = /<t[dh]\b[^>]*>[\s\S]*?<\/t[dh]>/gi;

function cellRanges(text: string): [number, number][] {
  return [...text.matchAll(TD)].map((m) => [m.index, m.index + m[0].length]);
}

/** Applies line and cell edits. HTML: cells are `<td>` elements; text: fields between `|`/TAB, else digit runs. */
function mutate(input: string, ops: readonly Op[]): string {
  let text = input;
  const html = /<td\b/i.test(text);
  for (const { kind, a, b, token } of ops) {
    if (html && (kind === 'deleteCell' || kind === 'blankCell' || kind === 'duplicate' || kind === 'swap')) {
      const cells = cellRanges(text);
      if (cells.length === 0) continue;
      const [s, e] = cells[a % cells.length]!;
      const cell = text.slice(s, e);
      if (kind === 'deleteCell') text = text.slice(0, s) + text.slice(e);
      else if (kind === 'blankCell') text = text.slice(0, s) + cell.replace(/>[\s\S]*</, '><') + text.slice(e);
      else if (kind === 'duplicate') text = text.slice(0, e) + cell + text.slice(e);
      else {
        const [s2, e2] = cells[b % cells.length]!;
        if (s2 <= s) continue;
        text = text.slice(0, s) + text.slice(s2, e2) + text.slice(e, s2) + cell + text.slice(e2);
      }
      continue;
    }
    const lines = text.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    const line = lines[i]!;
    switch (kind) {
      case 'delete':
        if (lines.length > 1) lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, line);
        break;
      case 'swap':
        [lines[i], lines[j]] = [lines[j]!, line];
        break;
      case 'truncate':
        lines[i] = line.slice(0, b % (line.length + 1));
        break;
      case 'cut': // the whole input cut short, anywhere (mid-tag, mid-number)
        return text.slice(0, (a % 1000) * Math.max(1, Math.floor(text.length / 1000)) + (b % 50));
      case 'deleteCell':
      case 'blankCell': {
        const sep = line.includes('\t') ? '\t' : line.includes('|') ? '|' : null;
        if (sep !== null) {
          const fields = line.split(sep);
          const k = b % fields.length;
          if (kind === 'deleteCell') fields.splice(k, 1);
          else fields[k] = '';
          lines[i] = fields.join(sep);
        } else {
          const runs = [...line.matchAll(/\d+/g)];
          if (runs.length === 0) {
            if (kind === 'deleteCell' && lines.length > 1) lines.splice(i, 1);
            else lines[i] = '';
          } else {
            const run = runs[b % runs.length]!;
            lines[i] = line.slice(0, run.index) + (kind === 'blankCell' ? ' ' : '') + line.slice(run.index + run[0].length);
          }
        }
        break;
      }
      case 'replaceNumber': {
        const runs = [...line.matchAll(/\d+/g)];
        if (runs.length === 0) break;
        const run = runs[b % runs.length]!;
        lines[i] = line.slice(0, run.index) + token + line.slice(run.index + run[0].length);
        break;
      }
    }
    text = lines.join('\n');
  }
  return text;
}

// ---------------------------------------------------------------- HTML around the seed tables

type Item = { kind: 'p'; text: string } | { kind: 'row'; cells: string[] };

/** A text seed's lines as paragraphs and table rows (pipe or TAB fields). */
function seedItems(name: string): Item[] {
  return fixtureInput(name)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): Item => {
      const sep = line.includes('\t') ? '\t' : line.includes('|') ? '|' : null;
      return sep === null ? { kind: 'p', text: line } : { kind: 'row', cells: line.split(sep).map((c) => c.trim()) };
    });
}

const SPAN_VALUES = [0, -1, -5, 2, 3, 7, 25, 1000, 1001, 65535, 2147483648, 1e21, 'abc', '', '2.7', ' 3', '+2', '0x10', '1e3', '２', '-0', '1 2'];
const WRAPPERS = ['span', 'p', 'div', 'b', 'font', 'strong', 'em', 'section', 'center', 'li', 'h3', 'a', 'u', 'sup'];

const decoration = fc.record({
  cell: fc.nat(),
  wrap: fc.array(fc.constantFrom(...WRAPPERS), { maxLength: 4 }),
  rowspan: fc.option(fc.oneof(fc.integer({ min: -3, max: 5 }), fc.constantFrom(...SPAN_VALUES)), { nil: undefined }),
  colspan: fc.option(fc.oneof(fc.integer({ min: -3, max: 5 }), fc.constantFrom(...SPAN_VALUES)), { nil: undefined }),
  th: fc.boolean(),
  br: fc.boolean(),
  nbsp: fc.boolean(),
});

const page = fc.record({
  decorations: fc.array(decoration, { maxLength: 40, size: 'max' }),
  /** at most this many decorations carry spans: each 1000×1000 span costs ~0.1 s (see bad-input / BUG 3) */
  maxSpans: fc.integer({ min: 0, max: 4 }),
  tbody: fc.boolean(),
  layoutTable: fc.boolean(),
  container: fc.constantFrom('', 'TRS_Editor', 'article-content', 'zoom'),
  splitTableAt: fc.option(fc.nat(), { nil: undefined }),
  paragraphWrap: fc.constantFrom('p', 'div', 'span', 'br'),
});

type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;

function renderHtml(items: readonly Item[], p: Page): string {
  const byCell = new Map<number, (typeof p.decorations)[number]>();
  let spans = 0;
  for (const d of p.decorations) {
    const dd = { ...d };
    if (dd.rowspan !== undefined || dd.colspan !== undefined) {
      if (spans >= p.maxSpans) {
        dd.rowspan = undefined;
        dd.colspan = undefined;
      } else spans++;
    }
    byCell.set(d.cell % 400, dd);
  }
  let cellNo = 0;
  let rowNo = 0;
  const out: string[] = [];
  let open = false;
  const openTable = (): void => {
    out.push(p.layoutTable ? '<table class="layout"><tr><td><table border="1">' : '<table border="1">', p.tbody ? '<tbody>' : '');
    open = true;
  };
  const closeTable = (): void => {
    if (!open) return;
    out.push(p.tbody ? '</tbody>' : '', p.layoutTable ? '</table></td></tr></table>' : '</table>');
    open = false;
  };
  for (const item of items) {
    if (item.kind === 'p') {
      closeTable();
      out.push(p.paragraphWrap === 'br' ? `${item.text}<br>` : `<${p.paragraphWrap}>${item.text}</${p.paragraphWrap}>`);
      continue;
    }
    if (!open) openTable();
    if (p.splitTableAt !== undefined && rowNo === p.splitTableAt % 80) {
      closeTable();
      openTable();
    }
    rowNo++;
    const tds = item.cells.map((text) => {
      const d = byCell.get(cellNo++);
      if (!d) return `<td>${text}</td>`;
      const tag = d.th ? 'th' : 'td';
      let content = d.br ? text.replace(/(\d)(?=\d)/, '$1<br>') : text;
      if (d.nbsp) content = `&nbsp;${content}&nbsp;`;
      for (const w of d.wrap) content = `<${w}>${content}</${w}>`;
      const attrs = `${d.rowspan !== undefined ? ` rowspan="${d.rowspan}"` : ''}${d.colspan !== undefined ? ` colspan="${d.colspan}"` : ''}`;
      return `<${tag}${attrs}>${content}</${tag}>`;
    });
    out.push(`<tr>${tds.join('')}</tr>`);
  }
  closeTable();
  const body = out.join('\n');
  const wrapped = p.container === '' ? body : p.container === 'zoom' ? `<div id="zoom">${body}</div>` : `<div class="${p.container}">${body}</div>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title></head><body><div class="nav">首页 > 政府信息公开</div>${wrapped}<div class="footer">版权所有</div></body></html>`;
}

// ---------------------------------------------------------------- properties

const expectReportOrParseError = async (input: string, options?: Parameters<typeof parseReport>[1]): Promise<void> => {
  await parseOutcome(input, options); // throws on anything that is neither
};

describe('random strings', () => {
  for (const unit of ['grapheme', 'grapheme-composite', 'binary', 'binary-ascii'] as const) {
    it(`should give a report or a ReportParseError for fc.string({ unit: '${unit}' })`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit, maxLength: 3000, size: 'large' }), fc.constantFrom(undefined, ...LAYOUTS), async (input, layout) => {
          await expectReportOrParseError(input, layout === undefined ? undefined : { layout });
        }),
        { seed: SEED, numRuns: runs(300) },
      );
    });
  }

  it('should give a report or a ReportParseError for random strings after a report title and headings', async () => {
    const head = '某某局2021年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n';
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000, size: 'large' }), async (input) => {
        await expectReportOrParseError(head + input);
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });
});

describe('random report-like lines', () => {
  it('should give a report or a ReportParseError for mixes of labels, numbers, tabs, pipes, NBSP and full-width digits', async () => {
    await fc.assert(
      fc.asyncProperty(reportLikeText, fc.constantFrom(undefined, ...LAYOUTS), async (input, layout) => {
        await expectReportOrParseError(input, layout === undefined ? undefined : { layout });
      }),
      { seed: SEED, numRuns: runs(400) },
    );
  });

  it('should give a report or a ReportParseError for glued text exports with random runs', async () => {
    await fc.assert(
      fc.asyncProperty(gluedText, async (input) => {
        await expectReportOrParseError(input);
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('should give a report or a ReportParseError for a real report with random lines inserted', async () => {
    const seeds = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'].map(fixtureInput);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), reportLine), { maxLength: 12, size: 'max' }), async (k, inserts) => {
        const lines = seeds[k]!.split('\n');
        for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
        await expectReportOrParseError(lines.join('\n'));
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });
});

describe('fixtures with random edits', () => {
  const fixtures = loadFixtures();
  it('should have fixtures to mutate', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  for (const fixture of fixtures) {
    const html = /<td\b/i.test(fixture.input);
    // HTML fixtures take ~0.1–0.2 s per parse; text fixtures ~5 ms.
    const numRuns = html ? 12 : 60;
    it(`should give a report or a ReportParseError for ${fixture.name} with lines/cells deleted, duplicated, swapped or truncated`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8, size: 'max' }), async (ops) => {
          await expectReportOrParseError(mutate(fixture.input, ops));
        }),
        { seed: SEED, numRuns: runs(numRuns) },
      );
    }, 60_000);
  }
});

describe('random HTML around the seed tables', () => {
  const seeds = ['seed-001', 'seed-002', 'seed-003'].map(seedItems);

  it('should render the undecorated seeds to HTML that parses like the seeds', async () => {
    for (const [k, name] of ['seed-001', 'seed-002', 'seed-003'].entries()) {
      const plain = renderHtml(seeds[k]!, { decorations: [], maxSpans: 0, tbody: false, layoutTable: false, container: '', splitTableAt: undefined, paragraphWrap: 'p' });
      const fromHtml = await parseReport(plain);
      const fromText = await parseReport(fixtureInput(name));
      expect(fromHtml.meta.layout).toBe('html');
      if (name !== 'seed-002') {
        expect(fromHtml.applications, name).toEqual(fromText.applications);
        continue;
      }
      // seed 002's rows are ragged: as text its fields give no positions, as an HTML grid they do,
      // so the grid may place more. Where both place a number, it is the same number.
      const diff = diffReport(fromHtml as unknown as Record<string, unknown>, fromText as unknown as Record<string, unknown>, { ignore: ['meta', 'text'] });
      expect(diff.wrong, name).toEqual([]);
    }
  });

  it('should give a report or a ReportParseError with cells wrapped in random tags and random rowspan/colspan', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), page, async (k, p) => {
        await expectReportOrParseError(renderHtml(seeds[k]!, p));
      }),
      { seed: SEED, numRuns: runs(60) },
    );
  }, 60_000);

  it('should give a report or a ReportParseError for the HTML fixtures with random spans on their cells', async () => {
    const pages = loadFixtures()
      .filter((f) => /<td\b/i.test(f.input))
      .map((f) => f.input);
    expect(pages.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: pages.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('rowspan', 'colspan'), fc.constantFrom(...SPAN_VALUES)), { minLength: 1, maxLength: 3 }),
        async (k, edits) => {
          let text = pages[k]!;
          for (const [n, attr, value] of edits) {
            const cells = cellRanges(text);
            if (cells.length === 0) break;
            const [s] = cells[n % cells.length]!;
            const open = text.slice(s).match(/^<t[dh]\b[^>]*>/i)![0];
            const cleaned = open.replace(new RegExp(`\\s${attr}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]*)`, 'i'), '');
            text = `${text.slice(0, s)}${cleaned.replace(/>$/, ` ${attr}="${value}">`)}${text.slice(s + open.length)}`;
          }
          await expectReportOrParseError(text);
        },
      ),
      { seed: SEED, numRuns: runs(20) },
    );
  }, 60_000);
});

describe('options and custom adapters', () => {
  const seed = fixtureInput('seed-001');

  it('should give a report or a ReportParseError for any options value', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({ layout: fc.oneof(fc.constantFrom(...LAYOUTS, '__proto__', 'constructor', ''), fc.anything()) }, { requiredKeys: [] }),
          fc.record({ adapters: fc.oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 3 })) }, { requiredKeys: [] }),
        ),
        async (options) => {
          await expectReportOrParseError(seed, options as never);
        },
      ),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  /** Blocks a custom adapter might return: well-formed in shape, arbitrary in content. */
  const cell = fc.record({ text: fc.oneof(fc.constantFrom(...NUMBERS, ...LABELS), fc.string({ maxLength: 8 })), line: fc.integer({ min: -2, max: 500 }) });
  const block: fc.Arbitrary<Block> = fc.oneof(
    fc.record({ kind: fc.constant('paragraph' as const), text: fc.oneof(fc.constantFrom(...HEADINGS, ...LABELS, ...NUMBERS, ...PROSE), fc.string({ maxLength: 20 })), line: fc.integer({ min: -2, max: 500 }) }),
    fc.record({ kind: fc.constant('table' as const), rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }), line: fc.integer({ min: -2, max: 500 }) }),
    fc.record(
      {
        kind: fc.constant('note' as const),
        code: fc.constantFrom('TEXT_DROPPED', 'GLUED_AMBIGUOUS', 'MY_CODE', 'A'),
        message: fc.string({ maxLength: 20 }),
        line: fc.integer({ min: -2, max: 500 }),
        path: fc.constantFrom('applications', 'x.y', '__proto__', ''),
      },
      { requiredKeys: ['kind', 'code', 'message', 'line'] },
    ),
  );

  it('should give a report or a ReportParseError for custom adapters returning arbitrary (well-typed) blocks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { maxLength: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), async (blocks, confidence) => {
        const adapter: Adapter = { name: 'fuzz', detect: () => confidence, read: () => structuredClone(blocks) };
        await expectReportOrParseError(`${seed}\n`, { adapters: [adapter] });
        await expectReportOrParseError(`${seed}\n`, { adapters: [adapter], layout: 'fuzz' });
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('should give a report or a ReportParseError for custom adapters whose detect() or read() misbehave', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything(), fc.boolean(), fc.boolean(), async (confidence, blocks, throwInDetect, throwInRead) => {
        const adapter = {
          name: 'odd',
          detect: () => {
            if (throwInDetect) throw new Error('detect failed');
            return confidence;
          },
          read: () => {
            if (throwInRead) throw 'read failed';
            return blocks;
          },
        };
        await expectReportOrParseError(seed, { adapters: [adapter as never] });
        await expectReportOrParseError(seed, { adapters: [adapter as never], layout: 'odd' });
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  // BUG (reported, found by this file's custom-adapter property with FUZZ_SEED=2): choose.ts
  // builds its ADAPTER_FAILED messages with String(value); a value without a usable toString
  // (Object.create(null), { toString: undefined }) makes String() throw a TypeError, which escapes.
  it.each([
    ['detect() returns Object.create(null)', { name: 'odd', detect: () => Object.create(null) as unknown, read: () => [] }],
    ['detect() returns { toString: undefined }', { name: 'odd', detect: () => ({ toString: undefined }), read: () => [] }],
    ['detect() throws Object.create(null)', { name: 'odd', detect: () => { throw Object.create(null); }, read: () => [] }],
    ['read() throws Object.create(null)', { name: 'odd', detect: () => 1, read: () => { throw Object.create(null); } }],
  ])('should reject an adapter whose %s with ADAPTER_FAILED', async (_name, adapter) => {
    const outcome = await parseOutcome(seed, { adapters: [adapter as never] });
    expect(outcome.kind === 'error' ? outcome.error.code : 'report').toBe('ADAPTER_FAILED');
  });

  // BUG (reported): options and adapter objects are read without a guard, so a throwing
  // getter or a revoked Proxy escapes as a plain Error/TypeError instead of INVALID_OPTIONS
  // (adapter output with throwing getters already gives ADAPTER_FAILED).
  const boom = (): never => {
    throw new Error('getter');
  };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  it.each([
    ['options.layout getter throws', { get layout() { return boom(); } }],
    ['options.adapters getter throws', { get adapters() { return boom(); } }],
    ['an adapter\'s name getter throws', { adapters: [{ get name() { return boom(); }, detect: () => 1, read: () => [] }] }],
    ['options is a revoked Proxy', revoked.proxy],
  ])('should reject options where %s with a ReportParseError', async (_name, options) => {
    await parseOutcome(seed, options as never);
  });

  // Found while writing these tests and fixed in 9f6fbd7 (readWith checks integer lines):
  // a fractional or infinite `line` used to reach a warning and escape as ReportSchemaError.
  it('should reject a custom adapter\'s non-integer line numbers with ADAPTER_FAILED', async () => {
    for (const line of [1.5, Number.POSITIVE_INFINITY, 2.000001, Number.NaN]) {
      const inNote: Adapter = {
        name: 'fractional',
        detect: () => 1,
        read: (text) => [{ kind: 'note', code: 'MY_CODE', message: 'note', line }, ...pipeAdapter.read(text)],
      };
      const inCells: Adapter = {
        name: 'fractional',
        detect: () => 1,
        read: (text) =>
          pipeAdapter.read(text).map((b) => (b.kind === 'table' ? { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, text: c.text === '0' ? '—' : c.text, line }))) } : b)),
      };
      for (const adapter of [inNote, inCells]) {
        const outcome = await parseOutcome(seed, { adapters: [adapter] });
        expect(outcome.kind === 'error' ? outcome.error.code : 'report', String(line)).toBe('ADAPTER_FAILED');
      }
    }
  });
});

describe('hostile inputs (issue 9), bounded', () => {
  const head = '某某局2021年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n';
  const run = (fill: string, count: number): string => fill.repeat(count);

  it('should give a report or a ReportParseError, never ADAPTER_FAILED, for long separator runs and many tiny tables', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('|', '||\n', '\t', '\t\t\n', 'a | b\nc\n', 'a\tb\n', '0', '00000000 ', 'x\n', '<p>1', '<td>1</td>'),
        fc.integer({ min: 1_000, max: 60_000 }),
        fc.constantFrom(undefined, ...LAYOUTS),
        async (fill, count, layout) => {
          const outcome = await parseOutcome(head + run(fill, count), layout === undefined ? undefined : { layout });
          if (outcome.kind === 'error') expect(outcome.error.code).not.toBe('ADAPTER_FAILED');
        },
      ),
      { seed: SEED, numRuns: runs(25) },
    );
  });

  it('should read past random deep nesting of random tags without ADAPTER_FAILED', async () => {
    const tags = ['div', 'b', 'span', 'font', 'table', 'td', 'tr', 'p', 'i', 'section'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...tags), { minLength: 1, maxLength: 6 }), fc.integer({ min: 100, max: 2_500 }), async (chain, depth) => {
        const open = chain.map((t) => `<${t}>`).join('');
        const close = [...chain].reverse().map((t) => `</${t}>`).join('');
        const outcome = await parseOutcome(`<html><body>${open.repeat(depth)}${head.replaceAll('\n', '<br>')}${close.repeat(depth)}</body></html>`);
        if (outcome.kind === 'error') expect(outcome.error.code).not.toBe('ADAPTER_FAILED');
      }),
      { seed: SEED, numRuns: runs(15) },
    );
  });
});
