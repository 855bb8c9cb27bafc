/**
 * M24 (second reading of T9): "taken away and away now" is an abduction happening only when someone took the child and the child is
 * not back. Not a child taken to hospital or to care and not home yet, not a child already back ("she's back with us now", "we got
 * him back", "sáng nay công an đưa bé về"), not the police taking someone, not a child gone for days ("2 hôm nay"). A taking by a
 * stranger an hour or two ago, not back, still is. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("no 'taken away now' when the taking is care, the child is back, the taker is the police, or it is days ago", () => {
  const not = [
    "Bé nhà tôi bị đưa đi bệnh viện kiểm tra sức khỏe từ sáng, giờ chưa về, cho tôi hỏi thủ tục.",
    "Hôm nay bé bị ngã xe, bị đưa đi viện, giờ chưa về.",
    "Bé bị đưa đi cấp cứu lúc chiều, giờ chưa về nhà.",
    "A man took my daughter in his car after school yesterday and she didn't come home till 10pm. She's back with us now and fine.",
    "My son went with a stranger from Roblox on Saturday and didn't come home that night; we got him back on Sunday.",
    "Hôm qua bé bị người lạ chở đi, cả đêm không về nhà, sáng nay công an đưa bé về.",
    "hom qua be bi nguoi la cho di, ca dem khong ve nha, sang nay cong an dua be ve.",
    "The police took him away in their car this morning and he's not home yet.",
    "Con tôi đi theo bạn quen trên mạng 2 hôm nay chưa về.",
    "A man took my daughter in his car yesterday and she didn't come home until this morning. She's back now.",
    // Wordings of our own.
    "be bi dua di tram y te tu trua, gio chua ve",
    "Công an đưa anh ấy đi từ sáng, giờ vẫn chưa về, con tôi khóc suốt.",
    "a stranger drove off with my nephew on Friday night but he was returned to us the next morning",
    "Thằng bé bị một ông lạ chở đi hôm kia, đến tối qua thì người ta đã trả cháu về.",
    "Con bé đi theo người quen trên facebook mấy hôm nay chưa về.",
  ];
  for (const text of not) {
    it(`no taken_away_now: ${text}`, () => {
      expect(triageReport(text).redFlags).not.toContain("taken_away_now");
    });
  }

  const still = [
    "A man took my daughter in his car an hour ago and she is not back yet.",
    "Bé bị một người đàn ông lạ chở đi từ 2 tiếng trước, giờ vẫn chưa về.",
    "A stranger put my son in his van this afternoon and we can't find him.",
  ];
  for (const text of still) {
    it(`still an emergency of abduction: ${text}`, () => {
      const t = triageReport(text);
      expect(t.redFlags).toContain("taken_away_now");
      expect(t.risk).toBe("emergency");
    });
  }
});
