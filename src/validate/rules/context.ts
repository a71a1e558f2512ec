import type { Report } from '../../types.js';
import type { Check } from '../types.js';

/** What every rule receives: the report, how to read nulls, and where to put checks. */
export interface RuleContext {
  readonly report: Report;
  /** edition is 2019 (otherwise the 2021 layout is used, also for `unknown`) */
  readonly is2019: boolean;
  /** count null as 0 */
  readonly zero: boolean;
  /** checks are appended here, in order */
  readonly out: Check[];
}
