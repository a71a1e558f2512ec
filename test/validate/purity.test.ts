import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import type { ValidateOptions } from '../../src/validate/index.js';
import type { Report } from '../../src/types.js';
import { addPath, consistent, deepFreeze, setPath } from './helpers.js';

function broken(): Report {
  const r = consistent('2021');
  addPath(r, 'applications.granted.commercial', 1);
  setPath(r, 'applications.carriedOver.total', null);
  setPath(r, 'activeDisclosure.fees.amount', -1);
  return r;
}

describe('validate(): purity and options', () => {
  it('never mutates the report (deep-frozen input, both modes)', () => {
    const before = structuredClone(broken());
    const frozen = deepFreeze(broken());
    const a = validate(frozen);
    const b = validate(frozen, { nulls: 'zero' });
    expect(frozen).toEqual(before);
    expect(a.ok).toBe(false);
    expect(b.ok).toBe(false);
  });

  it('returns fresh results: mutating one does not affect the next', () => {
    const r = consistent('2021');
    const first = validate(r);
    first.checks[0]!.paths.push('x');
    first.checks.length = 0;
    const second = validate(r);
    expect(second.checks).toHaveLength(441);
    expect(second.checks[0]!.paths).toHaveLength(4);
  });

  it('issues are exactly the failed checks, in check order', () => {
    const result = validate(broken());
    expect(result.issues).toEqual(result.checks.filter((c) => c.status === 'fail'));
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('rejects an unknown nulls option', () => {
    expect(() => validate(consistent('2021'), { nulls: 'skip' } as unknown as ValidateOptions)).toThrow(expect.objectContaining({ name: 'ReportParseError', code: 'INVALID_OPTIONS' }));
    expect(validate(consistent('2021'), { nulls: 'unknown' }).ok).toBe(true);
    expect(validate(consistent('2021'), {}).ok).toBe(true);
  });
});
