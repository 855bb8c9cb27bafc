/**
 * Walk 37 (r07): a 15-year-old threatened with her own pictures unless she pays read the generic emergency words, hiding advice
 * included, and nothing about not paying or keeping the messages. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("r37-sext");

describe("a child threatened with their pictures reads, in the first replies, what to do about the threat", () => {
  it.each([
    ["vi", "e 14t nu, o Pleiku. 1 ac zalo la xin dc hinh nhay cam cua e gio doa gui cho ca lop neu e ko ck 3tr trc toi nay. e k dam ke ai"],
    ["vi", "Em 15 tuổi. Có người trên Instagram giữ ảnh khỏa thân của em, bảo nếu em không chuyển 2 triệu thì tối mai sẽ đăng lên nhóm trường."],
    ["en", "im 14. a guy on snapchat got my nudes and says he'll send them to my whole school tonight unless i pay him 2 million"],
  ])("%s: «%s»", async (lang, story) => {
    const r = h.reporter();
    const first = all(await r.send(story));
    if (lang === "vi") {
      expect(first).toMatch(/đừng (?:trả|chuyển) tiền/iu);
      expect(first).toMatch(/đừng gửi thêm/iu);
      expect(first).toMatch(/đừng xóa/iu);
      expect(first).toMatch(/chặn/iu);
      expect(first).toMatch(/người lớn em tin/iu);
      expect(first).toMatch(/111[^.]*không cần (?:nói|cho biết) tên|không cần (?:nói|cho biết) tên[^.]*111/iu);
      expect(first).not.toMatch(/đang trốn|tắt chuông/iu);
    } else {
      expect(first).toMatch(/do not pay/iu);
      expect(first).toMatch(/do not send (?:more|anything)/iu);
      expect(first).toMatch(/do not delete/iu);
      expect(first).toMatch(/block/iu);
      expect(first).toMatch(/adult you trust/iu);
      expect(first).toMatch(/111[^.]*(?:name)|name[^.]*111/iu);
      expect(first).not.toMatch(/hiding|silence your phone/iu);
    }
  });
});
