/**
 * The row arithmetic of the official tables, on numbers already read: the glued reader settles
 * its splits with it, the recognizers check order-placed rows with it.
 */

/** The last value is the sum of the others (a table 三 row: six applicant columns, then 总计). */
export function rowTotalHolds(values: readonly number[]): boolean {
  let sum = 0;
  for (let i = 0; i < values.length - 1; i++) sum += values[i]!;
  return sum === values[values.length - 1];
}

/** Each group of five: 维持 + 纠正 + 其他 + 尚未审结 = 总计 (table 四). */
export function groupTotalsHold(values: readonly number[]): boolean {
  for (let g = 0; g + 5 <= values.length; g += 5) {
    if (values[g]! + values[g + 1]! + values[g + 2]! + values[g + 3]! !== values[g + 4]) return false;
  }
  return true;
}
