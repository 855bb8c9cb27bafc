/**
 * The new-case form ("Tiếp nhận mới"): the fields of a chat report, typed by the officer, with
 * several children and the people involved as rows. Rendered again with the officer's own
 * input and a message beside each field to fix when the form is refused, so nothing typed is
 * lost. Works without JavaScript; labels wrap their fields for screen readers and phones.
 */
import { AGE_BANDS, REPORTER_RELATIONS } from "../../intake/case-intake-port.ts";
import { INTAKE_SOURCES, PERSON_RELATIONS, PERSON_ROLES } from "../../intake/cases/case-types.ts";
import { TRIAGE_RISKS } from "../../intake/triage/triage-types.ts";
import { BASE, csrfField, layout, type PageFrame, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import { CHILD_ROWS, MAX_NARRATIVE, PERSON_ROWS, type FieldError, type RawForm } from "./new-case-form.ts";
import { newCaseTexts, type NewCaseTexts } from "./new-case-texts.ts";
import type { SignedIn } from "./officer-auth-service.ts";

export const NEW_CASE_PATH = `${BASE}/cases/new`;

/** The form's own layout (linked from the page: the dashboard's CSP allows no inline style): one column on a phone, rows side by side on a laptop. */
export const NEW_CASE_CSS = `form.new-case fieldset{border:1px solid #bbb;border-radius:6px;margin:0 0 16px;padding:8px 12px;max-width:60rem}
form.new-case legend{font-weight:700;padding:0 4px}
form.new-case .field{display:flex;flex-direction:column;gap:4px;margin:6px 0;width:100%}
form.new-case .field.check{flex-direction:row;align-items:center;gap:8px;min-height:44px}
form.new-case .field.check input{width:22px;height:22px}
form.new-case input:not([type=checkbox]),form.new-case select,form.new-case textarea{width:100%;min-height:44px;box-sizing:border-box}
form.new-case fieldset.row{border:0;border-top:1px dashed #ccc;border-radius:0;margin:4px 0;padding:4px 0;display:grid;grid-template-columns:1fr;gap:0 12px}
form.new-case fieldset.row legend{font-weight:600;font-size:.95em}
form.new-case .hint{color:#444;margin:4px 0}
form.new-case .field-error{color:#a00000;font-weight:600}
form.new-case [aria-invalid=true]{border:2px solid #a00000}
form.new-case button[type=submit]{min-height:48px;padding:0 24px;font-weight:700}
@media (min-width:760px){form.new-case fieldset.row{grid-template-columns:1fr 1fr 2fr}}
`;

export interface NewCaseFormState {
  values: RawForm;
  /** Problems by field name (a field's message is shown beside it). */
  errors: Map<string, FieldError>;
  /** A problem of the whole form (the risk the triage found cannot be lowered so). */
  formError: string | null;
  provinces: Array<[string, string]>;
}

/** An empty form: the officer's first province, nothing known yet, the risk left to triage. */
export function blankForm(provinces: Array<[string, string]>): RawForm {
  return { source: "phone", dangerNow: "unknown", withPersonNow: "unknown", risk: "auto", province: provinces.length === 1 ? provinces[0]![0] : "" };
}

function errorText(n: NewCaseTexts, key: FieldError): string {
  return n.errors[key];
}

interface Field {
  name: string;
  label: string;
  state: NewCaseFormState;
  n: NewCaseTexts;
  required?: boolean;
}

function fieldError(f: Field): SafeHtml | null {
  const error = f.state.errors.get(f.name);
  return error ? html`<span class="field-error" id="${f.name}-error">${errorText(f.n, error)}</span>` : null;
}

function invalid(f: Field): SafeHtml | null {
  return f.state.errors.has(f.name) ? html` aria-invalid="true" aria-describedby="${f.name}-error"` : null;
}

function labelText(f: Field): SafeHtml {
  return html`<span>${f.label}${f.required ? html` <small>${f.n.required}</small>` : null}</span>`;
}

function select(f: Field, options: ReadonlyArray<readonly [string, string]>): SafeHtml {
  const value = f.state.values[f.name] ?? "";
  return html`<label class="field">${labelText(f)} <select name="${f.name}"${f.required ? html` required` : null}${invalid(f)}>${options.map(([v, text]) => html`<option value="${v}"${v === value ? html` selected` : null}>${text}</option>`)}</select>${fieldError(f)}</label>`;
}

function input(f: Field, max: number, type = "text"): SafeHtml {
  return html`<label class="field">${labelText(f)} <input type="${type}" name="${f.name}" maxlength="${max}" value="${f.state.values[f.name] ?? ""}"${f.required ? html` required` : null}${invalid(f)}>${fieldError(f)}</label>`;
}

function checkbox(f: Field): SafeHtml {
  return html`<label class="field check"><input type="checkbox" name="${f.name}"${f.state.values[f.name] === "on" ? html` checked` : null}> ${f.label}</label>`;
}

const pairs = (codes: readonly string[], words: Readonly<Record<string, string>>): Array<[string, string]> => codes.map((c) => [c, words[c] ?? c]);

export function newCasePage(ui: Ui, session: SignedIn, state: NewCaseFormState, path: string): SafeHtml {
  const n = newCaseTexts(ui.lang);
  const f = (name: string, label: string, required = false): Field => ({ name, label, state, n, required });
  const tri = pairs(["unknown", "yes", "no"], n.tri);
  const children: SafeHtml[] = [];
  for (let i = 0; i < CHILD_ROWS; i += 1) {
    children.push(html`<fieldset class="row"><legend>${n.childN(i + 1)}</legend>
${select(f(`child${i}_age`, n.ageBand), pairs(["", ...AGE_BANDS], n.ages))}${select(f(`child${i}_sex`, n.sex), pairs(["", "female", "male", "unknown"], n.sexes))}${input(f(`child${i}_note`, n.childNote), 120)}</fieldset>`);
  }
  const people: SafeHtml[] = [];
  for (let i = 0; i < PERSON_ROWS; i += 1) {
    people.push(html`<fieldset class="row"><legend>${n.personN(i + 1)}</legend>
${select(f(`person${i}_role`, n.personRole), [["", "—"], ...pairs(PERSON_ROLES, n.roles)])}${select(f(`person${i}_relation`, n.personRelation), [["", "—"], ...pairs(PERSON_RELATIONS, n.relations)])}${input(f(`person${i}_note`, n.personNote), 200)}</fieldset>`);
  }
  const errorCount = state.errors.size + (state.formError ? 1 : 0);
  const narrative = f("narrative", n.narrative, true);
  const reason = f("riskReason", n.riskReason);
  const body = html`<link rel="stylesheet" href="${BASE}/assets/new-case.css"><p>${n.intro}</p>
${errorCount ? html`<div class="flash error" role="alert" id="form-errors"><p>${n.errorsHeading(errorCount)}</p>${state.formError ? html`<p>${state.formError}</p>` : null}</div>` : null}
<form method="post" action="${NEW_CASE_PATH}" class="new-case" novalidate>${csrfField(session)}
<fieldset><legend>${n.sourceLegend}</legend>
${select(f("source", n.source, true), pairs(INTAKE_SOURCES, n.sources))}${input(f("reference", n.reference), 100)}${input(f("receivedAt", n.receivedAt), 16, "datetime-local")}</fieldset>
<fieldset><legend>${n.storyLegend}</legend>
<label class="field">${labelText(narrative)} <textarea name="narrative" rows="8" maxlength="${MAX_NARRATIVE}" required${invalid(narrative)}>${state.values.narrative ?? ""}</textarea>${fieldError(narrative)}</label>
${input(f("when", n.when), 200)}${select(f("dangerNow", n.dangerNow, true), tri)}${select(f("withPersonNow", n.withPersonNow), tri)}</fieldset>
<fieldset><legend>${n.placeLegend}</legend>
${select(f("province", n.province, true), [["", "—"], ...state.provinces])}${input(f("commune", n.commune), 120)}${input(f("locationText", n.locationText), 300)}</fieldset>
<fieldset><legend>${n.childrenLegend}</legend><p class="hint">${n.childHint}</p>${children}</fieldset>
<fieldset><legend>${n.peopleLegend}</legend><p class="hint">${n.peopleHint}</p>${people}</fieldset>
<fieldset><legend>${n.reporterLegend}</legend>
${select(f("reporterRelation", n.reporterRelation), pairs(["", ...REPORTER_RELATIONS], n.reporterRelations))}${checkbox(f("anonymous", n.anonymous))}
${input(f("reporterName", n.reporterName), 120)}${input(f("contact", n.contact), 200)}${checkbox(f("consent", n.consent))}</fieldset>
<fieldset><legend>${n.riskLegend}</legend><p class="hint">${n.riskHint}</p>
${select(f("risk", n.risk), pairs(["auto", ...[...TRIAGE_RISKS].reverse()], n.risks))}
<label class="field">${labelText(reason)} <textarea name="riskReason" rows="2" maxlength="1000"${invalid(reason)}>${state.values.riskReason ?? ""}</textarea>${fieldError(reason)}</label></fieldset>
<p><button type="submit">${n.save}</button></p>
</form>`;
  const frame: PageFrame = { ui, title: n.title, path, session };
  return layout(frame, body);
}

export type { Ui };
