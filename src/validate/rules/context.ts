import type { Report } from '../../types.js';
import type { Check } from '../types.js';

/** What every rule receives: the report, how to read nulls, and where to put checks. */
export interface RuleContext {
  readonly report: Report;
  /** edition is 2019 (otherwise the 2021 layout is used, also for `unknown`) */
  readonly is2019: boolean;
  /**
   * table 三 prints the single （六）其他处理 row: always in the 2019 edition, and in a 2021
   * report that uses the older template (its three sub-rows all null, the single row not)
   */
  readonly singleOtherDisposal: boolean;
  /** count null as 0 */
  readonly zero: boolean;
  /** checks are appended here, in order */
  readonly out: Check[];
}
