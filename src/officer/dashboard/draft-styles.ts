/** Styles of the draft pages and the plan upload and review pages, appended to the dashboard stylesheet (no inline styles: the CSP forbids them). */
export const DRAFT_CSS = `
.draft-intro{max-width:70ch}.draft-plan{margin:16px 0}.draft-title{margin:0 0 8px;color:#444}
.draft-quote{margin:0;padding:4px 8px;border-left:4px solid #0b4f8a;background:#f6f7f9;white-space:pre-wrap;max-width:60ch}
.draft-missing{color:#8a1c00;font-style:italic}
.draft-status{padding:1px 6px;border-radius:3px;white-space:nowrap}.draft-status-unreviewed{background:#fff3c4}
.draft-status-approved{background:#e5f2e5}.draft-status-rejected{background:#eee;color:#444;text-decoration:line-through}
.draft-pick{display:inline-flex;margin:0;min-width:40px;min-height:40px;align-items:center;justify-content:center}
.draft-pick input{width:22px;height:22px}
.draft-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.draft-decide{display:flex;gap:8px;align-items:center;border:1px solid #ddd;background:#fff;padding:8px 12px;margin-top:12px}
.draft-decide legend{font-weight:600}.draft-reject{background:#fff;color:#b00020;border-color:#b00020}
.import-upload{display:flex;flex-wrap:wrap;gap:8px;align-items:center;border:1px solid #ddd;background:#fff;padding:12px;max-width:70ch}
.import-progress{width:100%;max-width:40ch;height:20px}
.import-flag{background:#fff3c4}.import-page{white-space:nowrap;font-weight:600}
.import-scan{border-left:4px solid #b36b00;background:#fff8eb;padding:6px 10px;max-width:70ch}
.import-decision{display:flex;gap:10px;white-space:nowrap}.import-decision label{display:inline-flex;gap:4px;align-items:center;min-height:40px}
.import-actions{display:flex;gap:8px;margin-top:12px}
.import-review select{max-width:24ch}.import-review .draft-quote{min-width:32ch}
`;
