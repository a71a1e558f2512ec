import { describe, expect, it } from 'vitest';
import { splitRun } from '../../../src/adapters/glued-split.js';
import { groupTotalsHold, rowTotalHolds } from '../../../src/table-model/index.js';

describe('splitRun', () => {
  it("splits ['0000000'] into 7 cells with certainty (no cut into fewer cells exists)", () => {
    expect(splitRun(['0000000'], 7)).toEqual({ kind: 'certain', cells: ['0', '0', '0', '0', '0', '0', '0'] });
  });

  it("lists both cuts of ['1400000', '14'] into 7 cells for the table's identities to settle", () => {
    expect(splitRun(['1400000', '14'], 7)).toEqual({
      kind: 'candidates',
      complete: true,
      splits: [
        ['1', '40', '0', '0', '0', '0', '14'],
        ['1', '400', '0', '0', '0', '1', '4'],
        ['14', '0', '0', '0', '0', '0', '14'],
        ['140', '0', '0', '0', '0', '1', '4'],
      ],
    });
  });

  it("lists ['1077'] into 3 as candidates (1|0|77 or 10|7|7), never one of them", () => {
    expect(splitRun(['1077'], 3)).toMatchObject({ kind: 'candidates', complete: true, splits: [['1', '0', '77'], ['10', '7', '7']] });
  });

  it("keeps ['106'] into 3 open: 1|0|6 is the only cut into three cells, but 10|6 with a vanished blank fits too", () => {
    expect(splitRun(['106'], 3)).toEqual({ kind: 'candidates', complete: true, splits: [['1', '0', '6']] });
    expect(splitRun(['606'], 3)).toEqual({ kind: 'candidates', complete: true, splits: [['6', '0', '6']] });
  });

  it("finds ['88-720'] into 3 open (8|8|-720, 88|-7|20, 88|-72|0)", () => {
    expect(splitRun(['88-720'], 3)).toMatchObject({ kind: 'candidates' });
  });

  it("splits ['15-15'] into 2 at the sign: 15|-15 (no single cell holds a sign inside)", () => {
    expect(splitRun(['15-15'], 2)).toEqual({ kind: 'certain', cells: ['15', '-15'] });
  });

  it("starts a cell at + as well: ['+1036-72'] → +1036|-72", () => {
    expect(splitRun(['+1036-72'], 2)).toEqual({ kind: 'certain', cells: ['+1036', '-72'] });
  });

  it("keeps a decimal point inside its cell: ['9116.36'] → 9116.36, ['00.5'] → 0|0.5", () => {
    expect(splitRun(['9116.36'], 1)).toEqual({ kind: 'certain', cells: ['9116.36'] });
    expect(splitRun(['00.5'], 2)).toEqual({ kind: 'certain', cells: ['0', '0.5'] });
  });

  it("finds ['2832995元'] into 2 open (no sum to settle it)", () => {
    expect(splitRun(['2832995元'], 2)).toMatchObject({ kind: 'candidates' });
  });

  it('keeps a unit on the last cell of its token', () => {
    expect(splitRun(['547.9659万元'], 1)).toEqual({ kind: 'certain', cells: ['547.9659万元'] });
    expect(splitRun(['25元'], 2)).toEqual({ kind: 'candidates', complete: true, splits: [['2', '5元']] });
  });

  it("splits ['000000000000000'] into 15: all 0", () => {
    expect(splitRun(['000000000000000'], 15)).toEqual({ kind: 'certain', cells: Array<string>(15).fill('0') });
  });

  it('never gives a cell a leading zero: 00126 → 0|0|126, certain (0|0126 and 00|126 are no cuts)', () => {
    expect(splitRun(['00126'], 3)).toEqual({ kind: 'certain', cells: ['0', '0', '126'] });
  });

  it('treats whitespace between tokens as a cell boundary', () => {
    expect(splitRun(['0', '0', '00', '0', '0', '0'], 7)).toEqual({ kind: 'certain', cells: Array<string>(7).fill('0') });
    expect(splitRun(['12', '3'], 2)).toEqual({ kind: 'certain', cells: ['12', '3'] });
  });

  it("says ['12'] into 3 is impossible, and more digits than cells (['00000000'] into 7) too", () => {
    expect(splitRun(['12'], 3)).toEqual({ kind: 'impossible' });
    expect(splitRun(['00000000'], 7)).toEqual({ kind: 'impossible' });
  });

  it('says two tokens into one cell is impossible', () => {
    expect(splitRun(['0', '0'], 1)).toEqual({ kind: 'impossible' });
  });

  it("says ['1.5.3'] into 2 is impossible (a point never starts or ends a cell)", () => {
    expect(splitRun(['1.5.3'], 2)).toEqual({ kind: 'impossible' });
  });

  it('stops listing a pathological run (60 ones into 15 cells): the list is not complete', () => {
    expect(splitRun(['1'.repeat(60)], 15)).toMatchObject({ kind: 'candidates', complete: false });
  });

  it('stays bounded on a 1 MB digit run', () => {
    expect(splitRun(['7'.repeat(1_000_000)], 7).kind).toBe('candidates');
  });
});

describe('rowTotalHolds', () => {
  it('holds when the cells before the last sum to the last', () => {
    expect(rowTotalHolds([14, 0, 0, 0, 0, 0, 14])).toBe(true);
    expect(rowTotalHolds([1, 2, 3])).toBe(true);
  });

  it('fails when they do not', () => {
    expect(rowTotalHolds([1, 4, 0, 0, 0, 0, 0])).toBe(false);
  });
});

describe('groupTotalsHold', () => {
  it('checks each group of five: four outcomes sum to the group total', () => {
    expect(groupTotalsHold([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 4])).toBe(true);
    expect(groupTotalsHold([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 5])).toBe(false);
  });
});

describe('splitRun: as many digits as cells, read at once, gives what the search gives', () => {
  // Every cut by brute force: the reference the one-digit-per-cell answer must equal.
  const cuts = (tokens: readonly string[], n: number): string[][] => {
    const out: string[][] = [];
    const walk = (t: number, p: number, cells: string[]): void => {
      if (t === tokens.length) {
        if (cells.length === n) out.push([...cells]);
        return;
      }
      const digits = tokens[t]!;
      for (let e = p + 1; e <= digits.length; e++) {
        const piece = digits.slice(p, e);
        if (!/^(?:0|[1-9]\d*)$/.test(piece)) continue;
        cells.push(piece);
        walk(e === digits.length ? t + 1 : t, e === digits.length ? 0 : e, cells);
        cells.pop();
      }
    };
    walk(0, 0, []);
    return out;
  };
  // A fixed pseudo-random sequence: the same 3,000 runs every time.
  let seed = 20261204;
  const next = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };

  it('on 3,000 runs of 2–15 digits in 1–4 tokens', () => {
    for (let trial = 0; trial < 3000; trial++) {
      const n = 2 + next(14);
      const digits = Array.from({ length: n }, () => (next(10) < 6 ? '0' : String(next(10))));
      const tokens: string[] = [];
      let current = '';
      digits.forEach((digit, i) => {
        if (i > 0 && next(4) === 0 && tokens.length < 3) {
          tokens.push(current);
          current = '';
        }
        current += digit;
      });
      tokens.push(current);
      const all = cuts(tokens, n);
      const fewer = n - 1 >= tokens.length && cuts(tokens, n - 1).length > 0;
      const want = all.length === 1 && !fewer ? { kind: 'certain', cells: all[0] } : { kind: 'candidates', splits: all, complete: true };
      expect(splitRun(tokens, n), tokens.join(' ')).toEqual(want);
    }
  });
});
