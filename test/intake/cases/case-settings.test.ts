import { describe, expect, it } from "vitest";
import { DEFAULT_DEADLINES, deadlinesFor } from "../../../src/intake/cases/case-deadlines.ts";
import { CaseSettingsError, parseCaseSettings } from "../../../src/intake/cases/case-settings.ts";
import { caseCodeKey, newCaseCode } from "../../../src/intake/cases/case-code.ts";

describe("case queue settings", () => {
  it("defaults follow DESIGN.md: emergency acknowledged in 15 minutes and acted on within 12 hours (Decree 56, Art. 31)", () => {
    const settings = parseCaseSettings({});
    expect(settings.deadlines).toEqual(DEFAULT_DEADLINES);
    const t = new Date("2026-11-23T00:00:00Z");
    expect(deadlinesFor("emergency", t)).toEqual({ ackDueAt: new Date("2026-11-23T00:15:00Z"), actionDueAt: new Date("2026-11-23T12:00:00Z"), nextAlertAt: new Date("2026-11-23T00:15:00Z") });
    expect(deadlinesFor("high", t)).toMatchObject({ ackDueAt: new Date("2026-11-23T02:00:00Z"), actionDueAt: new Date("2026-11-23T12:00:00Z"), nextAlertAt: null });
    expect(deadlinesFor("low", t).actionDueAt).toEqual(new Date("2026-11-26T00:00:00Z"));
    expect(settings.retentionDays).toBe(365);
  });

  it("a province may shorten deadlines and configure webhook agencies; a wrong value names the variable", () => {
    const settings = parseCaseSettings({ CASE_DEADLINE_MEDIUM_MINUTES: "720", REFERRAL_WEBHOOKS: '{"commune_committee":{"url":"https://xa.example.vn/hook","secret":"0123456789abcdef"}}' });
    expect(settings.deadlines.medium).toMatchObject({ acknowledgeMinutes: 720, actionMinutes: 720 });
    expect(settings.webhooks.commune_committee?.url).toBe("https://xa.example.vn/hook");
    expect(() => parseCaseSettings({ CASE_DEADLINE_LOW_MINUTES: "-5" })).toThrow(CaseSettingsError);
    expect(() => parseCaseSettings({ REFERRAL_WEBHOOKS: '{"army":{"url":"https://x","secret":"0123456789abcdef"}}' })).toThrow(/REFERRAL_WEBHOOKS/);
    expect(() => parseCaseSettings({ CASE_RETENTION_DAYS: "abc" })).toThrow(/CASE_RETENTION_DAYS/);
  });

  it("case codes avoid look-alike characters and are found however they are typed", () => {
    for (let i = 0; i < 200; i += 1) expect(newCaseCode()).toMatch(/^TE-[A-HJKMNP-Z2-9]{6}$/);
    expect(caseCodeKey(" te-7k3m9q ")).toBe("TE7K3M9Q");
    expect(caseCodeKey("7K3M9Q")).toBe("TE7K3M9Q");
    expect(caseCodeKey("hello")).toBeNull();
  });
});
