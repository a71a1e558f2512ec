/** The page's only stylesheet (inline, allowed by its hash in the page's CSP). */
export const STYLES = `
:root{--fg:#1b1b1b;--muted:#4a4a4a;--line:#8a8a8a;--read:#e6f4ea;--null:#eeeeee;--failed:#fde0dc;--failed-edge:#a50e0e;--inferred:#e1ecfb;--warned:#fff1c2;--focus:#0b57d0}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 "Noto Sans CJK SC","WenQuanYi Zen Hei","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:#fff}
header,main{max-width:72rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.5rem;margin:1rem 0 .25rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--fg)}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
a{color:#0b4fb3}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0}
table{border-collapse:collapse;font-size:.875rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.2rem .35rem;vertical-align:middle}
th{background:#f5f5f5;font-weight:normal;text-align:center}
th.row{text-align:left;min-width:10rem;max-width:22rem}
td.c{text-align:right;min-width:3.2rem;padding:0}
td.c>details>summary{display:block;cursor:pointer;padding:.2rem .35rem;list-style:none;white-space:nowrap}
td.c>details>summary::-webkit-details-marker{display:none}
.s-read{background:var(--read)}.s-null{background:var(--null)}.s-failed{background:var(--failed);box-shadow:inset 0 0 0 2px var(--failed-edge)}
.s-inferred{background:var(--inferred)}.s-warned{background:var(--warned)}
.mk{font-size:.75rem;margin-left:.15rem}
.blank{color:var(--muted)}
.pop{position:fixed;z-index:5;left:50%;transform:translateX(-50%);bottom:.75rem;width:min(36rem,calc(100vw - 1.5rem));max-height:55vh;overflow:auto;text-align:left;white-space:normal;background:#fff;border:1px solid var(--fg);box-shadow:0 4px 12px rgba(0,0,0,.25);padding:.5rem .75rem;font-size:.85rem}
.pop h4{font-size:.85rem;margin:.4rem 0 .1rem}
.pop p{margin:.15rem 0}
.pop ul{margin:0;padding-left:1.1rem}
.pop code,.path{font-family:ui-monospace,monospace;font-size:.8rem;word-break:break-all}
.legend{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
.legend li{border:1px solid var(--line);padding:.1rem .5rem}
.st{display:inline-block;min-width:4.5em;text-align:center;border:1px solid var(--line);border-radius:3px;padding:0 .3rem;margin-right:.4rem;font-size:.85rem}
.st-pass{background:var(--read)}.st-fail{background:var(--failed);border-color:var(--failed-edge)}.st-unknown{background:var(--null)}.st-advisory{background:var(--warned)}
ul.checks{padding-left:0;list-style:none}ul.checks>li{margin:.3rem 0}
blockquote{margin:.2rem 0 .2rem 1rem;padding-left:.6rem;border-left:3px solid var(--line);color:var(--muted)}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}
@media (max-width:40rem){body{font-size:15px}th.row{min-width:7rem}}
`;
