/**
 * The mutation suite: every fixture, edited the ways real inputs differ from it, must never
 * give a wrong number. Its only assertion: every non-null number of the report equals the
 * (edited) truth — a null is allowed (the parser warns), a different number is not.
 *
 * The heuristics were not tuned on these inputs: they are made here from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { loadFixtures } from '../fixture-helpers.js';
import { diffReport } from '../report-diff.js';

interface Mutant {
  input: string;
  /** dotted paths whose truth becomes null */
  blanked?: string[];
}

type Mutation = (input: string, layout: string) => Mutant | null;

const ROW_LABELS: [string, string][] = [
  ['一、本年新收政府信息公开申请数量', 'newReceived'],
  ['二、上年结转政府信息公开申请数量', 'carriedOver'],
  ['予以公开', 'granted'],
  ['属于国家秘密', 'denied.stateSecret'],
  ['其他法律行政法规禁止公开', 'denied.prohibitedByLaw'],
  ['保护第三方合法权益', 'denied.thirdPartyRights'],
  ['属于三类内部事务信息', 'denied.internalAffairs'],
  ['属于四类过程性信息', 'denied.processInformation'],
  ['属于行政执法案卷', 'denied.enforcementFiles'],
  ['本机关不掌握相关政府信息', 'unableToProvide.notHeld'],
  ['重复申请', 'notProcessed.duplicate'],
];

const lineShape = (layout: string): boolean => layout === 'tsv' || layout === 'pipe';
const separator = (layout: string): string => (layout === 'tsv' ? '\t' : '|');

/** The index of the line holding a row label, for one-row-per-line shapes. */
function rowLine(lines: readonly string[], label: string): number {
  return lines.findIndex((line) => line.replace(/\s+/g, '').includes(label));
}

const PROSE = '本年新收政府信息公开申请数量12件，上年结转3件，予以公开8件，结转下年度继续办理2件。'.repeat(6);

