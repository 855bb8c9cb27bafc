import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_DEADLINES } from "../../../src/intake/cases/case-deadlines.ts";
import { triageDraft } from "../../../src/intake/cases/case-builder.ts";
import { createCaseRepository } from "../../../src/db/case-repository.ts";
import { createCaseIntakeService } from "../../../src/intake/cases/case-intake-service.ts";
import { CASE_CODE_ALPHABET } from "../../../src/intake/case-intake-port.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { draft, openQueue, testCipher, type QueueHarness } from "./case-test-support.ts";

const owner = { channel: "telegram" as const, chatId: "chat-1" };

describe.each(testDatabases)("reporters' side of the case queue on $name", (factory) => {
  let h: QueueHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("a confirmed report gets a short unambiguous code, deadlines by risk and today's province for an old name", async () => {
    h = await openQueue(factory);
    const receipt = await h.intake.submit(draft());
    expect(receipt.caseCode).toMatch(new RegExp(`^TE-[${CASE_CODE_ALPHABET}]{6}$`));
    expect(receipt.caseCode.slice(3)).not.toMatch(/[01OIL]/);
    const d = draft();
    expect(receipt.risk).toBe(triageDraft(d).risk);
    expect(receipt.dueBy.getTime() - h.clock.now.getTime()).toBe(DEFAULT_DEADLINES[receipt.risk].actionMinutes * 60_000);
    const shown = await h.queue.show("officer-an", receipt.caseCode);
    expect(shown.ok).toBe(true);
    if (!shown.ok) return;
    expect(shown.value.case).toMatchObject({ status: "new", provinceId: "dak-lak", provinceName: "Đắk Lắk", commune: "xã Hòa Xuân", contact: "0912 345 678", anonymous: false, submitted: true });
    expect(shown.value.case.narrative).toContain("bỏ đói");
    expect(h.alerts).toEqual([expect.objectContaining({ kind: "new_case", code: receipt.caseCode })]);
  });

  it("submitting the same draft twice (a retried message) gives the same case once", async () => {
    h = await openQueue(factory);
    const d = draft();
    const [a, b] = await Promise.all([h.intake.submit(d), h.intake.submit(d)]);
    expect(b.caseCode).toBe(a.caseCode);
    expect(await h.queue.list("officer-an")).toHaveLength(1);
    expect(h.alerts).toHaveLength(1);
  });

  it("an emergency draft reaches the top of the queue and alerts officers before the reporter finishes, and keeps its code", async () => {
    h = await openQueue(factory);
    await h.intake.submit(draft({ narrative: "Bé bị mắng." }));
    const urgent = draft({ dangerNow: "yes", narrative: "Bố đang đánh con bằng gậy ngay bây giờ", childAgeBand: null, contact: null, anonymous: null });
    await h.intake.saveDraft(urgent);
    await h.intake.alertEmergencyDraft(urgent, { risk: "emergency", category: "physical_violence", redFlags: ["violence_in_progress"] });
    await h.intake.alertEmergencyDraft(urgent, { risk: "emergency", category: "physical_violence", redFlags: ["violence_in_progress"] });
    expect(h.alerts.filter((a) => a.kind === "emergency_draft")).toHaveLength(1);
    const queue = await h.queue.list("officer-an");
    expect(queue[0]).toMatchObject({ risk: "emergency", submitted: false, category: "physical_violence" });
    expect(queue[0]!.ackDueAt.getTime() - h.clock.now.getTime()).toBe(15 * 60_000);
    h.clock.advanceMinutes(5);
    const receipt = await h.intake.submit({ ...urgent, childAgeBand: "6_11", anonymous: true });
    expect(receipt.caseCode).toBe(queue[0]!.code);
    expect(receipt.risk).toBe("emergency");
    expect(receipt.dueBy).toEqual(queue[0]!.actionDueAt);
    expect((await h.queue.list("officer-an"))[0]).toMatchObject({ code: receipt.caseCode, submitted: true, childAgeBand: "6_11" });
    expect(h.alerts.filter((a) => a.kind === "new_case")).toHaveLength(1);
  });

  it("a reporter who stops halfway leaves an encrypted draft that survives a restart", async () => {
    h = await openQueue(factory);
    const half = draft({ narrative: "Em bị cô giáo đánh", childAgeBand: null, contact: null });
    await h.intake.saveDraft(half);
    await h.intake.saveDraft({ ...half, childAgeBand: "12_15" });
    await h.reopen();
    const row = await h.database.client.reportDraftRecord.findUniqueOrThrow({ where: { draftId: half.draftId } });
    expect(row.dataEncrypted).not.toContain("cô giáo");
    expect(JSON.parse(testCipher.decrypt(row.dataEncrypted))).toMatchObject({ narrative: "Em bị cô giáo đánh", childAgeBand: "12_15" });
  });

  it("/status shows a case's status only, from any chat or channel (the code is the secret); unknown codes get not-found", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(draft());
    await h.queue.note("officer-an", caseCode, "Đã gọi cho UBND xã, chờ phản hồi");
    const mine = await h.intake.status(caseCode.toLowerCase().replace("-", " "), owner);
    expect(mine).toMatchObject({ found: true, caseCode, status: "new" });
    expect(JSON.stringify(mine)).not.toContain("UBND");
    const othersChat = await h.intake.status(caseCode, { channel: "telegram", chatId: "chat-2" });
    const otherChannel = await h.intake.status(caseCode, { channel: "zalo", chatId: "chat-1" });
    const unknown = await h.intake.status("TE-ZZZZZZ", owner);
    const nonsense = await h.intake.status("'; DROP TABLE", owner);
    expect(othersChat).toMatchObject({ found: true, caseCode, status: "new" });
    expect(otherChannel).toMatchObject({ found: true, caseCode, status: "new" });
    expect(nonsense).toEqual(unknown);
    expect(unknown).toEqual({ found: false, reason: "not_found" });
  });

  it("a reporter adds information to an open case (encrypted) by its code, from any chat, but not to an unknown or closed one", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(draft());
    // The draft (scolded and left hungry, no acute danger) is medium by the triage contract; a beating told today may raise it.
    expect(await h.intake.addInformation(caseCode, owner, "Hôm nay bé lại bị đánh", [{ kind: "photo", fileId: "f1" }])).toEqual(expect.objectContaining({ ok: true }));
    expect(await h.intake.addInformation("TE-ZZZZZZ", { channel: "telegram", chatId: "x" }, "không có mã này", [])).toEqual({ ok: false, reason: "not_found" });
    const row = await h.database.client.caseAddition.findFirstOrThrow();
    expect(row.textEncrypted).not.toContain("bị đánh");
    const shown = await h.queue.show("officer-an", caseCode);
    expect(shown.ok && shown.value.additions).toEqual([expect.objectContaining({ text: "Hôm nay bé lại bị đánh", attachments: [{ kind: "photo", fileId: "f1" }] })]);
    await h.queue.changeStatus("officer-an", caseCode, "not_actionable");
    expect(await h.intake.addInformation(caseCode, owner, "thêm", [])).toEqual({ ok: false, reason: "closed" });
  });

  it("the database holds no plaintext narrative, contact, note or addition", async () => {
    h = await openQueue(factory);
    const narrative = "Chú hàng xóm dâm ô bé Lan ở ngõ 12 Nguyễn Trãi";
    const { caseCode } = await h.intake.submit(draft({ narrative, contact: "0987 654 321", attachments: [{ kind: "photo", caption: "ảnh vết bầm của Lan" }] }));
    await h.queue.note("officer-an", caseCode, "Mẹ bé Lan xác nhận qua điện thoại");
    await h.intake.addInformation(caseCode, owner, "Lan kể thêm chuyện ở trường", []);
    const secrets = ["bé Lan", "Nguyễn Trãi", "0987 654 321", "vết bầm", "Mẹ bé Lan", "kể thêm"];
    if (h.target.config.kind === "sqlite") {
      const file = h.target.config.file;
      await h.database.close();
      const bytes = Buffer.concat(["", "-wal"].map((s) => file + s).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
      expect(bytes.includes(Buffer.from(caseCode))).toBe(true);
      for (const secret of secrets) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
      await h.reopen();
    } else {
      const dump = JSON.stringify(await h.database.client.$queryRawUnsafe(`SELECT c::text AS row FROM "IntakeCase" c UNION ALL SELECT n::text FROM "CaseNote" n UNION ALL SELECT a::text FROM "CaseAddition" a UNION ALL SELECT d::text FROM "ReportDraftRecord" d`));
      expect(dump).toContain(caseCode);
      for (const secret of secrets) expect(dump.includes(secret), secret).toBe(false);
    }
    const shown = await h.queue.show("officer-an", caseCode);
    expect(shown.ok && shown.value.case.narrative).toBe(narrative);
  });
});

