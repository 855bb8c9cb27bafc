/**
 * Walk 52 (c38): what the reporter told is said back right: a brother or sister said to be fine is no child harmed; a mother's husband
 * is no "boyfriend"; a friend of the mother is no friend of the child; tonight's advice when the mother's partner moved in; a baby in
 * hospital now is not asked "when?". Sentences written for these tests, each with a near miss that keeps its reading.
 */
import { describe, expect, it } from "vitest";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import type { FlowStep, ReportFlowDeps } from "../../../src/intake/report-flow/report-flow-types.ts";
import { findChildProvince } from "../../../src/kb/registry/child-province.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { siblingAside } from "../../../src/intake/report-flow/children-reading.ts";

const registry = loadRegistry();
const deps: ReportFlowDeps = { triage: (t) => triageReport(t), findProvince: (t) => findChildProvince(registry, t) };
const flow = createReportFlow(deps);
const now = new Date("2026-12-07T03:00:00Z");

interface Walk { questions: string[]; afterDanger: string; summary: string }
/** A reporter who tells `story`, taps "not sure" at the danger question and skips every other question, up to the summary. */
function walk(story: string, language: "vi" | "en" = "vi"): Walk {
  let step: FlowStep = flow.start({ draftId: "d", channel: "web", chatId: "c", userId: "u", language, seedText: story, now });
  const questions: string[] = [];
  let afterDanger = "";
  for (let i = 0; i < 14 && step.state.step !== "confirm"; i++) {
    const q = step.replies.at(-1)?.text ?? "";
    questions.push(q);
    const danger = step.state.step === "danger";
    step = flow.advance(step.state, { text: null, choice: danger ? "unknown" : "skip", attachments: [], now });
    if (danger) afterDanger = step.replies.map((r) => r.text).join("\n");
  }
  return { questions, afterDanger, summary: step.replies.map((r) => r.text).join("\n") };
}
/** The "I understood" line of the summary. */
const understood = (w: Walk) => w.summary.split("\n").find((l) => /^(?:Mình hiểu|I understood|Cô chú hiểu)/u.test(l)) ?? "";

describe("a brother or sister the story says is fine is no child harmed", () => {
  it.each([
    ["Nhà hàng xóm có hai đứa con. Thằng anh 12 tuổi thì không sao, còn con bé 5 tuổi hay bị mẹ kế đánh, ở xã Ia Hrung, Gia Lai.", "5 tuổi", "12"],
    ["Hai đứa cháu tôi ở với bố dượng ở Pleiku, Gia Lai. Con bé lớn 11 tuổi vẫn bình thường, còn thằng út 3 tuổi thì bị ông ấy nhốt trong nhà kho suốt.", "3 tuổi", "11"],
    ["Next door there are two kids in Pleiku, Gia Lai. The older boy, 12, is fine, but the girl, 5, gets beaten by their stepmother every week.", "5", "12"],
    // RD21: not named as a brother or sister, the harm after "còn"/"but" is of a child of another age.
    ["Nhà bên có hai đứa, đứa 12 tuổi thì không sao, còn đứa 5 tuổi bị bố đánh suốt, ở xã Ia Hrung, Gia Lai.", "5 tuổi", "12"],
    ["Ở phường Phú Hội, Huế có hai cháu: cháu trai 11 tuổi thì vẫn ổn, còn cháu gái 6 tuổi bị dượng đánh bầm tay.", "6 tuổi", "11"],
    ["In Hue: my son, 10, is fine, but my daughter, 4, was slapped by her stepfather several times.", "4", "10"],
  ])("%s", (story, age, notAge) => {
    const line = understood(walk(story, /^(?:Next|In) /.test(story) ? "en" : "vi"));
    expect(line).toContain(age);
    expect(line).not.toContain(notAge);
  });
  it("two children both harmed stay two", () => {
    const line = understood(walk("Hai đứa nhà bên, thằng anh 12 tuổi và con bé 5 tuổi, đều bị mẹ kế đánh, ở xã Ia Hrung, Gia Lai."));
    expect(line).toContain("12");
    expect(line).toContain("5");
  });
  it("a child fine at school but harmed at home is kept, not replaced by the one who told", () => {
    expect(understood(walk("Bé gái 7 tuổi vẫn ổn ở trường nhưng về nhà bị dượng sờ soạng, thằng anh 12 tuổi kể lại. Xã Ia Hrung, Gia Lai."))).toContain("7");
  });
  it("the harmed child herself now fine keeps her age", () => {
    expect(understood(walk("Con bé 5 tuổi nhà bên bị mẹ kế đánh tuần trước, giờ thì không sao rồi. Xã Ia Hrung, Gia Lai."))).toContain("5 tuổi");
  });
});

