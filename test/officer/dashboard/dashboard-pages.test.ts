/**
 * What officers see and do through the dashboard's HTTP interface: signing in (and being
 * locked out), the queue with emergencies on top and its polled rows, a case worked from
 * claim to close, report text shown as text, and the admins' accounts page.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addition } from "./dashboard-test-helpers.ts";
import { PASSWORD, openDashboard, phuYenCase, post, signIn, type DashboardHarness } from "./dashboard-test-support.ts";

let h: DashboardHarness;
beforeEach(async () => {
  h = await openDashboard();
});
afterEach(() => h.close());

const get = (url: string, cookie?: string) => h.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });

describe("signing in", () => {
  it("sets a secure, http-only, same-site session cookie limited to the dashboard", async () => {
    const form = await get("/officer/login");
    const loginCookie = String(form.headers["set-cookie"]);
    const csrf = /bvte_login=([^;]+)/.exec(loginCookie)![1]!;
    const res = await post(h.app, "/officer/login", null, { _csrf: csrf, username: "an", password: PASSWORD });
    expect(res.statusCode).toBe(403); // the login cookie was not sent: the CSRF pair is incomplete
    const ok = await h.app.inject({
      method: "POST", url: "/officer/login", headers: { cookie: `bvte_login=${csrf}`, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: csrf, username: "an", password: PASSWORD }).toString(),
    });
    expect(ok.statusCode).toBe(303);
    const session = [ok.headers["set-cookie"]].flat().find((c) => String(c).startsWith("bvte_officer="))!;
    expect(session).toMatch(/; Path=\/officer; Max-Age=\d+; HttpOnly; Secure; SameSite=Strict$/);
  });

  it("a forged login form (CSRF) is refused with 403", async () => {
    const form = await get("/officer/login");
    const csrf = /bvte_login=([^;]+)/.exec(String(form.headers["set-cookie"]))![1]!;
    const res = await h.app.inject({
      method: "POST", url: "/officer/login", headers: { cookie: `bvte_login=${csrf}`, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: "forged", username: "an", password: PASSWORD }).toString(),
    });
    expect(res.statusCode).toBe(403);
  });

  it("wrong passwords through the form all get the same page; past the free ones the form says to wait, and after the wait the right one signs in", async () => {
    const attempt = async (password: string) => {
      const form = await get("/officer/login");
      const csrf = /bvte_login=([^;]+)/.exec(String(form.headers["set-cookie"]))![1]!;
      return h.app.inject({
        method: "POST", url: "/officer/login", headers: { cookie: `bvte_login=${csrf}`, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ _csrf: csrf, username: "an", password }).toString(),
      });
    };
    const bodies = new Set<string>();
    for (let i = 0; i <= h.auth.policy.maxFailures; i += 1) {
      const res = await attempt(`sai-${i}`);
      expect(res.statusCode).toBe(401);
      bodies.add(res.body.replace(/value="[^"]+"/g, ""));
    }
    expect(bodies.size).toBe(1);
    const throttled = await attempt(PASSWORD);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.body).toContain("thử lại sau");
    h.clock.advanceMinutes(Number(throttled.headers["retry-after"]) / 60);
    expect((await attempt(PASSWORD)).statusCode).toBe(303);
  });

  it("a stranger guessing an officer's password from ever-changing addresses cannot keep the officer out of the browser they signed in from before", async () => {
    const attempt = async (password: string, remoteAddress: string, device?: string) => {
      const form = await get("/officer/login");
      const csrf = /bvte_login=([^;]+)/.exec(String(form.headers["set-cookie"]))![1]!;
      return h.app.inject({
        method: "POST", url: "/officer/login", remoteAddress,
        headers: { cookie: `bvte_login=${csrf}${device ? `; bvte_device=${device}` : ""}`, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ _csrf: csrf, username: "an", password }).toString(),
      });
    };
    const first = await attempt(PASSWORD, "203.0.113.7");
    expect(first.statusCode).toBe(303);
    const deviceLine = [first.headers["set-cookie"]].flat().map(String).find((c) => c.startsWith("bvte_device="))!;
    expect(deviceLine).toMatch(/; Path=\/officer\/login; Max-Age=\d{7,}; HttpOnly; Secure; SameSite=Strict$/);
    const device = /^bvte_device=([^;]+)/.exec(deviceLine)![1]!;
    // The stranger: one wrong password every half second, each from a new address, for two minutes.
    let refused = 0;
    for (let i = 0; i < 240; i += 1) {
      const res = await attempt(`doan-sai-${i}`, `198.51.100.${i % 250}`);
      if (res.statusCode === 429) refused += 1;
      h.clock.now = new Date(h.clock.now.getTime() + 500);
      // Meanwhile the officer signs in from their usual browser every 15 seconds: never made to wait.
      if (i % 30 === 29) expect((await attempt(PASSWORD, "203.0.113.7", device)).statusCode, `officer at attempt ${i}`).toBe(303);
    }
    expect(refused).toBeGreaterThan(200); // the stranger is slowed down all the same
    // A device cookie signed for another name, or tampered with, skips nothing.
    expect((await attempt(PASSWORD, "203.0.113.7", device.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).statusCode).toBe(429);
    expect((await attempt(PASSWORD, "203.0.113.8")).statusCode).toBe(429);
    // Every wrong password was audited under the account's name.
    const rows = await h.database.client.caseAudit.count({ where: { officer: "an", action: "login_failed" } });
    expect(rows).toBe(240 - refused);
  });

  it("an expired session sends pages to the login page saying so, and the API answers 401", async () => {
    const an = await signIn(h.app, "an");
    h.clock.advanceMinutes(h.auth.policy.idleMinutes + 1);
    const page = await get("/officer", an.cookie);
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe("/officer/login?expired=1");
    expect(String(page.headers["set-cookie"])).toContain("bvte_officer=; Path=/officer; Max-Age=0");
    expect((await get(page.headers.location!)).body).toContain("Phiên đăng nhập đã hết hạn");
    expect((await get("/officer/api/queue", an.cookie)).statusCode).toBe(401);
  });

  it("a malformed cookie (a bad %-escape) is answered as no session, never with a server error", async () => {
    for (const cookie of ["bvte_officer=%E0%A4%A", "bvte_officer=%%; bvte_lang=%zz", "bvte_lang=%"]) {
      const page = await h.app.inject({ method: "GET", url: "/officer/", headers: { cookie } });
      expect(page.statusCode, cookie).toBeLessThan(500);
      const api = await h.app.inject({ method: "GET", url: "/officer/api/queue", headers: { cookie } });
      expect(api.statusCode, cookie).toBeLessThan(500);
    }
  });

  it("signing out ends the session", async () => {
    const an = await signIn(h.app, "an");
    expect((await post(h.app, "/officer/logout", an, { _csrf: an.csrf })).headers.location).toBe("/officer/login");
    expect((await get("/officer", an.cookie)).statusCode).toBe(303);
  });
});

describe("the queue", () => {
  it("pins emergencies on top, counts down to each deadline, and shows an officer only their provinces' cases", async () => {
    const medium = await phuYenCase(h.services);
    const emergency = await phuYenCase(h.services, "Bố say rượu đang đánh con bằng gậy, bé đang chảy máu ở đầu", "yes");
    const an = await signIn(h.app, "an");
    const page = await get("/officer", an.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body.indexOf(emergency)).toBeGreaterThan(0);
    expect(page.body.indexOf(emergency)).toBeLessThan(page.body.indexOf(medium));
    expect(page.body).toMatch(/<time class="due" datetime="[^"]+" data-due="[^"]+" title="[^"]+">còn \d+ phút<\/time>/);
    expect(page.body).not.toContain("đánh con bằng gậy");
    const binh = await signIn(h.app, "binh");
    const other = await get("/officer/api/queue", binh.cookie);
    expect(other.json()).toMatchObject({ count: 0, codes: [] });
  });

  it("filters by risk, category, status and deadline", async () => {
    const medium = await phuYenCase(h.services);
    const emergency = await phuYenCase(h.services, "Bố say rượu đang đánh con bằng gậy, bé đang chảy máu ở đầu", "yes");
    let chi = await signIn(h.app, "chi");
    const codes = async (query: string) => ((await get(`/officer/api/queue?${query}`, chi.cookie)).json() as { codes: string[] }).codes;
    expect(await codes("risk=emergency")).toEqual([emergency]);
    expect(await codes("")).toEqual([emergency, medium]);
    expect(await codes("category=sexual_abuse")).toEqual([]);
    expect(await codes("province=ha-noi")).toEqual([]);
    expect(await codes("province=dak-lak")).toHaveLength(2);
    expect(await codes("deadline=overdue")).toEqual([]);
    h.clock.advanceMinutes(60 * 25);
    chi = await signIn(h.app, "chi");
    expect(await codes("deadline=overdue")).toEqual([emergency, medium]);
    await h.services.queue.changeStatus("x", medium, "not_actionable");
    expect(await codes("")).toEqual([emergency]);
    expect(await codes("status=not_actionable")).toEqual([medium]);
  });

  it("the polled endpoint brings a case that arrived after the page was loaded", async () => {
    const an = await signIn(h.app, "an");
    expect((await get("/officer/api/queue", an.cookie)).json()).toMatchObject({ count: 0 });
    const code = await phuYenCase(h.services);
    const polled = (await get("/officer/api/queue", an.cookie)).json() as { count: number; codes: string[]; rows: string };
    expect(polled.codes).toEqual([code]);
    expect(polled.rows).toContain(`href="/officer/cases/${code}"`);
  });

  it("polling every few seconds leaves one audit entry per officer per quarter hour, not one per poll", async () => {
    const an = await signIn(h.app, "an");
    const lists = async () => (await h.services.queue.auditTrail("test", null)).filter((e) => e.officer === "an" && e.action === "list").length;
    for (let i = 0; i < 5; i++) await get("/officer/api/queue", an.cookie);
    const afterBurst = await lists();
    h.clock.advanceMinutes(15);
    await get("/officer/api/queue", an.cookie);
    expect(afterBurst).toBe(2); // the sign-in's queue page and the first poll
    expect(await lists()).toBe(3);
  });
});

describe("a case page", () => {
  it("shows HTML and script in a report, an addition and a note as text, never as markup, under a policy that forbids inline scripts", async () => {
    const code = await phuYenCase(h.services, `<script>alert("xss")</script><img src=x onerror=alert(1)> bé bị đánh`);
    await addition(h, code, "<b>thêm</b><script>alert(2)</script>");
    const an = await signIn(h.app, "an");
    await post(h.app, `/officer/cases/${code}/note`, an, { _csrf: an.csrf, text: `"><script>alert(3)</script>` });
    const page = await get(`/officer/cases/${code}`, an.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; bé bị đánh");
    expect(page.body).toContain("&lt;script&gt;alert(3)&lt;/script&gt;");
    // Only the page's own script files (the queue's refresh and the new-emergency banner), never an inline one.
    expect(page.body.match(/<script[^>]*>/g)).toEqual(['<script src="/officer/assets/dashboard.js" defer>', '<script src="/officer/assets/alerts.js" defer>']);
    expect(page.body).not.toContain("<img");
    expect(page.body).not.toContain("<b>thêm");
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
  });

  it("is worked from claim to close: note, referral to 111 with its case number, status, all in the timeline under the officer's name", async () => {
    const code = await phuYenCase(h.services);
    const an = await signIn(h.app, "an");
    const act = (path: string, fields: Record<string, string> = {}) => post(h.app, `/officer/cases/${code}/${path}`, an, { _csrf: an.csrf, ...fields });
    expect((await act("claim")).headers.location).toBe(`/officer/cases/${code}?ok=claim`);
    expect((await act("note", { text: "Đã gọi cho người báo tin" })).statusCode).toBe(303);
    expect((await act("refer", { target: "hotline_111", method: "phone", externalRef: "111-2026-00042" })).statusCode).toBe(303);
    const referred = await get(`/officer/cases/${code}`, an.cookie);
    expect(referred.body).toContain("đã chuyển");
    expect(referred.body).toContain("số hồ sơ: <strong>111-2026-00042</strong>");
    expect(referred.body).toContain("Đã gọi cho người báo tin");
    expect((await act("close", { reason: "resolved", note: "Trẻ đã an toàn", confirm: "yes" })).statusCode).toBe(303);
    const closed = await get(`/officer/cases/${code}?ok=close`, an.cookie);
    expect(closed.body).toContain("Đã đóng hồ sơ; lý do và kết quả đã được ghi lại.");
    expect(closed.body).toContain("Hồ sơ đã kết thúc; không còn thao tác.");
    const late = await act("note", { text: "muộn" });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain("Hồ sơ đã kết thúc");
    const trail = (await h.services.queue.auditTrail("test", code)).filter((e) => e.officer === "an").map((e) => e.action);
    expect(trail).toEqual(expect.arrayContaining(["claim", "note", "refer", "close", "show"]));
  });

  it("refuses a claim on a case someone else holds, and a very long note, saying why", async () => {
    const code = await phuYenCase(h.services);
    await h.services.queue.claim("chi", code);
    const an = await signIn(h.app, "an");
    const taken = await post(h.app, `/officer/cases/${code}/claim`, an, { _csrf: an.csrf });
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain("đang do chi phụ trách");
    const long = await post(h.app, `/officer/cases/${code}/note`, an, { _csrf: an.csrf, text: "a".repeat(5000) });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain("Ghi chú quá dài");
    const shown = await h.services.queue.show("test", code);
    expect(shown.ok && shown.value.notes).toEqual([]);
  });

  it("records an answer from 111 on the referral", async () => {
    const code = await phuYenCase(h.services);
    const referred = await h.services.referrals.refer("an", code, { target: "hotline_111", method: "phone" });
    const an = await signIn(h.app, "an");
    const id = referred.ok ? referred.value.id : "";
    expect((await post(h.app, `/officer/cases/${code}/referrals/${id}`, an, { _csrf: an.csrf, to: "accepted", externalRef: "111-77" })).statusCode).toBe(303);
    const listed = await h.services.referrals.list("test", code);
    expect(listed.ok && listed.value[0]).toMatchObject({ status: "accepted", externalRef: "111-77" });
  });
});

describe("the audit log", () => {
  it("shows supervisors who did what on which case, only for the cases of their provinces", async () => {
    const code = await phuYenCase(h.services);
    const an = await signIn(h.app, "an");
    await post(h.app, `/officer/cases/${code}/claim`, an, { _csrf: an.csrf });
    await h.auth.addAccount({ username: "giam-sat-hn", role: "supervisor", provinces: ["ha-noi"], password: PASSWORD });
    const chi = await signIn(h.app, "chi");
    const all = await get("/officer/audit", chi.cookie);
    expect(all.statusCode).toBe(200);
    expect(all.body).toMatch(new RegExp(`<td>an</td><td>nhận xử lý</td>\\s*<td><a href="/officer/cases/${code}">${code}</a></td>`));
    const hanoi = await signIn(h.app, "giam-sat-hn");
    const scoped = await get("/officer/audit", hanoi.cookie);
    expect(scoped.statusCode).toBe(200);
    expect(scoped.body).not.toContain(code);
    expect(scoped.body).toContain("Chỉ hiện thao tác trên hồ sơ thuộc tỉnh bạn phụ trách, và thao tác không gắn hồ sơ");
  });
});

describe("the English toggle", () => {
  it("switches every page to English and back, returning to the same page, and never redirects outside the dashboard", async () => {
    const code = await phuYenCase(h.services);
    const an = await signIn(h.app, "an");
    const vi = await get(`/officer/cases/${code}`, an.cookie);
    expect(vi.body).toContain('<html lang="vi">');
    const toggle = /href="(\/officer\/lang\/en\?next=[^"]+)"/.exec(vi.body)![1]!.replace(/&amp;/g, "&");
    const switched = await get(toggle, an.cookie);
    expect(switched.statusCode).toBe(303);
    expect(switched.headers.location).toBe(`/officer/cases/${code}`);
    const lang = /bvte_lang=en/.exec(String(switched.headers["set-cookie"]))![0];
    const en = await get(`/officer/cases/${code}`, `${an.cookie}; ${lang}`);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain("Record referral");
    expect(en.body).toContain("Physical violence");
    expect(en.body).toContain('hreflang="vi" lang="vi">Tiếng Việt</a>');
    const queue = (await get("/officer/api/queue", `${an.cookie}; ${lang}`)).json() as { countText: string; rows: string };
    expect(queue.countText).toBe("1 case");
    expect(queue.rows).toContain("Unclaimed");
    for (const next of ["https://evil.example/", "//evil.example/", "/officer//evil.example", "/other", "/officer\\evil"]) {
      expect((await get(`/officer/lang/en?next=${encodeURIComponent(next)}`)).headers.location, next).toBe("/officer");
    }
  });
});

describe("the accounts page", () => {
  it("lets an admin create and disable accounts, and refuses bad input with the reason", async () => {
    const admin = await signIn(h.app, "quantri");
    const created = await post(h.app, "/officer/admin/accounts", admin, { _csrf: admin.csrf, username: "dung", displayName: "<i>Dũng</i>", role: "officer", provinces: "phu-yen", password: "mat-khau-dung-2026" });
    expect(created.statusCode).toBe(200);
    expect(created.body).toContain("&lt;i&gt;Dũng&lt;/i&gt;");
    expect((await h.auth.listAccounts()).find((a) => a.username === "dung")?.provinces).toEqual(["dak-lak"]);
    const bad = await post(h.app, "/officer/admin/accounts", admin, { _csrf: admin.csrf, username: "em", role: "officer", provinces: "atlantis", password: "mat-khau-em-2026" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("atlantis");
    const dung = await signIn(h.app, "dung", "mat-khau-dung-2026");
    expect((await post(h.app, "/officer/admin/accounts/dung/disable", admin, { _csrf: admin.csrf })).statusCode).toBe(303);
    expect((await get("/officer", dung.cookie)).statusCode).toBe(303);
  });
});
