// npm run demo: parse the five seed reports with the built package and show what comes out.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport, validate } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];
const show = (value) => (value === null ? '—' : String(value));

console.log('— means null: the cell is blank in the source, or its value could not be placed with certainty (a warning says which).');

/** ok only when most checks could be decided; otherwise say how many could not. */
function verdict({ pass, fail, unknown }) {
  const total = pass + fail + unknown;
  if (fail > 0) return `FAILED: ${fail} of ${total} checks failed, ${unknown} could not be decided (blank cells)`;
  if (unknown * 2 > total) return `no failed check, but ${unknown} of ${total} checks could not be decided (blank cells); ${pass} passed`;
  return `ok (${pass} pass, ${unknown} could not be decided)`;
}

for (const name of seeds) {
  const input = readFileSync(join(root, 'fixtures', name, 'input.txt'), 'utf8');
  const report = await parseReport(input);
  const { meta, activeDisclosure: ad, applications: ap, reviewLitigation: rl } = report;
  const check = validate(report);
  const counts = { pass: 0, fail: 0, unknown: 0 };
  for (const c of check.checks) counts[c.status]++;
  console.log(`\n${name}  ${meta.title ?? '(no title)'}`);
  console.log(`  机关 ${show(meta.organization)} · 年度 ${show(meta.year)} · ${meta.edition} edition · layout ${meta.layout} · ${meta.script}`);
  console.log(`  二 规范性文件 制发/废止/现行 ${show(ad.normativeDocuments.issued)}/${show(ad.normativeDocuments.repealed)}/${show(ad.normativeDocuments.inForce)} · 行政许可 ${show(ad.licensing.decisions)} · 行政处罚 ${show(ad.penalty.decisions)} · 收费 ${show(ad.fees.amount)} 万元`);
  console.log(`  三 新收 ${show(ap.newReceived.total)} · 上年结转 ${show(ap.carriedOver.total)} · 予以公开 ${show(ap.granted.total)} · 办理总计 ${show(ap.totalProcessed.total)} · 结转下年 ${show(ap.carriedForward.total)}`);
  console.log(`  四 行政复议 ${show(rl.review.total)} · 直接起诉 ${show(rl.litigationDirect.total)} · 复议后起诉 ${show(rl.litigationAfterReview.total)}`);
  console.log(`  validate: ${verdict(counts)} · ${report.warnings.length} warnings${report.warnings.length ? ': ' + [...new Set(report.warnings.map((w) => w.code))].join(', ') : ''}`);
  for (const issue of check.issues) console.log(`    ${issue.code}: ${issue.message}`);
}
