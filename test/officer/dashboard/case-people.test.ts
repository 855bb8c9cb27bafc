/**
 * Several children and the people involved, through the real dashboard on SQLite and
 * PostgreSQL: typed as rows on the new-case form, stored encrypted (nothing of them in clear
 * in the database), shown on the case page (names only to those who may read the report),
 * and a chat case still shows its one child and the harmer its story named.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draft } from "../../intake/cases/case-test-support.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { PASSWORD, post, signIn, type Signed } from "./dashboard-test-support.ts";
import { openCasework, type CaseworkHarness } from "./new-case-support.ts";

describe.each(testDatabases)("children and people of a case on $name", (factory) => {
  let h: CaseworkHarness;
  let an: Signed;
  let dung: Signed;
  beforeAll(async () => {
    h = await openCasework(factory);
    await h.auth.addAccount({ username: "dung", displayName: "Phạm Dung", role: "officer", provinces: ["dak-lak"], password: PASSWORD });
    [an, dung] = [await signIn(h.app, "an"), await signIn(h.app, "dung")];
  }, 60_000);
  afterAll(() => h?.close());

  const page = (code: string, who: Signed) => h.app.inject({ method: "GET", url: `/officer/cases/${code}`, headers: { cookie: who.cookie } });

  it("records three children with their own age and sex and the people involved, encrypted, and shows them on the case page", async () => {
    const res = await post(h.app, "/officer/cases/new", an, {
      _csrf: an.csrf, source: "in_person", narrative: "Ba chị em bị dượng đánh đập, bỏ đói; bà ngoại đang tạm trông các cháu.", dangerNow: "no", withPersonNow: "no",
      province: "dak-lak", commune: "xã Ea Kar", risk: "auto",
      child0_age: "under_6", child0_sex: "female", child0_note: "bé Na, 4 tuổi",
      child1_age: "6_11", child1_sex: "male", child1_note: "",
      child2_age: "12_15", child2_sex: "female", child2_note: "chị cả",
      person0_role: "harmer", person0_relation: "stepfather", person0_note: "Trần Văn Dượng",
      person1_role: "caregiver", person1_relation: "grandparent", person1_note: "bà Hoa",
      reporterName: "Chị Mai", contact: "0905 111 222", consent: "on",
    });
    expect(res.statusCode).toBe(303);
    const code = /(TE-[A-Z0-9]+)/.exec(String(res.headers.location))![1]!;
    const view = await h.services.queue.show("test", code);
    if (!view.ok) throw new Error("not stored");
    expect(view.value.case.details.childList).toEqual([
      { ageBand: "under_6", sex: "female", note: "bé Na, 4 tuổi" }, { ageBand: "6_11", sex: "male", note: null }, { ageBand: "12_15", sex: "female", note: "chị cả" },
    ]);
    expect(view.value.case.details.people).toEqual([
      { role: "harmer", relation: "stepfather", note: "Trần Văn Dượng" }, { role: "caregiver", relation: "grandparent", note: "bà Hoa" },
    ]);
    // The queue's age column holds the youngest child: the one triage protects first.
    expect(view.value.case.childAgeBand).toBe("under_6");
    const row = await h.database.client.intakeCase.findUniqueOrThrow({ where: { code } });
    const stored = JSON.stringify(row);
    for (const secret of ["Trần Văn Dượng", "bà Hoa", "bé Na", "stepfather", "grandparent", "Chị Mai"]) expect(stored).not.toContain(secret);

    const shown = (await page(code, an)).body;
    expect(shown).toContain("Trẻ em trong vụ việc");
    expect(shown).toContain("<li>Trẻ thứ 1: dưới 6 tuổi, nữ <q>bé Na, 4 tuổi</q></li>");
    expect(shown).toContain("<li>Trẻ thứ 2: 6–11 tuổi, nam</li>");
    expect(shown).toContain("<li>Trẻ thứ 3: 12–15 tuổi, nữ <q>chị cả</q></li>");
    expect(shown).toContain("<li><strong>Người bị cho là gây hại</strong>: bố dượng <q>Trần Văn Dượng</q></li>");
    expect(shown).toContain("<li><strong>Người chăm sóc</strong>: ông, bà <q>bà Hoa</q></li>");
    expect(shown).toContain("Tiếp nhận: trực tiếp (do an ghi nhận); Họ tên người báo tin: Chị Mai");
    expect(shown).not.toMatch(/stepfather|grandparent|under_6|in_person/);
    expect(shown).toContain(`<a href="/officer/cases/${code}/form01/print">Mẫu số 01 bản in (A4)</a>`);
    expect(shown).toContain(`<a href="/officer/cases/${code}/form01/docx" download="mau-01-${code}.docx">Tải Mẫu số 01 (.docx)</a>`);

    // Once an officer holds the case, another officer of the province sees relations and ages, not names.
    await post(h.app, `/officer/cases/${code}/claim`, an, { _csrf: an.csrf });
    const other = (await page(code, dung)).body;
    expect(other).toContain("<li><strong>Người bị cho là gây hại</strong>: bố dượng</li>");
    expect(other).toContain("<li>Trẻ thứ 1: dưới 6 tuổi, nữ</li>");
    expect(other).not.toContain("Trần Văn Dượng");
    expect(other).not.toContain("Chị Mai");
    expect(other).not.toContain("/form01/docx");
  });

  it("ignores empty rows, and refuses a person without a role, keeping the row as typed", async () => {
    const res = await post(h.app, "/officer/cases/new", an, {
      _csrf: an.csrf, source: "letter", narrative: "Thư phản ánh cháu bé bị ông chủ bắt bán vé số đến khuya.", dangerNow: "unknown", withPersonNow: "unknown",
      province: "dak-lak", risk: "auto", person0_role: "", person0_relation: "employer", person0_note: "chủ quán ở chợ",
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Chọn vai trò của người này.");
    expect(res.body).toContain('value="chủ quán ở chợ"');
    expect(res.body).toContain('<option value="employer" selected>');
  });

  it("shows a chat case's one child and the harmer its story named", async () => {
    const receipt = await h.services.intake.submit(draft({
      narrative: "Chú ruột hay đánh cháu trai 9 tuổi bằng dây điện.", childAgeBand: "6_11", childSex: "male", harmer: "relative", harmerText: "chú ruột", locationText: "Phú Yên",
    }));
    const shown = (await page(receipt.caseCode, an)).body;
    expect(shown).toContain("<li>Trẻ thứ 1: 6–11 tuổi, nam</li>");
    expect(shown).toContain("<li><strong>Người bị cho là gây hại</strong>: họ hàng <q>chú ruột</q></li>");
    expect(shown).not.toContain("Tiếp nhận: ");
  });
});
