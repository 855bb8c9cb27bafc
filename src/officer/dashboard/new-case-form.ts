/**
 * The new-case form's fields and their validation (zod). The browser posts flat fields
 * (child0_age, person1_relation...); they are checked field by field, each problem named by
 * its field and a key of the form's error texts, so the page can show the message beside
 * the field and keep everything the officer typed.
 */
import { z } from "zod";
import { AGE_BANDS, REPORTER_RELATIONS } from "../../intake/case-intake-port.ts";
import { INTAKE_SOURCES, PERSON_RELATIONS, PERSON_ROLES, type CaseChild, type CasePerson } from "../../intake/cases/case-types.ts";
import type { OfficerReport } from "../../intake/cases/officer-intake-service.ts";
import { TRIAGE_RISKS } from "../../intake/triage/triage-types.ts";
import type { Lang } from "./dashboard-labels.ts";

export const CHILD_ROWS = 4;
export const PERSON_ROWS = 3;
export const MAX_NARRATIVE = 8_000;
const SEXES = ["male", "female", "unknown"] as const;
const TRI = ["unknown", "yes", "no"] as const;

/** The form as posted: every field a string ("" when empty). */
export type RawForm = Record<string, string>;

/** Keys of NewCaseTexts["errors"] that are plain sentences. */
export type FieldError = "source" | "reference_111" | "reference" | "received_at" | "narrative_missing" | "narrative_short" | "narrative_long" | "too_long" | "tri" | "province" | "age" | "sex"
  | "person_role" | "relation" | "reporter_relation" | "contact_missing" | "risk";

export type FormResult = { ok: true; report: OfficerReport } | { ok: false; errors: Map<string, FieldError> };

/** Only the form's own fields, as trimmed strings (anything else posted is dropped). */
export function rawForm(body: unknown): RawForm {
  const b = (body ?? {}) as Record<string, unknown>;
  const out: RawForm = {};
  for (const name of fieldNames()) out[name] = typeof b[name] === "string" ? (b[name] as string).trim() : "";
  return out;
}

export function fieldNames(): string[] {
  const names = ["source", "reference", "receivedAt", "narrative", "when", "dangerNow", "withPersonNow", "province", "commune", "locationText", "reporterRelation", "reporterName", "anonymous", "contact", "consent", "risk", "riskReason"];
  for (let i = 0; i < CHILD_ROWS; i += 1) names.push(`child${i}_age`, `child${i}_sex`, `child${i}_note`);
  for (let i = 0; i < PERSON_ROWS; i += 1) names.push(`person${i}_role`, `person${i}_relation`, `person${i}_note`);
  return names;
}

const text = (max: number) => z.string().max(max, { error: "too_long" });
const choice = <T extends readonly string[]>(values: T, error: FieldError) => z.string().refine((v) => v === "" || (values as readonly string[]).includes(v), { error });

/** How far back a report may be dated: a letter may be read days after it was written, not weeks. */
export const MAX_RECEIVED_AGE_DAYS = 7;

/** "2026-12-03T15:20" typed in Vietnam time (UTC+7 all year), as an instant; null when empty or malformed. */
export function vietnamTime(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const at = new Date(`${value}:00+07:00`);
  return Number.isNaN(at.getTime()) ? null : at;
}

function receivedInRange(value: string, now: Date): boolean {
  if (value === "") return true;
  const at = vietnamTime(value);
  // A minute of slack for a clock a little ahead of the server's.
  return at !== null && at.getTime() <= now.getTime() + 60_000 && now.getTime() - at.getTime() <= MAX_RECEIVED_AGE_DAYS * 86_400_000;
}

