/**
 * A reporter who opens with "I want to report something about a child" and then types the story at the danger question: the story's
 * harmer and harm are read as if it had been the first message, so the reporter is not asked "who is harming the child, and what
 * happens?" about a story that said it (seen on this session's end build: "A girl next door, 6, her stepmother locks her outside at
 * night" typed after the opening was asked again; the same words as the first message were not).
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("story-after-intro");
const ASKED_WHO = /who is harming the child|ai làm hại trẻ|who is hurting you|ai làm em đau/i;

const CASES: Array<[string, string]> = [
  ["I want to report something about a child", "A girl next door, 6, her stepmother locks her outside at night"],
  ["I'd like to report a child at risk", "The boy across the road, about 9, his uncle makes him sleep in the shed"],
  ["Tôi muốn báo tin về một bé", "Con bé 7 tuổi nhà kế bên bị dì ghẻ nhốt ngoài sân cả đêm"],
  ["toi muon bao tin ve 1 chau", "thang be 8 tuoi xom toi bi ong chu bat ngu ngoai chuong bo"],
];

/** The danger answered "no" with the story after it: the harmer the story names is kept (a second reading, RD16). */
const NO_THEN_STORY: Array<[string, string]> = [
  ["I want to report a child", "no, but her stepfather kicks her and burns her arms with cigarettes when he is drunk"],
  ["Tôi muốn báo tin về một bé", "Không nguy hiểm ngay, nhưng ông hàng xóm hay gọi bé sang nhà cho kẹo rồi sờ soạng người bé"],
  ["Tôi muốn báo tin về một bé", "Không, nhưng bố dượng bé bạo hành bé suốt, tuần trước còn lấy dây điện quất"],
  ["I want to report a child", "not right now, her uncle molested her last month and threatens her if she tells"],
];

describe("a story typed at the danger question after a bare opening is read whole", () => {
  it.each(CASES)("«%s» then «%s»: no question about who harms, and the harmer is kept", async (opening, story) => {
    const r = h.reporter();
    await r.send(opening);
    await r.send(story);
    const after = await r.send({ choice: "no" });
    const asked = after.map((x) => x.text ?? "").join("\n");
    expect(asked).not.toMatch(ASKED_WHO);
    expect(h.draftOf(r.chatId)?.harmer ?? null).not.toBeNull();
  });

  it.each(NO_THEN_STORY)("«%s» then «%s» at the danger question: the harmer the story names is kept", async (opening, answer) => {
    const r = h.reporter();
    await r.send(opening);
    await r.send(answer);
    expect(h.draftOf(r.chatId)?.harmer ?? null).not.toBeNull();
  });

  it.each([
    ["Tôi muốn báo tin về một bé", "cháu đang ở nhà với mẹ"],
    ["I want to report something about a child", "she is at home with her mum"],
    ["I want to report something about a child", "no, right now she is at school with her teacher and friends"],
    ["toi muon bao tin", "khong, gio chau dang o nha ba noi voi co chu roi"],
  ])("«%s» then «%s» at the danger question names no one who harms", async (opening, answer) => {
    const r = h.reporter();
    await r.send(opening);
    await r.send(answer);
    expect(h.draftOf(r.chatId)?.harmer ?? null).toBeNull();
  });
});
