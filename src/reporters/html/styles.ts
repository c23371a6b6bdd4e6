import { darkChartRules, palette } from './palette.js';

/**
 * The report's stylesheet: system fonts, one reading column, restrained colour, light and dark
 * schemes (prefers-color-scheme) and print rules. Shipped inline and hashed into the
 * Content-Security-Policy; nothing here is loaded from elsewhere.
 */
export function styles(): string {
  const swatches = (['current', 'surface', 'foundation', 'behavioral', 'mixed'] as const)
    .map((name) => `.swatch-${name}{background:var(--${name})}`)
    .join('\n');
  const variables = (scheme: 'light' | 'dark') =>
    (['current', 'surface', 'foundation', 'behavioral', 'mixed', 'data'] as const)
      .map((name) => `--${name}:${palette[name][scheme]};`)
      .join('');
  return `
:root{color-scheme:light dark;
--bg:#ffffff;--panel:#f6f7f9;--ink:${palette.ink.light};--muted:${palette.muted.light};--rule:${palette.grid.light};--strong-rule:#c9ced5;
--good:#1f7a4d;--good-bg:#e5f4ec;--bad:#a63a32;--bad-bg:#fbe9e7;--warn:#8a5a00;--warn-bg:#fdf1d8;--neutral-bg:#eef0f3;
--accent:${palette.current.light};${variables('light')}
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
@media screen and (prefers-color-scheme:dark){:root{
--bg:#121519;--panel:#1a1e24;--ink:${palette.ink.dark};--muted:${palette.muted.dark};--rule:${palette.grid.dark};--strong-rule:#454d57;
--good:#6fd19b;--good-bg:#16291f;--bad:#f08c82;--bad-bg:#341c1a;--warn:#e9b85c;--warn-bg:#30260f;--neutral-bg:#23282f;
--accent:${palette.current.dark};${variables('dark')}}
${darkChartRules()}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 var(--sans);font-feature-settings:"kern";-webkit-font-smoothing:antialiased}
.wrap{max-width:1080px;margin:0 auto;padding:0 28px}
a{color:inherit}
code,pre{font-family:var(--mono);font-size:.86em}
:where(p,li,dd,summary) code{overflow-wrap:anywhere}
h1,h2,h3,h4{line-height:1.2;margin:0}
h2{font-size:1.45rem;font-weight:650;letter-spacing:-.01em;margin:0 0 .9rem}
h3{font-size:1.02rem;font-weight:650;margin:1.8rem 0 .6rem}
h4{font-size:.8rem;font-weight:650;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:1rem 0 .4rem}
p{margin:.5rem 0}
.muted{color:var(--muted)}
.eyebrow{font-size:.78rem;font-weight:600;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .5rem}
.eyebrow .muted{font-weight:500}
.figure{font-variant-numeric:tabular-nums;font-weight:600}
.ci{color:var(--muted);font-variant-numeric:tabular-nums;white-space:nowrap}
.masthead{border-bottom:1px solid var(--rule);background:var(--bg);position:sticky;top:0;z-index:5}
.masthead .wrap{display:flex;gap:1.5rem;align-items:center;justify-content:space-between;min-height:3.1rem}
.brand{font-weight:700;letter-spacing:-.01em;flex:1 1 auto;min-width:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.brand .muted{font-weight:400}
.toc{display:flex;gap:1.1rem;font-size:.88rem;flex:0 0 auto}
.toc a{text-decoration:none;color:var(--muted)}
.toc a:hover,.toc a:focus-visible{color:var(--ink);text-decoration:underline}
.report-section{padding:2.6rem 0 1rem;border-top:1px solid var(--rule)}
.verdict{padding:3rem 0 2rem}
.decision{font-size:clamp(2.3rem,5.6vw,3.6rem);font-weight:750;letter-spacing:-.03em;line-height:1.05;margin:.1rem 0 .9rem}
.decision-code{display:inline-block;vertical-align:middle;font:600 .9rem/1 var(--mono);letter-spacing:.02em;color:var(--accent);border:1.5px solid currentColor;border-radius:6px;padding:.35rem .5rem;margin-left:.4rem;position:relative;top:-.35rem}
.decision-FIX_PROMPT{--accent:var(--surface)}
.decision-FIX_FOUNDATION{--accent:var(--foundation)}
.decision-FIX_DATA{--accent:var(--data)}
.decision-FINE_TUNE{--accent:var(--behavioral)}
.decision-NOT_WORTH_IT,.decision-INCONCLUSIVE{--accent:var(--muted)}
.verdict::before{content:"";display:block;width:3.5rem;height:5px;border-radius:3px;background:var(--accent);margin-bottom:1.4rem}
.headline{font-size:clamp(1.15rem,2.4vw,1.4rem);line-height:1.45;max-width:46rem;margin:0 0 1.4rem}
.key-figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:0;margin:1.6rem 0 1rem;border-top:1px solid var(--rule);border-bottom:1px solid var(--rule)}
.key-figures>div{padding:.8rem 1rem .8rem 0}
.key-figures dt{font-size:.8rem;color:var(--muted)}
.key-figures dd{margin:.15rem 0 0;font-size:1.15rem}
.reasons{margin:1rem 0 0;font-size:.93rem}
.reasons summary{cursor:pointer;color:var(--muted)}
.reasons ul{margin:.5rem 0 0;padding-left:1.2rem}
.plan-title{margin-top:2.4rem}
.plan{list-style:none;margin:0;padding:0;display:grid;gap:.8rem}
.action{display:grid;grid-template-columns:2.4rem 1fr;gap:.9rem;padding:1.1rem 1.2rem;background:var(--panel);border-radius:10px;border-left:4px solid var(--strong-rule)}
.action-fix_prompt{border-left-color:var(--surface)}
.action-fix_foundation{border-left-color:var(--foundation)}
.action-fix_data{border-left-color:var(--data)}
.action-fine_tune{border-left-color:var(--behavioral)}
.action-number{font:700 1.5rem/1 var(--sans);color:var(--muted);font-variant-numeric:tabular-nums}
.action-title{font-size:1.08rem;font-weight:650;line-height:1.35;margin:0}
.action-why{color:var(--muted);font-size:.93rem;margin:.35rem 0 .7rem}
.action-facts{display:grid;grid-template-columns:16rem minmax(0,21rem) minmax(0,1fr);gap:.4rem 2rem;margin:0;font-size:.92rem}
.action-facts dt{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.action-facts>div{min-width:0;max-width:100%}
.action-facts dd{margin:0}
.kind{display:inline-block;font-size:.72rem;font-weight:600;letter-spacing:.03em;padding:.05rem .4rem;border-radius:4px;border:1px solid var(--strong-rule);color:var(--muted);vertical-align:.08em}
.kind-measured{color:var(--good);border-color:currentColor}
.kind-estimate,.kind-prior{color:var(--warn);border-color:currentColor;border-style:dashed}
.pill{display:inline-block;font-size:.76rem;font-weight:650;letter-spacing:.04em;padding:.18rem .55rem;border-radius:999px;background:var(--neutral-bg);color:var(--ink);white-space:nowrap}
.pill-good{background:var(--good-bg);color:var(--good)}
.pill-bad{background:var(--bad-bg);color:var(--bad)}
.pill-warn{background:var(--warn-bg);color:var(--warn)}
.lede{font-size:1.04rem;max-width:48rem;color:var(--ink)}
.question-status{margin:.2rem 0 .3rem}
.question-reason{max-width:48rem}
figure{margin:1.2rem 0}
.chart{display:block;max-width:100%;height:auto}
.chart text{font-family:var(--sans)}
.figure-main{margin:1.6rem 0 1.2rem;padding:1.4rem 1.2rem 1rem;background:var(--panel);border-radius:12px}
figcaption{font-size:.82rem;color:var(--muted);margin-top:.6rem;max-width:40rem}
.chart-compact{display:none}
.figure-strip{margin:1.4rem 0 .4rem}
.stack>figure{margin:.4rem 0 1rem;max-width:620px}
.chart-wide .chart{width:100%}
.chart-stretch{width:100%;height:20px}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.92rem;font-variant-numeric:tabular-nums}
th,td{text-align:left;vertical-align:top;padding:.55rem .75rem .55rem 0;border-bottom:1px solid var(--rule)}
thead th{font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border-bottom:1px solid var(--strong-rule);white-space:nowrap}
tbody th{font-weight:600}
td.number,th.number{text-align:right;white-space:nowrap}
td.note{color:var(--muted);font-size:.88rem;max-width:30rem}
td.rows{font-family:var(--mono);font-size:.8rem;color:var(--muted)}
.table-note{font-size:.85rem;color:var(--muted)}
.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin-right:.5rem;vertical-align:-.02em;background:var(--muted)}
${swatches}
.facts{display:flex;flex-wrap:wrap;gap:.5rem 2.2rem;margin:1rem 0}
.facts dt{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.facts dd{margin:0}
.reasons-list{padding-left:1.2rem}
.kv{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.3rem 1.2rem;margin:.4rem 0;font-size:.92rem}
.kv dt{color:var(--muted)}
.kv dd{margin:0;min-width:0}
.kv .kv{font-size:1em}
.text-block{white-space:pre-wrap}
.evidence{margin-top:.4rem;font-size:.9rem}
.evidence summary{cursor:pointer;color:var(--muted)}
table.generic,table.compact{width:auto;min-width:min(28rem,100%)}
table.generic{font-size:.88rem}
table.cost-lines{width:100%}
table.cost-lines th{width:12rem}
table.cost-lines td.number{width:7rem}
table.generic th,table.generic td{padding-right:1.6rem}
.notice{background:var(--warn-bg);color:var(--ink);padding:.7rem .9rem;border-radius:8px;font-size:.93rem}
.filters{display:flex;flex-wrap:wrap;gap:.8rem 1rem;align-items:end;margin:1.2rem 0 .8rem}
.filters label{display:flex;flex-direction:column;gap:.25rem;font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.filters .search{flex:1 1 16rem}
select,input[type=search],button{font:inherit;font-size:.93rem;color:var(--ink);background:var(--bg);border:1px solid var(--strong-rule);border-radius:7px;padding:.45rem .6rem;text-transform:none;letter-spacing:0;font-weight:400}
select{max-width:18rem}
input[type=search]{width:100%}
select:focus-visible,input:focus-visible,button:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
button{cursor:pointer}
button:disabled{opacity:.45;cursor:default}
.items-status{font-size:.9rem;color:var(--muted);min-height:1.4em}
.items-table td{font-size:.9rem}
.item-id{white-space:nowrap}
.item-toggle{border:0;background:none;padding:0;font:600 .88rem var(--mono);color:var(--ink);text-decoration:underline;text-decoration-color:var(--strong-rule);text-underline-offset:3px;max-width:16rem;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
.item-toggle[aria-expanded=true]{text-decoration-color:currentColor}
.item-line{display:block;font-size:.75rem;font-weight:400;color:var(--muted)}
.item-row{cursor:pointer}
.item-row:hover td{background:var(--panel)}
.item-checks{font-family:var(--mono);font-size:.8rem!important}
.item-why{color:var(--muted);max-width:28rem}
.item-tags{color:var(--muted);font-size:.8rem!important}
.pill-class-pass{background:var(--neutral-bg);color:var(--muted)}
.pill-class-surface{background:color-mix(in srgb,var(--surface) 15%,transparent);color:var(--surface)}
.pill-class-behavioral{background:color-mix(in srgb,var(--behavioral) 15%,transparent);color:var(--behavioral)}
.pill-class-mixed{background:color-mix(in srgb,var(--mixed) 15%,transparent);color:var(--mixed)}
.pill-class-foundation{background:color-mix(in srgb,var(--foundation) 15%,transparent);color:var(--foundation);margin-left:.3rem}
.item-detail>td{background:var(--panel);padding:1rem 1.1rem 1.2rem}
.detail-facts{display:flex;flex-wrap:wrap;gap:.3rem 1.6rem;margin:0;font-size:.88rem}
.detail-facts dt{font-size:.72rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.detail-facts dd{margin:0;overflow-wrap:anywhere}
.detail-checks{margin:.2rem 0;padding-left:1.1rem;font-size:.9rem}
.texts{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1rem;margin-top:.6rem}
.text-box pre{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;max-height:24rem;overflow:auto;background:var(--bg);border:1px solid var(--rule);border-radius:8px;padding:.7rem .8rem;font-size:.82rem;line-height:1.5}
.pager{display:flex;align-items:center;gap:1rem;justify-content:center;margin:1rem 0 2rem;font-size:.9rem;color:var(--muted)}
.report-footer{border-top:1px solid var(--rule);margin-top:2rem;padding:2rem 0 3rem;font-size:.86rem;color:var(--muted)}
.report-footer h2{font-size:1rem;color:var(--ink)}
.report-footer table{font-size:.84rem}
.report-footer code{overflow-wrap:anywhere}
.thresholds{display:flex;flex-wrap:wrap;gap:.3rem 1.4rem;margin:.4rem 0 1.4rem;font-family:var(--mono);font-size:.82rem}
@media (max-width:760px){
.wrap{padding:0 16px}
.toc{display:none}
.masthead{position:static}
.headroom-table thead{display:none}
.headroom-table tr{display:flex;flex-wrap:wrap;align-items:baseline;gap:.1rem .8rem;padding:.65rem 0;border-bottom:1px solid var(--rule)}
.headroom-table th,.headroom-table td{border:0;padding:0}
.headroom-table th{flex-basis:100%}
.verdict{padding-top:2rem}
.decision-code{display:table;margin:.7rem 0 0;top:0}
.chart-wide{display:none}
.chart-compact{display:block}
.figure-main{padding:1rem .6rem .8rem;margin-left:-6px;margin-right:-6px}
.action{grid-template-columns:1.6rem 1fr;padding:1rem .9rem;gap:.6rem}
.action-facts{grid-template-columns:minmax(0,1fr)}
.action-number{font-size:1.2rem}
.texts{grid-template-columns:minmax(0,1fr)}
.key-figures{grid-template-columns:1fr 1fr}
.key-figures dd{font-size:1.02rem}
.kv{grid-template-columns:minmax(0,1fr);gap:.1rem}
.kv dd{margin-bottom:.5rem}
.ci{white-space:normal}
.headroom-table td.note,.class-table td.note{display:none}
.items-table thead{display:none}
.items-table tr.item-row{display:grid;grid-template-columns:1fr auto;padding:.6rem 0;border-bottom:1px solid var(--rule)}
.items-table tr.item-row td{border:0;padding:.1rem 0}
.items-table .item-why,.items-table .item-checks,.items-table .item-tags{grid-column:1/-1}
.items-table tr.item-detail,.items-table tr.item-detail>td{display:block}
.filters label{flex:1 1 45%}
select{max-width:none;width:100%}
}
@media print{
:root{color-scheme:light}
body{font-size:11pt;background:#fff;color:#000}
.masthead{position:static}
.toc,.filters,.pager,#items .lede,.items-status,#items .table-wrap{display:none}
#items::after{content:"The item drill-down is interactive: open report.html in a browser.";color:#555}
.figure-main,.action,tr,figure,.key-figures{break-inside:avoid}
h2,h3{break-after:avoid}
.figure-main,.action{background:none;border:1px solid #ccc}
.chart-wide{display:block!important}
.chart-compact{display:none!important}
.decision{font-size:28pt}
a{text-decoration:none}
}
`.trim();
}
