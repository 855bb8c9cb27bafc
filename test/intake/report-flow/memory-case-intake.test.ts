import { describe, expect, it } from "vitest";
import { CASE_CODE_ALPHABET, normaliseCaseCode, type ReportDraft } from "../../../src/intake/case-intake-port.ts";
import { createMemoryCaseIntake, randomCaseCode } from "../../../src/intake/report-flow/memory-case-intake.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";

const draft = (over: Partial<ReportDraft> = {}): ReportDraft => ({
  ...createReportFlow({ triage: () => ({ risk: "low", category: "other", redFlags: [] }), findProvince: () => null })
    .start({ draftId: "d1", channel: "zalo", chatId: "c1", userId: "u1", language: "vi", now: new Date("2026-11-23T00:00:00Z") }).state.draft,
  ...over,
});

describe("memory case intake", () => {
  it("submitting the same draft twice gives one case and the same code", async () => {
    const intake = createMemoryCaseIntake();
    const a = await intake.submit(draft());
    const b = await intake.submit(draft());
    expect(a.caseCode).toBe(b.caseCode);
    expect(intake.cases.size).toBe(1);
  });

  it("an emergency is due within 12 hours, other reports later", async () => {
    const clock = () => new Date("2026-11-23T00:00:00Z");
    const intake = createMemoryCaseIntake({ clock });
    const urgent = await intake.submit(draft({ dangerNow: "yes" }));
    const other = await intake.submit(draft({ draftId: "d2" }));
    expect(urgent.dueBy.toISOString()).toBe("2026-11-23T12:00:00.000Z");
    expect(other.dueBy.getTime()).toBeGreaterThan(urgent.dueBy.getTime());
  });

  it("a case's status is seen by its code from any chat; unknown codes are not found; closed cases take no additions", async () => {
    const intake = createMemoryCaseIntake();
    const { caseCode } = await intake.submit(draft());
    expect(await intake.status(caseCode, { channel: "zalo", chatId: "other" })).toMatchObject({ found: true, caseCode });
    expect(await intake.status("QQQQQQ", { channel: "zalo", chatId: "c1" })).toEqual({ found: false, reason: "not_found" });
    intake.cases.get(caseCode)!.status = "closed";
    expect(await intake.addInformation(caseCode, { channel: "zalo", chatId: "c1" }, "x", [])).toEqual({ ok: false, reason: "closed" });
  });

  it("alerts officers once per draft", async () => {
    const intake = createMemoryCaseIntake();
    const t = { risk: "emergency" as const, category: "other", redFlags: [] };
    await intake.alertEmergencyDraft(draft(), t);
    await intake.alertEmergencyDraft(draft(), t);
    expect(intake.alerts).toHaveLength(1);
  });

  it("case codes are six characters that cannot be confused, and typed codes are normalised", () => {
    for (let i = 0; i < 200; i += 1) expect(randomCaseCode()).toMatch(new RegExp(`^[${CASE_CODE_ALPHABET}]{6}$`));
    expect(CASE_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(normaliseCaseCode(" k7m-2p9 ")).toBe("K7M2P9");
  });
});
