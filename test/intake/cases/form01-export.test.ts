import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/db/database.ts";
import { createReferralRepository } from "../../../src/db/case-referral-repository.ts";
import { createCaseRepository } from "../../../src/db/case-repository.ts";
import { createOutboxRepository } from "../../../src/db/outbox-repository.ts";
import { exportForm01, renderForm01Text } from "../../../src/intake/cases/form01-export.ts";
import { createReferralService } from "../../../src/intake/cases/referral-service.ts";
import { tempDir, testDatabases } from "../../support/test-databases.ts";
import { draft, openQueue, testCipher, type QueueHarness } from "./case-test-support.ts";

const sqlite = testDatabases.find((d) => d.name === "sqlite")!;

describe("Form 01 export (Decree 56/2017)", () => {
  let h: QueueHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const setUp = async () => {
    h = await openQueue(sqlite);
    const db = h.database;
    const referrals = createReferralService({
      cases: createCaseRepository(db.client, testCipher), referrals: createReferralRepository(db.client, testCipher),
      outbox: createOutboxRepository(db.client, db.kind, testCipher), webhookUrlFor: () => undefined, clock: () => h!.clock.now,
    });
    return { queue: h.queue, referrals, clock: () => h!.clock.now };
  };

  it("holds every field of the form: receiver, time, reporter, child, place, narrative, danger, classification, actions and referral", async () => {
    const deps = await setUp();
    const receipt = await h!.intake.submit(draft({ dangerNow: "yes", narrative: "Bố say rượu đang đánh con bằng gậy", childSex: "female", when: "tối nay" }));
    await deps.queue.claim("can-bo-an", receipt.caseCode);
    await deps.queue.note("can-bo-an", receipt.caseCode, "Đã gọi 111 lúc 15:10");
    await deps.referrals.refer("can-bo-an", receipt.caseCode, { target: "hotline_111", method: "phone", externalRef: "111-0042" });

    const exported = await exportForm01(deps, "can-bo-an", receipt.caseCode, "UBND phường Tân Lập");
    if (!exported.ok) throw new Error(exported.reason);
    const f = exported.value;
    expect(f).toMatchObject({
      caseCode: receipt.caseCode, receivingBody: "UBND phường Tân Lập", receivedVia: "tin nhắn Telegram",
      reporter: { anonymous: false, relation: "neighbour", contact: "0912 345 678", consentToContact: true },
      child: { ageBand: "6_11", sex: "female" }, place: { province: "Đắk Lắk", commune: "xã Hòa Xuân", asReported: "Phú Yên" },
      whenItHappened: "tối nay", narrative: "Bố say rượu đang đánh con bằng gậy",
      currentSituation: { dangerNow: "yes" }, initialClassification: { risk: "emergency" },
      actionsTaken: { assignee: "can-bo-an", notes: [{ officer: "can-bo-an", text: "Đã gọi 111 lúc 15:10" }] },
      referrals: [{ target: "hotline_111", method: "phone", status: "sent", externalRef: "111-0042" }], exportedBy: "can-bo-an",
    });
    expect(f.receivedAt).toBe("2026-11-23T08:00:00.000Z");

    const text = renderForm01Text(f);
    expect(text).toContain("1. Cơ quan, tổ chức tiếp nhận: UBND phường Tân Lập");
    expect(text).toContain("2. Thời gian tiếp nhận: 15 giờ 00, ngày 23/11/2026");
    expect(text).toContain("Bố say rượu đang đánh con bằng gậy");
    expect(text).toContain("giới tính nữ");
    expect(text).toContain("Mức độ nguy cơ: khẩn cấp");
    expect(text).toContain("Loại xâm hại: bạo lực thể chất");
    // Words only: no codes of the queue or names of triage rules.
    expect(text).not.toMatch(/physical_violence|emergency|hotline_111|reporter_danger_now|6_11|Quy tắc|Mô hình phân loại/);
    expect(text).toContain("mã hồ sơ của nơi nhận: 111-0042");
  });

  it("an anonymous reporter stays anonymous on the form", async () => {
    const deps = await setUp();
    const receipt = await h!.intake.submit(draft({ anonymous: true, contact: null, consentToContact: false }));
    const exported = await exportForm01(deps, "can-bo-an", receipt.caseCode);
    if (!exported.ok) throw new Error(exported.reason);
    expect(exported.value.reporter).toMatchObject({ anonymous: true, contact: null });
    expect(renderForm01Text(exported.value)).toContain("ẩn danh");
  });

  it("the export is an audited read under the officer's name; an unknown code is refused and audited", async () => {
    const deps = await setUp();
    const receipt = await h!.intake.submit(draft());
    await exportForm01(deps, "can-bo-binh", receipt.caseCode);
    const trail = await h!.queue.auditTrail("auditor", receipt.caseCode);
    expect(trail.some((e) => e.officer === "can-bo-binh" && e.action === "show")).toBe(true);
    expect(await exportForm01(deps, "can-bo-binh", "TE-ZZZZZZ")).toEqual({ ok: false, reason: "not_found" });
  });

  it("the terminal prints Form 01 and the referral suggestions of a case, both audited under the officer's name", { timeout: 90_000 }, async () => {
    await setUp();
    const receipt = await h!.intake.submit(draft({ narrative: "Có người lạ dụ dỗ bé sang biên giới để bán", locationText: "Phú Yên" }));
    const form = await runCase(h!, ["form01", receipt.caseCode, "--officer", "An", "--body", "UBND xã Hòa Xuân"]);
    expect(form.status).toBe(0);
    expect(form.stdout).toContain("1. Cơ quan, tổ chức tiếp nhận: UBND xã Hòa Xuân");
    expect(form.stdout).toContain("dụ dỗ bé sang biên giới");
    const json = await runCase(h!, ["form01", receipt.caseCode, "--json", "--officer", "An"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ caseCode: receipt.caseCode, place: { province: "Đắk Lắk" } });

    const suggest = await runCase(h!, ["suggest", receipt.caseCode, "--json", "--officer", "An"]);
    expect(suggest.status, suggest.stderr).toBe(0);
    const result = JSON.parse(suggest.stdout) as { provinceName: string; suggestions: Array<{ target: string }> };
    expect(result.provinceName).toBe("Đắk Lắk");
    expect(result.suggestions.slice(0, 2).map((s) => s.target)).toEqual(["hotline_111", "commune_committee"]);
    const trail = await h!.queue.auditTrail("auditor", receipt.caseCode);
    expect(trail.filter((e) => e.officer === "An" && e.action === "show")).toHaveLength(3);
    expect((await runCase(h!, ["form01", "TE-ZZZZZZ", "--officer", "An"])).status).toBe(1);
  });

  it("the terminal closes a case only with a reason from the list and an outcome note, as the dashboard does", { timeout: 90_000 }, async () => {
    await setUp();
    const receipt = await h!.intake.submit(draft());
    const bare = await runCase(h!, ["close", receipt.caseCode, "--officer", "An"]);
    expect(bare.status).toBe(2);
    expect(bare.stderr + bare.stdout).toMatch(/--reason/);
    expect((await runCase(h!, ["close", receipt.caseCode, "--reason", "whatever", "--note", "x", "--officer", "An"])).status).toBe(2);
    const unknownDuplicate = await runCase(h!, ["close", receipt.caseCode, "--reason", "duplicate", "--note", "trùng", "--duplicate-of", "TE-ZZZZZZ", "--officer", "An"]);
    expect(unknownDuplicate.status).toBe(1);
    const closed = await runCase(h!, ["close", receipt.caseCode, "--reason", "resolved", "--note", "Trẻ đã về ở với bà ngoại, xã theo dõi", "--officer", "An"]);
    expect(closed.status, closed.stderr + closed.stdout).toBe(0);
    const shown = await runCase(h!, ["show", receipt.caseCode, "--json", "--officer", "An"]);
    expect((JSON.parse(shown.stdout) as { case: { status: string } }).case.status).toBe("closed");
  });
});

/** Runs the officer CLI as a separate process against the harness database (same key as the test cipher). */
function runCase(h: QueueHarness, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const config = h.target.config;
  const env = {
    PATH: process.env.PATH ?? "", DATA_DIR: tempDir(), ENCRYPTION_KEY: "07".repeat(32), LOG_LEVEL: "silent",
    DATABASE_URL: config.kind === "sqlite" ? `file:${config.file}` : config.url,
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/case.ts"), ...args], { cwd: PROJECT_ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
