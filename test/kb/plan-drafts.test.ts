import { describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/kb/knowledge-base.ts";
import { DraftReviewError, mergeApprovedDrafts, reviewDrafts, sectionPathOf, storeProposals, type DraftStatus, type NewDraft, type PlanDraftStore, type StoredDraft } from "../../src/kb/plan-drafts.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import type { ParsedPlan } from "../../src/kb/types.ts";
import { createQuestionAnswerer } from "../../src/qa/question-answerer.ts";
import fs from "node:fs";
import path from "node:path";
import { tempDir } from "../support/test-databases.ts";

const registry = loadRegistry();
const SWIM = "Trách nhiệm chính thuộc về Sở Văn hóa, Thể thao và Du lịch: tổ chức các lớp dạy bơi an toàn cho học sinh tiểu học trong dịp hè năm 2026.";
const TEXT = [
  "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "", "Số: 77/KH-UBND", "Quảng Trị, ngày 10 tháng 3 năm 2026", "",
  "KẾ HOẠCH", "Phòng, chống đuối nước trẻ em tỉnh Quảng Trị năm 2026", "",
  "Giao việc như sau, theo thứ tự ưu tiên:", `+ ${SWIM}`, "",
].join("\n");
const ASK = "Sở Văn hóa, Thể thao và Du lịch có nhiệm vụ gì về dạy bơi cho trẻ em Quảng Trị?";

function parsedPlan(text = TEXT): ParsedPlan {
  const file = path.join(tempDir(), "plan.txt");
  fs.writeFileSync(file, text);
  return ingestFiles([file], registry).plans[0]!;
}

function draft(plan: ParsedPlan, over: Partial<StoredDraft> = {}): StoredDraft {
  return {
    id: "d1", documentNumber: plan.documentNumber, planVersion: 1, checksum: plan.checksum,
    agencyAsWritten: "Sở Văn hóa, Thể thao và Du lịch", agencyId: "so-vhttdl", role: "responsible", quote: SWIM, sectionPath: null,
    status: "approved", reviewedBy: "Nguyễn Thị Lan", reviewedAt: new Date("2026-11-20T08:00:00Z"), createdAt: new Date("2026-11-19T08:00:00Z"),
    ...over,
  };
}

/** An in-memory PlanDraftStore holding one plan version's text. */
function memoryStore(plan: ParsedPlan, text = plan.text): PlanDraftStore & { rows: StoredDraft[] } {
  const rows: StoredDraft[] = [];
  let n = 0;
  return {
    rows,
    async add(target, drafts: readonly NewDraft[]) {
      const added = drafts.map((d) => ({ ...target, ...d, id: `d${++n}`, status: "unreviewed" as DraftStatus, reviewedBy: null, reviewedAt: null, createdAt: new Date() }));
      rows.push(...added);
      return added;
    },
    list: async (f = {}) => rows.filter((r) => (!f.documentNumber || r.documentNumber === f.documentNumber) && (!f.status || r.status === f.status)),
    get: async (ids) => rows.filter((r) => ids.includes(r.id)),
    async setStatus(ids, status, officer, at) {
      for (const r of rows) if (ids.includes(r.id)) Object.assign(r, { status, reviewedBy: officer, reviewedAt: at });
    },
    planText: async (doc, version) => (doc === plan.documentNumber && version === 1 ? text : null),
  };
}

describe("merging approved drafts into a plan", () => {
  it("the parser reads no assignment from this layout, so the question is not answered from it", () => {
    const plan = parsedPlan();
    expect(plan.assignments).toEqual([]);
    const answer = createQuestionAnswerer({ plans: [plan], registry, today: "2026-11-23" }).answer(ASK);
    expect(answer.citations.map((c) => c.quote)).not.toContain(SWIM);
  });

  it("an approved draft joins the assignments, marked with who approved it, and the answer cites it", () => {
    const plan = parsedPlan();
    const merged = mergeApprovedDrafts(plan, [draft(plan)]);
    expect(merged.assignments).toEqual([expect.objectContaining({ agencyId: "so-vhttdl", role: "responsible", quote: SWIM, taskId: null })]);
    expect(merged.assignments[0]!.note).toBe("Do mô hình ngôn ngữ soạn, Nguyễn Thị Lan duyệt ngày 2026-11-20 (drafted by model, approved by Nguyễn Thị Lan on 2026-11-20)");
    expect(merged.assignments[0]!.sectionPath).toBe(sectionPathOf(plan, SWIM));
    const answer = createQuestionAnswerer({ plans: [merged], registry, today: "2026-11-23" }).answer(ASK);
    expect(answer.found).toBe(true);
    expect(answer.citations).toContainEqual(expect.objectContaining({ document: "77/KH-UBND", quote: SWIM }));
  });

  it("unreviewed and rejected drafts, drafts of another version, and quotes not in the text are left out", () => {
    const plan = parsedPlan();
    const left = [
      draft(plan, { status: "unreviewed", reviewedBy: null, reviewedAt: null }),
      draft(plan, { status: "rejected" }),
      draft(plan, { checksum: "another-version" }),
      draft(plan, { quote: "Sở Văn hóa, Thể thao và Du lịch chủ trì bố trí 500 triệu đồng." }),
    ];
    expect(mergeApprovedDrafts(plan, left)).toBe(plan);
  });

  it("the same approved assignment twice is added once", () => {
    const plan = parsedPlan();
    expect(mergeApprovedDrafts(plan, [draft(plan), draft(plan, { id: "d2" })]).assignments).toHaveLength(1);
  });
});

describe("reviewing drafts", () => {
  it("approval records the officer and the time; rejection too", async () => {
    const plan = parsedPlan();
    const store = memoryStore(plan);
    const [a, b] = await storeProposals(store, plan, 1, [
      { agencyAsWritten: "Sở Văn hóa, Thể thao và Du lịch", agencyId: "so-vhttdl", role: "responsible", quote: SWIM },
      { agencyAsWritten: "Sở Văn hóa, Thể thao và Du lịch", agencyId: "so-vhttdl", role: "lead", quote: SWIM },
    ]);
    const at = new Date("2026-11-21T09:00:00Z");
    expect(await reviewDrafts(store, [a!.id], "approved", " Lan ", at)).toEqual([expect.objectContaining({ status: "approved", reviewedBy: "Lan", reviewedAt: at })]);
    expect(await reviewDrafts(store, [b!.id], "rejected", "Lan", at)).toEqual([expect.objectContaining({ status: "rejected" })]);
  });

  it("refuses to approve a draft whose quote is no longer verbatim in its plan version, and changes nothing", async () => {
    const plan = parsedPlan();
    const store = memoryStore(plan, plan.text.replace("dạy bơi", "dạy kỹ năng bơi"));
    const [a] = await storeProposals(store, plan, 1, [{ agencyAsWritten: "Sở Văn hóa, Thể thao và Du lịch", agencyId: "so-vhttdl", role: "responsible", quote: SWIM }]);
    await expect(reviewDrafts(store, [a!.id], "approved", "Lan")).rejects.toThrow(/not verbatim/);
    expect(store.rows[0]!.status).toBe("unreviewed");
  });

  it("needs an officer name and known ids; one unknown id approves none", async () => {
    const plan = parsedPlan();
    const store = memoryStore(plan);
    const [a] = await storeProposals(store, plan, 1, [{ agencyAsWritten: "Sở Văn hóa, Thể thao và Du lịch", agencyId: "so-vhttdl", role: "responsible", quote: SWIM }]);
    await expect(reviewDrafts(store, [a!.id], "approved", "  ")).rejects.toBeInstanceOf(DraftReviewError);
    await expect(reviewDrafts(store, [a!.id, "nope"], "approved", "Lan")).rejects.toThrow(/nope/);
    expect(store.rows[0]!.status).toBe("unreviewed");
  });

  it("drafting the same version again does not bring back a rejected draft", async () => {
    const plan = parsedPlan();
    const store = memoryStore(plan);
    const proposal = { agencyAsWritten: "Sở Văn hóa, Thể thao và Du lịch", agencyId: "so-vhttdl", role: "responsible" as const, quote: SWIM };
    const [a] = await storeProposals(store, plan, 1, [proposal]);
    await reviewDrafts(store, [a!.id], "rejected", "Lan");
    expect(await storeProposals(store, plan, 1, [proposal])).toEqual([]);
    expect(store.rows).toHaveLength(1);
  });
});
