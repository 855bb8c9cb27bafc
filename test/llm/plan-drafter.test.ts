import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chunkPlan, verbatimQuote } from "../../src/llm/plan-drafter.ts";
import { sentMessages, startLayer, type LayerHarness } from "./llm-test-support.ts";

let h: LayerHarness;
beforeEach(async () => {
  h = await startLayer();
});
afterEach(async () => {
  await h.close();
});

const plan = [
  "KẾ HOẠCH Bảo vệ trẻ em tỉnh X năm 2026",
  "",
  "1. Chương trình phòng ngừa xâm hại trẻ em.",
  "Cơ quan thực hiện: Sở Y tế chủ trì,\nphối hợp với Sở Giáo dục và Đào tạo, Công an tỉnh.",
  "",
  "2. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh tham gia giám sát việc thực hiện.",
].join("\n");

describe("drafting assignments of an unfamiliar plan", () => {
  it("keeps proposals whose quote is in the plan, unreviewed and linked to the registry", async () => {
    h.fake.script([{ json: { assignments: [
      { agencyAsWritten: "Sở Y tế", role: "lead", quote: "Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Công an tỉnh." },
      { agencyAsWritten: "Công an tỉnh", role: "coordinate", quote: "Sở Y tế chủ trì,\nphối hợp với Sở Giáo dục và Đào tạo, Công an tỉnh." },
    ] } }]);
    const draft = await h.layer.drafter.draftAssignments(plan);
    expect(draft.dropped).toBe(0);
    expect(draft.assignments).toHaveLength(2);
    for (const a of draft.assignments) {
      expect(plan).toContain(a.quote);
      expect(a.reviewed).toBe(false);
    }
    expect(draft.assignments[0]).toMatchObject({ agencyAsWritten: "Sở Y tế", role: "lead", agencyId: "so-y-te" });
    expect(draft.assignments[0]?.quote).toContain("chủ trì,\nphối hợp");
  });

  it("drops quotes the plan does not contain, agencies missing from their own quote, and malformed items", async () => {
    h.fake.script([{ json: { assignments: [
      { agencyAsWritten: "Sở Tài chính", role: "lead", quote: "Sở Tài chính chủ trì bố trí kinh phí 500 triệu đồng." },
      { agencyAsWritten: "Sở Tư pháp", role: "coordinate", quote: "Cơ quan thực hiện: Sở Y tế chủ trì," },
      { agencyAsWritten: "Công an tỉnh", role: "boss", quote: "phối hợp với Sở Giáo dục và Đào tạo, Công an tỉnh." },
      "Sở Y tế chủ trì",
      { agencyAsWritten: "Ủy ban Mặt trận Tổ quốc tỉnh", role: "requested", quote: "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh tham gia giám sát việc thực hiện." },
    ] } }]);
    const draft = await h.layer.drafter.draftAssignments(plan);
    expect(draft.assignments.map((a) => a.agencyAsWritten)).toEqual(["Ủy ban Mặt trận Tổ quốc tỉnh"]);
    expect(draft.dropped).toBe(4);
  });

  it("counts a chunk the model could not read and keeps the others", async () => {
    h.fake.script([
      { content: "Không có JSON ở đây" },
      { json: { assignments: [{ agencyAsWritten: "Ủy ban Mặt trận Tổ quốc tỉnh", role: "requested", quote: "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh tham gia giám sát" }] } },
    ]);
    const draft = await h.layer.drafter.draftAssignments(`${"Mở đầu. ".repeat(900)}\n\n${plan}`);
    expect(draft.failedChunks).toBe(1);
    expect(draft.assignments).toHaveLength(1);
    expect(h.layer.stats().draft_plan).toEqual({ malformed: 1, drafted: 1 });
  });

  it("sends the plan text as delimited data in the user message", async () => {
    h.fake.script([{ json: { assignments: [] } }]);
    await h.layer.drafter.draftAssignments(plan);
    const [system, user] = sentMessages(h.fake);
    expect(system?.content).not.toContain("Sở Y tế chủ trì");
    expect(user?.content).toContain("Sở Y tế chủ trì");
  });
});

describe("verbatim quotes and chunks", () => {
  it("returns the plan's own span when the model changed only spacing or line breaks", () => {
    expect(verbatimQuote("a  Sở Y tế\nchủ trì, b", "Sở Y tế chủ trì,")).toBe("Sở Y tế\nchủ trì,");
    expect(verbatimQuote("Sở Y tế chủ trì", "Sở Y tế phối hợp")).toBeNull();
  });

  it("matches a quote typed in another Unicode composition", () => {
    const plan = "Sở Tư pháp chủ trì".normalize("NFD");
    expect(verbatimQuote(plan, "Sở Tư pháp chủ trì".normalize("NFC"))).toBe(plan);
  });

  it("splits a long plan on blank lines into chunks no larger than asked", () => {
    const text = Array.from({ length: 30 }, (_, i) => `Đoạn ${i} `.repeat(20)).join("\n\n");
    const chunks = chunkPlan(text, 1000);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.every((c) => c.length <= 1000)).toBe(true);
    expect(chunks.join("\n\n")).toBe(text);
  });
});
