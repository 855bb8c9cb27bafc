/**
 * Walk 55 (20 hand walks in the web chat): a "no" to the danger question said with "chưa có chi nguy hiểm" or "not in danger right
 * now" is a no, never "GỌI NGAY 113"; a story that corrects itself ("À nhầm, ...", "I mean ...") is read with the corrected value;
 * corrections at the summary reach the stored triage; several children keep each their age; a correction that names who writes and
 * who harms sets both; a child who says mid-report that the danger is here now gets the safety lines again. Sentences written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import { ageSelfCorrected } from "../../src/intake/triage/self-corrected-age.ts";

const h = realCoreHarness("c43walk55");

/** Sends the story, answers the danger question with `danger` when asked, skips or stays anonymous for the rest; every reply kept. */
async function walkTo(story: string, danger: Say = { choice: "no" }) {
  const r = h.reporter();
  let replies = await r.send(story);
  const turns = [all(replies)];
  let dangerReply = "";
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const last = replies.at(-1);
    if (hasChoice(last, "menu:report")) { replies = await r.send({ choice: "menu:report" }); turns.push(all(replies)); continue; }
    const q = lastLine(last);
    const pick = last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(ASKS_DANGER.test(q) ? danger : pick ? { choice: pick } : "bỏ qua");
    if (ASKS_DANGER.test(q) && !dangerReply) dangerReply = all(replies);
    turns.push(all(replies));
  }
  return { ...r, turns, dangerReply, summary: replies.at(-1)?.text ?? "", draft: () => h.draftOf(r.chatId) };
}

const SELLING = "Con bé nhà bên 13 tuổi bị mẹ kế bắt đi bán kẹo ngoài bến xe tới nửa đêm, ở phường Vỹ Dạ, Huế.";
const SELLING_PLAIN = "Con be nha ben 13 tuoi bi me ke bat di ban keo ngoai ben xe toi nua dem, o phuong Vy Da, Hue.";
const SELLING_EN = "The 13 year old girl next door is made by her stepmother to sell sweets at the bus station until midnight, in Vy Da ward, Hue.";

describe("a no to the danger question said beside tonight's plans is a no, never 'call 113 now'", () => {
  it.each([
    [SELLING, "tối nay chắc nó lại đi bán nữa, nhưng chưa có chi nguy hiểm ngay"],
    [SELLING, "chưa có gì nguy hiểm đâu, tối nay chắc nó lại phải đi bán"],
    [SELLING_PLAIN, "toi nay chac no lai di ban nua, nhung chua co chi nguy hiem ngay"],
    [SELLING, "hiện không nguy hiểm ngay, mà tối nay nó lại đi bán"],
    [SELLING_EN, "She is not in danger right now, but she will be sent out selling again tonight"],
  ])("«%s» / «%s»", async (story, answer) => {
    const w = await walkTo(story, answer);
    expect(w.dangerReply).not.toMatch(/GỌI NGAY 113|CALL 113/);
    expect(w.draft()?.dangerNow).not.toBe("yes");
    expect(w.summary).not.toMatch(/nguy hiểm ngay lúc này: có|in danger right now: yes/);
  });

  it.each([
    [SELLING, "tối nay nó lại đi bán"],
    [SELLING_PLAIN, "toi nay no lai di ban"],
  ])("«%s» / «%s» alone is no 'no'", async (story, answer) => {
    const w = await walkTo(story, answer);
    expect(w.draft()?.dangerNow).not.toBe("no");
  });

  it("a danger told now at the same question is still a yes", async () => {
    const w = await walkTo(SELLING, "có, bà ta đang cầm roi đánh nó ngoài bến xe");
    expect(w.draft()?.dangerNow).toBe("yes");
    expect(w.dangerReply).toMatch(/113/);
  });
});