describe("the writer's own kin word is no second child", () => {
  it.each([
    ["Chị dâu tôi vừa gọi, nói anh trai tôi đang say và dọa tối nay về đánh cả mẹ lẫn con. Con bé nhà chị mới 4 tuổi, hai mẹ con đang ở nhà tại xã Ia Pa, Gia Lai. Tôi là em trai của anh ấy.", /bé gái 4 tuổi/u],
    ["Bà cụ nhà bên nuôi thằng cháu 8 tuổi, hôm qua con rể bà đánh thằng bé chảy máu đầu. Tôi là con gái của bà cụ ở đầu ngõ, phường Pleiku, Gia Lai.", /bé trai 8 tuổi/u],
  ])("%s", (story, says) => {
    const line = understood(walk(story));
    expect(line).toMatch(says);
    expect(line).not.toMatch(/2 trẻ|bé trai, bé gái|bé gái, bé trai/u);
  });
  it("a child who says she is a girl is still the child", () => {
    expect(understood(walk("Em là con gái, 14 tuổi, bố em say là đánh em, em ở xã Ia Pa, Gia Lai."))).toMatch(/em 14 tuổi/u);
  });
});

describe("a husband who harms is said as the husband, never as a boyfriend", () => {
  it.each([
    ["Tôi 27 tuổi, bị chồng đánh gần như mỗi tối, con trai tôi 4 tuổi nhìn thấy hết và sợ lắm. Nhà ở phường Buôn Ma Thuột, Đắk Lắk.", "vi", /người gây hại: [^;]*chồng/u, /người yêu/u],
    ["My husband beats me almost every night and our son, 6, watches it all. We live in Hue.", "en", /causing harm: [^;]*husband/u, /partner/u],
  ] as const)("%s", (story, language, says, never) => {
    const line = understood(walk(story, language));
    expect(line).toMatch(says);
    expect(line).not.toMatch(never);
  });
  it("the mother's boyfriend is still said as her boyfriend", () => {
    expect(understood(walk("Bạn trai của mẹ bé hay đánh bé 9 tuổi, ở xã Ia Pa, Gia Lai."))).toMatch(/người gây hại: [^;]*bạn trai/u);
  });
});

describe("a friend of the child's mother is no friend of the child", () => {
  it.each([
    "Bạn tôi kể là chồng chị ấy tối qua lại say rồi đánh cả chị ấy lẫn thằng bé 7 tuổi bầm mặt. Nhà ở phường Pleiku, Gia Lai. Tôi là bạn của chị ấy.",
    "My friend told me her husband beat her and their son, 7, last night. They live in Pleiku, Gia Lai. I am her friend.",
    "Tôi là bạn thân của mẹ bé. Bé gái 6 tuổi hay bị bố dượng đánh, nhà ở xã Ia Pa, Gia Lai.",
  ])("%s", (story) => {
    expect(understood(walk(story, /^My/.test(story) ? "en" : "vi"))).not.toMatch(/người báo tin: bạn của trẻ[;.]|reporter: a friend of the child[;.]/u);
  });
  it("a child's own friend is still the child's friend", () => {
    expect(understood(walk("Mình là bạn cùng lớp của nó, nó 13 tuổi, bố nó đánh nó suốt. Nhà nó ở phường Pleiku, Gia Lai."))).toMatch(/người báo tin: bạn/u);
  });
});

describe("tonight's advice when the mother's partner lives in the child's home", () => {
  it.each([
    ["Bé trai 7 tuổi nhà bên sống với mẹ và người yêu của mẹ. Ông người yêu đó hay lấy thắt lưng quất bé, hôm qua bé bị rách da ở lưng. Tôi là hàng xóm, ở phường Tân Lợi, Buôn Ma Thuột.", "vi"],
    ["Mẹ con bé dẫn bạn trai về ở chung từ tháng trước, từ đó hắn hay đánh con bé 9 tuổi. Tôi là cô giáo của bé, trường ở xã Ia Pa, Gia Lai.", "vi"],
    ["My neighbour's boyfriend moved in with her and her daughter (8) last month and he slaps the girl hard every day. Tan Loi ward, Buon Ma Thuot.", "en"],
  ] as const)("%s", (story, language) => {
    expect(walk(story, language).afterDanger).toMatch(/tối nay|tonight/iu);
  });
  it("a boyfriend who lives elsewhere gets no advice about sharing the home", () => {
    expect(walk("Người yêu của mẹ bé sống ở xã bên, mỗi lần sang chơi lại đánh bé 7 tuổi. Tôi là hàng xóm, ở phường Tân Lợi, Buôn Ma Thuột.").afterDanger).not.toMatch(/tối nay|tonight/iu);
  });
});

