import { describe, expect, it } from 'vitest';
import { isChrome } from '../../../src/normalize/chrome.js';

describe('isChrome', () => {
  it.each([
    '版权所有:包头市工业和信息化局 蒙ICP备19004587号',
    '网站主办单位:包头市工业和信息化局 网站标识码:1502000009 网站地图',
    '主办单位:某某局',
    '承办:某某中心',
    '网站地图',
    '附件下载',
    '发布时间:2023-01-16 09:22',
    '- 发布日期:2023-01-16 09:22',
    '- 浏览次数:',
    '首页 > 政务公开 > 年度报告',
    '您当前的位置:首页',
    '【打印】【关闭】',
    '  扫一扫在手机打开当前页  ',
  ])('recognises %s as page chrome', (text) => {
    expect(isChrome(text)).toBe(true);
  });

  it.each(['蒙公网安备15020702000326号', '京ICP证030173号', '网站标识码1502000009'])('recognises the registration %s anywhere on a line', (text) => {
    expect(isChrome(`某某局 ${text}`)).toBe(true);
  });

  it.each([
    '我局2021年度未向申请人收取政府信息公开信息处理费。',
    '(一)存在问题',
    '六、其他需要报告的事项',
    '稷山县工科局',
    '2023年1月18日',
    '下一步，我局将继续做好政府信息公开工作，主办好政府网站。',
  ])('does not take the report line %s for chrome', (text) => {
    expect(isChrome(text)).toBe(false);
  });
});
