import { describe, expect, it } from 'vitest';
import { gluedAdapter } from '../../../src/adapters/glued.js';
import type { Block, NoteBlock } from '../../../src/model.js';

/** A text export of a 2021-edition report flattened onto one line, cells glued together. */
const GLUED = [
  '标题:某某局2021年政府信息公开工作年度报告 ',
  '一、总体情况2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息3条，及时回应社会关切。',
  '二、主动公开政府信息情况第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件1077',
  '第二十条第(五)项信息内容本年处理决定数量行政许可5第二十条第(六)项信息内容本年处理决定数量行政处罚0行政强制0',
  '第二十条第(八)项信息内容本年收费金额(单位:万元)行政事业性收费0注:统计至2021年12月31日,共3条',
  '三、收到和处理政府信息公开申请情况(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)',
  '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他',
  '一、本年新收政府信息公开申请数量1400000 14二、上年结转政府信息公开申请数量0000000',
  '三、本年度办理结果(一)予以公开1000001(二)部分公开(区分处理的,只计这一情形,不计其他情形)0000000',
  '(三)不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000',
  '四、结转下年度继续办理0000000',
  '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计',
  '未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计000000000000000',
  '五、存在的主要问题及改进情况一是公开内容不够全面。二是将加强培训。',
  '六、其他需要报告的事项本年度未收取信息处理费。某某局2022年1月20日 附件下载',
].join('');

const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

function texts(blocks: readonly Block[]): string[] {
  return blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'note' ? `[${b.code}]` : '[table]'));
}

/** The paragraphs right after the first paragraph with this text. */
function after(list: readonly string[], label: string, count: number): string[] {
  const at = list.indexOf(label);
  if (at < 0) throw new Error(`no paragraph ${label}`);
  return list.slice(at + 1, at + 1 + count);
}

/** The paragraphs between two headings. */
function section(list: readonly string[], from: string, to: string): string[] {
  return list.slice(list.indexOf(from) + 1, list.indexOf(to));
}

const blocks = gluedAdapter.read(`前言\n${GLUED}\n尾行`);
const list = texts(blocks);

describe('gluedAdapter.detect', () => {
  it('is 0.95 for text with a long glued report line', () => {
    expect(GLUED.length).toBeGreaterThan(500);
    expect(gluedAdapter.detect(`前言\n${GLUED}`)).toBe(0.95);
  });

  it('is 0 for one-cell-per-line text', () => {
    expect(gluedAdapter.detect('一、本年新收政府信息公开申请数量\n0\n二、上年结转政府信息公开申请数量\n0')).toBe(0);
  });
});

