/**
 * The dashboard's stylesheet and script, served as files so the pages can forbid inline
 * scripts (Content-Security-Policy script-src 'self'). The script counts deadlines down and
 * refreshes the queue's rows from the JSON endpoint; pages work without it.
 */

import { CASEWORK_CSS } from "./casework-styles.ts";
import { DRAFT_CSS } from "./draft-styles.ts";
import { KB_CSS } from "./kb-styles.ts";
import { REPORT_CSS } from "./report-styles.ts";

const BASE_CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#f6f7f9}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:9}
.top{display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between;padding:8px 16px;background:#0b4f8a;color:#fff}
.top a{color:#fff}.brand{font-weight:700;text-decoration:none}.who,.who form{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
main{padding:16px;max-width:1200px;margin:auto}h1{font-size:1.5rem;margin-top:0}
a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f5a623;outline-offset:2px}
button{font:inherit;padding:6px 14px;border:1px solid #0b4f8a;background:#0b4f8a;color:#fff;border-radius:4px;cursor:pointer;min-height:40px}
input,select,textarea{font:inherit;padding:6px;border:1px solid #777;border-radius:4px;max-width:100%}
label{display:inline-flex;flex-direction:column;gap:2px;margin:4px 8px 4px 0}
.login{display:flex;flex-direction:column;max-width:360px;gap:6px}
.filters{display:flex;flex-wrap:wrap;align-items:flex-end;gap:4px;margin-bottom:8px}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;background:#fff}
th,td{padding:8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}caption{text-align:left;font-weight:600;padding:4px 0}
tr.pinned{background:#fdecea}tr.pinned th{border-left:4px solid #b00020}tr.flood-head th{background:#fff4e5;color:#6b3d00;font-weight:600;text-align:left}tr.flood th{border-left:4px dashed #b26a00}.flood-mark{color:#8a5300}.risk{font-weight:700;padding:1px 6px;border-radius:3px}
.risk-emergency{color:#fff;background:#b00020}.risk-high{color:#8a1c00;background:#ffe0cc}.risk-medium{background:#fff3c4}.risk-low{background:#e5f2e5}
.due.late,.late{color:#b00020;font-weight:700}.flash{padding:8px 12px;border-radius:4px}.flash.ok{background:#e5f2e5}.flash.error{background:#fdecea}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;background:#fff;padding:12px}.facts dt{font-weight:600}.facts dd{margin:0}
.narrative{white-space:pre-wrap;background:#fff;padding:12px;border-left:4px solid #0b4f8a}
.actions form{margin:8px 0;padding:8px;background:#fff}.actions textarea{width:100%;display:block}
.suggestions li.suggestion{background:#fff;padding:8px;margin:8px 0}.suggestions blockquote{margin:4px 0 4px 12px;padding-left:8px;border-left:3px solid #999;font-style:italic}
.suggestions form.inline{display:flex;flex-wrap:wrap;align-items:flex-end;gap:4px;margin-top:6px}
pre.form01{white-space:pre-wrap;background:#fff;padding:12px;border:1px solid #ddd;font:15px/1.5 ui-monospace,monospace}
nav a[aria-current=page]{font-weight:700;text-decoration:underline}nav a{margin-right:10px}
@media print{.top,.skip{display:none}main{max-width:none}}
ul.flags{margin:0;padding-left:1.1em}
.timeline li{margin:4px 0}.actor{font-weight:600}.note{white-space:pre-wrap}
@media (max-width:600px){.facts{grid-template-columns:1fr}
#queue thead{position:absolute;left:-9999px}#queue,#queue tbody,#queue tr,#queue th,#queue td{display:block;width:100%}
#queue tr{border:1px solid #ddd;margin-bottom:8px;background:#fff}#queue tr.pinned{background:#fdecea}
#queue caption{display:block;width:100%}#queue td{border:0;padding:2px 8px}#queue td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}
`;

export const DASHBOARD_CSS = BASE_CSS + KB_CSS + REPORT_CSS + DRAFT_CSS + CASEWORK_CSS;

export const DASHBOARD_JS = `
(function(){
  var en=document.documentElement.lang==="en";
  function words(ms){
    var m=Math.floor(Math.abs(ms)/60000);
    var s=m>=60?Math.floor(m/60)+(en?" h ":" giờ ")+(m%60)+(en?" min":" phút"):m+(en?" min":" phút");
    return ms>=0?(en?s+" left":"còn "+s):(en?s+" overdue":"quá hạn "+s);
  }
  function tick(){document.querySelectorAll("[data-due]").forEach(function(el){var ms=new Date(el.getAttribute("data-due")).getTime()-Date.now();el.textContent=words(ms);el.classList.toggle("late",ms<0);});}
  setInterval(tick,15000);
  var table=document.getElementById("queue");
  if(!table)return;
  var known=null;
  function poll(){
    fetch(table.getAttribute("data-poll")+location.search,{headers:{accept:"application/json"},credentials:"same-origin"})
      .then(function(r){if(r.status===401){location.reload();throw new Error("signed out");}return r.json();})
      .then(function(data){
        document.getElementById("queue-rows").innerHTML=data.rows;
        var fresh=known?data.codes.filter(function(c){return known.indexOf(c)<0;}).length:0;
        known=data.codes;
        document.getElementById("queue-count").textContent=data.countText+(fresh?"; "+data.freshText.replace("{n}",fresh):"");
        tick();
      }).catch(function(){});
  }
  poll();
  setInterval(poll,10000);
})();
`;

/** A plain shield, so browsers do not ask for /favicon.ico outside the dashboard. */
export const DASHBOARD_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M8 1 2 3v5c0 3.5 2.6 6.2 6 7 3.4-.8 6-3.5 6-7V3z" fill="#0b4f8a"/></svg>`;