describe("a story that corrects itself is read with the corrected value", () => {
  it.each([
    ["Tôi ở cạnh nhà, thằng bé bên đó mới 5 tuổi mà bị chú nó bắt đi bưng bê ở quán nhậu tới khuya, ở phường Thuận Hóa, Huế. À nhầm, thằng bé 15 tuổi.", "15"],
    ["Toi o canh nha, thang be ben do moi 5 tuoi ma bi chu no bat di bung be o quan nhau toi khuya, o phuong Thuan Hoa, Hue. A nham, thang be 15 tuoi.", "15"],
    ["Bé gái nhà trọ bên cạnh 3 tuổi bị bố bắt đi xin tiền ở chợ tới tối, ở phường Thuận Hóa, Huế, ý tôi là bé 13 tuổi.", "13"],
    ["Bé gái nhà trọ bên cạnh 2 tuổi bị bố bắt đi xin tiền ở chợ tới tối, ở phường Thuận Hóa, Huế. Nhầm, 12 tuổi.", "12"],
    ["The boy next door, 6, is made by his uncle to wash dishes at a bar until late every night in Thuan Hoa ward, Hue. I mean he is 16.", "16"],
  ])("«%s»: the age held is %s", async (story, age) => {
    const w = await walkTo(story);
    expect(w.draft()?.childAgeText ?? "").toMatch(new RegExp(`(?<!\\d)${age}(?!\\d)`));
    const understood = w.summary.split("\n").find((l) => /hiểu:|understood:/.test(l)) ?? "";
    expect(understood).toMatch(new RegExp(`(?<!\\d)${age}(?!\\d)`));
    expect(understood).not.toMatch(new RegExp(`(?<!\\d)${age.slice(1)}(?!\\d)`));
  });

  it.each([
    ["Bé 4 tuổi nhà bên bị mẹ đánh vì đi nhầm nhà hàng xóm, ở phường Thuận Hóa, Huế, anh nó 14 tuổi cũng bị đánh.", /4/],
    ["Thằng bé 7 tuổi ở phường Thuận Hóa, Huế bị bố đánh bầm lưng. À nhầm, ở phường Phú Xuân.", /7/],
  ])("near miss «%s»: the age told is kept", async (story, age) => {
    const w = await walkTo(story);
    expect(w.draft()?.childAgeText ?? "").toMatch(age);
  });
});

/** Walks to the summary answering the danger question with a yes, chooses "Sửa" and sends `fix`; the new summary and the draft. */
async function fixedAtSummary(story: string, fix: string, danger: Say = { choice: "yes" }) {
  const w = await walkTo(story, danger);
  expect(hasChoice((await w.send({ choice: "edit" })).at(-1), "submit") || true).toBe(true);
  const replies = await w.send(fix);
  return { ...w, fixReply: all(replies), after: replies.at(-1)?.text ?? "" };
}

const FOUR = "Con bé nhà đối diện 4 tuổi bị bố bắt đi bán vé số đến khuya ở chợ Đông Ba, phường Phú Xuân, Huế.";
const FOUR_EN = "The girl across the street, 4 years old, is made by her father to sell lottery tickets until late at Dong Ba market, Phu Xuan ward, Hue.";

describe("a correction at the summary that carries two facts applies both", () => {
  it.each([
    [FOUR, "con bé 14 tuổi chứ không phải 4, mà hiện giờ không có nguy hiểm ngay"],
    [FOUR, "con be 14 tuoi chu khong phai 4, ma hien gio khong co nguy hiem ngay"],
    [FOUR, "bé 14 tuổi, không phải 4 tuổi. Hiện giờ không có nguy hiểm ngay"],
    [FOUR_EN, "she is 14, not 4, and she is not in danger right now"],
  ])("«%s» / «%s»: 14 years old and no danger now", async (story, fix) => {
    const w = await fixedAtSummary(story, fix);
    expect(w.draft()?.dangerNow).toBe("no");
    expect(w.draft()?.childAgeText ?? "").toMatch(/14/);
    expect(w.after).toMatch(/14 (?:tuổi|years)/);
  });

  it("near miss: only the danger corrected leaves the age as told", async () => {
    const w = await fixedAtSummary(FOUR, "hiện giờ không có nguy hiểm ngay, bé đang ngủ ở nhà");
    expect(w.draft()?.dangerNow).toBe("no");
    expect(w.draft()?.childAgeText ?? "").toMatch(/(?<!\d)4(?!\d)/);
  });
});

/**
 * The case stored as the intake service stores it: an emergency alerted while the reporter answered becomes an emergency case at once
 * (its triage the floor), and the submitted draft is triaged again over it.
 */
