/**
 * The report page and the supervisors' breaches view, drawn from real cases made through the
 * intake and worked through the queue: counts in the tables and on the charts' bars, deadline
 * shares after escalation has marked the misses, and each account seeing its provinces only.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { barChart, columnChart } from "../../../src/officer/dashboard/svg-chart.ts";
import { draft } from "../../intake/cases/case-test-support.ts";
import { PASSWORD, openDashboard, phuYenCase, signIn, type DashboardHarness } from "./dashboard-test-support.ts";

let h: DashboardHarness;
beforeEach(async () => {
  h = await openDashboard();
});
afterEach(() => h.close());

const get = (url: string, cookie?: string) => h.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });
const page = async (user: string, url: string) => get(url, (await signIn(h.app, user)).cookie);

/** The SVG of one chart on the page. */
function chart(body: string, id: string): string {
  return new RegExp(`<svg[^>]*aria-labelledby="${id}-title ${id}-desc"[\\s\\S]*?</svg>`).exec(body)?.[0] ?? "";
}
/** The numbers written on a chart's bars, in order. */
const barValues = (svg: string) => [...svg.matchAll(/<text class="chart-value"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
/** The cells of the table row headed by `label`. */
function row(body: string, caption: string, label: string): string[] {
  const table = new RegExp(`<table[^>]*><caption>${caption}</caption>[\\s\\S]*?</table>`).exec(body)?.[0] ?? "";
  const tr = new RegExp(`<tr><th scope="row">${label}</th>([\\s\\S]*?)</tr>`).exec(table)?.[1] ?? "";
  return [...tr.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!);
}

/**
 * Three cases: one from Phú Yên claimed after 10 minutes and referred (both deadlines met),
 * one from Phú Yên nobody touched, one from Hà Nội nobody touched; then three days pass and
 * escalation marks the missed deadlines.
 */
async function workedCases() {
  const met = await phuYenCase(h.services);
  const late = await phuYenCase(h.services, "Bé gái 10 tuổi bị cha dượng bỏ đói nhiều ngày.");
  const hanoi = (await h.services.intake.submit(draft({ locationText: "Hà Nội" }))).caseCode;
  h.clock.advanceMinutes(10);
  await h.services.queue.claim("an", met);
  h.clock.advanceMinutes(5);
  await h.services.referrals.refer("an", met, { target: "hotline_111", method: "phone" });
  h.clock.advanceMinutes(73 * 60);
  await h.services.queue.escalateOverdue();
  return { met, late, hanoi };
}

describe("the report page", () => {
  it("counts every case for a supervisor of every province, in the tables and on the bars", async () => {
    await workedCases();
    const res = await page("chi", "/officer/reports");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("3 hồ sơ tiếp nhận từ");
    expect(row(res.body, "Hồ sơ theo tỉnh, thành", "Đắk Lắk")).toEqual(["2"]);
    expect(row(res.body, "Hồ sơ theo tỉnh, thành", "Hà Nội")).toEqual(["1"]);
    expect(barValues(chart(res.body, "chart-province"))).toEqual(["2", "1"]);
    expect(barValues(chart(res.body, "chart-week")).map(Number).reduce((a, b) => a + b, 0)).toBe(3);
    expect(barValues(chart(res.body, "chart-week"))).toHaveLength(12);
    expect(row(res.body, "Tỷ lệ đúng hạn", "Hạn xác nhận")).toEqual(["1", "2", "0", "33%"]);
    expect(row(res.body, "Tỷ lệ đúng hạn", "Hạn hành động đầu tiên")).toEqual(["1", "2", "0", "33%"]);
    expect(barValues(chart(res.body, "chart-deadlines"))).toEqual(["33% (1/3)", "33% (1/3)"]);
    expect(row(res.body, "Thời gian đến hành động đầu tiên", "Tất cả")).toEqual(["1", "10 phút", "10 phút"]);
    expect(chart(res.body, "chart-week")).toContain('role="img"');
  });

  it("counts only the officer's own province: an sees Đắk Lắk, binh (Hà Nội) does not see it counted", async () => {
    await workedCases();
    const an = await page("an", "/officer/reports");
    expect(an.body).toContain("2 hồ sơ tiếp nhận từ");
    expect(row(an.body, "Tỷ lệ đúng hạn", "Hạn xác nhận")).toEqual(["1", "1", "0", "50%"]);
    expect(row(an.body, "Hồ sơ theo tỉnh, thành", "Hà Nội")).toEqual([]);
    const binh = await page("binh", "/officer/reports");
    expect(binh.body).toContain("1 hồ sơ tiếp nhận từ");
    expect(binh.body).toContain("Chỉ tính hồ sơ thuộc các tỉnh bạn được phân công.");
    expect(binh.body).not.toContain("Đắk Lắk");
    expect(barValues(chart(binh.body, "chart-province"))).toEqual(["1"]);
    expect(row(binh.body, "Tỷ lệ đúng hạn", "Hạn xác nhận")).toEqual(["0", "1", "0", "0%"]);
  });

  it("keeps deadlines that have not come yet apart as running", async () => {
    await phuYenCase(h.services);
    const res = await page("an", "/officer/reports");
    expect(row(res.body, "Tỷ lệ đúng hạn", "Hạn xác nhận")).toEqual(["0", "0", "1", "—"]);
  });

  it("offers 4, 12, 26 and 52 weeks and shows as many weeks as chosen, in English too", async () => {
    await phuYenCase(h.services);
    const signed = await signIn(h.app, "an");
    const four = await get("/officer/reports?weeks=4", signed.cookie);
    expect(barValues(chart(four.body, "chart-week"))).toHaveLength(4);
    expect(four.body).toMatch(/<option value="4" selected>4 tuần<\/option>/);
    const odd = await get("/officer/reports?weeks=7", signed.cookie);
    expect(barValues(chart(odd.body, "chart-week"))).toHaveLength(12);
    const en = await get("/officer/reports", `${signed.cookie}; bvte_lang=en`);
    expect(en.body).toContain("Cases by week");
    expect(en.body).toContain("1 cases received since");
  });

  it("says so when there are no cases", async () => {
    const res = await page("an", "/officer/reports");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Chưa có hồ sơ nào trong khoảng thời gian này.");
    expect(res.body).not.toContain("<svg");
  });

  it("sends a visitor without a session to the sign-in page", async () => {
    expect((await get("/officer/reports")).statusCode).toBe(303);
  });
});

describe("the breaches view", () => {
  it("lists the missed deadlines for a supervisor, linked to the case, and leaves the met case out", async () => {
    const { met, late, hanoi } = await workedCases();
    const res = await page("chi", "/officer/breaches");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<a href="/officer/cases/${late}">${late}</a>`);
    expect(res.body).toContain(`<a href="/officer/cases/${hanoi}">${hanoi}</a>`);
    expect(res.body).not.toContain(met);
    expect(res.body).toContain("4 lần trễ hạn");
    expect(res.body).toContain("vẫn chưa làm");
    expect(res.body).toContain("Hành động đầu tiên");
  });

  it("shows a provincial supervisor the breaches of their province only", async () => {
    const { late, hanoi } = await workedCases();
    await h.auth.addAccount({ username: "giam-sat-hn", displayName: "Giám sát Hà Nội", role: "supervisor", provinces: ["ha-noi"], password: PASSWORD });
    const res = await page("giam-sat-hn", "/officer/breaches");
    expect(res.body).toContain(hanoi);
    expect(res.body).not.toContain(late);
  });

  it("filters to open cases with ?open=1", async () => {
    const { late, hanoi } = await workedCases();
    await h.services.queue.changeStatus("chi", late, "not_actionable");
    const signed = await signIn(h.app, "chi");
    const all = await get("/officer/breaches", signed.cookie);
    expect(all.body.indexOf(hanoi)).toBeLessThan(all.body.indexOf(late)); // open cases first
    const open = await get("/officer/breaches?open=1", signed.cookie);
    expect(open.body).toContain(hanoi);
    expect(open.body).not.toContain(late);
    expect(open.body).toMatch(/name="open" value="1" checked/);
  });

  it("refuses an officer with 403", async () => {
    await workedCases();
    const res = await page("an", "/officer/breaches");
    expect(res.statusCode).toBe(403);
  });
});

describe("the charts", () => {
  it("write labels as text, name the image for screen readers and scale by their viewBox", () => {
    const svg = barChart({ id: "c", title: "Tỉnh <b>", desc: "mô tả", bars: [{ label: "<script>alert(1)</script>", value: 3 }, { label: "Hà Nội", value: 0 }] }).value;
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toMatch(/^<svg class="chart" viewBox="0 0 600 \d+"[^>]* role="img" aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">Tỉnh &lt;b&gt;</title>');
    expect(barValues(svg)).toEqual(["3", "0"]);
    expect(barValues(columnChart({ id: "w", title: "t", desc: "d", bars: [{ label: "a", value: 0 }, { label: "b", value: 0 }] }).value)).toEqual(["0", "0"]);
  });
});
