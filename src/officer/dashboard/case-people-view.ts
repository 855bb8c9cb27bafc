/**
 * The case page's section on who is involved: every child with age band and sex, the people
 * involved (the person said to harm and their relation, caregivers), and for an officer-entered
 * case how it came in (111's reference included). Names and descriptions are shown only to
 * those who may read the report; relations and ages to every officer of the province. Those
 * who may read the report also get Form 01 as an A4 print view and as a Word file.
 */
import { ageInNote, childrenOf, peopleOf, personNote } from "../../intake/cases/case-people.ts";
import type { CaseRecord } from "../../intake/cases/case-types.ts";
import { BASE, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import { newCaseTexts } from "./new-case-texts.ts";

export function casePeopleSection(ui: Ui, c: CaseRecord, narrativeAllowed: boolean): SafeHtml {
  const n = newCaseTexts(ui.lang);
  const children = childrenOf(c);
  const people = peopleOf(c);
  const intake = c.details.intake;
  const childRow = (child: (typeof children)[number], i: number) => {
    // An age typed as a bare number ("8") is said as an age; any other note is the reporter's description.
    const years = ageInNote(child.note);
    const facts = [child.ageBand ? n.ages[child.ageBand] : null, years !== null ? n.ageTold(years) : null, child.sex ? n.sexes[child.sex] : null].filter(Boolean).join(", ") || "—";
    return html`<li>${n.childN(i + 1)}: ${facts}${narrativeAllowed && years === null && child.note ? html` <q>${child.note}</q>` : null}</li>`;
  };
  const personRow = (p: (typeof people)[number]) => {
    const note = personNote(p);
    return html`<li><strong>${n.role(p.role)}</strong>: ${n.relation(p.relation) ?? "—"}${narrativeAllowed && note ? html` <q>${note}</q>` : null}</li>`;
  };
  return html`<section class="case-people" aria-labelledby="people-h"><h2 id="people-h">${n.childrenHeading}</h2>
${children.length ? html`<ul class="children">${children.map(childRow)}</ul>` : html`<p>${n.noChildren}</p>`}
${people.length ? html`<h3>${n.peopleHeading}</h3><ul class="people">${people.map(personRow)}</ul>` : null}
${intake ? html`<p class="intake-source">${n.sourceRow}: ${n.sourceName(intake.source)}${intake.reference ? html`, ${n.referenceWord} <strong>${intake.reference}</strong>` : null} (${n.enteredBy(intake.enteredBy)})${narrativeAllowed && intake.reporterName ? html`; ${n.reporterName}: ${intake.reporterName}` : null}</p>` : null}
</section>
${narrativeAllowed ? html`<p class="form01-docs">${n.form01Heading}: <a href="${BASE}/cases/${encodeURIComponent(c.code)}/form01/print">${n.form01Print}</a> · <a href="${BASE}/cases/${encodeURIComponent(c.code)}/form01/docx" download="mau-01-${c.code}.docx">${n.form01Docx}</a></p>` : null}`;
}
