/**
 * A plan uploaded in the dashboard (/officer/admin/documents): refused at once when it is not
 * a plan document, read in the background with progress, reviewed with the page beside each
 * assignment (accept, edit, reject), published as a new version the bot answers from, and
 * every step in the audit table. Through the real dashboard routes on a real database.
 */
import fs from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listPlanFiles } from "../../src/kb/knowledge-base.ts";
import { openDashboard, signIn, type DashboardHarness, type Signed } from "../officer/dashboard/dashboard-test-support.ts";
import { hasVietnameseFont, renderPlanPdf } from "./support/plan-renderings.ts";

const DOC = "1979/KH-UBND";
const TAY_NINH = fs.readFileSync(listPlanFiles().find((f) => path.basename(f).startsWith("001_"))!, "utf8");
/** A duty the shipped version does not have: the uploaded plan is a new version of it. */
const NEW_DUTY = "- Tổ chức lớp dạy bơi an toàn cho trẻ em tại các xã ven sông trong dịp hè hằng năm.";
const REVISED = TAY_NINH.replace("2. Sở Giáo dục và Đào tạo", `${NEW_DUTY}\n\n2. Sở Giáo dục và Đào tạo`);

let h: DashboardHarness;
beforeEach(async () => {
  h = await openDashboard();
});
afterEach(() => h.close());

function multipart(signed: Signed | null, file: { name: string; bytes: Uint8Array }, csrf = signed?.csrf) {
  const boundary = "----bvte-test-boundary";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf ?? ""}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return h.app.inject({ method: "POST", url: "/officer/admin/documents", headers: { ...(signed ? { cookie: signed.cookie } : {}), "content-type": `multipart/form-data; boundary=${boundary}` }, payload });
}

