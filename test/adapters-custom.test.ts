import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvAdapter } from '../examples/csv-adapter.js';
import { markdownAdapter } from '../examples/markdown-adapter.js';
import { type Adapter, type Block, ReportParseError, builtinAdapters, checkSchema, parseReport, pipeAdapter, validate } from '../src/index.js';
import { FIXTURES, comparable, loadFixtures } from './fixture-helpers.js';

const EXAMPLES = join(import.meta.dirname, '..', 'examples', 'fixtures');
const read = (path: string): string => readFileSync(path, 'utf8');
const json = (path: string): Record<string, unknown> => JSON.parse(read(path)) as Record<string, unknown>;
const asRecord = (value: unknown): Record<string, unknown> => value as Record<string, unknown>;

const SEED = read(join(FIXTURES, 'seed-001', 'input.txt'));
const SEED_EXPECTED = json(join(FIXTURES, 'seed-001', 'expected.json'));

/** seed-001's expected report as another adapter would report it. */
function seedExpectedAs(layout: string): Record<string, unknown> {
  const copy = structuredClone(SEED_EXPECTED);
  asRecord(copy['meta'])['layout'] = layout;
  return copy;
}

/** An adapter that always wins and reads seed-001 with the pipe reader, then `change`s the blocks. */
function pipeWith(name: string, change: (blocks: Block[]) => unknown): Adapter {
  return { name, detect: () => 1, read: (text) => change(pipeAdapter.read(text)) as Block[] };
}

/** The ReportParseError a parse rejects with (fails the test when it resolves or throws something else). */
async function parseError(input: string, options: Parameters<typeof parseReport>[1]): Promise<ReportParseError> {
  const error: unknown = await parseReport(input, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportParseError);
  return error as ReportParseError;
}

async function expectAdapterFailed(adapter: Adapter, options: { layout?: string } = {}): Promise<ReportParseError> {
  const error = await parseError(SEED, { adapters: [adapter], ...options });
  expect(error.code).toBe('ADAPTER_FAILED');
  expect(error.adapter).toBe(adapter.name);
  return error;
}

describe('example fixtures', () => {
  const cases = [
    { name: 'markdown-report.md', adapter: markdownAdapter, expected: 'markdown-report.expected.json' },
    { name: 'csv-report.csv', adapter: csvAdapter, expected: 'csv-report.expected.json' },
  ];
  for (const { name, adapter, expected } of cases) {
    describe(name, () => {
      it('should parse to its hand-written expected json', async () => {
        const report = await parseReport(read(join(EXAMPLES, name)), { adapters: [adapter] });
        expect(comparable(asRecord(report))).toEqual(comparable(json(join(EXAMPLES, expected))));
        expect(checkSchema(report)).toEqual([]);
      });

      it("should match seed-001's numbers and text: only meta.layout differs", () => {
        expect(json(join(EXAMPLES, expected))).toEqual(seedExpectedAs(adapter.name));
      });

      it('should drop the footer chrome with TEXT_DROPPED, as seed-001 does', async () => {
        const report = await parseReport(read(join(EXAMPLES, name)), { adapters: [adapter] });
        expect(report.warnings.map((w) => w.code)).toContain('TEXT_DROPPED');
      });

      it('should be chosen by detect() over every built-in', async () => {
        const report = await parseReport(read(join(EXAMPLES, name)), { adapters: [markdownAdapter, csvAdapter] });
        expect(report.meta.layout).toBe(adapter.name);
      });
    });
  }

  it('should not take over any built-in fixture', () => {
    for (const fixture of loadFixtures()) {
      const text = fixture.input.replace(/\r\n?/g, '\n');
      const builtin = Math.max(...builtinAdapters.map((adapter) => adapter.detect(text)));
      const custom = Math.max(markdownAdapter.detect(text), csvAdapter.detect(text));
      // Custom adapters win ties, so they must be strictly less confident (or not at all).
      expect(custom === 0 || custom < builtin, `${fixture.name}: custom ${custom}, built-in ${builtin}`).toBe(true);
    }
  });
});

