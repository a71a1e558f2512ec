/** Chinese names of check codes and statuses, as the page shows them. */
export const CHECK_NAMES: Readonly<Record<string, string>> = {
  APPLICATIONS_BALANCE: '三·勾稽关系（新收+结转=办理+结转下年）',
  APPLICATIONS_TOTAL_PROCESSED: '三·（七）总计=各办理结果之和',
  APPLICATIONS_ROW_TOTAL: '三·总计列=各申请人之和',
  REVIEW_LITIGATION_TOTAL: '四·总计=各结果之和',
  NEGATIVE_VALUE: '数值为负',
  NOT_INTEGER: '数量非整数',
  SERIES_CARRY_OVER: '逐年·结转下年度=次年上年结转',
  SERIES_STOCK: '逐年·现行有效件数衔接（参考）',
  SERIES_PREVIOUS_YEAR: '逐年·上一年项目数量衔接',
  SERIES_MISSING_YEAR: '逐年·缺少年度',
  SERIES_DUPLICATE: '逐年·同一年度多份报告',
  SERIES_NO_KEY: '逐年·未识别机关或年度',
  PROSE_TABLE: '正文与表格一致',
};

export function checkName(code: string): string {
  return CHECK_NAMES[code] ?? code;
}

export const STATUS_NAMES: Readonly<Record<string, string>> = {
  pass: '通过',
  fail: '未通过',
  unknown: '无法核对',
  advisory: '提示',
};

/** Cell states, in the order the legend lists them. */
export const CELL_STATES = ['read', 'null', 'failed', 'inferred', 'warned'] as const;
export type CellState = (typeof CELL_STATES)[number];

export const CELL_STATE_NAMES: Readonly<Record<CellState, string>> = {
  read: '已读取',
  null: '空白（null）',
  failed: '参与未通过的核对',
  inferred: '按规则推定位置',
  warned: '有解析警告或提示',
};

/** A mark besides the colour, so the state is not told by colour alone. */
export const CELL_STATE_MARKS: Readonly<Record<CellState, string>> = {
  read: '',
  null: '',
  failed: '✗',
  inferred: '≈',
  warned: '!',
};
