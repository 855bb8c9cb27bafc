import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/database.ts";
import { createCaseRepository } from "../../../src/db/case-repository.ts";
import { createCaseQueueService } from "../../../src/intake/cases/case-queue-service.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { caseCodeKey } from "../../../src/intake/cases/case-code.ts";
import { draft, openQueue, testCipher, type QueueHarness } from "./case-test-support.ts";

describe.each(testDatabases)("officers' queue on $name", (factory) => {
  let h: QueueHarness | undefined;
  const others: Database[] = [];
  afterEach(async () => {
    for (const db of others.splice(0)) await db.close();
    await h?.close();
    h = undefined;
  });
  /** A second app instance on the same database. */
  const secondInstance = async () => {
    const db = await openDatabase(h!.target.config);
    others.push(db);
    return createCaseQueueService({ store: createCaseRepository(db.client, testCipher), clock: () => h!.clock.now });
  };
  const emergency = () => draft({ dangerNow: "yes", narrative: "Bố say rượu đang đánh con, bé đang chảy máu" });
  const low = () => draft({ narrative: "Tôi muốn hỏi cách dạy con không dùng đòn roi", dangerNow: "no", withPersonNow: "no" });

  it("lists by risk first, then the longest waiting", async () => {
    h = await openQueue(factory);
    const first = await h.intake.submit(low());
    h.clock.advanceMinutes(1);
    const second = await h.intake.submit(emergency());
    h.clock.advanceMinutes(1);
    const third = await h.intake.submit(emergency());
    h.clock.advanceMinutes(1);
    const fourth = await h.intake.submit(low());
    const order = (await h.queue.list("officer-an")).map((c) => c.code);
    expect(second.risk).toBe("emergency");
    expect(order.slice(0, 2)).toEqual([second.caseCode, third.caseCode]);
    expect(order.indexOf(first.caseCode)).toBeLessThan(order.indexOf(fourth.caseCode));
  });

  it("two officers claiming at once from two instances leave one owner", async () => {
    h = await openQueue(factory);
    const codes = await Promise.all([1, 2, 3].map(() => h!.intake.submit(emergency()).then((r) => r.caseCode)));
    const other = await secondInstance();
    for (const code of codes) {
      const results = await Promise.all([h.queue.claim("officer-an", code), other.claim("officer-binh", code)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: "claimed_by_other" });
      const shown = await h.queue.show("officer-an", code);
      const winner = results[0]!.ok ? "officer-an" : "officer-binh";
      expect(shown.ok && shown.value.case.assigneeId).toBe(winner);
      expect(shown.ok && shown.value.case.acknowledgedAt).toEqual(h.clock.now);
    }
  });

  it("release hands the case back; only the holder can release", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(low());
    expect(await h.queue.claim("officer-an", caseCode)).toEqual({ ok: true });
    expect(await h.queue.release("officer-binh", caseCode)).toMatchObject({ ok: false, reason: "not_assignee", assigneeId: "officer-an" });
    expect(await h.queue.release("officer-an", caseCode)).toEqual({ ok: true });
    expect(await h.queue.claim("officer-binh", caseCode)).toEqual({ ok: true });
  });

  it("status moves follow the workflow; any action on a closed case is refused with the reason", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(low());
    expect(await h.queue.changeStatus("officer-an", caseCode, "closed")).toMatchObject({ ok: false, reason: "invalid_transition", from: "new" });
    expect(await h.queue.changeStatus("officer-an", caseCode, "bogus")).toMatchObject({ ok: false, reason: "invalid_transition" });
    for (const to of ["triaged", "referred", "in_progress", "closed"]) expect(await h.queue.changeStatus("officer-an", caseCode, to)).toEqual({ ok: true });
    const closed = { ok: false, reason: "closed", status: "closed" };
    expect(await h.queue.claim("officer-an", caseCode)).toEqual(closed);
    expect(await h.queue.note("officer-an", caseCode, "ghi chú muộn")).toEqual(closed);
    expect(await h.queue.changeStatus("officer-an", caseCode, "in_progress")).toEqual(closed);
    expect(await h.queue.claim("officer-an", "TE-ZZZZZZ")).toEqual({ ok: false, reason: "not_found" });
    expect(await h.queue.list("officer-an")).toHaveLength(0);
    expect(await h.queue.list("officer-an", { includeFinal: true })).toHaveLength(1);
  });

  it("every officer read and write is audited with who, what, which case and when, refused ones too", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(low());
    await h.queue.list("officer-an");
    await h.queue.show("officer-an", caseCode);
    await h.queue.claim("officer-an", caseCode);
    await h.queue.claim("officer-binh", caseCode);
    await h.queue.note("officer-an", caseCode, "Đã gọi điện cho người báo");
    await h.queue.changeStatus("officer-an", caseCode, "triaged");
    await h.queue.show("officer-chi", "TE-ZZZZZZ");
    const trail = await h.queue.auditTrail("officer-an", null);
    const rows = trail.map((e) => `${e.officer} ${e.action} ${e.caseCode ?? "-"}`).reverse();
    expect(rows).toEqual([
      "officer-an list -", `officer-an show ${caseCode}`, `officer-an claim ${caseCode}`, `officer-binh claim ${caseCode}`,
      `officer-an note ${caseCode}`, `officer-an status ${caseCode}`, "officer-chi show TE-ZZZZZZ", "officer-an audit_read -",
    ]);
    expect(rows).toHaveLength(8);
    expect(trail.every((e) => e.at.getTime() === h!.clock.now.getTime())).toBe(true);
    expect(JSON.stringify(trail)).not.toContain("gọi điện");
  });

  it("an unacknowledged emergency escalates at 15 minutes and repeats until claimed; each alert once across instances", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(emergency());
    const other = await secondInstance();
    expect(await h.queue.escalateOverdue(h.clock.now)).toEqual([]);
    h.clock.advanceMinutes(15);
    const [a, b] = await Promise.all([h.queue.escalateOverdue(h.clock.now), other.escalateOverdue(h.clock.now)]);
    expect([...a, ...b].map((x) => `${x.code} ${x.kind}`)).toEqual([`${caseCode} ack_overdue`]);
    expect(await h.queue.escalateOverdue(h.clock.now)).toEqual([]);
    h.clock.advanceMinutes(15);
    const [c, d] = await Promise.all([h.queue.escalateOverdue(h.clock.now), other.escalateOverdue(h.clock.now)]);
    expect([...c, ...d]).toEqual([expect.objectContaining({ code: caseCode, kind: "emergency_repeat" })]);
    await h.queue.claim("officer-an", caseCode);
    h.clock.advanceMinutes(60);
    expect(await h.queue.escalateOverdue(h.clock.now)).toEqual([]);
    h.clock.advanceMinutes(12 * 60);
    expect((await h.queue.escalateOverdue(h.clock.now)).map((x) => x.kind)).toEqual(["action_overdue"]);
    expect(await other.escalateOverdue(h.clock.now)).toEqual([]);
  });

  it("a case referred in time never breaches its action deadline", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(low());
    await h.queue.claim("officer-an", caseCode);
    await h.queue.changeStatus("officer-an", caseCode, "referred");
    h.clock.advanceMinutes(73 * 60);
    expect(await h.queue.escalateOverdue(h.clock.now)).toEqual([]);
  });

  it("a reclassification changes risk and category with the reason on record, and brings the deadlines nearer, never further", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(low());
    const before = await h.queue.show("officer-an", caseCode);
    if (!before.ok) throw new Error("not shown");
    h.clock.advanceMinutes(10);
    const raised = await h.queue.reclassify("officer-an", caseCode, { risk: "emergency", category: "physical_violence", reason: "Gọi lại: bé đang bị đánh, có vết thương" });
    expect(raised).toEqual({ ok: true });
    const after = await h.queue.show("officer-an", caseCode);
    if (!after.ok) throw new Error("not shown");
    expect(after.value.case).toMatchObject({ risk: "emergency", category: "physical_violence" });
    expect(after.value.case.ackDueAt).toEqual(new Date(h.clock.now.getTime() + 15 * 60_000));
    expect(after.value.case.ackDueAt.getTime()).toBeLessThan(before.value.case.ackDueAt.getTime());
    expect(after.value.triageChanges).toEqual([expect.objectContaining({ officer: "officer-an", fromRisk: before.value.case.risk, toRisk: "emergency", toCategory: "physical_violence", reason: "Gọi lại: bé đang bị đánh, có vết thương" })]);
    // The raised case is announced at the next escalation pass, as an unacknowledged emergency.
    expect((await h.queue.escalateOverdue()).map((a) => [a.code, a.kind])).toEqual([[caseCode, "emergency_repeat"]]);
    // Lowering it again keeps the emergency's near deadlines.
    expect(await h.queue.reclassify("officer-an", caseCode, { risk: "low", category: "physical_violence", reason: "Đã xác minh: không nguy hiểm ngay" })).toEqual({ ok: true });
    const lowered = await h.queue.show("officer-an", caseCode);
    expect(lowered.ok && lowered.value.case.ackDueAt).toEqual(after.value.case.ackDueAt);
    expect(lowered.ok && lowered.value.triageChanges.map((c) => c.toRisk)).toEqual(["emergency", "low"]);
    const trail = await h.queue.auditTrail("test", caseCode);
    expect(trail.filter((e) => e.action === "reclassify").map((e) => e.detail)).toEqual(["-> low, physical_violence", "-> emergency, physical_violence"]);
    expect(JSON.stringify(trail)).not.toContain("bé đang bị đánh");
  });

  it("a reclassification without a reason, with unknown values, with nothing changed or on a closed case is refused", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(low());
    const shown = await h.queue.show("officer-an", caseCode);
    if (!shown.ok) throw new Error("not shown");
    const { risk, category } = shown.value.case;
    const refused = (problem: string) => ({ ok: false, reason: "invalid_input", problem });
    expect(await h.queue.reclassify("officer-an", caseCode, { risk: "high", category, reason: "   " })).toEqual(refused("reason_missing"));
    expect(await h.queue.reclassify("officer-an", caseCode, { risk: "critical", category, reason: "x" })).toEqual(refused("risk"));
    expect(await h.queue.reclassify("officer-an", caseCode, { risk, category: "<script>", reason: "x" })).toEqual(refused("category"));
    expect(await h.queue.reclassify("officer-an", caseCode, { risk, category, reason: "x" })).toEqual(refused("unchanged"));
    expect(await h.queue.reclassify("officer-an", caseCode, { risk: "high", category, reason: "x".repeat(1001) })).toEqual(refused("reason_too_long"));
    await h.queue.changeStatus("officer-an", caseCode, "not_actionable");
    expect(await h.queue.reclassify("officer-an", caseCode, { risk: "high", category, reason: "x" })).toMatchObject({ ok: false, reason: "closed" });
    const after = await h.queue.show("officer-an", caseCode);
    expect(after.ok && [after.value.case.risk, after.value.triageChanges.length]).toEqual([risk, 0]);
  });

  it("a supervisor reassigns a case from one officer to another, once, and it is on record", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(low());
    expect(await h.queue.reassign("sup-chi", caseCode, "officer-an")).toEqual({ ok: true });
    expect(await h.queue.reassign("sup-chi", caseCode, "officer-an")).toMatchObject({ ok: false, reason: "invalid_input", problem: "same_assignee" });
    // Two supervisors at once, on two instances: each change applies to the assignee that supervisor saw. When both read
    // before either wrote, one is refused; when one read after the other wrote, both apply in turn (a CI run saw both):
    // never a lost or a mixed assignment.
    const other = await secondInstance();
    const results = await Promise.all([h.queue.reassign("sup-chi", caseCode, "officer-binh"), other.reassign("sup-dung", caseCode, "officer-cuong")]);
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (!r.ok) expect(r).toMatchObject({ reason: "changed_concurrently" });
    const shown = await h.queue.show("test", caseCode);
    expect(["officer-binh", "officer-cuong"]).toContain(shown.ok && shown.value.case.assigneeId);
    // A change made on a view that is no longer true is refused (the assignee is compared, not overwritten).
    const store = createCaseRepository(h.database.client, testCipher);
    const stored = await store.findByCodeKey(caseCodeKey(caseCode)!);
    expect(await store.reassign(stored!.id, "officer-an", "officer-dung", h.clock.now)).toBe(false);
    const trail = await h.queue.auditTrail("test", caseCode);
    expect(trail.filter((e) => e.action === "reassign").map((e) => e.detail)).toContain("- -> officer-an");
    expect(await h.queue.reassign("sup-chi", "TE-ZZZZZZ", "officer-an")).toEqual({ ok: false, reason: "not_found" });
  });

  it("retention purges closed cases older than the limit with their notes, keeps open ones and records it", async () => {
    h = await openQueue(factory);
    const old = await h.intake.submit(low());
    const open = await h.intake.submit(low());
    await h.queue.note("officer-an", old.caseCode, "ghi chú");
    await h.queue.changeStatus("officer-an", old.caseCode, "not_actionable");
    h.clock.advanceMinutes(29 * 24 * 60);
    const abandoned = draft({ narrative: "Em muốn kể nhưng sợ" });
    await h.intake.saveDraft(abandoned);
    expect(await h.queue.purgeClosed("retention", 30)).toEqual({ codes: [], drafts: 0 });
    h.clock.advanceMinutes(2 * 24 * 60);
    expect(await h.queue.purgeClosed("retention", 30)).toEqual({ codes: [old.caseCode], drafts: 1 });
    expect(await h.database.client.reportDraftRecord.count()).toBe(1);
    expect(await h.database.client.caseNote.count()).toBe(0);
    expect((await h.queue.list("officer-an", { includeFinal: true })).map((c) => c.code)).toEqual([open.caseCode]);
    const trail = await h.queue.auditTrail("officer-an", null);
    expect(trail.some((e) => e.action === "retention_purge" && e.caseCode === old.caseCode && e.officer === "retention")).toBe(true);
  });
});
