/** Styles of the kb pages, appended to the dashboard stylesheet (no inline styles: the CSP forbids them). */
export const KB_CSS = `
.kb-ask{display:flex;flex-wrap:wrap;align-items:flex-end;gap:8px}.kb-ask label{flex:1 1 28rem}.kb-ask input{width:100%}
.kb-answer-box{background:#fff;padding:12px;margin:12px 0;border-left:4px solid #0b4f8a}
.kb-answer{white-space:pre-line}.kb-status{font-weight:600}.kb-status.found{color:#1d5e1d}.kb-status.not-found{color:#8a1c00}
.kb-quote{white-space:pre-wrap;tab-size:4;margin:6px 0 10px;padding:6px 12px;background:#f1f4f8;border-left:4px solid #6b7f99;font-style:normal}
.kb-muted{color:#555}.kb-path{font-weight:600;font-variant-numeric:tabular-nums}
.kb-sections>li{margin:6px 0}.kb-duties{list-style:disc;padding-left:20px}.kb-duties>li{margin:6px 0}
.kb-columns{columns:2 18rem}.kb-columns li{break-inside:avoid}
.kb-task,.kb-plan-duties,.kb-succession{background:#fff;padding:8px 12px;margin:10px 0}
.kb-verified{color:#1d5e1d;font-weight:600}.kb-unverified{color:#8a1c00;font-weight:600}
td .kb-quote{margin:0}
`;
