/**
 * The summary a reporter confirms before sending: every answer on one line, "(not given)"
 * for skipped ones, the narrative shortened for reading (the draft keeps all of it).
 */
import type { ReportDraft } from "../case-intake-port.ts";
import { FIELD_LABELS, LABELS, T } from "./report-flow-texts.ts";

/** Renders the draft in its own language. */
export function renderSummary(d: ReportDraft): string {
  const l = d.language;
  const label = (id: string | null | undefined) => (id ? LABELS[id]?.[l] ?? id : null);
  const yesNo = (v: boolean | null) => (v === null ? null : label(v ? "yes" : "no"));
  const place = [d.commune, d.provinceName ?? d.locationText].filter(Boolean).join(", ") || null;
  const age = [label(d.childAgeBand === "unknown" ? null : d.childAgeBand), d.childAgeText].filter(Boolean).join(" — ") || null;
  const contact = d.anonymous ? label("anonymous") : d.contact;
  const rows: Array<[string, string | null]> = [
    ["dangerNow", label(d.dangerNow)],
    ["reporter", d.reporterRelation === "other" && d.reporterRelationText ? d.reporterRelationText : label(d.reporterRelation)],
    ["narrative", d.narrative ? clip(d.narrative, 400) : null],
    ["age", age],
    ["sex", label(d.childSex)],
    ["place", place],
    ["when", label(d.when)],
    ["withPerson", label(d.withPersonNow)],
    ["contact", contact],
    ...(d.anonymous ? [] : ([["consent", yesNo(d.consentToContact)]] as Array<[string, string | null]>)),
    ["photos", d.attachments.length > 0 ? String(d.attachments.length) : null],
  ];
  const lines = rows.map(([key, value]) => `• ${FIELD_LABELS[key]?.[l] ?? key}: ${value ?? FIELD_LABELS.notGiven?.[l] ?? ""}`);
  const extra = d.extraNotes.length > 0 ? [`• ${l === "en" ? "Other notes" : "Ghi chú thêm"}: ${clip(d.extraNotes.join(" / "), 300)}`] : [];
  return [T.summaryTitle[l], ...lines, ...extra].join("\n");
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