describe('gluedAdapter.read', () => {
  it('reads lines that are not glued as plain paragraphs with their line numbers', () => {
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: '前言', line: 1 });
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', text: '尾行', line: 3 });
    expect(blocks.slice(1, -1).every((b) => b.line === 2)).toBe(true);
  });

  it('cuts the line at the six section headings, each a paragraph of its own, in order', () => {
    const positions = HEADINGS.map((h) => list.indexOf(h));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps the prose before 一 as its own paragraph', () => {
    expect(list[1]).toBe('标题:某某局2021年政府信息公开工作年度报告');
  });

  it('keeps prose sections whole, digits included', () => {
    expect(after(list, '一、总体情况', 1)).toEqual(['2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息3条，及时回应社会关切。']);
    expect(after(list, '五、存在的主要问题及改进情况', 1)).toEqual(['一是公开内容不够全面。二是将加强培训。']);
  });

  it('splits chrome glued onto prose (附件下载) into its own paragraph', () => {
    expect(after(list, '六、其他需要报告的事项', 3)).toEqual(['本年度未收取信息处理费。某某局2022年1月20日', '附件下载', '尾行']);
  });

  it('cuts the table 二 label run at the template words, 规章 and 行政规范性文件 separately', () => {
    expect(after(list, '二、主动公开政府信息情况', 9)).toEqual(['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0']);
    expect(list).toContain('行政规范性文件');
    expect(list.some((t) => t.includes('规章') && t !== '规章')).toBe(false);
  });

  it('notes GLUED_AMBIGUOUS for 行政规范性文件 1077 and leaves three blank cells', () => {
    const at = list.indexOf('行政规范性文件');
    expect(list.slice(at + 1, at + 5)).toEqual(['[GLUED_AMBIGUOUS]', '', '', '']);
    const notes = blocks.filter((b): b is NoteBlock => b.kind === 'note' && b.code === 'GLUED_AMBIGUOUS');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'GLUED_AMBIGUOUS', path: 'activeDisclosure.normativeDocuments', line: 2 });
    expect(notes[0]!.message).toContain('1077');
  });

  it('reads single-cell rows of table 二 as one value each', () => {
    expect(after(list, '行政许可', 1)).toEqual(['5']);
    expect(after(list, '行政处罚', 1)).toEqual(['0']);
    expect(after(list, '行政强制', 1)).toEqual(['0']);
    expect(after(list, '行政事业性收费', 1)).toEqual(['0']);
  });

  it('leaves the digits of prose (2021年, 12月, 3条) inside a label, never as cells', () => {
    const two = section(list, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况');
    expect(two.at(-1)).toBe('注:统计至2021年12月31日,共3条');
    for (const digits of ['2021', '12', '31', '3']) expect(two).not.toContain(digits);
  });

  it('splits 1400000 14 into 14|0|0|0|0|0|14 by the row total, and says so (VALUE_INFERRED via the row total)', () => {
    expect(after(list, '一、本年新收政府信息公开申请数量', 8)).toEqual(['[VALUE_INFERRED]', '14', '0', '0', '0', '0', '0', '14']);
    const note = blocks.find((b): b is NoteBlock => b.kind === 'note' && b.path === 'applications.newReceived');
    expect(note).toMatchObject({ code: 'VALUE_INFERRED', via: ['APPLICATIONS_ROW_TOTAL'] });
    expect(note!.message).toContain('1400000 14');
  });

  it('splits 0000000 into seven zeros with certainty; 1000001 (also 10|0|0|0|0|1 with a vanished blank) only by its total', () => {
    expect(after(list, '二、上年结转政府信息公开申请数量', 7)).toEqual(Array<string>(7).fill('0'));
    expect(after(list, '(一)予以公开', 8)).toEqual(['[VALUE_INFERRED]', '1', '0', '0', '0', '0', '0', '1']);
  });

  it('cuts the group title of table 三 from the row title (三、本年度办理结果 / (一)予以公开)', () => {
    expect(after(list, '三、本年度办理结果', 1)).toEqual(['(一)予以公开']);
    expect(after(list, '(三)不予公开', 1)).toEqual(['1.属于国家秘密']);
  });

  it('splits 00000002.其他法律行政法规禁止公开 into the run and the label 2.其他法律行政法规禁止公开', () => {
    expect(after(list, '1.属于国家秘密', 8)).toEqual([...Array<string>(7).fill('0'), '2.其他法律行政法规禁止公开']);
    expect(after(list, '2.其他法律行政法规禁止公开', 7)).toEqual(Array<string>(7).fill('0'));
  });

  it('reads table 四 headers as labels and its 15-digit run as 15 zeros', () => {
    const four = section(list, '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况');
    expect(four.slice(0, 2)).toEqual(['行政复议', '行政诉讼']);
    expect(four.slice(-15)).toEqual(Array<string>(15).fill('0'));
    expect(four.at(-16)).toBe('总计');
  });

  it('keeps 四、结转下年度继续办理 as a row of table 三, not as heading 四', () => {
    expect(section(list, '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况')).toContain('四、结转下年度继续办理');
    expect(after(list, '四、结转下年度继续办理', 7)).toEqual(Array<string>(7).fill('0'));
  });
});