const get = (url: string, signed: Signed) => h.app.inject({ method: "GET", url, headers: { cookie: signed.cookie } });
const form = (url: string, signed: Signed, fields: Record<string, string>) =>
  h.app.inject({ method: "POST", url, headers: { cookie: signed.cookie, "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams({ _csrf: signed.csrf, ...fields }).toString() });

/** The import page once the background read is done (it refreshes itself while reading). */
async function whenRead(url: string, signed: Signed) {
  for (let i = 0; i < 200; i++) {
    const page = await get(url, signed);
    if (!page.headers.refresh) return page;
    expect(page.body).toMatch(/Đang (đọc|chờ)/);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the document was never read");
}

const audit = () => h.database.client.caseAudit.findMany({ where: { action: { startsWith: "plan_import" } }, orderBy: { at: "asc" } });

describe.skipIf(!hasVietnameseFont())("uploading a plan in the dashboard", () => {
  it("reads a PDF, shows each assignment with its page, publishes the reviewed plan as version 2, all audited", async () => {
    const admin = await signIn(h.app, "quantri");
    const upload = await get("/officer/admin/documents", admin);
    expect(upload.statusCode).toBe(200);
    expect(upload.body).toContain(`enctype="multipart/form-data"`);
    expect((await get("/officer/admin/drafts", admin)).body).toContain(`href="/officer/admin/documents"`);

    const sent = await multipart(admin, { name: "ke-hoach-tay-ninh-sua.pdf", bytes: await renderPlanPdf(REVISED, { header: "UBND TỈNH TÂY NINH", stamp: true }) });
    expect(sent.statusCode).toBe(303);
    const url = sent.headers.location as string;
    expect(url).toMatch(/^\/officer\/admin\/documents\/[\w-]+$/);

    const review = await whenRead(url, admin);
    expect(review.statusCode).toBe(200);
    expect(review.body).toContain(`Số văn bản: ${DOC}`);
    expect(review.body).toContain(NEW_DUTY.slice(2));
    expect(review.body).toMatch(/<td class="import-page">trang [2-4]<\/td>/);
    expect(review.body).toContain("lớp chữ");
    const rows = [...review.body.matchAll(/name="d_(\d+)" value="accept"/g)].map((m) => Number(m[1]));
    // Each assignment is a table row; the one quoting the new duty is the one to edit.
    const tableRows = review.body.slice(review.body.indexOf("phân công đọc được")).split(`<tr><th scope="row">`).slice(1);
    const swimRow = tableRows.findIndex((r) => r.includes(NEW_DUTY.slice(2)));
    expect(swimRow).toBeGreaterThan(0);
    expect(tableRows[swimRow]).toContain(`name="d_${swimRow}" value="accept"`);

    // Reject the first assignment, make the new duty's agency the lead: both must show in the published plan.
    const published = await form(`${url}/publish`, admin, { d_0: "reject", [`d_${swimRow}`]: "accept", [`role_${swimRow}`]: "lead" });
    expect(published.statusCode).toBe(303);
    const done = await get(url, admin);
    expect(done.body).toContain(`Đã công bố kế hoạch ${DOC}, phiên bản 2 (phiên bản mới)`);

    const plan = h.knowledge.plans().find((p) => p.documentNumber === DOC)!;
    expect(plan.document?.kind).toBe("pdf");
    const swim = plan.assignments.find((a) => a.quote.includes("dạy bơi an toàn"))!;
    expect(swim.role).toBe("lead");
    expect(swim.note).toContain("Sửa khi duyệt bởi quantri");
    expect(swim.page).toBeGreaterThanOrEqual(2);
    expect(plan.assignments.length).toBe(rows.length - 1);

    const steps = await audit();
    expect(steps.map((s) => [s.officer, s.action])).toEqual([
      ["quantri", "plan_import_upload"], ["quantri", "plan_import_read"], ["quantri", "plan_import_publish"],
    ]);
    expect(steps[2]!.detail).toContain(`${DOC} v2`);

    // Publishing twice is refused and changes nothing.
    expect((await form(`${url}/publish`, admin, {})).statusCode).toBe(409);
  }, 60_000);

  it("refuses a file that is not a plan document, an oversize upload and a form without the CSRF token; stores nothing", async () => {
    const admin = await signIn(h.app, "quantri");
    const zip = await multipart(admin, { name: "ke-hoach.pdf", bytes: zipSync({ "a.txt": new TextEncoder().encode("xin chào") }) });
    expect(zip.statusCode).toBe(415);
    expect(zip.body).toContain("Không nhận tệp: Không nhận ra loại tệp");

    const empty = await multipart(admin, { name: "trong.pdf", bytes: new Uint8Array(0) });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Chưa chọn tệp nào.");

    const huge = new Uint8Array(51 * 1024 * 1024);
    huge.set(new TextEncoder().encode("%PDF-1.7\n"));
    const big = await multipart(admin, { name: "lon.pdf", bytes: huge });
    expect(big.statusCode).toBe(413);
    expect(big.body).toContain("Tệp quá lớn: tối đa 50 MB");

    const forged = await multipart(admin, { name: "ke-hoach.pdf", bytes: await renderPlanPdf(REVISED) }, "sai-token");
    expect(forged.statusCode).toBe(403);

    // Who may upload is settled before the body is read: a stranger's or an officer's oversize
    // upload gets 401 / 403, not the 413 that would mean its bytes were read.
    const stranger = await multipart(null, { name: "lon.pdf", bytes: huge });
    expect(stranger.statusCode).toBe(401);
    const officer = await signIn(h.app, "an");
    expect((await multipart(officer, { name: "lon.pdf", bytes: huge })).statusCode).toBe(403);
    expect((await get("/officer/admin/documents", officer)).statusCode).toBe(403);
    expect((await get("/officer/admin/documents/khong-co", admin)).statusCode).toBe(404);
    expect(await audit()).toEqual([]);
    expect(h.knowledge.plans().find((p) => p.documentNumber === DOC)!.document).toBeUndefined();
  }, 60_000);

  it("a document that cannot be read is reported on its page and can be discarded", async () => {
    const admin = await signIn(h.app, "quantri");
    const sent = await multipart(admin, { name: "thu-moi.pdf", bytes: await renderPlanPdf("Thư mời họp phụ huynh\nKính mời quý phụ huynh đến dự buổi họp đầu năm học vào sáng chủ nhật tại hội trường.") });
    const page = await whenRead(sent.headers.location as string, admin);
    expect(page.body).toContain("Không đọc được tài liệu: Tài liệu không giống một kế hoạch");
    expect((await form(`${sent.headers.location}/discard`, admin, {})).statusCode).toBe(303);
    expect((await get(sent.headers.location as string, admin)).body).toContain("Đã bỏ bản đọc này");
    expect((await audit()).map((s) => s.action)).toEqual(["plan_import_upload", "plan_import_failed", "plan_import_discard"]);
  }, 60_000);
});
