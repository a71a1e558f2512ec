import type { Edition } from '../types.js';
import type { Warnings } from '../warnings.js';

/**
 * Which table format the report uses, from the evidence its tables give (headers and
 * rows only one edition has). With no evidence, a report with enough recognised rows
 * and a year of 2019 or later gets the format of its year, with a warning.
 */
export function decideEdition(e2021: number, e2019: number, rowsFound: number, year: number | null, warnings: Warnings): Edition {
  if (e2021 > e2019) return '2021';
  if (e2019 > e2021) return '2019';
  // Only reports on 2019 and later use either table format: an older report's tables are
  // another shape, whatever labels they share, so no number is read from them.
  if (rowsFound < 5 || year === null || year < 2019) {
    warnings.add('EDITION_UNKNOWN', '没有识别出2019或2021年版的统计表格，数值一律为空', { path: 'meta.edition' });
    return 'unknown';
  }
  const guess = year <= 2020 ? '2019' : '2021';
  warnings.add('EDITION_UNKNOWN', `表格未能表明版本，按年份推定为${guess}年版`, { path: 'meta.edition' });
  return guess;
}