/** The story is not asked when, and the summary says the child is in hospital now. */
function saidInHospitalNotAskedWhen(story: string, language: "vi" | "en"): void {
  const w = walk(story, language);
  expect(w.questions.join("\n")).not.toMatch(/khi nào|When did/u);
  expect(understood(w)).toMatch(/nằm viện|in hospital/u);
}

describe("a baby in hospital now: the story told when", () => {
  it.each([
    ["Bé 3 tháng tuổi đang nằm viện nhi vì gãy xương đùi, bố bé nói bé lăn khỏi giường nhưng bác sĩ nghi bị bạo hành. Tôi là điều dưỡng ở bệnh viện tỉnh Gia Lai.", "vi"],
    ["The baby, 4 months old, is in hospital right now with a broken arm and bruises; his father says he rolled off the sofa. I am a nurse at the provincial hospital in Hue.", "en"],
  ] as const)("%s", (story, language) => {
    saidInHospitalNotAskedWhen(story, language);
  });
  it("a stay in hospital long past is not now", () => {
    expect(understood(walk("Năm ngoái bé 3 tuổi từng nằm viện vì bị bố đánh gãy tay. Nhà ở xã Ia Pa, Gia Lai."))).not.toMatch(/đang nằm viện/u);
  });
});

describe("a meeting set for the coming days is when, not asked", () => {
  it.each([
    ["Có đứa trên mạng hẹn cháu tôi 12 tuổi ra công viên gặp mặt tối thứ 6 này. Nhà ở phường Pleiku, Gia Lai. Tôi là chú của cháu.", "vi", /thứ 6 này/u],
    ["chau toi 12 tuoi bi 1 nguoi tren mang du do, hen chau ra quan cafe gap mat chieu chu nhat nay. nha o phuong Pleiku, Gia Lai. toi la co cua chau", "vi", /chu nhat nay/u],
  ] as const)("%s", (story, language, says) => {
    const w = walk(story, language);
    expect(w.questions.join("\n")).not.toMatch(/khi nào|When did/u);
    expect(understood(w)).toMatch(says);
  });
  it("a meeting already past is not said as ahead", () => {
    expect(understood(walk("Hôm qua thằng đó trên mạng gặp mặt cháu 12 tuổi ở quán net rồi sờ soạng cháu. Nhà ở phường Pleiku, Gia Lai."))).not.toMatch(/dự kiến|thời điểm/u);
  });
});

describe("M18: a child said fine who is harmed all the same keeps her age (RD18)", () => {
  it.each([
    // RD18's sentences: the fine word is someone's saying, of a place or time, or the harm follows "nhưng"/"but" of the same child.
    ["Bé gái 7 tuổi vẫn ổn ở trường nhưng về nhà bị dượng sờ soạng, thằng anh 12 tuổi kể lại. Phường Pleiku, Gia Lai.", "vi", /7 tuổi/u],
    ["Chau gai 9 tuoi noi la khong sao dau nhung cu thay chu la run, em trai 6 tuoi ke chu hay so mo chi. Xa Ia Pa, Gia Lai.", "vi", /9/u],
    ["The girl, 9, keeps saying she is fine, but her brother, 6, told me their uncle touches her at night. Pleiku, Gia Lai.", "en", /9/u],
    ["The boy, 10, is safe at school during the day, but his stepdad beats him at night; his sister, 4, hides. Pleiku, Gia Lai.", "en", /10/u],
    // Written for M18.
    ["Thằng bé 10 tuổi cứ bảo là không sao, nhưng lưng nó đầy vết bầm, em gái nó 5 tuổi kể mẹ kế quất anh. Xã Ia Pa, Gia Lai.", "vi", /10 tuổi/u],
    ["The boy, 8, says he is okay, but his back is full of bruises; his sister, 5, says their stepmother hits him. Pleiku, Gia Lai.", "en", /8/u],
  ] as const)("%s", (story, language, says) => {
    expect(understood(walk(story, language))).toMatch(says);
  });
  // The summary of these is read wrong before c38 too (the writer taken for a child); what c38 did, and
  // M18 undoes, is set the harmed child aside as a fine brother or sister: nothing of them is set aside now.
  it.each([
    "Con bé 9 tuổi nhìn thì vẫn ổn, nhưng nó kể chú ruột hay sờ vùng kín, thằng em 4 tuổi cũng ngủ chung phòng. Xã Ia Pa, Gia Lai.",
    // A brother by his place who cannot sleep ("không sao ngủ được") is not said to be fine.
    "Thằng anh 11 tuổi đêm nào cũng không sao ngủ được, còn con bé 6 tuổi bị bố say đánh. Phường Pleiku, Gia Lai.",
    "Cháu gái 10 tuổi ở lớp thì vẫn ổn, còn tối về bị bố dượng sờ soạng, thằng em 6 tuổi thấy. Xã Ia Pa, Gia Lai.",
  ])("nothing set aside: %s", (story) => {
    expect(siblingAside(story)).toBeNull();
  });
  it.each([
    // Near misses the other way: a brother or sister named by their place among the children, said fine, is still set aside.
    ["Con bé lớn 10 tuổi thì không sao, nhưng thằng em 4 tuổi bị bố đánh suốt. Xã Ia Pa, Gia Lai.", "vi", "4 tuổi", "10"],
    ["Nhà bên có 3 đứa, thằng lớn 12 tuổi không sao, hai đứa nhỏ 5 và 3 tuổi bị bỏ đói. Xã Ia Pa, Gia Lai.", "vi", "5", "12"],
    ["The older girl, 13, is fine, but the little boy, 4, is left alone all day without food. Pleiku, Gia Lai.", "en", "4", "13"],
  ] as const)("%s", (story, language, age, notAge) => {
    const line = understood(walk(story, language));
    expect(line).toContain(age);
    expect(line).not.toContain(notAge);
  });
});