async function storedAfter(story: string, danger: Say, fixes: Say[][]) {
  const w = await walkTo(story, danger);
  for (const fix of fixes) for (const say of fix) await w.send(say);
  await w.send({ choice: "submit" });
  const draft = h.draftOf(w.chatId)!;
  const alert = h.intake.alerts.find((a) => a.draftId === draft.draftId);
  const earlier = alert ? { ...alert.triage, risk: "emergency" as const, redFlags: [...alert.triage.redFlags, "reporter_danger_now"] } : undefined;
  return { draft, alerted: Boolean(alert), triage: triageDraft(draft, earlier) };
}
const EDIT: Say = { choice: "edit" };
const DANGER_FLAGS = ["reporter_says_danger_now", "reporter_danger_now", "story_danger_now"];

describe("corrections at the summary reach the stored triage", () => {
  it.each([
    [FOUR, [[EDIT, "con bé 14 tuổi chứ không phải 4, mà hiện giờ không có nguy hiểm ngay"]]],
    [FOUR, [[EDIT, "con be 14 tuoi chu khong phai 4, ma hien gio khong co nguy hiem ngay"]]],
    [FOUR, [[EDIT, "bé 14 tuổi"], [EDIT, "hiện giờ không có nguy hiểm ngay"]]],
    [FOUR, [[EDIT, { choice: "fix:age" }, "14"], [EDIT, { choice: "fix:danger" }, { choice: "no" }]]],
    [FOUR_EN, [[EDIT, "she is 14, not 4, and she is not in danger right now"]]],
  ])("«%s» answered yes, then %j: stored as the corrected story, no emergency", async (story, fixes) => {
    const got = await storedAfter(story, { choice: "yes" }, fixes as Say[][]);
    expect(got.alerted).toBe(true);
    expect(got.draft.dangerNow).toBe("no");
    expect(got.triage.risk).not.toBe("emergency");
    expect(got.triage.redFlags).not.toContain("child_under_6");
    for (const f of DANGER_FLAGS) expect(got.triage.redFlags).not.toContain(f);
    expect(got.triage.category).toBe("labour_exploitation");
  });

  it("near miss: the age alone corrected keeps the reporter's yes and the emergency", async () => {
    const got = await storedAfter(FOUR, { choice: "yes" }, [[EDIT, "bé 14 tuổi chứ không phải 4"]]);
    expect(got.triage.risk).toBe("emergency");
    expect(got.triage.redFlags).not.toContain("child_under_6");
  });

  it("near miss: 'not sure' after the reporter's yes keeps the emergency", async () => {
    const got = await storedAfter(FOUR, { choice: "yes" }, [[EDIT, "bé 14 tuổi chứ không phải 4, còn nguy hiểm ngay thì tôi không chắc"]]);
    expect(got.triage.risk).toBe("emergency");
  });

  it("near miss: a knife held now in the story stays an emergency whatever the age corrected", async () => {
    const got = await storedAfter("Ông bố nhà bên đang cầm dao dọa chém con bé 4 tuổi, nó khóc thét, ở phường Phú Xuân, Huế.", { choice: "yes" }, [[EDIT, "bé 14 tuổi chứ không phải 4"]]);
    expect(got.triage.risk).toBe("emergency");
  });
});

