/** Styles of the report pages, appended to the dashboard stylesheet (no inline styles: the CSP forbids them). */
export const REPORT_CSS = `
.report{margin:24px 0}.report h2{margin-bottom:4px}
.chart{display:block;width:100%;max-width:720px;height:auto;margin:8px 0 12px;background:#fff;border:1px solid #d8dde3;border-radius:4px}
.chart .bar rect{fill:#0b4f8a}.chart-label{font-size:13px;fill:#1b1b1b}.chart-value{font-size:12px;font-weight:700;fill:#1b1b1b}.chart-axis{stroke:#6b7480;stroke-width:1}
.report-period fieldset{border:1px solid #d8dde3;border-radius:4px;padding:8px 12px}.report-period select{font:inherit;min-height:40px}
.report-period{margin:12px 0}.report-period label{margin-right:8px}.report-empty{padding:12px;background:#fff;border:1px solid #d8dde3;border-radius:4px}
.chart.dense .chart-value{font-size:8px}
table.breaches tr.final{color:#4a525c}
.downloads a.button{display:inline-block;padding:8px 14px;border:1px solid #0b4f8a;background:#0b4f8a;color:#fff;border-radius:4px;text-decoration:none;min-height:40px;margin:4px 8px 4px 0}
.downloads a.button:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.cite{color:#4a525c;font-size:.9em}table.deadlines q,table[id^="periodic-"] q{font-style:italic}
.report-period input[type=date]{font:inherit;min-height:40px}
@media (forced-colors: active){.chart .bar rect{fill:CanvasText}.chart-label,.chart-value{fill:CanvasText}}
`;
