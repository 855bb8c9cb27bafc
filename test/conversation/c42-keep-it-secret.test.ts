/**
 * C42, defect 3: a child who asks mid-report that nobody be told ("đừng nói với ai nhé", "dont tell anyone ok?") is answered honestly,
 * as "can this be our secret?" is: what stays private, that the people who protect children may have to act to keep the child safe,
 * and that the child need not give a name; in a child's words. The question is then asked again and the words are never its answer.
 * A secret the one who harms demands, told in the story, is the story, not this request.
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";

const h = realCoreHarness("c42secret");

const CHILD_VI = "em 11 tuổi, anh họ em hay đánh em bằng dép mỗi lần bố mẹ đi vắng, nhà em ở phường Vĩnh Ninh, Huế";
const CHILD_VI_PLAIN = "em 11 tuoi, anh ho em hay danh em bang dep moi lan bo me di vang, nha em o phuong Vinh Ninh, Hue";
const CHILD_EN = "im 11 and want to report my cousin, he hits me with a slipper every time my parents are out, we live in Vinh Ninh ward, Hue";

/**
 * As sideQuestionAt, for a child's story that is first met with an offer to report: the offer is taken, `side` is sent when the step
 * `at` is asked (the same step must be asked again), and the walk goes on to the summary. Returns what answered `side`.
 */
async function askAt(story: string, at: RegExp, side: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  let answered = "";
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    if (hasChoice(replies.at(-1), "menu:report")) { replies = await r.send({ choice: "menu:report" }); continue; }
    const q = lastLine(replies.at(-1));
    if (answered === "" && at.test(q)) {
      replies = await r.send(side);
      answered = all(replies);
      expect(lastLine(replies.at(-1))).toBe(q);
      continue;
    }
    const pick: Say = ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q) ? { choice: "no" } : { choice: replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip" };
    replies = await r.send(pick);
  }
  return { answered, summary: replies.at(-1)?.text ?? "" };
}

const AT_DANGER = /nguy hiểm|danger/i;
const AT_CONTACT = /liên lạc|số điện thoại|contact|phone number/i;
const CANNOT_ANSWER = /chưa trả lời được|can't answer/;

/** What an honest answer says: what stays private, that they may act to keep the child safe, and that no name is needed. */
function honest(answer: string) {
  expect(answer).not.toMatch(CANNOT_ANSWER);
  expect(answer).toMatch(/giữ kín|bí mật|private|secret|confidential/i);
  expect(answer).toMatch(/an toàn|safe/);
  expect(answer).toMatch(/có thể (?:\S+ ){0,3}(?:cần|phải)|may (?:need|have) to/i);
  expect(answer).toMatch(/không cần nói tên|ẩn danh|give your name|anonymous/i);
}

describe("a child asking that nobody be told is answered honestly, then asked the same question", () => {
  it.each([
    [CHILD_VI, AT_DANGER, "đừng nói với ai nhé"],
    [CHILD_VI, AT_CONTACT, "đừng kể cho ai biết được không ạ"],
    [CHILD_VI_PLAIN, AT_DANGER, "dung noi voi ai nha"],
    [CHILD_VI_PLAIN, AT_CONTACT, "anh chị đừng báo cho bố mẹ em biết nha"],
    [CHILD_VI, AT_CONTACT, "chị giữ bí mật giúp em nha"],
  ])("'%s' at %s: '%s' in a child's words", async (story, at, side) => {
    const got = await askAt(story, at, side);
    honest(got.answered);
    expect(got.answered).toMatch(/\bem\b/);
    expect(got.answered).not.toMatch(/\bbạn\b/);
  });

  it.each([
    [CHILD_EN, AT_DANGER, "dont tell anyone ok?"],
    [CHILD_EN, AT_CONTACT, "can you keep this secret"],
    [CHILD_EN, AT_CONTACT, "please don't tell anybody"],
  ])("'%s' at %s: '%s'", async (story, at, side) => {
    const got = await askAt(story, at, side);
    honest(got.answered);
  });

  it("'dont tell anyone ok?' and 'can this be our secret?' get the same answer", async () => {
    const one = await askAt(CHILD_EN, AT_CONTACT, "dont tell anyone ok?");
    const two = await askAt(CHILD_EN, AT_CONTACT, "can this be our secret?");
    honest(one.answered);
    expect(one.answered).toBe(two.answered);
  });

  it("a grown-up asking the same is answered in a grown-up's words", async () => {
    const got = await askAt("Con bé nhà bên 7 tuổi bị mẹ kế đánh bằng roi hằng ngày, ở phường Vĩnh Ninh, Huế. Tôi là hàng xóm.", AT_CONTACT, "đừng kể chuyện này cho ai nhé");
    honest(got.answered);
    expect(got.answered).toMatch(/\bbạn\b/);
    expect(got.answered).not.toMatch(/cô chú/);
  });
});

describe("near misses: the secret the one who harms demands is told, not asked", () => {
  it.each([
    ["chú hàng xóm hay sờ vào người em, chú dặn em đừng nói với ai, em 10 tuổi ở phường Vĩnh Ninh, Huế", /sờ vào người em/],
    ["my neighbour touches me and he told me dont tell anyone, im 10 and live in Hue", /touches me/],
  ])("'%s': the story is kept and not met with the secrecy answer", async (story, kept) => {
    const r = h.reporter();
    let replies = await r.send(story);
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await r.send({ choice: "menu:report" });
    expect(all(replies)).not.toMatch(/có thể (?:cần|phải)|may (?:need|have) to/);
    expect(h.draftOf(r.chatId)?.narrative ?? "").toMatch(kept);
  });
});
