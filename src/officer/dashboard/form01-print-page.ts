/**
 * Form 01 as an A4 page to print: a sheet the size of the paper on screen, print CSS that
 * hides the toolbar and keeps a section's heading with its rows, the national motto, the
 * numbered sections in Vietnamese words, and signature blocks. Served with its own
 * stylesheet and script (the dashboard's CSP allows no inline style or script).
 */
import type { Form01Document } from "../../intake/cases/form01-export.ts";
import { BASE } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import type { NewCaseTexts } from "./new-case-texts.ts";

export const FORM01_CSS = `@page { size: A4 portrait; margin: 20mm 20mm 20mm 30mm; }
* { box-sizing: border-box; }
html { background: #e8e8e8; }
body { margin: 0; font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 13pt; line-height: 1.35; color: #000; }
.toolbar { font-family: system-ui, sans-serif; font-size: 15px; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 10px 16px; background: #fff; border-bottom: 1px solid #bbb; }
.toolbar a, .toolbar button { font: inherit; min-height: 44px; display: inline-flex; align-items: center; }
.toolbar button { padding: 0 16px; cursor: pointer; }
.sheet { width: 210mm; min-height: 297mm; margin: 16px auto; padding: 20mm 20mm 20mm 30mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
.motto { text-align: center; font-weight: bold; margin: 0; }
.motto + .motto { margin-bottom: 12pt; }
h1 { font-size: 13pt; text-align: center; margin: 6pt 0 0; }
.subtitle { text-align: center; font-weight: bold; text-transform: uppercase; margin: 2pt 0 6pt; }
.code { text-align: center; margin: 0 0 12pt; }
h2 { font-size: 13pt; margin: 10pt 0 4pt; break-after: avoid; page-break-after: avoid; }
table.rows { width: 100%; border-collapse: collapse; margin: 0 0 4pt; }
table.rows th, table.rows td { border: 1px solid #777; padding: 2pt 5pt; vertical-align: top; text-align: left; }
table.rows th { width: 35%; font-weight: bold; }
tr, li { break-inside: avoid; page-break-inside: avoid; }
.narrative { white-space: pre-wrap; margin: 0 0 4pt; }
ul { margin: 2pt 0 4pt; padding-left: 18pt; }
p { margin: 0 0 4pt; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 12pt; margin-top: 18pt; text-align: center; font-weight: bold; break-inside: avoid; }
.signatures div { min-height: 30mm; }
.footer { font-style: italic; font-size: 11pt; margin-top: 12pt; }
@media screen and (max-width: 820px) { .sheet { width: auto; min-height: 0; margin: 0; padding: 16px; box-shadow: none; } }
@media print { html { background: none; } .toolbar { display: none; } .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; } }
`;

export const FORM01_JS = `document.getElementById("print-form")?.addEventListener("click", () => window.print());\n`;

export function form01PrintPage(doc: Form01Document, n: NewCaseTexts, lang: string): SafeHtml {
  const [formNumber, ...rest] = doc.title.split(": ");
  const caseUrl = `${BASE}/cases/${encodeURIComponent(doc.caseCode)}`;
  const section = (s: Form01Document["sections"][number]) => {
    const plain = s.rows.filter(([label]) => label === "");
    const labelled = s.rows.filter(([label]) => label !== "");
    return html`<section><h2>${s.number}. ${s.heading}</h2>
${plain.map(([, value]) => html`<p>${value}</p>`)}${labelled.length ? html`<table class="rows">${labelled.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value || "—"}</td></tr>`)}</table>` : null}
${s.text !== undefined ? html`<p class="narrative">${s.text}</p>` : null}${s.items.length ? html`<ul>${s.items.map((item) => html`<li>${item}</li>`)}</ul>` : null}</section>`;
  };
  return html`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${formNumber ?? doc.title} · ${doc.caseCode}</title><link rel="icon" href="${BASE}/assets/favicon.svg"><link rel="stylesheet" href="${BASE}/assets/form01.css"><script src="${BASE}/assets/form01.js" defer></script></head>
<body><nav class="toolbar" lang="${lang}"><a href="${caseUrl}">${n.backToCase}</a> <button type="button" id="print-form">${n.print}</button> <a href="${caseUrl}/form01/docx" download="mau-01-${doc.caseCode}.docx">${n.form01Docx}</a></nav>
<main class="sheet"><p class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto">Độc lập - Tự do - Hạnh phúc</p>
<h1>${formNumber ?? doc.title}</h1><p class="subtitle">${rest.join(": ")}</p><p class="code">Mã hồ sơ: ${doc.caseCode}</p>
${doc.sections.map(section)}
<div class="signatures"><div>${doc.signatures[0]}</div><div>${doc.signatures[1]}</div></div>
<p class="footer">${doc.footer}</p></main></body></html>`;
}
