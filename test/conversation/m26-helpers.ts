/** Shared by the m26 tests: stories, step patterns, and a reporter who says something at a given question. */
import { all, ASKS_DANGER, hasChoice, lastLine, type realCoreHarness, type Say } from "./real-core-harness.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";

type Harness = ReturnType<typeof realCoreHarness>;

export const CHILD_VI = "em 11 tuổi, anh họ em hay đánh em bằng dép mỗi lần bố mẹ đi vắng, nhà em ở phường Vĩnh Ninh, Huế";
export const CHILD_VI_PLAIN = "em 11 tuoi, anh ho em hay danh em bang dep moi lan bo me di vang, nha em o phuong Vinh Ninh, Hue";
export const CHILD_EN = "im 11 and want to report my cousin, he hits me with a slipper every time my parents are out, we live in Vinh Ninh ward, Hue";
export const CHILD_WHEN_VI = "em 11 tuổi, anh họ em đánh em bằng dép, nhà em ở phường Vĩnh Ninh, Huế";
export const CHILD_WHEN_EN = "im 11, my cousin hit me with a slipper, we live in Vinh Ninh ward, Hue";
export const AT_DANGER = /nguy hiểm|danger/i;
export const AT_WHEN = /khi nào|when was|when did/i;
export const AT_PLACE = /xã|phường|commune|ward/i;
export const LURE = /đừng (?:để trẻ )?đi gặp|do not go to meet|should not go to meet/i;
export const PRIVATE = /giữ bí mật|giữ kín|kept secret|confidential/i;

/** Sends the story, answers the other questions (danger "no", the rest skipped) until `at` is asked, sends `say` there. */
export async function sayAt(h: Harness, story: string, at: RegExp, say: string) {
  const r = h.reporter();
  let replies: Reply[] = await r.send(story);
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    if (hasChoice(replies.at(-1), "menu:report")) { replies = await r.send({ choice: "menu:report" }); continue; }
    const q = lastLine(replies.at(-1));
    if (at.test(q)) {
      const asked = q;
      const got = await r.send(say);
      return { asked, got, text: all(got), draft: h.draftOf(r.chatId)! };
    }
    const pick: Say = ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q) ? { choice: "no" } : { choice: replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip" };
    replies = await r.send(pick);
  }
  throw new Error(`never asked ${at}`);
}

export async function firstReplies(h: Harness, story: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  if (hasChoice(replies.at(-1), "menu:report")) replies = [...replies, ...(await r.send({ choice: "menu:report" }))];
  return replies;
}
