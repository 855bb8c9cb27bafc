/**
 * Walk 50 (c32): story readings the summary got wrong, each on words written for these tests, with near misses that keep their reading.
 */
import { describe, expect, it } from "vitest";
import { saysNoDanger } from "../../../src/intake/report-flow/answer-matching.ts";
import { childMentions, mixedChildren } from "../../../src/intake/report-flow/children-reading.ts";
import { withPersonNowOf } from "../../../src/intake/report-flow/story-reading.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import type { FlowStep, ReportFlowDeps } from "../../../src/intake/report-flow/report-flow-types.ts";
import { findChildProvince } from "../../../src/kb/registry/child-province.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const registry = loadRegistry();
const deps: ReportFlowDeps = { triage: (t) => triageReport(t), findProvince: (t) => findChildProvince(registry, t) };
const flow = createReportFlow(deps);
const now = new Date("2026-12-07T03:00:00Z");
/** The questions the bot asks a reporter who tells `story` first, answering each with `answer` (a skip by default). */
function questionsAfter(story: string, language: "vi" | "en" = "vi", answers: Record<string, string> = {}): string[] {
  let step: FlowStep = flow.start({ draftId: "d", channel: "web", chatId: "c", userId: "u", language, seedText: story, now });
  const asked: string[] = [];
  for (let i = 0; i < 12 && step.state.step !== "confirm"; i++) {
    const q = step.replies.at(-1)?.text ?? "";
    asked.push(q);
    const typed = Object.entries(answers).find(([k]) => q.includes(k))?.[1];
    step = flow.advance(step.state, typed ? { text: typed, choice: null, attachments: [], now } : { text: null, choice: "skip", attachments: [], now });
  }
  asked.push(step.replies.at(-1)?.text ?? "");
  return asked;
}

const livesWith = (t: string) => {
  const f = extractReportFacts(t);
  return withPersonNowOf(t, { harmer: f.harmer, harmerText: f.harmerQuote }, f);
};

describe("a time long past, and nothing going on now", () => {
  it.each([
    "Two years ago my nephew was pushed around by older boys at school. Nothing is happening now.",
    "Last year her classmates mocked her every day; nothing is going on now, she is fine.",
  ])("%s is not now", (t) => {
    expect(extractReportFacts(t).when).toBe("past");
    expect(saysNoDanger(t)).toBe(true);
  });
  it("something happening now still is", () => {
    expect(extractReportFacts("He is hitting the boy, it is happening now").when).toBe("now");
    expect(saysNoDanger("He is hitting the boy, it is happening now")).toBe(false);
  });
});

describe("a count of days or weeks ago", () => {
  // M15 reverted "cách đây N ngày/tuần" as a recent time: it took the place of a newer time told after it ("..., tối qua lại bị đánh").
  it("years ago stays in the past", () => expect(extractReportFacts("chú nó đánh nó cách đây 3 năm").when).toBe("past"));
});

describe("a child in hospital said to be safe", () => {
  it.each(["Cháu đang nằm viện nhi, an toàn rồi", "chau dang nam vien, an toan", "The boy is in hospital now and safe."])("%s: no danger now", (t) => {
    expect(saysNoDanger(t)).toBe(true);
  });
  it.each(["Cháu đang nằm viện, chưa an toàn vì ông ta hay vào thăm", "Cháu đang nằm viện."])("%s: not said", (t) => {
    expect(saysNoDanger(t)).toBe(false);
  });
});

describe("what a carer says happened", () => {
  // M15: with an injury told, the carer who explains it as a fall stays the one suspected (an unlikely explanation is a sign of abuse).
  it.each([
    "Bé 2 tuổi gãy tay, bố bé nói bé té cầu thang nhưng vết bầm khắp người",
    "The toddler has burns; his father says he fell against the stove.",
  ])("%s: an injury told, the father stays suspected", (t) => {
    expect(extractReportFacts(t).harmer).toBe("father");
  });
  it("typed without accents, no one else is made the harmer", () => {
    // "bo be noi ..." unaccented names no father even without the fall (an older reading, not the fall's): null or father.
    expect([null, "father"]).toContain(extractReportFacts("be 2 tuoi gay tay, bo be noi be te cau thang").harmer);
  });
  it.each([
    ["bà ngoại nói bố nó đánh nó", "father"],
    ["bố bé nói là ngã nhưng hàng xóm thấy chính bố bé đánh", "father"],
    ["bé nói là bị ngã, nhưng tôi thấy mẹ kế nó đánh nó", "stepmother"],
    ["Người gây hại chưa chắc là mẹ, nghi là bố dượng của bé", "stepfather"],
  ])("%s: the one said to harm", (t, who) => {
    expect(extractReportFacts(t).harmer).toBe(who);
  });
});

describe("a child who plans to harm themself", () => {
  it.each([
    "em 14t, bị tụi trong lớp cô lập hoài, tối nay em tính uống hết vỉ thuốc ngủ",
    "t bi tui no co lap, t muon chet cho xong",
  ])("%s: no one else is the harmer", (t) => {
    expect(extractReportFacts(t).harmer).toBe("self");
  });
  it("one said to beat them still is", () => {
    expect(extractReportFacts("em bị bố đánh suốt, em muốn chết").harmer).toBe("father");
  });
});

describe("the house the child lives in is no harmer", () => {
  it.each([
    "Con bé 7 tuổi nhà bên ngày nào cũng phải đi lượm ve chai tới tối",
    "thằng bé chừng 10 tuổi nhà đối diện nghỉ học đi bán vé số",
  ])("%s", (t) => {
    expect(extractReportFacts(t).harmer).toBeNull();
    expect(extractReportFacts(t).reporter).toBe("neighbour");
  });
  it("a neighbour who beats is one", () => {
    expect(extractReportFacts("hàng xóm nhà đối diện hay đánh thằng bé 9 tuổi").harmer).toBe("neighbour");
  });
});

