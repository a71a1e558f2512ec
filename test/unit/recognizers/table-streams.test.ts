import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model.js';
import { tableStreams } from '../../../src/recognizers/table-streams.js';
import { paragraphs } from '../helpers.js';

const texts = (cells: readonly { text: string }[] | undefined): string[] | undefined => cells?.map((cell) => cell.text);

describe('tableStreams', () => {
  it('reads the tables from the sections that have headings, section 一 left out when a later one has one', () => {
    const overview = paragraphs(['本机关主动公开规章', '规章', '5'], 2);
    const active = paragraphs(['信息内容', '规章', '0'], 6);
    const applications = paragraphs(['一、本年新收政府信息公开申请数量', '3'], 10);
    const body: (Block[] | null)[] = [null, overview, active, applications, null, null, null];
    const streams = tableStreams({ before: [], body }, [...overview, ...active, ...applications]);
    expect(texts(streams.active)).toEqual(['信息内容', '规章', '0']);
    expect(texts(streams.applications)).toEqual(['一、本年新收政府信息公开申请数量', '3']);
    expect(streams.review).toBeUndefined();
  });

  it('looks for the tables by their anchors in section 一 when no later section has a heading', () => {
    const overview = paragraphs(['总体情况', '信息内容', '规章', '5', '本年新收政府信息公开申请数量', '3'], 2);
    const streams = tableStreams({ before: [], body: [null, overview, null, null, null, null, null] }, overview);
    expect(texts(streams.active)).toEqual(['信息内容', '规章', '5']);
    expect(texts(streams.applications)).toEqual(['本年新收政府信息公开申请数量', '3']);
  });
});