describe('markdownAdapter', () => {
  const rows = (text: string): string[][] =>
    markdownAdapter.read(text).flatMap((block) => (block.kind === 'table' ? block.rows.map((row) => row.map((cell) => cell.text)) : []));

  it('should read the header row as data and skip the separator row', () => {
    expect(rows('| a | b |\n|---|:--:|\n| 1 | 2 |')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('should not make cells of the leading and trailing pipes, which are optional', () => {
    expect(rows('a | b\n--- | ---\n1 | 2 |\n| 3 | 4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('should keep an escaped pipe in its cell', () => {
    expect(rows('| a | b |\n|---|---|\n| x \\| y | 2 \\|\n| \\\\| 3 |')).toEqual([
      ['a', 'b'],
      ['x | y', '2 |'],
      ['\\', '3'],
    ]);
  });

  it('should keep empty cells and not pad or cut rows to the header width', () => {
    expect(rows('| a | b | c |\n|---|---|---|\n| 行政许可 | 0 | | |\n| 规章 |')).toEqual([
      ['a', 'b', 'c'],
      ['行政许可', '0', '', ''],
      ['规章'],
    ]);
  });

  it('should keep a data row of dashes after the separator (a placeholder, not a second separator)', () => {
    expect(rows('| a | b |\n|---|---|\n| - | - |')).toEqual([
      ['a', 'b'],
      ['-', '-'],
    ]);
  });

  it('should read headings and prose as paragraphs, with their line numbers', () => {
    const blocks = markdownAdapter.read('# 标题 #\n\n## 二、主动公开政府信息情况\n\n| a | b |\n|---|---|\n| 1 | 2 |\n正文 1\\. 一段\n\n---\n###### 六、其他');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '标题', line: 1 },
      { kind: 'paragraph', text: '二、主动公开政府信息情况', line: 3 },
      {
        kind: 'table',
        line: 5,
        rows: [
          [
            { text: 'a', line: 5 },
            { text: 'b', line: 5 },
          ],
          [
            { text: '1', line: 7 },
            { text: '2', line: 7 },
          ],
        ],
      },
      { kind: 'paragraph', text: '正文 1. 一段', line: 8 },
      { kind: 'paragraph', text: '六、其他', line: 11 },
    ]);
  });

  it('should read a pipe line without a separator row as prose', () => {
    expect(markdownAdapter.read('规章 | 0 | 0 | 0 |')).toEqual([{ kind: 'paragraph', text: '规章 | 0 | 0 | 0 |', line: 1 }]);
  });

  it('should be confident only when a separator row follows a header row', () => {
    expect(markdownAdapter.detect('| a | b |\n|---|---|\n| 1 | 2 |')).toBeGreaterThanOrEqual(0.95);
    expect(markdownAdapter.detect(SEED)).toBe(0);
    expect(markdownAdapter.detect('| a | b |\n|---|---|---|')).toBe(0); // the widths differ: not a table
    expect(markdownAdapter.detect('标题\n---\n正文')).toBe(0);
    expect(markdownAdapter.detect('')).toBe(0);
  });
});

describe('the READMEs', () => {
  for (const [name, marker] of [
    ['examples/README.md', '**This code is `examples/markdown-adapter.ts` exactly**'],
    ['README.md', '**this code is `examples/markdown-adapter.ts` exactly**'],
  ] as const) {
    it(`should quote markdown-adapter.ts exactly in ${name}`, () => {
      const readme = read(join(import.meta.dirname, '..', name));
      expect(readme).toContain(marker);
      const after = readme.slice(readme.indexOf(marker));
      const quoted = /```ts\n([\s\S]*?)\n```/.exec(after)?.[1];
      expect(quoted).toBe(read(join(import.meta.dirname, '..', 'examples', 'markdown-adapter.ts')).replace(/\n$/, ''));
    });
  }
});

describe('csvAdapter', () => {
  const tables = (text: string): string[][] =>
    csvAdapter.read(text).flatMap((block) => (block.kind === 'table' ? block.rows.map((row) => row.map((cell) => cell.text)) : []));

  it('should read a row like 规章,0,0,0 as table cells, empty fields included', () => {
    expect(tables('规章,0,0,0\n行政许可,0,,')).toEqual([
      ['规章', '0', '0', '0'],
      ['行政许可', '0', '', ''],
    ]);
  });

  it('should keep commas, doubled quotes and line breaks inside quoted fields', () => {
    const blocks = csvAdapter.read('"a,b","say ""hi""","商业\n企业",1\nnext,2\n"多行\n正文"\n末行');
    expect(blocks).toEqual([
      {
        kind: 'table',
        line: 1,
        rows: [
          [
            { text: 'a,b', line: 1 },
            { text: 'say "hi"', line: 1 },
            { text: '商业\n企业', line: 1 },
            { text: '1', line: 2 },
          ],
          [
            { text: 'next', line: 3 },
            { text: '2', line: 3 },
          ],
        ],
      },
      { kind: 'paragraph', text: '多行\n正文', line: 4 },
      { kind: 'paragraph', text: '末行', line: 6 },
    ]);
  });

  it('should read one-field lines and rows with text in the first field only as paragraphs', () => {
    expect(csvAdapter.read('二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况,,,\n,,,\n"一是,二是"')).toEqual([
      { kind: 'paragraph', text: '二、主动公开政府信息情况', line: 1 },
      { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况', line: 2 },
      { kind: 'paragraph', text: '一是,二是', line: 4 },
    ]);
  });

  it('should read an unclosed quote as a literal character and say so in a note', () => {
    const blocks = csvAdapter.read('规章,0,0,0\n"打造,阳光政府\n行政许可,0,,');
    expect(blocks[0]).toMatchObject({ kind: 'note', code: 'CSV_UNCLOSED_QUOTE', line: 2 });
    expect(blocks.slice(1).flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []))).toEqual([
      ['规章', '0', '0', '0'],
      ['"打造', '阳光政府'],
      ['行政许可', '0', '', ''],
    ]);
  });

  it('should not be confident about prose full of commas', () => {
    expect(csvAdapter.detect(SEED)).toBe(0);
    expect(csvAdapter.detect('一是主动公开,其中,政策解读18条,收到留言4条\n共3,068条')).toBe(0);
    expect(csvAdapter.detect(read(join(EXAMPLES, 'csv-report.csv')))).toBeGreaterThanOrEqual(0.95);
  });
});

describe('choosing an adapter', () => {
  it('should let a user adapter win over the built-ins', async () => {
    const mine: Adapter = { name: 'mine', detect: () => 0.95, read: (text) => pipeAdapter.read(text) };
    const report = await parseReport(SEED, { adapters: [mine] });
    expect(report.meta.layout).toBe('mine');
    expect(comparable(asRecord(report))).toEqual(comparable(seedExpectedAs('mine')));
  });

  it('should let a user adapter win a tie with a built-in', async () => {
    const mine: Adapter = { name: 'mine', detect: (text) => pipeAdapter.detect(text), read: (text) => pipeAdapter.read(text) };
    expect((await parseReport(SEED, { adapters: [mine] })).meta.layout).toBe('mine');
  });

  it('should not choose a user adapter that is less confident than a built-in', async () => {
    const shy: Adapter = { name: 'shy', detect: () => 0.1, read: () => [] };
    expect((await parseReport(SEED, { adapters: [shy] })).meta.layout).toBe('pipe');
  });

  it("should force the tsv adapter on pipe input with layout: 'tsv'", async () => {
    const report = await parseReport(SEED, { layout: 'tsv' });
    expect(report.meta.layout).toBe('tsv');
  });

  it('should use the adapter that layout names without calling any detect()', async () => {
    const detect = vi.fn(() => 0);
    const mine: Adapter = { name: 'mine', detect, read: (text) => pipeAdapter.read(text) };
    const other: Adapter = { name: 'other', detect, read: () => [] };
    const report = await parseReport(SEED, { adapters: [other, mine], layout: 'mine' });
    expect(report.meta.layout).toBe('mine');
    expect(detect).not.toHaveBeenCalled();
  });

  it("should reject layout: 'nope' with UNKNOWN_LAYOUT", async () => {
    const error = await parseError(SEED, { layout: 'nope' });
    expect(error.code).toBe('UNKNOWN_LAYOUT');
    expect(error.adapter).toBe('nope');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('should reject layout: %j with UNKNOWN_LAYOUT, not an Object.prototype member', async (layout) => {
    expect((await parseError(SEED, { layout })).code).toBe('UNKNOWN_LAYOUT');
  });
});

describe('invalid adapters in options.adapters', () => {
  const read = (): Block[] => [];
  const detect = (): number => 0;
  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'markdown'],
    ['a function', () => []],
    ['an empty object', {}],
    ['no name', { detect, read }],
    ['an empty name', { name: '', detect, read }],
    ['a name that is not a string', { name: 7, detect, read }],
    ['no detect', { name: 'x', read }],
    ['detect that is not a function', { name: 'x', detect: 0.9, read }],
    ['no read', { name: 'x', detect }],
  ])('should reject %s with INVALID_OPTIONS', async (_, adapter) => {
    const error = await parseError(SEED, { adapters: [adapter as Adapter] });
    expect(error.code).toBe('INVALID_OPTIONS');
  });

  it('should reject adapters that are not an array with INVALID_OPTIONS', async () => {
    expect((await parseError(SEED, { adapters: markdownAdapter as unknown as Adapter[] })).code).toBe('INVALID_OPTIONS');
  });
});

