import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPlanDraftRepository } from "../../src/db/plan-draft-repository.ts";
import { createPlanRepository } from "../../src/db/plan-repository.ts";
import { ingestIntoStore } from "../../src/kb/plan-library.ts";
import { reviewDrafts, storeProposals } from "../../src/kb/plan-drafts.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { testDatabases, tempDir, useMigratedDatabase } from "../support/test-databases.ts";
import { ingestFiles } from "../../src/kb/knowledge-base.ts";

const registry = loadRegistry();
const SWIM = "Trách nhiệm chính thuộc về Sở Văn hóa, Thể thao và Du lịch: tổ chức các lớp dạy bơi an toàn cho học sinh tiểu học trong dịp hè năm 2026.";
const PATROL = "Công an tỉnh đảm nhận tuần tra các điểm sông, hồ nguy hiểm trong dịp hè năm 2026.";
const TEXT = [
  "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "", "Số: 77/KH-UBND", "Quảng Trị, ngày 10 tháng 3 năm 2026", "",
  "KẾ HOẠCH", "Phòng, chống đuối nước trẻ em tỉnh Quảng Trị năm 2026", "",
  "Giao việc như sau:", `+ ${SWIM}`, `+ ${PATROL}`, "",
].join("\n");
const proposals = [
  { agencyAsWritten: "Sở Văn hóa, Thể thao và Du lịch", agencyId: "so-vhttdl", role: "responsible" as const, quote: SWIM },
  { agencyAsWritten: "Công an tỉnh", agencyId: "cong-an-tinh", role: "responsible" as const, quote: PATROL },
];

function writePlan(text: string): string {
  const file = path.join(tempDir(), "quang-tri.txt");
  fs.writeFileSync(file, text);
  return file;
}

describe.each(testDatabases)("drafted assignments on $name", (factory) => {
  const database = useMigratedDatabase(factory);

  async function stored(text = TEXT) {
    const db = await database.open();
    const plans = createPlanRepository(db.client);
    const file = writePlan(text);
    const outcome = (await ingestIntoStore(plans, registry, [file])).outcomes[0]!.outcome;
    return { plans, drafts: createPlanDraftRepository(db.client), plan: ingestFiles([file], registry).plans[0]!, version: outcome.version };
  }

  it("stores drafts unreviewed for the plan version, with the section holding each quote", async () => {
    const { drafts, plan, version } = await stored();
    const added = await storeProposals(drafts, plan, version, proposals);
    expect(added.map((d) => [d.status, d.documentNumber, d.planVersion, d.checksum, d.quote])).toEqual([
      ["unreviewed", "77/KH-UBND", 1, plan.checksum, SWIM],
      ["unreviewed", "77/KH-UBND", 1, plan.checksum, PATROL],
    ]);
    expect(added[0]!.sectionPath).not.toBeNull();
    expect(await drafts.list({ status: "unreviewed" })).toEqual(added);
    expect(await drafts.list({ documentNumber: "other" })).toEqual([]);
    expect(await drafts.planText("77/KH-UBND", 1)).toBe(plan.text);
    expect(await drafts.planText("77/KH-UBND", 2)).toBeNull();
  });

  it("the current plans carry approved drafts only, and they survive a reopen", async () => {
    const { plans, drafts, plan, version } = await stored();
    const [swim, patrol] = await storeProposals(drafts, plan, version, proposals);
    expect((await plans.currentPlans())[0]!.assignments).toEqual([]);
    await reviewDrafts(drafts, [swim!.id], "approved", "Nguyễn Thị Lan");
    await reviewDrafts(drafts, [patrol!.id], "rejected", "Nguyễn Thị Lan");
    const reopened = createPlanRepository((await database.reopen()).client);
    const [current] = await reopened.currentPlans();
    expect(current!.assignments.map((a) => [a.agencyId, a.quote])).toEqual([["so-vhttdl", SWIM]]);
    expect(current!.assignments[0]!.note).toMatch(/^Do mô hình ngôn ngữ soạn, Nguyễn Thị Lan duyệt ngày \d{4}-\d{2}-\d{2}/);
  });

  it("an edited plan text is a new version without the old version's approved drafts", async () => {
    const { plans, drafts, plan, version } = await stored();
    const [swim] = await storeProposals(drafts, plan, version, proposals);
    await reviewDrafts(drafts, [swim!.id], "approved", "Lan");
    await ingestIntoStore(plans, registry, [writePlan(TEXT.replace("Giao việc như sau:", "Phân công như sau:"))]);
    const [current] = await plans.currentPlans();
    expect(current!.checksum).not.toBe(plan.checksum);
    expect(current!.assignments).toEqual([]);
  });
});
