/**
 * Page chrome: navigation, article metadata, share buttons and site footers that pages
 * wrap around a report. Recognised by the fixed wording sites use, at the start of a line
 * (or anywhere, for the footer registrations no report sentence contains).
 */
const AT_START =
  /^(?:主办单位|主办[:：]|承办单位|承办[:：]|协办单位|版权所有|技术支持|联系我们|网站地图|站点地图|附件下载|相关附件|扫一扫|打印本页|关闭窗口|【打印】|【关闭】|【字体|分享到|浏览次数|访问量|当前位置|您现在的位置|您当前的位置|您好[,，]?欢迎|欢迎来到|发布时间[:：]|发布日期[:：]|来源[:：]|索引号[:：]|发布机构[:：]|发文日期|主题词[:：]|时效性[:：]|分类[:：]|名称[:：]|文号[:：]|Email|E-mail|传真[:：]|电话[:：]|网站纠错|无障碍|适老化|- 发布日期|- 浏览次数|首页\s*>)/;
const ANYWHERE = /ICP备|ICP证|公网安备|网站标识码|版权所有/;

export function isChrome(text: string): boolean {
  const t = text.trim();
  return AT_START.test(t) || ANYWHERE.test(t);
}

/** Chrome words that sites glue onto the end of a flattened article (`…2021年1月26日 附件下载`): a split point. */
export const GLUED_CHROME = /(?=附件下载|相关附件|扫一扫在手机打开|【打印本页】|【关闭窗口】)/;