describe('broken adapters', () => {
  it('should report a detect() that throws as ADAPTER_FAILED, keeping the cause', async () => {
    const boom = new Error('boom');
    const error = await expectAdapterFailed({
      name: 'throwing-detect',
      detect: () => {
        throw boom;
      },
      read: () => [],
    });
    expect(error.cause).toBe(boom);
  });

  it('should report a read() that throws as ADAPTER_FAILED, keeping the cause', async () => {
    const error = await expectAdapterFailed({
      name: 'throwing-read',
      detect: () => 1,
      read: () => {
        throw 'not even an Error';
      },
    });
    expect(error.cause).toBe('not even an Error');
  });

  it('should report a broken detect() even when another adapter would win', async () => {
    const broken: Adapter = { name: 'broken', detect: () => Number.NaN, read: () => [] };
    await expectAdapterFailed(broken);
  });

  it.each<[string, () => unknown]>([
    ['1.5', () => 1.5],
    ['NaN', () => Number.NaN],
    ['-0.1', () => -0.1],
    ['Infinity', () => Number.POSITIVE_INFINITY],
    ['a string', () => '0.9'],
    ['undefined', () => undefined],
    ['a promise', async () => 0.9],
  ])('should report detect() returning %s as ADAPTER_FAILED', async (_, detect) => {
    await expectAdapterFailed({ name: 'bad-detect', detect: detect as () => number, read: () => [] });
  });

  it.each<[string, (blocks: Block[]) => unknown]>([
    ['a string', () => 'blocks'],
    ['null', () => null],
    ['undefined', () => undefined],
    ['a promise', async (blocks) => blocks],
    ['an object', (blocks) => ({ blocks })],
    ['a block of unknown kind', (blocks) => [...blocks, { kind: 'heading', text: '二、主动公开政府信息情况', line: 1 }]],
    ['a block that is not an object', (blocks) => [...blocks, 'paragraph']],
    ['a block without a line', (blocks) => [...blocks, { kind: 'paragraph', text: 'x' }]],
    ['a paragraph whose text is not a string', (blocks) => [...blocks, { kind: 'paragraph', text: 7, line: 1 }]],
    ['a table whose rows are not an array', (blocks) => [...blocks, { kind: 'table', rows: 'rows', line: 1 }]],
    ['a table whose rows are not arrays', (blocks) => [...blocks, { kind: 'table', rows: ['a', 'b'], line: 1 }]],
    ['a table whose cells are strings', (blocks) => [...blocks, { kind: 'table', rows: [['规章', '0']], line: 1 }]],
    ['a cell whose text is a number', (blocks) => [...blocks, { kind: 'table', rows: [[{ text: 0, line: 1 }]], line: 1 }]],
    ['a note with a lower-case code', (blocks) => [...blocks, { kind: 'note', code: 'my-note', message: 'x', line: 1 }]],
    ['a note without a message', (blocks) => [...blocks, { kind: 'note', code: 'MY_NOTE', line: 1 }]],
  ])('should report read() returning %s as ADAPTER_FAILED', async (_, change) => {
    await expectAdapterFailed(pipeWith('bad-read', change));
  });

  it('should report a broken read() also when layout names the adapter', async () => {
    await expectAdapterFailed(pipeWith('bad-read', () => 'blocks'), { layout: 'bad-read' });
  });

  it('should pass a well-formed note through as a warning', async () => {
    const report = await parseReport(SEED, {
      adapters: [pipeWith('noting', (blocks) => [{ kind: 'note', code: 'MY_NOTE', message: '自定义说明', line: 3, path: 'text.overview' }, ...blocks])],
    });
    expect(report.warnings).toContainEqual({ code: 'MY_NOTE', message: '自定义说明', line: 3, path: 'text.overview' });
  });

  // Regressions: adapter output that once slipped past src/adapters/choose.ts `readWith`.
  describe('malformed adapter output', () => {
    it('should report a note with a fractional line (1.5) as ADAPTER_FAILED, not a ReportSchemaError', async () => {
      await expectAdapterFailed(pipeWith('fractional-line', (blocks) => [{ kind: 'note', code: 'MY_NOTE', message: 'x', line: 1.5 }, ...blocks]));
    });

    it('should report cells with fractional lines as ADAPTER_FAILED, not a ReportSchemaError', async () => {
      const text = read(join(EXAMPLES, 'markdown-report.md'));
      const shifted: Adapter = {
        name: 'fractional-cells',
        detect: () => 1,
        read: (t) =>
          markdownAdapter.read(t).map((b): Block => (b.kind === 'table' ? { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, line: c.line + 0.5 }))) } : b)),
      };
      const error = await parseError(text, { adapters: [shifted] });
      expect(error.code).toBe('ADAPTER_FAILED');
    });

    it('should report a sparse block list (a hole) as ADAPTER_FAILED, not a TypeError', async () => {
      await expectAdapterFailed(
        pipeWith('sparse', (blocks) => {
          const holey = [...blocks];
          holey.length += 1;
          return holey;
        }),
      );
    });

    it('should report a table with a hole in its rows as ADAPTER_FAILED, not a TypeError', async () => {
      await expectAdapterFailed(
        pipeWith('sparse-rows', (blocks) =>
          blocks.map((b) => {
            if (b.kind !== 'table') return b;
            const rows = [...b.rows];
            rows.length += 1;
            return { ...b, rows };
          }),
        ),
      );
    });

    it('should report a block whose getter throws as ADAPTER_FAILED', async () => {
      await expectAdapterFailed(
        pipeWith('throwing-getter', (blocks) => [
          {
            kind: 'paragraph',
            line: 1,
            get text(): string {
              throw new Error('getter');
            },
          },
          ...blocks,
        ]),
      );
    });
  });
});

