/**
 * The HTML review document's stylesheet: system fonts only (offline, no remote fonts), inline
 * because the document's CSP allows nothing else, and print rules so a manager can print it:
 * the title and summary on the first page; the canvas under its heading on a landscape page of
 * its own (a named page), scaled to fit that page whole, since a drawing taller than what is left
 * of a page would otherwise leave its heading alone and spill onto more pages; each lane from a
 * new page; steps, table rows and notes never split across pages. On screen the canvas is scaled
 * to the page width, whole, and long unbroken names wrap.
 */
export const HTML_STYLE = `
:root{color-scheme:light;--buyer:#2f6fdb;--seller:#b7581a;--mirror:#7a5af8;--warn:#b45309;--muted:#5c667a;--line:#d5dae3}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1100px;padding:24px 32px 48px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#111827;background:#fff}
h1{font-size:28px;margin:0 0 4px}h2{font-size:22px;margin:32px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:18px;margin:24px 0 4px}h4{font-size:16px;margin:0 0 4px}
h1,h2,h3,h4,p,li,td,th{overflow-wrap:anywhere}
.meta{color:var(--muted);font-size:13px;margin:0 0 8px}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:4px 0 8px}
.canvas{border:1px solid var(--line);border-radius:8px;padding:8px;margin:0}
.canvas svg{display:block;width:100%;height:auto}
.lane-buyer h2{border-color:var(--buyer)}.lane-seller h2{border-color:var(--seller)}
.stage{margin-left:4px}
.step{border:1px solid var(--line);border-left:4px solid var(--line);border-radius:6px;padding:10px 14px;margin:10px 0;break-inside:avoid}
.lane-buyer .step{border-left-color:var(--buyer)}.lane-seller .step{border-left-color:var(--seller)}
.step.required{border-left-width:6px}
.flag{display:inline-block;font-size:12px;padding:0 6px;border-radius:4px;border:1px solid var(--warn);color:var(--warn);margin:2px 4px 2px 0}
.actor{display:inline-block;font-size:12px;font-weight:600;padding:0 6px;border-radius:4px;margin-right:6px;color:#fff}
.actor-buyer{background:var(--buyer)}.actor-seller{background:var(--muted)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0 0;font-size:14px}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
ul{margin:4px 0;padding-left:20px}
table{border-collapse:collapse;width:100%;font-size:14px;table-layout:fixed}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
tr.stale td{background:#fff7ed}
.summary-figure{font-size:20px;font-weight:600}
footer{margin-top:40px;color:var(--muted);font-size:12px}
@page{margin:14mm}
@page wide{size:landscape}
@media print{
  body{max-width:none;padding:0;font-size:11pt}
  .canvas-section{page:wide;break-before:page;break-after:page}
  .canvas-section h2{margin-top:0}
  .canvas{overflow:visible;border:none;padding:0;break-inside:avoid}
  /* A landscape page's height less margins and the heading, on A4 and Letter alike: the drawing
     keeps its proportions (the viewBox) and shrinks until it fits. */
  .canvas svg{width:100%;height:auto;max-height:160mm}
  .lane{break-before:page}
  h2,h3,h4{break-after:avoid}
  .step,tr,.criteria li,.review-note{break-inside:avoid}
  a{color:inherit}
  a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt;color:var(--muted);overflow-wrap:anywhere}
}
`.trim();
