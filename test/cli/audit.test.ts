import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ensureBuilt, tempDir, zfxxgk } from './helpers.js';

beforeAll(() => ensureBuilt());

const JTJ_2020 = readFileSync(join(FIXTURES, 'pt-jtj-2020', 'input.txt'), 'utf8');
const CARRIED_OVER = '二、上年结转政府信息公开申请数量0000000';

/**
 * pt-jtj-2020 and a 2021 made from it: the year renamed, 收费's 上一年项目数量 made to follow on
 * (15 − 15 = 0), and, if asked, its 上年结转 row edited.
 */
function twoYears(carriedOver2021 = '0000000'): string {
  const dir = tempDir();
  writeFileSync(join(dir, '2020.txt'), JTJ_2020);
  expect(JTJ_2020).toContain('行政事业性收费15-15');
  const next = JTJ_2020.replaceAll('2020年度', '2021年度')
    .replace('行政事业性收费15-15', '行政事业性收费0 0')
    .replace(CARRIED_OVER, `二、上年结转政府信息公开申请数量${carriedOver2021}`);
  writeFileSync(join(dir, '2021.txt'), next);
  return dir;
}

describe('zfxxgk validate --series', () => {
  it('prints nothing and exits 0 when consecutive years follow on', () => {
    const run = zfxxgk(['validate', '--series', twoYears()]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints a failed carry-over naming both files and exits 1', () => {
    const dir = twoYears('1000001');
    const run = zfxxgk(['validate', '--series', dir]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      `${join(dir, '2020.txt')} → ${join(dir, '2021.txt')}: SERIES_CARRY_OVER 自然人列：2020年四、结转下年度继续办理(0)，但2021年二、上年结转(1) (expected 0, actual 1)`,
      `${join(dir, '2020.txt')} → ${join(dir, '2021.txt')}: SERIES_CARRY_OVER 总计列：2020年四、结转下年度继续办理(0)，但2021年二、上年结转(1) (expected 0, actual 1)`,
    ]);
  });

  it('--verbose adds the unknown checks and a count', () => {
    const run = zfxxgk(['validate', '--series', '--verbose', twoYears()]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('SERIES_PREVIOUS_YEAR [unknown] 行政许可');
    expect(run.stderr).toContain('series: 2 reports, 12 checks');
  });

  it('--series is not an option of parse', () => {
    expect(zfxxgk(['parse', '--series', twoYears()]).status).toBe(2);
  });
});

describe('zfxxgk audit --html', () => {
  it('writes one self-contained page', () => {
    const dir = twoYears('1000001');
    const out = join(tempDir(), 'audit.html');
    const run = zfxxgk(['audit', dir, '--html', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("Content-Security-Policy");
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(html).toContain('逐年·结转下年度=次年上年结转');
    expect(html).toContain('class="c s-failed" id="r1-applications.carriedOver.total"');
    // parsed with sources: the failing cell's popup quotes the text it was read from
    const cell = html.slice(html.indexOf('id="r1-applications.carriedOver.total"'));
    expect(cell.slice(0, cell.indexOf('</td>'))).toMatch(/<p class="source">“1”（第\d+行，第\d+列）<\/p>/);
  });

  it('needs --html', () => {
    const run = zfxxgk(['audit', twoYears()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('audit needs --html <file>');
  });

  it('a page that cannot be written is an I/O error', () => {
    const run = zfxxgk(['audit', twoYears(), '--html', join(tempDir(), 'no', 'such', 'dir', 'a.html')]);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^zfxxgk: cannot write .*a\.html: /);
  });
});