describe('hostile text from a custom adapter', () => {
  const HOSTILE = ['__proto__', 'constructor', 'prototype', '{"__proto__": {"polluted": 1}}', '__proto__.polluted', 'constructor.prototype.polluted', 'toString', 'hasOwnProperty'];
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(asRecord({})['polluted']).toBeUndefined();
  });

  /** seed-001 with hostile labels, cells, paragraphs and notes put into every section. */
  function hostile(name: string): Adapter {
    return pipeWith(name, (blocks) => {
      const out: Block[] = [{ kind: 'note', code: 'PROTO', message: HOSTILE[3]!, line: 1, path: '__proto__.polluted' }];
      for (const block of blocks) {
        out.push(block);
        // right after each section heading: a table of hostile labels and values, and hostile prose
        if (block.kind === 'paragraph' && /^[一二三四五六]、/.test(block.text)) {
          out.push({ kind: 'table', line: block.line, rows: HOSTILE.map((text) => [text, '1', text, '2'].map((t) => ({ text: t, line: block.line }))) });
          out.push(...HOSTILE.map((text): Block => ({ kind: 'paragraph', text, line: block.line })));
        }
      }
      return out;
    });
  }

  it('should leave Object.prototype untouched and still return a valid report', async () => {
    const report = await parseReport(SEED, { adapters: [hostile('hostile')] });
    expect(checkSchema(report)).toEqual([]);
    expect(Object.getPrototypeOf(report)).toBe(Object.prototype);
    expect(report.warnings).toContainEqual({ code: 'PROTO', message: HOSTILE[3], line: 1, path: '__proto__.polluted' });
    // The tables keep seed-001's numbers: the hostile rows are not rows of the model.
    for (const key of ['activeDisclosure', 'applications', 'reviewLitigation']) {
      expect(report[key as keyof typeof report], key).toEqual(SEED_EXPECTED[key]);
    }
    expect(report.text.other).toContain('{"__proto__": {"polluted": 1}}');
    validate(report);
    validate(JSON.parse(JSON.stringify(report)) as typeof report);
  });

  it('should accept an adapter named __proto__ and report it as meta.layout', async () => {
    const report = await parseReport(SEED, { adapters: [hostile('__proto__')], layout: '__proto__' });
    expect(report.meta.layout).toBe('__proto__');
    expect(Object.getPrototypeOf(report.meta)).toBe(Object.prototype);
    expect(checkSchema(report)).toEqual([]);
  });

  it('should read hostile Markdown and CSV cells as plain text', async () => {
    const md = read(join(EXAMPLES, 'markdown-report.md')).replace('| 规章 | 0 | 0 | 0 |', '| 规章 | 0 | 0 | 0 |\n| __proto__ | {"__proto__": {"polluted": 1}} | constructor | prototype |');
    const csv = read(join(EXAMPLES, 'csv-report.csv')).replace('规章,0,0,0', '规章,0,0,0\n__proto__,"{""__proto__"": {""polluted"": 1}}",constructor,prototype');
    for (const [text, adapter] of [
      [md, markdownAdapter],
      [csv, csvAdapter],
    ] as const) {
      const report = await parseReport(text, { adapters: [adapter] });
      expect(checkSchema(report)).toEqual([]);
      expect(report.activeDisclosure).toEqual(SEED_EXPECTED['activeDisclosure']);
    }
  });
});
