/**
 * Closing a case with a reason, an outcome and a confirmation; reopening with a reason; the
 * supervisors' closures per officer (issue 16, item 7). Through the real application on
 * SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../support/test-databases.ts";
import { PASSWORD, officerClient, startCasework, visibleText, type Casework, type OfficerClient } from "./casework-test-support.ts";

describe.each(testDatabases)("closing and reopening on $name", (factory) => {
  let cw: Casework;
  let an: OfficerClient;
  let dung: OfficerClient;
  let chi: OfficerClient;
  beforeAll(async () => {
    cw = await startCasework(factory);
    await cw.auth.addAccount({ username: "giamsat-hn", role: "supervisor", provinces: ["ha-noi"], password: PASSWORD });
    an = await officerClient(cw.base).signIn("an");
    dung = await officerClient(cw.base).signIn("dung");
    chi = await officerClient(cw.base).signIn("chi");
  }, 60_000);
  afterAll(() => cw?.close());

  const statusOf = async (code: string) => {
    const shown = await cw.services.queue.show("test", code);
    return shown.ok ? shown.value.case.status : null;
  };
  const actionsOf = async (code: string, officer: string) => (await cw.services.queue.auditTrail("test", code)).filter((e) => e.officer === officer).map((e) => e.action);

  it("asks to confirm first, showing what will be recorded; closes only on confirmation, and the timeline and audit say why", async () => {
    const code = await cw.report();
    await an.post(`/officer/cases/${code}/claim`, {});
    const review = await an.post(`/officer/cases/${code}/close`, { reason: "resolved", note: "Đã gặp gia đình; trẻ an toàn, UBND xã theo dõi." });
    expect(review.status).toBe(200);
    const confirm = visibleText(await review.text());
    expect(confirm).toContain(`Xác nhận đóng hồ sơ ${code}`);
    expect(confirm).toContain("Lý do đóng Đã giải quyết");
    expect(confirm).toContain("Đã gặp gia đình; trẻ an toàn, UBND xã theo dõi.");
    expect(await statusOf(code)).toBe("new");

    const done = await an.post(`/officer/cases/${code}/close`, { reason: "resolved", note: "Đã gặp gia đình; trẻ an toàn, UBND xã theo dõi.", confirm: "yes" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/officer/cases/${code}?ok=close`);
    expect(await statusOf(code)).toBe("closed");
    const page = visibleText(await an.page(`/officer/cases/${code}?ok=close`));
    expect(page).toContain("Đã đóng hồ sơ; lý do và kết quả đã được ghi lại.");
    expect(page).toContain("an : Đóng hồ sơ: Đã giải quyết. Kết quả: Đã gặp gia đình; trẻ an toàn, UBND xã theo dõi.");
    expect(page).toContain("Mở lại hồ sơ");
    expect(await actionsOf(code, "an")).toContain("close");
    // A closed case is no longer in the queue's open cases.
    expect((await cw.services.queue.list("test")).map((c) => c.code)).not.toContain(code);
  });

  it("refuses a closing without a reason or an outcome, and a bare status move to closed; nothing changes", async () => {
    const code = await cw.report();
    const noReason = await an.post(`/officer/cases/${code}/close`, { note: "xong", confirm: "yes" });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Chọn lý do đóng hồ sơ.");
    const noNote = await an.post(`/officer/cases/${code}/close`, { reason: "unreachable", note: "  ", confirm: "yes" });
    expect(noNote.status).toBe(400);
    expect(await noNote.text()).toContain("Cần ghi kết quả hoặc lý do.");
    const bare = await an.post(`/officer/cases/${code}/status`, { to: "closed" });
    expect(bare.status).toBe(400);
    expect(await statusOf(code)).toBe("new");
    // The status list on the page no longer offers the final statuses.
    const page = await an.page(`/officer/cases/${code}`);
    expect(/<select name="to">[\s\S]*?<\/select>/.exec(page)![0]).not.toMatch(/value="(closed|duplicate|not_actionable)"/);
  });

  it("closes a duplicate only with the code of an existing case the officer may see (typed loosely), and links it", async () => {
    const original = await cw.report();
    const copy = await cw.report();
    const hanoi = await cw.report({ locationText: "Hà Nội", commune: "phường Láng" });
    const close = (duplicateOf: string) => an.post(`/officer/cases/${copy}/close`, { reason: "duplicate", note: "Cùng một vụ việc", duplicateOf, confirm: "yes" });

    for (const wrong of ["TE-ZZZZZZ", hanoi]) {
      const refused = await close(wrong);
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain("Không tìm thấy hồ sơ có mã này trong các tỉnh bạn phụ trách.");
    }
    const self = await close(copy);
    expect(await self.text()).toContain("Hồ sơ không thể trùng với chính nó.");
    expect(await statusOf(copy)).toBe("new");

    expect((await close(` ${original.toLowerCase().replace("-", " ")} `)).status).toBe(303);
    expect(await statusOf(copy)).toBe("duplicate");
    const page = await an.page(`/officer/cases/${copy}`);
    expect(page).toContain(`trùng với <a href="/officer/cases/${original}">${original}</a>`);
  });

  it("leaves no-concern cases not actionable, and names the province a child moved to", async () => {
    const quiet = await cw.report();
    expect((await an.post(`/officer/cases/${quiet}/close`, { reason: "no_concern", note: "Xác minh: không có dấu hiệu", confirm: "yes" })).status).toBe(303);
    expect(await statusOf(quiet)).toBe("not_actionable");

    const moved = await cw.report();
    const missing = await an.post(`/officer/cases/${moved}/close`, { reason: "moved_province", note: "Gia đình đã chuyển đi", confirm: "yes" });
    expect(await missing.text()).toContain("Chọn tỉnh trẻ đã chuyển đến.");
    expect((await an.post(`/officer/cases/${moved}/close`, { reason: "moved_province", movedTo: "ha-noi", note: "Gia đình đã chuyển đi", confirm: "yes" })).status).toBe(303);
    expect(visibleText(await an.page(`/officer/cases/${moved}`))).toContain("Đóng hồ sơ: Trẻ đã chuyển đến tỉnh khác (chuyển đến Hà Nội).");
  });

  it("reopens only with a reason, back to awaiting action under its holder, on the timeline and in the audit", async () => {
    const code = await cw.report();
    await an.post(`/officer/cases/${code}/claim`, {});
    await an.post(`/officer/cases/${code}/close`, { reason: "unreachable", note: "Gọi 3 lần không được", confirm: "yes" });
    const noReason = await an.post(`/officer/cases/${code}/reopen`, { reason: "" });
    expect(noReason.status).toBe(400);
    expect(await statusOf(code)).toBe("closed");
    expect((await an.post(`/officer/cases/${code}/reopen`, { reason: "Người báo gọi lại, cung cấp địa chỉ mới" })).status).toBe(303);
    expect(await statusOf(code)).toBe("triaged");
    const page = visibleText(await an.page(`/officer/cases/${code}?ok=reopen`));
    expect(page).toContain("Đã mở lại hồ sơ; lý do đã được ghi lại.");
    expect(page).toContain("Mở lại hồ sơ. đã đóng → đã phân loại. Lý do: Người báo gọi lại, cung cấp địa chỉ mới");
    expect(page.indexOf("Đóng hồ sơ: Không liên lạc được")).toBeLessThan(page.indexOf("Mở lại hồ sơ. đã đóng"));
    expect(await actionsOf(code, "an")).toEqual(expect.arrayContaining(["close", "reopen"]));
    // Reopening an open case is refused.
    expect((await an.post(`/officer/cases/${code}/reopen`, { reason: "lần nữa" })).status).toBe(400);
  });

  it("shows supervisors the closures per officer and reason in their provinces; officers may not open it", async () => {
    const first = await cw.report();
    const second = await cw.report();
    const hanoi = await cw.report({ locationText: "Hà Nội", commune: "phường Láng" });
    await an.post(`/officer/cases/${first}/close`, { reason: "unreachable", note: "x", confirm: "yes" });
    await dung.post(`/officer/cases/${second}/close`, { reason: "unreachable", note: "y", confirm: "yes" });
    await chi.post(`/officer/cases/${hanoi}/close`, { reason: "resolved", note: "z", confirm: "yes" });

    const table = await chi.page("/officer/closures?days=30");
    const row = (who: string) => new RegExp(`<tr><th scope="row">${who}</th>((?:<td>.*?</td>)+)</tr>`).exec(table)?.[1]?.match(/\d+/g)?.map(Number);
    // Columns: resolved, referred_accepted, no_concern, duplicate, unreachable, moved_province, total.
    expect(row("dung")).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(row("chi")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row("an")![4]).toBeGreaterThanOrEqual(2); // this case and the earlier test's
    expect(visibleText(table)).toContain("Không liên lạc được");

    const hanoiOnly = await (await officerClient(cw.base).signIn("giamsat-hn")).page("/officer/closures");
    expect(hanoiOnly).toContain('<tr><th scope="row">chi</th><td>1</td>');
    expect(hanoiOnly).not.toContain('<th scope="row">dung</th>');
    expect((await an.get("/officer/closures")).status).toBe(403);
  });
});