describe("several children keep each their age", () => {
  const understood = (summary: string) => summary.split("\n").find((l) => /hiểu:|understood:/.test(l)) ?? "";
  it.each([
    ["me khoa cua nha di tu sang chua ve, con voi em con o nha, em con 3 tuoi khoc hoai, con doi bung lam. con 10 tuoi", ["10", "3"]],
    ["mẹ khóa cửa nhà đi từ sáng chưa về, con với em con ở nhà, em con 3 tuổi khóc hoài, con đói bụng lắm. con 10 tuổi", ["10", "3"]],
    ["con 10 tuổi, em gái con 3 tuổi, mẹ khóa cửa nhà đi từ sáng chưa về, tụi con đói lắm", ["10", "3"]],
  ])("a child's «%s»: both ages in the summary", async (story, ages) => {
    const w = await walkTo(story);
    for (const a of ages) expect(understood(w.summary)).toMatch(new RegExp(`(?<!\\d)${a}(?!\\d)`));
  });

  it.each([
    ["me khoa cua nha di tu sang chua ve, con voi em con o nha, em con 3 tuoi khoc hoai, con doi bung lam. con 10 tuoi", "con 11 tuoi, em con 3 tuoi", ["11", "3"]],
    ["mẹ khóa cửa nhà đi từ sáng chưa về, con với em con ở nhà, em con 3 tuổi khóc hoài, con đói bụng lắm. con 10 tuổi", "con 11 tuổi, em con 4 tuổi", ["11", "4"]],
    ["mẹ khóa cửa nhà đi từ sáng chưa về, con với em con ở nhà, em con 3 tuổi khóc hoài, con đói bụng lắm. con 10 tuổi", "em con 4 tuổi còn con 10 tuổi", ["10", "4"]],
  ])("«%s» corrected with «%s»: the list replaces the ages, none lost", async (story, fix, ages) => {
    const w = await walkTo(story);
    await w.send({ choice: "edit" });
    const after = (await w.send(fix)).at(-1)?.text ?? "";
    for (const a of ages) expect(understood(after)).toMatch(new RegExp(`(?<!\\d)${a}(?!\\d)`));
    expect(w.draft()?.children ?? 0).toBeGreaterThanOrEqual(2);
  });

  it("near miss: a child alone who corrects their own age keeps one child", async () => {
    const w = await walkTo("con 9 tuổi, bố con say rượu đánh con bầm lưng tối qua, nhà con ở phường Dĩ An, Thành phố Hồ Chí Minh");
    await w.send({ choice: "edit" });
    const after = (await w.send("con 10 tuổi chứ không phải 9")).at(-1)?.text ?? "";
    expect(understood(after)).toMatch(/10/);
    expect(w.draft()?.children ?? 1).toBeLessThanOrEqual(1);
  });
});

describe("a child who says mid-report that the danger is here now gets the safety lines again", () => {
  const HIDING = "cháu 11 tuổi, dượng say rượu cầm dao đòi đánh cháu, cháu đang trốn trong phòng ngủ. nhà cháu ở phường Dĩ An, TP HCM";
  const HIDING_EN = "im 12, my stepdad is drunk and has a knife, he says he will hurt me, im hiding in the bathroom. we live in Di An ward, Ho Chi Minh City";
  /** The story, then `now` typed at the first question after it: the reply to `now`. */
  async function saidNow(story: string, now: string) {
    const r = h.reporter();
    const first = all(await r.send(story));
    const reply = await r.send(now);
    return { first, reply: all(reply), last: lastLine(reply.at(-1)) };
  }
  it.each([
    [HIDING, "nó đang đập cửa, cháu sợ quá"],
    [HIDING, "no dang dap cua phong, chau so qua"],
    [HIDING, "ông ấy đang vào phòng"],
    [HIDING, "dượng đang phá cửa rồi"],
    [HIDING_EN, "he's breaking the door"],
    [HIDING_EN, "he is banging on the bathroom door, im so scared"],
  ])("«%s» then «%s»: 113, lock or block the door, get out to a neighbour, before the question", async (story, now) => {
    const w = await saidNow(story, now);
    expect(w.reply).toMatch(/113/);
    expect(w.reply).toMatch(/khóa|chặn cửa|lock|block/i);
    expect(w.reply).toMatch(/hàng xóm|neighbou?r/i);
    expect(w.reply).not.toMatch(/^Cảm ơn em, đã ghi lại\.$|^Thanks, I noted it\.$/m);
    expect(w.reply.indexOf("113")).toBeLessThan(w.reply.indexOf(w.last));
  });

  it.each([
    [HIDING, "hôm qua nó cũng đập cửa phòng cháu"],
    [HIDING, "cửa phòng cháu bị hỏng khóa từ lâu rồi"],
    [HIDING_EN, "yesterday he broke the door too"],
  ])("near miss «%s» then «%s»: no second set of safety lines", async (story, now) => {
    const w = await saidNow(story, now);
    expect(w.reply).not.toMatch(/chặn cửa|block the door/i);
  });
});

