import { describe, expect, it } from 'vitest';
import { withMetadataTitle } from '../../src/pdf/meta-title.js';
import { blocksOf, paragraphs } from './helpers.js';
import { buildPdf, text } from './make-pdf.js';

/** Prose: reading order, paragraphs re-joined (also over a page break), page furniture removed. */
describe('PDF prose', () => {
  // Body lines 28 characters wide at 12 pt from x = 72; a paragraph's first line is indented two characters.
  const body = (y: number, value: string, indent = false): string => text(indent ? 96 : 72, y, value, 12);
  const furniture = (page: number): string => text(250, 810, '某某区人民政府办公室', 9) + text(280, 40, `- ${page} -`, 10);

  it('joins lines into paragraphs (no space at a Chinese line break) and drops running headers and page numbers', async () => {
    // Justified lines reach the right margin (x = 372): 25 characters, or 23 after the indent.
    const full = (n: number): string => '文字排版测试内容很长'.repeat(3).slice(0, n - 1) + '，';
    const page1 = `${furniture(1)}${body(700, full(23), true)}${body(680, full(25))}${body(660, '这是第一段的最后一行。')}${body(630, full(23), true)}${body(610, full(25))}`;
    const page2 = `${furniture(2)}${body(760, '第二页继续，并在这里结束。')}${body(730, '第三段。', true)}`;
    const blocks = await blocksOf(buildPdf([{ content: page1 }, { content: page2 }]));
    expect(paragraphs(blocks)).toEqual([`${full(23)}${full(25)}这是第一段的最后一行。`, `${full(23)}${full(25)}第二页继续，并在这里结束。`, '第三段。']);
    const note = blocks.find((b) => b.kind === 'note');
    expect(note).toMatchObject({ code: 'TEXT_DROPPED' });
    expect(note && 'message' in note ? note.message : '').toContain('- 2 -');
  });

  it('takes the Title metadata only when page one has no title and the metadata reads as a report title', () => {
    const body = [{ kind: 'paragraph' as const, text: '一、总体情况', line: 1 }];
    const title = '某某县人民政府2023年政府信息公开工作年度报告';
    expect(withMetadataTitle(body, { Title: title })[0]).toEqual({ kind: 'paragraph', text: title, line: 1 });
    expect(withMetadataTitle(body, { Title: 'Microsoft Word - 文档1.docx' })).toEqual(body);
    const titled = [{ kind: 'paragraph' as const, text: '某某镇2022年政府信息公开工作年度报告', line: 1 }, ...body];
    expect(withMetadataTitle(titled, { Title: title })).toEqual(titled);
  });
});
