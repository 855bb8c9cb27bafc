/**
 * A report whose province nobody knows (the reporter did not say or could not) has no province
 * desk: it is every officer's, in the queue, the search and the case page, so an emergency among
 * them is never alerted with a code that no one can open. A known province stays its own.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { draft } from "../../intake/cases/case-test-support.ts";
import { openDashboard, signIn, type DashboardHarness } from "./dashboard-test-support.ts";

let h: DashboardHarness;
beforeEach(async () => {
  h = await openDashboard();
});
afterEach(() => h.close());

const get = (url: string, cookie: string) => h.app.inject({ method: "GET", url, headers: { cookie } });

describe("a case of no known province", () => {
  it("is in every officer's queue and opens for each of them; a known province's case stays in its province", async () => {
    const nowhere = (await h.services.intake.submit(draft({ locationText: null, commune: null, dangerNow: "yes", narrative: "Có người đang cầm dao dọa giết bé trai 7 tuổi ngay lúc này." }))).caseCode;
    const phuYen = (await h.services.intake.submit(draft({ locationText: "Phú Yên" }))).caseCode;
    const an = await signIn(h.app, "an"); // Đắk Lắk
    const binh = await signIn(h.app, "binh"); // Hà Nội
    for (const officer of [an, binh]) {
      const queue = await get("/officer", officer.cookie);
      expect(queue.body).toContain(nowhere);
      expect((await get(`/officer/cases/${nowhere}`, officer.cookie)).statusCode).toBe(200);
      expect((await get(`/officer/?q=${nowhere.replace("-", "").toLowerCase()}`, officer.cookie)).body).toContain(nowhere);
    }
    expect((await get("/officer", an.cookie)).body).toContain(phuYen);
    expect((await get("/officer", binh.cookie)).body).not.toContain(phuYen);
    expect((await get(`/officer/cases/${phuYen}`, binh.cookie)).statusCode).toBe(404);
  });
});