const MUTATIONS: Record<string, Mutation> = {
  'a long prose paragraph in section 一': (input, layout) => {
    if (layout === 'html') return { input: input.replace(/(一、\s*总体情况[^<]*<\/[a-z0-9]+>)/, `$1<p>${PROSE}</p>`) };
    if (layout === 'glued') return { input: input.replace(/一、\s*总体情况/, (m) => m + PROSE) };
    const lines = input.split('\n');
    const at = lines.findIndex((l) => /^\s*一[、.]\s*(?:总体情况|總體情況)/.test(l));
    if (at < 0) return null;
    lines.splice(at + 1, 0, PROSE, '');
    return { input: lines.join('\n') };
  },

  'a typo in a row label': (input) => {
    for (const [from, to] of [['禁止公开', '禁正公开'], ['国家秘密', '国家秘蜜'], ['过程性信息', '过程姓信息'], ['行政查询事项', '行政差询事项'], ['國家秘密', '國家秘蜜'], ['屬于國家秘密', '屬于國家秘蜜']]) {
      if (input.includes(from!)) return { input: input.replace(from!, to!) };
    }
    return null;
  },

  'two rows swapped': (input, layout) => {
    if (layout === 'html') {
      const rows = [...input.matchAll(/<tr[\s>][\s\S]*?<\/tr>/g)].map((m) => m[0]);
      const a = rows.find((r) => r.replace(/<[^>]+>|\s|&nbsp;/g, '').includes('属于三类内部事务信息'));
      const b = rows.find((r) => r.replace(/<[^>]+>|\s|&nbsp;/g, '').includes('属于四类过程性信息'));
      if (!a || !b) return null;
      return { input: input.replace(a, '\u0000').replace(b, a).replace('\u0000', b) };
    }
    if (layout === 'glued') {
      // A label and its run, up to the next label's own numbering (`…0 0 6.属于…`: the 6 is not a cell).
      const a = /5\.属于三类内部事务信息(?:\s*\d+(?![\d.]))*\s*/.exec(input)?.[0];
      const b = /6\.属于四类过程性信息(?:\s*\d+(?![\d.]))*\s*/.exec(input)?.[0];
      if (!a || !b) return null;
      return { input: input.replace(a, '\u0000').replace(b, a).replace('\u0000', b) };
    }
    const lines = input.split('\n');
    if (lineShape(layout)) {
      const a = rowLine(lines, '属于三类内部事务信息');
      const b = rowLine(lines, '属于四类过程性信息');
      if (a < 0 || b < 0) return null;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return { input: lines.join('\n') };
    }
    // lines: a row is its label line and the value lines up to the next label.
    const block = (label: string): [number, number] | null => {
      const start = rowLine(lines, label);
      if (start < 0) return null;
      let end = start + 1;
      while (end < lines.length && !/[\u4e00-\u9fff]/.test(lines[end]!)) end++;
      return [start, end];
    };
    const a = block('属于三类内部事务信息');
    const b = block('属于四类过程性信息');
    if (!a || !b || a[1] !== b[0]) return null;
    const first = lines.slice(a[0], a[1]);
    const second = lines.slice(b[0], b[1]);
    lines.splice(a[0], b[1] - a[0], ...second, ...first);
    return { input: lines.join('\n') };
  },

  'a label wrapped onto a second line': (input, layout) => {
    const label = '没有现成信息需要另行制作';
    if (!input.includes(label)) return null;
    if (layout === 'html') return { input: input.replace(label, '没有现成信息<br>需要另行制作') };
    if (layout === 'glued') return null; // one line: nothing to wrap
    if (lineShape(layout)) {
      // A PDF copy wraps the label cell: the row's first line ends inside the label.
      const lines = input.split('\n');
      const at = rowLine(lines, label);
      const line = lines[at]!;
      const cut = line.indexOf('需要另行制作');
      lines.splice(at, 1, line.slice(0, cut), line.slice(0, line.indexOf('2.') >= 0 ? line.indexOf('2.') : 0).replace(/[^\t|]/g, '') + line.slice(cut));
      return { input: lines.join('\n') };
    }
    return { input: input.replace(label, '没有现成信息\n需要另行制作') };
  },

  'the table header repeated after a page break': (input, layout) => {
    const lines = input.split('\n');
    if (layout === 'glued' || layout === 'html') return null;
    const header = lines.filter((l) => /自然人|商业企业|申请人情况|商業企業|申請人情況/.test(l) && l.length < 400);
    const at = Math.max(rowLine(lines, '属于行政执法案卷'), rowLine(lines, '屬于行政執法案卷'), rowLine(lines, '執法案卷'), rowLine(lines, '行政查詢事項'));
    if (header.length === 0 || at < 0) return null;
    lines.splice(at, 0, '- 3 -', ...header);
    return { input: lines.join('\n') };
  },

  'a blank 总计 on a detail row': (input, layout) => {
    if (lineShape(layout)) {
      const lines = input.split('\n');
      const at = rowLine(lines, '属于国家秘密');
      if (at < 0) return null;
      const fields = lines[at]!.split(separator(layout));
      let last = fields.length - 1;
      while (last > 0 && fields[last]!.trim() === '') last--;
      if (!/^\s*\d/.test(fields[last]!)) return null;
      fields[last] = layout === 'pipe' ? ' ' : '';
      lines[at] = fields.join(separator(layout));
      return { input: lines.join('\n'), blanked: ['applications.denied.stateSecret.total'] };
    }
    if (layout === 'html') {
      const rows = [...input.matchAll(/<tr[\s>][\s\S]*?<\/tr>/g)].map((m) => m[0]);
      const row = rows.find((r) => r.replace(/<[^>]+>|\s|&nbsp;/g, '').includes('属于国家秘密'));
      if (!row) return null;
      const cells = [...row.matchAll(/<td[\s\S]*?<\/td>/g)];
      const last = cells.at(-1);
      if (!last) return null;
      const blank = last[0].replace(/>([^<>]*\d[^<>]*)</g, '>&nbsp;<');
      const at = last.index!;
      const edited = row.slice(0, at) + blank + row.slice(at + last[0].length);
      return { input: input.replace(row, edited), blanked: ['applications.denied.stateSecret.total'] };
    }
    return null;
  },

  'blank cells dropped': (input, layout) => {
    if (lineShape(layout)) {
      const sep = separator(layout);
      const out = input
        .split('\n')
        .map((line) => (line.includes(sep) && /\d/.test(line) ? line.split(sep).filter((f) => f.trim() !== '').join(sep) : line))
        .join('\n');
      return out === input ? null : { input: out };
    }
    if (layout === 'lines') {
      const out = input.replace(/\n[ \t\u00a0\u3000]+(?=\n)/g, '');
      return out === input ? null : { input: out };
    }
    if (layout === 'glued') {
      // A blank cell leaves no trace in a glued export: one `0` of an all-zero run is gone. Every
      // number still read from that row must be 0 (the dropped cell is one of them, unknown which).
      const out = input.replace(/(二、上年结转政府信息公开申请数量[0\s]*)0(?=\s*[^\d\s])/, '$1');
      return out === input ? null : { input: out };
    }
    return null;
  },
};

const fixtures = loadFixtures();

describe('mutation suite: no wrong number on any mutated fixture', () => {
  for (const fixture of fixtures) {
    const layout = (fixture.expected['meta'] as { layout: string }).layout;
    for (const [name, mutate] of Object.entries(MUTATIONS)) {
      const mutant = mutate(fixture.input, layout);
      if (mutant === null || mutant.input === fixture.input) continue;
      it(`${fixture.name}: ${name}`, async () => {
        let report;
        try {
          report = await parseReport(mutant.input);
        } catch (error) {
          // A mutant that is no longer a report may be refused; it may not crash otherwise.
          expect((error as { code?: string }).code).toBe('NOT_A_REPORT');
          return;
        }
        const truth = structuredClone(fixture.expected);
        for (const path of mutant.blanked ?? []) {
          const keys = path.split('.');
          let node = truth as Record<string, unknown>;
          for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
          node[keys.at(-1)!] = null;
        }
        const diff = diffReport(report as unknown as Record<string, unknown>, truth);
        expect([...diff.wrong, ...diff.invented]).toEqual([]);
      });
    }
  }

  it('covers every fixture with at least three mutations', () => {
    for (const fixture of fixtures) {
      const layout = (fixture.expected['meta'] as { layout: string }).layout;
      const applied = Object.values(MUTATIONS).filter((m) => {
        const mutant = m(fixture.input, layout);
        return mutant !== null && mutant.input !== fixture.input;
      });
      expect(applied.length, fixture.name).toBeGreaterThanOrEqual(3);
    }
  });
});

export { ROW_LABELS };