describe("a neighbour who harms their own child", () => {
  it.each([
    ["My neighbour is hitting his young son, I hear him crying", "father"],
    ["I can hear my neighbor slapping her little girl again", "mother"],
  ])("%s", (t, who) => {
    // M15: "my neighbour" makes the writer a neighbour only when the neighbour is said to harm ("My neighbour told me ..." does not).
    const f = extractReportFacts(t);
    expect(f.harmer).toBe(who);
    expect(f.reporter).toBe("neighbour");
  });
  it("a neighbour who harms someone else's child stays a neighbour", () => {
    expect(extractReportFacts("My neighbour hit the boy who lives across the road").harmer).toBe("neighbour");
  });
});

describe("each child's sex by the word before their name", () => {
  it.each([
    ["hai đứa nhỏ, con Mai 9 tuổi với thằng Tí 5 tuổi, bị nhốt ở nhà", [{ sex: "female", age: 9 }, { sex: "male", age: 5 }]],
    ["hai dua, thang Tun 7 tuoi va con Bong 3 tuoi", [{ sex: "male", age: 7 }, { sex: "female", age: 3 }]],
    ["cu Bo 4 tuổi và cái Hoa 6 tuổi ở với ông", [{ sex: "male", age: 4 }, { sex: "female", age: 6 }]],
  ])("%s", (t, kids) => {
    expect(mixedChildren(t)).toEqual(kids);
  });
  it("a kin word is no name", () => {
    expect(childMentions("Con trai tôi 12 tuổi bị đánh")).toEqual([{ sex: "male", age: null }]);
    expect(mixedChildren("Con Gái tôi 8 tuổi")).toBeNull();
  });
});

describe("living with the one who harms", () => {
  it.each([
    "Dượng nó đánh nó hoài. Giờ nó vẫn ở chung nhà với ông đó.",
    "Bạn trai của mẹ em sờ soạng em. Em vẫn sống cùng nhà với người đó.",
    "Ông nội hay kéo cháu vào buồng. Cháu ở với ông nội từ nhỏ.",
    "Her stepfather hits her. She still lives with him.",
  ])("%s: yes", (t) => {
    expect(livesWith(t)).toBe("yes");
  });
  it.each([
    "Ông nội hay kéo cháu vào buồng. Trước đây cháu ở với ông nội.",
    "Ông nội hay kéo cháu vào buồng. Cháu ở với bà ngoại.",
    "Her stepfather hits her. She lives with her grandmother now.",
  ])("%s: not said", (t) => {
    expect(livesWith(t)).not.toBe("yes");
  });
});

describe("whose partner", () => {
  it.each([
    ["Người yêu của chị gái tôi say rượu, đánh cháu tôi 5 tuổi", /^người yêu của chị gái/i],
    ["nguoi yeu cua em gai toi danh chau", /^nguoi yeu cua em gai toi$/],
    ["Người yêu của em gái tôi cầm dao dọa giết cháu tôi", /^người yêu của em gái tôi$/i],
  ])("%s", (t, quote) => {
    expect(extractReportFacts(t).harmerQuote).toMatch(quote);
  });
});

describe("the conversation does not ask what the story said", () => {
  it("a matter of last year, nothing going on now: neither danger nor when is asked, and the summary says last year", () => {
    const asked = questionsAfter("I want to put it on record: last year my grandson (10, boy) was pushed around by older pupils at his school in Gia Lai. The school sorted it out. Nothing is happening now.", "en");
    expect(asked.join("\n")).not.toMatch(/in danger right now\?|When did this happen/);
    const understood = asked.at(-1)!.split("\n").find((l) => l.startsWith("I understood"));
    expect(understood).toMatch(/last time: last year/);
    expect(understood).not.toMatch(/happening now/);
  });
  it("a child in hospital said to be safe is not asked about danger", () => {
    const asked = questionsAfter("Tôi là y tá. Bé trai 2 tuổi ở phường Ia Kring, Gia Lai bị gãy tay và nhiều vết bầm, ông nội nói bé tự té cầu thang. Hôm qua nhập viện. Bé đang nằm viện, an toàn.");
    expect(asked.join("\n")).not.toMatch(/nguy hiểm ngay lúc này không\?/);
    // M15: a broken arm explained by the grandfather as a fall keeps him the one suspected.
    expect(asked.at(-1)).toMatch(/người gây hại: ông bà \(«ông nội»\)/);
  });
  it("a neighbour who beats his own daughter is her father, and the writer is a neighbour", () => {
    const asked = questionsAfter("Please help, my neighbour is hitting his little daughter right now, she is about 6 and crying. Ia Kring ward, Gia Lai.", "en");
    expect(asked.join("\n")).not.toMatch(/Who are you to the child\?/);
    expect(asked.at(-1)).toMatch(/person causing harm: father/);
  });
  it("a short story of a child starved, no one named, is asked who looks after the child", () => {
    const asked = questionsAfter("o xom toi co dua nho hay bi bo doi");
    expect(asked.join("\n")).toMatch(/ai (?:đang )?(?:nuôi|trông|chăm)/i);
  });
  it("one who starves the child named in the story is not asked for", () => {
    const asked = questionsAfter("bố nó nhậu suốt, bỏ đói thằng nhỏ 6 tuổi ở xóm tôi");
    expect(asked.join("\n")).not.toMatch(/ai (?:đang )?(?:nuôi|trông|chăm)|ai làm hại trẻ/i);
  });
});