describe("M18: someone else in hospital, or a child in hospital for an illness, is no harm lately (RD18)", () => {
  it.each([
    ["Mẹ bé đang nằm viện vì bị chồng đánh, bé 4 tuổi ở nhà với bố. Xã Ia Pa, Gia Lai.", "vi"],
    ["My daughter, 6, is being treated for asthma, and at the clinic I saw the nurse slap another kid. Hue.", "en"],
    ["Bé 6 tuổi đang nằm viện vì sốt xuất huyết, trong viện tôi thấy bố bé tát bé mấy cái vì khóc. Phường Pleiku, Gia Lai.", "vi"],
    ["Bà ngoại thằng bé đang nằm viện nên nó 5 tuổi ở với dượng, dượng đánh nó bầm tím. Xã Ia Pa, Gia Lai.", "vi"],
    ["His mother is in hospital, so the boy, 7, stays with his uncle who beats him. Pleiku, Gia Lai.", "en"],
  ] as const)("%s", (story, language) => {
    expect(understood(walk(story, language))).not.toMatch(/nằm viện|in hospital/u);
  });
  it.each([
    ["Bé 2 tuổi đang cấp cứu vì bị mẹ kế đánh chấn thương đầu. Tôi là điều dưỡng ở bệnh viện tỉnh Gia Lai.", "vi"],
    ["The girl, 3, is in hospital now with burns; her stepfather held her hand on the stove. I am a nurse in Pleiku, Gia Lai.", "en"],
  ] as const)("a child in hospital now for a harm is still not asked when: %s", (story, language) => {
    saidInHospitalNotAskedWhen(story, language);
  });
});

describe("M18: tonight's advice only when the partner or the one who harms moved in (RD18)", () => {
  it.each([
    ["Tôi đã đón cháu gái 8 tuổi về ở cùng tôi sau khi bố cháu đánh cháu gãy tay. Nhà tôi ở phường Pleiku, Gia Lai.", "vi"],
    ["Cô giáo mới dọn đến ở cạnh nhà, cô hay véo tai đánh con bé 6 tuổi nhà tôi ở lớp. Phường Pleiku, Gia Lai.", "vi"],
    ["We just moved in to a new flat last month and the neighbour upstairs keeps touching my daughter, 8, on the stairs. Hue.", "en"],
  ] as const)("%s", (story, language) => {
    expect(walk(story, language).afterDanger).not.toMatch(/tối nay|tonight/iu);
  });
  it.each([
    ["Từ khi hắn dọn về ở với mẹ con nó, con bé 8 tuổi hay bị hắn tát. Tôi là hàng xóm ở phường Pleiku, Gia Lai.", "vi"],
    ["Her stepdad moved in last spring and he hits the boy, 6, every week. I am the neighbour, Pleiku, Gia Lai.", "en"],
  ] as const)("the one who harms moved in: %s", (story, language) => {
    expect(walk(story, language).afterDanger).toMatch(/tối nay|tonight/iu);
  });
});
