/**
 * The default grouping key of a series: the organization's name as reports write it,
 * with the differences that do not change the name removed (full-width/half-width forms,
 * whitespace, a middle dot). Nothing else is stripped: two offices whose names differ in
 * one character stay two organizations.
 */
export function organizationKey(name: string | null | undefined): string | null {
  if (typeof name !== 'string') return null;
  const key = name.normalize('NFKC').replace(/[\s\u00b7\u2022\u30fb]+/gu, '');
  return key === '' ? null : key;
}
