import { describe, expect, it } from 'vitest';
import { alignByOrder, valueRuns } from '../../../src/recognizers/align-rows.js';
import { placeApplications, scanApplications } from '../../../src/recognizers/applications.js';
import { emptyApplications } from '../../../src/report/empty.js';
import { Warnings } from '../../../src/warnings.js';
import { cell, codes, stream } from '../helpers.js';

const ORDER = ['a', 'b', 'c', 'd', 'e'];
const run = (at: number, n = 7) => ({ label: null, cells: Array.from({ length: n }, () => cell('0')), at });
const always = () => true;

describe('alignByOrder', () => {
  it('names the one missing row between two anchors by the one run there', () => {
    const aligned = alignByOrder(ORDER, [{ path: 'a', at: 0 }, { path: 'c', at: 20 }], [run(10)], always);
    expect([...aligned.keys()]).toEqual(['b']);
    expect(aligned.get('b')).toMatchObject({ after: 'a', before: 'c' });
  });

  it('names two missing rows by two runs, in order', () => {
    const first = run(5);
    const second = run(12);
    const aligned = alignByOrder(ORDER, [{ path: 'a', at: 0 }, { path: 'd', at: 20 }], [first, second], always);
    expect(aligned.get('b')?.run).toBe(first);
    expect(aligned.get('c')?.run).toBe(second);
  });

  it('refuses when the runs and the missing rows differ in number', () => {
    expect(alignByOrder(ORDER, [{ path: 'a', at: 0 }, { path: 'd', at: 20 }], [run(5)], always).size).toBe(0);
    expect(alignByOrder(ORDER, [{ path: 'a', at: 0 }, { path: 'c', at: 20 }], [run(5), run(12)], always).size).toBe(0);
  });

  it('refuses when a run fails the table\'s check', () => {
    expect(alignByOrder(ORDER, [{ path: 'a', at: 0 }, { path: 'c', at: 20 }], [run(10)], () => false).size).toBe(0);
  });

  it('refuses runs outside two anchors, and anchors out of the model\'s order', () => {
    expect(alignByOrder(ORDER, [{ path: 'b', at: 10 }], [run(0), run(20)], always).size).toBe(0);
    expect(alignByOrder(ORDER, [{ path: 'c', at: 0 }, { path: 'a', at: 20 }], [run(10)], always).size).toBe(0);
  });

  it('groups unclaimed cells by the label before them', () => {
    const label = cell('2.其他法律行政止公开');
    const cells = [cell('1'), cell('0'), cell('2')];
    const runs = valueRuns([{ cell: cells[0]!, after: label, at: 1 }, { cell: cells[1]!, after: label, at: 2 }, { cell: cells[2]!, after: null, at: 3 }]);
    expect(runs.map((r) => [r.cells.length, r.at])).toEqual([[2, 1], [1, 3]]);
  });
});

describe('table 三 with a row label nothing recognises (a WPS report: 2.其他法律行政止公开)', () => {
  const rows = (middle: string[]) => [
    '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0',
    ...middle,
    '3.危及“三安全一稳定”', '0', '0', '0', '0', '0', '0', '0',
  ];

  function place(texts: string[]) {
    const warnings = new Warnings();
    const scan = scanApplications(stream(texts), warnings);
    scan.explicitBlanks = true;
    const target = emptyApplications();
    placeApplications(scan, '2021', target, warnings);
    return { target, warnings: codes(warnings).filter(([code]) => code !== 'ROW_MISSING'), list: warnings.list };
  }

  it('reads it as the one missing row between its neighbours when its total holds, with VALUE_INFERRED', () => {
    const { target, warnings, list } = place(rows(['2.其他法律行政止公开', '2', '1', '0', '0', '0', '0', '3']));
    expect(target.denied.prohibitedByLaw).toEqual({ naturalPerson: 2, commercial: 1, research: 0, socialWelfare: 0, legalService: 0, otherOrg: 0, total: 3 });
    expect(warnings).toEqual([['VALUE_INFERRED', 'applications.denied.prohibitedByLaw']]);
    expect(list[0]!.via).toEqual(['APPLICATIONS_ROW_TOTAL']);
  });

  it('leaves it unplaced when its total does not hold', () => {
    const { target, warnings } = place(rows(['2.其他法律行政止公开', '2', '1', '0', '0', '0', '0', '5']));
    expect(target.denied.prohibitedByLaw.total).toBeNull();
    expect(warnings.map(([code]) => code)).toContain('CELL_UNPLACED');
  });

  it('leaves it unplaced when it has fewer cells than columns', () => {
    const { target } = place(rows(['2.其他法律行政止公开', '2', '1', '3']));
    expect(target.denied.prohibitedByLaw.total).toBeNull();
  });
});
