/**
 * Form 01 as real documents through the dashboard, on SQLite and PostgreSQL: the DOCX opens
 * (mammoth reads it back) and holds the sections and the case's values in Vietnamese words;
 * the A4 print view has print CSS and the same words; both are refused to officers who may
 * not read the report, and every export is on record.
 */
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draft } from "../../intake/cases/case-test-support.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { PASSWORD, post, signIn, type Signed } from "./dashboard-test-support.ts";
import { openCasework, type CaseworkHarness } from "./new-case-support.ts";

/** Codes of the queue and names of triage rules that must never reach the form. */
const CODES = /physical_violence|sexual_abuse|neglect_abandonment|emergency|hotline_111|stepfather|under_6|12_15|reporter_danger_now|in_person|Quy tắc|Mô hình phân loại|undefined|null/;

describe.each(testDatabases)("Form 01 documents on $name", (factory) => {
  let h: CaseworkHarness;
  let an: Signed;
  let binh: Signed;
  let dung: Signed;
  let code: string;
  beforeAll(async () => {
    h = await openCasework(factory);
    await h.auth.addAccount({ username: "dung", displayName: "Phạm Dung", role: "officer", provinces: ["dak-lak"], password: PASSWORD });
    [an, binh, dung] = [await signIn(h.app, "an"), await signIn(h.app, "binh"), await signIn(h.app, "dung")];
    const res = await post(h.app, "/officer/cases/new", an, {
      _csrf: an.csrf, source: "hotline_111", reference: "111-2026-0099", narrative: "Hai anh em bị dượng đánh bằng gậy.\nBé em bị chảy máu đầu, đang ở nhà với dượng.",
      when: "sáng nay", dangerNow: "yes", withPersonNow: "yes", province: "dak-lak", commune: "phường Tân Lập", locationText: "tổ 5, gần chợ",
      child0_age: "under_6", child0_sex: "female", child1_age: "12_15", child1_sex: "male", child1_note: "anh trai",
      person0_role: "harmer", person0_relation: "stepfather", person0_note: "ông Dũng", person1_role: "caregiver", person1_relation: "mother",
      reporterRelation: "neighbour", reporterName: "Bà Tư", contact: "0905 000 111", consent: "on", risk: "auto",
    });
    code = /(TE-[A-Z0-9]+)/.exec(String(res.headers.location))![1]!;
    await post(h.app, `/officer/cases/${code}/claim`, an, { _csrf: an.csrf });
    await post(h.app, `/officer/cases/${code}/note`, an, { _csrf: an.csrf, text: "Đã báo công an phường lúc 9 giờ" });
    await h.services.referrals.refer("an", code, { target: "police", method: "phone", targetName: "Công an phường Tân Lập" });
  }, 60_000);
  afterAll(() => h?.close());

  const get = (url: string, who: Signed | null) => h.app.inject({ method: "GET", url, headers: who ? { cookie: who.cookie } : {} });

  it("downloads a DOCX that mammoth reads back with every section and the case's values in words", async () => {
    const res = await get(`/officer/cases/${code}/form01/docx`, an);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="mau-01-${code}.docx"`);
    const { value: text } = await mammoth.extractRawText({ buffer: res.rawPayload });
    for (const heading of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Mẫu số 01", "PHIẾU GHI CHÉP THÔNG TIN BÁO CÁO", "1. Cơ quan, tổ chức tiếp nhận", "2. Thời gian tiếp nhận",
      "3. Thông tin người báo tin", "4. Thông tin trẻ em", "5. Người liên quan", "6. Địa điểm, thời gian xảy ra", "7. Nội dung sự việc (theo lời người báo tin)",
      "8. Tình trạng hiện tại", "9. Phân loại ban đầu", "10. Các việc đã làm", "11. Chuyển tuyến", "12. Tài liệu kèm theo", "Người ghi phiếu (ký, ghi rõ họ tên)"]) {
      expect(text).toContain(heading);
    }
    for (const value of [`Mã hồ sơ: ${code}`, "Số hồ sơ của Tổng đài 111", "111-2026-0099", "Bà Tư", "0905 000 111", "Trẻ thứ 1: độ tuổi dưới 6 tuổi; giới tính nữ",
      "Trẻ thứ 2: độ tuổi 12–15 tuổi; giới tính nam; mô tả: anh trai", "Người bị cho là gây hại: bố dượng (ông Dũng)", "Người chăm sóc: mẹ", "phường Tân Lập, Đắk Lắk",
      "Hai anh em bị dượng đánh bằng gậy.", "Bé em bị chảy máu đầu, đang ở nhà với dượng.", "khẩn cấp", "bạo lực thể chất", "Đã báo công an phường lúc 9 giờ",
      "Công an (Công an phường Tân Lập), qua điện thoại"]) {
      expect(text).toContain(value);
    }
    expect(text).not.toMatch(CODES);
    const trail = await h.services.queue.auditTrail("test", code);
    expect(trail.some((e) => e.officer === "an" && e.action === "show" && e.detail === "form 01 exported")).toBe(true);
  });

  it("shows an A4 print view with print CSS and the same words, escaping what was typed", async () => {
    const page = await get(`/officer/cases/${code}/form01/print`, an);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<link rel="stylesheet" href="/officer/assets/form01.css">');
    expect(page.body).toContain("<h2>4. Thông tin trẻ em</h2>");
    expect(page.body).toContain("<tr><th scope=\"row\">Số hồ sơ của Tổng đài 111</th><td>111-2026-0099</td></tr>");
    expect(page.body).toContain(`href="/officer/cases/${code}/form01/docx"`);
    expect(page.body.replace(/<[^>]+>/g, " ")).not.toMatch(CODES);
    const css = await get("/officer/assets/form01.css", null);
    expect(css.body).toContain("@page { size: A4 portrait;");
    expect(css.body).toMatch(/@media print \{.*\.toolbar \{ display: none; \}/);
  });

  it("refuses both to an officer of another province, to a colleague while the case is held, and without a session", async () => {
    for (const path of ["docx", "print"]) {
      expect((await get(`/officer/cases/${code}/form01/${path}`, binh)).statusCode).toBe(404);
      expect((await get(`/officer/cases/${code}/form01/${path}`, dung)).statusCode).toBe(404);
      expect((await get(`/officer/cases/${code}/form01/${path}`, null)).statusCode).toBe(303);
    }
  });

  it("makes the DOCX of a chat case, its one child and the harmer its story named", async () => {
    const receipt = await h.services.intake.submit(draft({ narrative: "Chú ruột hay đánh cháu trai bằng dây điện.", childAgeBand: "6_11", childSex: "male", harmer: "relative", harmerText: "chú ruột" }));
    const res = await get(`/officer/cases/${receipt.caseCode}/form01/docx`, an);
    const { value: text } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(text).toContain("Trẻ thứ 1: độ tuổi 6–11 tuổi; giới tính nam");
    expect(text).toContain("Người bị cho là gây hại: họ hàng (chú ruột)");
    expect(text).toContain("tin nhắn Telegram");
  });
});