function schema(provinces: readonly string[], now: Date) {
  const shape: Record<string, z.ZodType<string>> = {
    source: z.string().refine((v) => (INTAKE_SOURCES as readonly string[]).includes(v), { error: "source" }),
    reference: z.string().max(100, { error: "reference" }),
    receivedAt: z.string().refine((v) => receivedInRange(v, now), { error: "received_at" }),
    narrative: z.string().min(1, { error: "narrative_missing" }).min(10, { error: "narrative_short" }).max(MAX_NARRATIVE, { error: "narrative_long" }),
    when: text(200),
    dangerNow: z.string().refine((v) => (TRI as readonly string[]).includes(v), { error: "tri" }),
    withPersonNow: z.string().refine((v) => (TRI as readonly string[]).includes(v), { error: "tri" }),
    province: z.string().refine((v) => provinces.includes(v), { error: "province" }),
    commune: text(120),
    locationText: text(300),
    reporterRelation: choice(REPORTER_RELATIONS, "reporter_relation"),
    reporterName: text(120),
    anonymous: z.string(),
    contact: text(200),
    consent: z.string(),
    risk: z.string().refine((v) => v === "auto" || (TRIAGE_RISKS as readonly string[]).includes(v), { error: "risk" }),
    riskReason: text(1_000),
  };
  for (let i = 0; i < CHILD_ROWS; i += 1) {
    shape[`child${i}_age`] = choice(AGE_BANDS, "age");
    shape[`child${i}_sex`] = choice(SEXES, "sex");
    shape[`child${i}_note`] = text(120);
  }
  for (let i = 0; i < PERSON_ROWS; i += 1) {
    shape[`person${i}_role`] = choice(PERSON_ROLES, "person_role");
    shape[`person${i}_relation`] = choice(PERSON_RELATIONS, "relation");
    shape[`person${i}_note`] = text(200);
  }
  return z.object(shape).superRefine((f, ctx) => {
    if (f.source === "hotline_111" && f.reference === "") ctx.addIssue({ code: "custom", path: ["reference"], message: "reference_111" });
    if (f.anonymous !== "on" && f.consent === "on" && f.contact === "") ctx.addIssue({ code: "custom", path: ["contact"], message: "contact_missing" });
    for (let i = 0; i < PERSON_ROWS; i += 1) {
      const used = f[`person${i}_relation`] !== "" || f[`person${i}_note`] !== "";
      if (used && f[`person${i}_role`] === "") ctx.addIssue({ code: "custom", path: [`person${i}_role`], message: "person_role" });
    }
  });
}

/** Checks the posted form against the officer's provinces; the report the intake service records, or the problems by field. */
export function parseNewCase(raw: RawForm, provinces: readonly string[], language: Lang, now: Date): FormResult {
  const parsed = schema(provinces, now).safeParse(raw);
  if (!parsed.success) {
    const errors = new Map<string, FieldError>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      if (!errors.has(field)) errors.set(field, issue.message as FieldError);
    }
    return { ok: false, errors };
  }
  const f = parsed.data;
  const orNull = (v: string | undefined) => (v ? v : null);
  const children: CaseChild[] = [];
  for (let i = 0; i < CHILD_ROWS; i += 1) {
    const age = f[`child${i}_age`]!, sex = f[`child${i}_sex`]!, note = f[`child${i}_note`]!;
    if (age || sex || note) children.push({ ageBand: (orNull(age) as CaseChild["ageBand"]) ?? "unknown", sex: (orNull(sex) as CaseChild["sex"]) ?? "unknown", note: orNull(note) });
  }
  const people: CasePerson[] = [];
  for (let i = 0; i < PERSON_ROWS; i += 1) {
    const role = f[`person${i}_role`]!, relation = f[`person${i}_relation`]!, note = f[`person${i}_note`]!;
    if (role && (relation || note)) people.push({ role: role as CasePerson["role"], relation: orNull(relation) as CasePerson["relation"], note: orNull(note) });
  }
  const anonymous = f.anonymous === "on";
  return {
    ok: true,
    report: {
      source: f.source as OfficerReport["source"], reference: orNull(f.reference), receivedAt: f.receivedAt ? vietnamTime(f.receivedAt!) : null, language, narrative: f.narrative!, when: orNull(f.when),
      dangerNow: f.dangerNow as OfficerReport["dangerNow"], withPersonNow: f.withPersonNow as OfficerReport["withPersonNow"],
      provinceId: f.province!, commune: orNull(f.commune), locationText: orNull(f.locationText), children, people,
      reporterRelation: orNull(f.reporterRelation) as OfficerReport["reporterRelation"], reporterName: anonymous ? null : orNull(f.reporterName), anonymous,
      contact: anonymous ? null : orNull(f.contact), consentToContact: anonymous ? null : f.consent === "on",
      risk: f.risk as OfficerReport["risk"], riskReason: orNull(f.riskReason),
    },
  };
}