describe.each(testDatabases)("officer alerts on $name", (factory) => {
  it("a reporter still gets a case code when the officers' chat is down, and the case is in the queue", async () => {
    const h = await openQueue(factory);
    try {
      const failures: string[] = [];
      const intake = createCaseIntakeService({
        store: createCaseRepository(h.database.client, testCipher), clock: () => h.clock.now,
        alerter: { alert: async () => Promise.reject(new Error("telegram down")) }, onAlertError: (error) => failures.push((error as Error).message),
      });
      const receipt = await intake.submit(draft({ dangerNow: "yes" }));
      expect(receipt.risk).toBe("emergency");
      expect(failures).toEqual(["telegram down"]);
      expect((await h.queue.list("officer-an")).map((c) => c.code)).toEqual([receipt.caseCode]);
    } finally {
      await h.close();
    }
  });
});

describe.each(testDatabases)("case codes on $name", (factory) => {
  it("a code already in use is never given to a second case", async () => {
    const h = await openQueue(factory);
    try {
      const codes = ["TE-AAAAAA", "TE-AAAAAA", "TE-BBBBBB"];
      const intake = createCaseIntakeService({ store: createCaseRepository(h.database.client, testCipher), clock: () => h.clock.now, newCode: () => codes.shift()! });
      expect((await intake.submit(draft())).caseCode).toBe("TE-AAAAAA");
      expect((await intake.submit(draft())).caseCode).toBe("TE-BBBBBB");
    } finally {
      await h.close();
    }
  });
});
