/** Styles of the case page's casework parts: the action bar at the top, closing, tasks, messages to the reporter. */
export const CASEWORK_CSS = `
.case-bar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:0 0 12px;padding:8px;background:#fff;border:1px solid #ddd;position:sticky;top:0;z-index:2}
.case-bar form{margin:0}.case-bar a.jump{display:inline-flex;align-items:center;min-height:40px;padding:0 12px;border:1px solid #0b4f8a;border-radius:4px;text-decoration:none;color:#0b4f8a;background:#fff}
button.secondary{background:#fff;color:#0b4f8a}button.danger{background:#8a1c00;border-color:#8a1c00}
.confirm{background:#fff4e5;border-left:4px solid #b26a00;padding:8px 12px}
.tasks li.overdue{color:#b00020;font-weight:600}.tasks li{margin:4px 0}
fieldset label.choice{display:flex;flex-direction:row;gap:6px;align-items:center;min-height:40px}
@media (max-width:600px){main label{max-width:100%;margin-right:0}main select,main input{max-width:100%}}
.messages li{margin:6px 0}.messages .from-officer{border-left:3px solid #0b4f8a;padding-left:6px}.messages .from-reporter{border-left:3px solid #2e7d32;padding-left:6px}
`;