/** A glued line with table 三 in full, so the column identities can settle rows jointly. */
function gluedApplications(rows: Record<string, string>): string {
  const labels: [string, string][] = [
    ['newReceived', '一、本年新收政府信息公开申请数量'],
    ['carriedOver', '二、上年结转政府信息公开申请数量'],
    ['granted', '三、本年度办理结果(一)予以公开'],
    ['partiallyGranted', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)'],
    ['stateSecret', '(三)不予公开1.属于国家秘密'],
    ['prohibitedByLaw', '2.其他法律行政法规禁止公开'],
    ['securityStability', '3.危及“三安全一稳定”'],
    ['thirdPartyRights', '4.保护第三方合法权益'],
    ['internalAffairs', '5.属于三类内部事务信息'],
    ['processInformation', '6.属于四类过程性信息'],
    ['enforcementFiles', '7.属于行政执法案卷'],
    ['administrativeQuery', '8.属于行政查询事项'],
    ['notHeld', '(四)无法提供1.本机关不掌握相关政府信息'],
    ['needsCreation', '2.没有现成信息需要另行制作'],
    ['unclear', '3.补正后申请内容仍不明确'],
    ['complaint', '(五)不予处理1.信访举报投诉类申请'],
    ['duplicate', '2.重复申请'],
    ['publication', '3.要求提供公开出版物'],
    ['excessive', '4.无正当理由大量反复申请'],
    ['confirmation', '5.要求行政机关确认或重新出具已获取信息'],
    ['overdueCorrection', '(六)其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    ['overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    ['other', '3.其他'],
    ['totalProcessed', '(七)总计'],
    ['carriedForward', '四、结转下年度继续办理'],
  ];
  return [
    '一、总体情况本机关依法公开政府信息。二、主动公开政府信息情况第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章000',
    '三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他',
    ...labels.map(([key, label]) => label + (rows[key] ?? '0000000')),
    '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计000000000000000',
    '五、存在的主要问题及改进情况无。六、其他需要报告的事项无。',
  ].join('');
}

function cellsAfter(read: readonly Block[], label: string, count: number): string[] {
  return after(texts(read), label, count);
}

describe('gluedAdapter: settling open rows with the table identities', () => {
  it('settles a row whose one cut could also be read with a vanished blank (2000002: 2|0|0|0|0|0|2 or 20|0|0|0|0|2) by its own total', () => {
    const text = gluedApplications({ newReceived: '2000002', granted: '2000002', totalProcessed: '2000002' });
    const read = gluedAdapter.read(text);
    const notes = read.filter((b): b is NoteBlock => b.kind === 'note');
    expect(cellsAfter(read, '一、本年新收政府信息公开申请数量', 8)).toEqual(['[VALUE_INFERRED]', '2', '0', '0', '0', '0', '0', '2']);
    expect(notes.find((n) => n.path === 'applications.totalProcessed')?.via).toEqual(expect.arrayContaining(['APPLICATIONS_ROW_TOTAL']));
  });

  it('uses the column identities when the row totals leave more than one cut', () => {
    // 本年新收 1010 1 0 0 12 → cuts 10|1|0|1|0|0|12 and 1|0|10|1|0|0|12 both sum to 12; （一）予以公开 is
    // certain (10 1 0 1 0 0 12 with spaces), so 本年新收 + 上年结转 = （七）总计 + 结转 decides per column.
    const text = gluedApplications({ newReceived: '10101 0 0 12', granted: '10 1 0 1 0 0 12', totalProcessed: '10 1 0 1 0 0 12' });
    const read = gluedAdapter.read(text);
    expect(cellsAfter(read, '一、本年新收政府信息公开申请数量', 8)).toEqual(['[VALUE_INFERRED]', '10', '1', '0', '1', '0', '0', '12']);
    const note = read.find((b): b is NoteBlock => b.kind === 'note' && b.path === 'applications.newReceived');
    expect(note?.via).toEqual(['APPLICATIONS_ROW_TOTAL', 'APPLICATIONS_BALANCE', 'APPLICATIONS_TOTAL_PROCESSED']);
  });

  it('leaves a row null with GLUED_AMBIGUOUS when the identities leave several assignments', () => {
    const text = gluedApplications({ newReceived: '10101 0 0 12' });
    const read = gluedAdapter.read(text);
    expect(cellsAfter(read, '一、本年新收政府信息公开申请数量', 8)).toEqual(['[GLUED_AMBIGUOUS]', '', '', '', '', '', '', '']);
  });

  it('never reads a run with more digits than cells: 00000000 into seven cells is null with GLUED_AMBIGUOUS', () => {
    const read = gluedAdapter.read(gluedApplications({ carriedOver: '00000000' }));
    expect(cellsAfter(read, '二、上年结转政府信息公开申请数量', 8)).toEqual(['[GLUED_AMBIGUOUS]', '', '', '', '', '', '', '']);
  });

  it('keeps 行政规范性文件106 null: 1|0|6, or 10|6 with a blank cell dropped', () => {
    const read = gluedAdapter.read(gluedApplications({}).replace('规章000', '规章000行政规范性文件106'));
    expect(cellsAfter(read, '行政规范性文件', 4)).toEqual(['[GLUED_AMBIGUOUS]', '', '', '']);
  });

  it('quotes a 1 MB digit run capped, not whole', () => {
    const read = gluedAdapter.read(gluedApplications({ carriedOver: '7'.repeat(1_000_000) }));
    const note = read.find((b): b is NoteBlock => b.kind === 'note' && b.path === 'applications.carriedOver');
    expect(note?.code).toBe('GLUED_AMBIGUOUS');
    expect(note!.message.length).toBeLessThan(400);
  });
});