describe("a correction that names who writes and who harms sets both", () => {
  const BABY_EN = "A toddler has been screaming for hours in the apartment next door, the door is locked and I saw the mother and father drive off with bags this morning. It is in Ward 7, Ho Chi Minh City.";
  const BABY_VI = "Em bé nhà bên khóc suốt 3 tiếng, cửa khóa ngoài, sáng nay tôi thấy bố mẹ bé xách va li đi. Ở phường 7, Thành phố Hồ Chí Minh.";
  const BABY_PLAIN = "Em be nha ben khoc suot 3 tieng, cua khoa ngoai, sang nay toi thay bo me be xach va li di. O phuong 7, Thanh pho Ho Chi Minh.";
  it.each([
    [BABY_EN, "the neighbour is me, not the one causing harm. It's the toddler's parents who left him alone"],
    [BABY_EN, "I am the neighbour, not the person hurting the child. The parents are the ones who left him alone"],
    [BABY_VI, "hàng xóm là tôi, không phải người gây hại. Bố mẹ bé mới là người bỏ bé ở nhà một mình"],
    [BABY_PLAIN, "hang xom la toi, khong phai nguoi gay hai. bo me be moi la nguoi bo be o nha mot minh"],
    [BABY_VI, "tôi là hàng xóm chứ không phải người gây hại, người gây hại là bố mẹ bé"],
  ])("«%s» / «%s»: the parents harm, the neighbour writes", async (story, fix) => {
    const w = await walkTo(story);
    await w.send({ choice: "edit" });
    const reply = all(await w.send(fix));
    expect(w.draft()?.harmer).toBe("parents");
    expect(w.draft()?.reporterRelation).toBe("neighbour");
    expect(reply).not.toMatch(/→ (?:neighbour|hàng xóm)\b(?!.*(?:parents|bố mẹ))/);
  });

  it.each([
    "the neighbour is me, not the one causing harm",
    "hàng xóm là tôi, không phải người gây hại",
  ])("«%s» names no one else: who harms is asked, not claimed", async (fix) => {
    const w = await walkTo("A toddler has been screaming for hours in the apartment next door, the door is locked. It is in Ward 7, Ho Chi Minh City.");
    await w.send({ choice: "edit" });
    const reply = all(await w.send(fix));
    expect(w.draft()?.reporterRelation).toBe("neighbour");
    expect(w.draft()?.harmer).not.toBe("neighbour");
    expect(reply).not.toMatch(/Changed as you said|Đã sửa/);
    expect(reply).toMatch(/who|ai/i);
  });

  it("near miss: who harms corrected alone leaves who writes", async () => {
    const w = await walkTo("Tôi là cô giáo của bé. Bé trai 8 tuổi ở phường Phú Xuân, Huế, hôm qua bị mẹ đánh bầm tay.");
    await w.send({ choice: "edit" });
    await w.send("không phải mẹ, là bố bé đánh");
    expect(w.draft()?.harmer).toBe("father");
    expect(w.draft()?.reporterRelation).toBe("teacher");
  });
});

describe("the age a writer corrects in the same message is the age read", () => {
  it.each([
    ["con bé nhà đối diện mới 4 tuổi mà bị bố bắt đi bán vé số. À nhầm, con bé 14 tuổi.", /14 tuổi/, /(?<!1)4 tuổi/],
    ["con be moi 4 tuoi bi bo bat di ban ve so. a nham, 14 tuoi", /14 tuoi/, /(?<!1)4 tuoi/],
    ["The boy, 6, washes dishes at a bar until late. I mean he is 16.", /\b16\b/, /\b6\b/],
  ])("«%s»", (typed, now, was) => {
    const read = ageSelfCorrected(typed);
    expect(read).toMatch(now);
    expect(read).not.toMatch(was);
  });

  it.each([
    "Con tôi 8 tuổi. Xin lỗi, bé gái 5 tuổi nhà bên bị bố đánh hằng đêm ở phường Phú Xuân, Huế",
    "Bé 4 tuổi nhà bên đi nhầm nhà, anh nó 14 tuổi dắt về",
    "Thằng bé 7 tuổi ở phường Thuận Hóa. À nhầm, ở phường Phú Xuân.",
  ])("near miss «%s»: unchanged", (typed) => {
    expect(ageSelfCorrected(typed)).toBe(typed);
  });
});
