/**
 * Guards for text that came out of a PDF without positions: a number printed over two lines
 * inside its cell, and row labels that stand below their values. Both must give nulls with a
 * warning, never a number in the wrong cell.
 */
import { describe, expect, it } from 'vitest';
import { placeActiveDisclosure, scanActiveDisclosure } from '../../../src/recognizers/active-disclosure.js';
import { placeApplications, scanApplications } from '../../../src/recognizers/applications.js';
import { cellStream } from '../../../src/recognizers/cells.js';
import { emptyActiveDisclosure, emptyApplications } from '../../../src/report/empty.js';
import { activeRowOf, applicationRowOf } from '../../../src/table-model/index.js';
import { Warnings } from '../../../src/warnings.js';
import { codes, paragraphs } from '../helpers.js';

const isRowLabel = (key: string): boolean => activeRowOf(key) !== null || applicationRowOf(key) !== null;

describe('a number wrapped inside its cell (pdftotext -layout: 69 printed as 6 above 9)', () => {
  it('refuses the row whose line has a lone number just above or below it: NUMBER_SPLIT', () => {
    const blocks = paragraphs(['6', '一、本年新收政府信息公开申请数量 69 0 0 0 0 0', '9', '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0']);
    const warnings = new Warnings();
    const target = emptyApplications();
    placeApplications(scanApplications(cellStream(blocks, isRowLabel), warnings), '2021', target, warnings);
    expect(Object.values(target.newReceived).every((v) => v === null)).toBe(true);
    expect(codes(warnings)).toContainEqual(['NUMBER_SPLIT', 'applications.newReceived']);
    // 上年结转 sits right under the lone 9 too: it may be the one that wrapped, so it is refused as well.
    expect(target.carriedOver.total).toBeNull();
  });

  it('reads flattened rows with no lone number beside them', () => {
    const blocks = paragraphs(['一、本年新收政府信息公开申请数量 69 0 0 0 0 0 69', '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0']);
    const warnings = new Warnings();
    const target = emptyApplications();
    placeApplications(scanApplications(cellStream(blocks, isRowLabel), warnings), '2021', target, warnings);
    expect(target.newReceived.total).toBe(69);
    expect(target.carriedOver.total).toBe(0);
  });

  it('refuses a row whose label line holds a piece of its total and whose values stand on the next line', () => {
    const blocks = paragraphs(['1.本机关不掌握相关政府 3', '37 0 0 0 0 0', '信息 7']);
    const warnings = new Warnings();
    const target = emptyApplications();
    placeApplications(scanApplications(cellStream(blocks, isRowLabel), warnings), '2021', target, warnings);
    expect(Object.values(target.unableToProvide.notHeld).every((v) => v === null)).toBe(true);
  });
});

describe('row labels below their values (a label centred in a taller cell)', () => {
  it('reads no value of a table where a value line stands right before a row label', () => {
    const blocks = paragraphs(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '0 0 0', '规章', '10 7 7', '行政规范性文件']);
    const warnings = new Warnings();
    const target = emptyActiveDisclosure();
    placeActiveDisclosure(scanActiveDisclosure(cellStream(blocks, isRowLabel), warnings), '2021', target, warnings);
    expect(target.rules).toMatchObject({ issued: null, repealed: null, inForce: null });
    expect(codes(warnings)).toContainEqual(['CELL_UNPLACED', 'activeDisclosure.rules']);
  });

  it('still reads rows whose values stand on their label\'s own line', () => {
    const blocks = paragraphs(['信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 1 0 4', '行政规范性文件 3 1 22']);
    const warnings = new Warnings();
    const target = emptyActiveDisclosure();
    placeActiveDisclosure(scanActiveDisclosure(cellStream(blocks, isRowLabel), warnings), '2021', target, warnings);
    expect(target.rules).toMatchObject({ issued: 1, repealed: 0, inForce: 4 });
    expect(target.normativeDocuments).toMatchObject({ issued: 3, repealed: 1, inForce: 22 });
  });
});
