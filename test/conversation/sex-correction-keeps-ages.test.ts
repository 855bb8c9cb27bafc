/**
 * A correction of the children's sex at the summary changes only the sex, of the child it names; every age understood before
 * stays with its child (walk 30: correcting the sex wiped the ages already understood). Sentences written for this test, in no
 * corpus.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("sex-fix");
const NO_DANGER: Array<[RegExp, { choice: string }]> = [[/nguy hiểm|danger/i, { choice: "no" }]];

describe("a sex corrected keeps the ages", () => {
  it("«dua lon la con trai con dua nho la con gai» gives each child their sex and keeps 10 and 4", async () => {
    const s = await h.toSummary("Hai đứa nhỏ nhà đối diện, 10 tuổi và 4 tuổi, bị mẹ kế đánh bằng roi mấy tháng nay, nhà ở phường Tân Lợi, Đắk Lắk", NO_DANGER);
    expect(s.summary).toMatch(/10 và 4 tuổi/);
    const said = all(await s.send("dua lon la con trai con dua nho la con gai"));
    expect(said).toMatch(/bé trai 10 tuổi/);
    expect(said).toMatch(/bé gái 4 tuổi/);
  });

  it("«à bé 9 tuổi cũng là con gái» makes both girls, still 5 and 9", async () => {
    const s = await h.toSummary("Nhà kế bên có một bé gái 5 tuổi và một bé trai 9 tuổi bị ông bố say xỉn đánh hoài, ở xã Krông Búk, Đắk Lắk", NO_DANGER);
    const understood = all(await s.send("à bé 9 tuổi cũng là con gái")).split("\n").find((l) => /^(?:Mình hiểu|Cô chú hiểu)/.test(l)) ?? "";
    expect(understood).toMatch(/2 bé gái 5 và 9 tuổi/);
    expect(understood).not.toMatch(/bé trai/);
  });

  it("«both of them are girls» keeps the two ages of an English report", async () => {
    const s = await h.toSummary("A boy of 6 and a girl of 12 next door are beaten by their uncle every week. They live in Hai Chau ward, Da Nang.", NO_DANGER);
    const said = all(await s.send("both of them are girls"));
    expect(said).toMatch(/2 girls, 6 and 12/);
    expect(said).not.toMatch(/GỌI NGAY|call 113/i);
  });

  it("a single child «nham, be la con trai chu khong phai con gai» keeps the age", async () => {
    const s = await h.toSummary("Bé gái nhà bên 7 tuổi bị bố dượng đánh nhiều lần, nhà ở xã Ea Kar, Đắk Lắk", NO_DANGER);
    const said = all(await s.send("nham, be la con trai chu khong phai con gai"));
    expect(said).toMatch(/bé trai 7 tuổi/);
  });
});
