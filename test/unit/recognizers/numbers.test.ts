import { describe, expect, it } from 'vitest';
import { rewriteCharacters } from '../../../src/normalize/characters.js';
import { type CellValue, isValueLike, readCell } from '../../../src/recognizers/numbers.js';

const num = (value: number, unit: string | null = null): CellValue => ({ kind: 'number', value, unit });

describe('readCell', () => {
  it.each([
    ['0', num(0)],
    ['3,068', num(3068)],
    ['3，068', num(3068)],
    ['1,234,567', num(1234567)],
    ['0.35', num(0.35)],
    ['+1036', num(1036)],
    ['-72', num(-72)],
    ['－72', num(-72)],
    ['＋5', num(5)],
    ['1．5', num(1.5)],
    ['-0', num(0)],
    ['251000元', num(251000, '元')],
    ['547.9659万元', num(547.9659, '万元')],
    ['12 件', num(12, '件')],
    ['  7  ', num(7)],
  ] as const)('reads %j as a number', (text, expected) => {
    expect(readCell(text)).toEqual(expected);
  });

  it('gives -0 as 0, not negative zero', () => {
    const value = readCell('-0');
    expect(value.kind === 'number' && Object.is(value.value, 0)).toBe(true);
  });

  it.each(['', '   ', '\t', ' \n '])('reads %j as blank', (text) => {
    expect(readCell(text)).toEqual({ kind: 'blank' });
  });

  it.each(['—', '-', '--', '/', '／', '无', '暂无', '不适用', 'N/A', '*'])('reads %j as a placeholder', (text) => {
    expect(readCell(text)).toEqual({ kind: 'placeholder', text });
  });

  it('trims a placeholder', () => {
    expect(readCell(' — ')).toEqual({ kind: 'placeholder', text: '—' });
  });

  it.each(['2 0', '1 000', '12 345 678'])('reads %j as a number split by spaces (never guessed)', (text) => {
    expect(readCell(text)).toEqual({ kind: 'split', text });
  });

  it.each(['见附件', '规章', '0.35%', '3,06', '1,2345', '1.', '—2', '2021年'])('reads %j as text', (text) => {
    expect(readCell(text)).toEqual({ kind: 'text', text });
  });

  it('reads a full-width ０ as 0 once the text is normalized', () => {
    expect(readCell(rewriteCharacters('０').text)).toEqual(num(0));
    expect(readCell(rewriteCharacters('１，２３４').text)).toEqual(num(1234));
  });
});

describe('isValueLike', () => {
  it('is true for everything but text', () => {
    expect(['0', '', '—', '2 0', '规章'].map((t) => isValueLike(readCell(t)))).toEqual([true, true, true, true, false]);
  });
});
