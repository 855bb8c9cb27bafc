/** Styles of the queue's tabs, pager, search box, exports and the new-emergency banner. */
export const QUEUE_CSS = `
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.site-search{display:flex;gap:4px;align-items:center;flex:1 1 260px;max-width:420px}.site-search input{flex:1;min-width:0;min-height:40px}
.tabs{display:flex;flex-wrap:wrap;gap:4px;margin:0 0 8px}.tabs a{padding:6px 12px;border:1px solid #0b4f8a;border-radius:16px;text-decoration:none;color:#0b4f8a;background:#fff;min-height:40px;display:inline-flex;align-items:center;gap:6px}
.tabs a[aria-current=page]{background:#0b4f8a;color:#fff}.tab-count{font-weight:700}
.pager{display:flex;gap:12px;align-items:center;margin:8px 0}.pager a{padding:6px 10px}
.search-result{background:#eef5fb;padding:8px 12px;border-left:4px solid #0b4f8a}
.emergency-banner{position:sticky;top:0;z-index:10;background:#b00020;color:#fff;padding:10px 16px;font-weight:700;display:flex;gap:12px;flex-wrap:wrap;align-items:center}
.emergency-banner a{color:#fff}.emergency-banner button{background:#fff;color:#b00020;border-color:#fff}
.queue-filters{margin:0 0 8px}.queue-filters>summary{display:inline-flex;align-items:center;gap:6px;min-height:40px;padding:6px 14px;border:1px solid #0b4f8a;border-radius:4px;color:#0b4f8a;background:#fff;cursor:pointer;font-weight:600}
.queue-filters[open]>summary{margin-bottom:8px}
@media (min-width:700px){@supports selector(::details-content){.queue-filters>summary{display:none}.queue-filters::details-content{content-visibility:visible;display:block}}}
.audit-filters{display:flex;flex-wrap:wrap;align-items:flex-end;gap:4px;margin-bottom:8px}
`;
