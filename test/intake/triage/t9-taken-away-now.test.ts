/**
 * T9: a child taken away by someone and away now (in a place the child does not know, not back, cannot be reached) is an abduction
 * happening (DESIGN, Triage contract: abduction happening today is an emergency), of trafficking and abduction, not of sexual
 * abuse or online abuse. Read as a class: a child's own voice, a parent, with and without marks, English. Near misses (back home,
 * found, a question of what to do if, a fear, a lift to school) must not become this emergency. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("a child taken away by someone and away now is an emergency of abduction", () => {
  const taken = [
    "im 10, a guy i dont know put me in his car after school, now im in some flat and i dont know where it is",
    "i am 8 a lady took me in her van and now i'm in a house i don't know, i want my mum",
    "a man drove off with my little brother from the playground, it was an hour ago and we can't find him",
    "My 13-year-old left with a man she met on Facebook this morning, he picked her up on a motorbike and her phone is off now",
    "em 11 tuổi, có ông lạ chở em đi bằng xe máy, giờ em đang ở một căn nhà lạ không biết chỗ nào",
    "em 11 tuoi, co ong la cho em di bang xe may, gio em dang o mot can nha la khong biet cho nao",
    "con gái tôi 9 tuổi bị một người đàn ông lạ chở đi từ cổng trường lúc 4 giờ chiều, đến giờ vẫn chưa về",
    "be nha toi bi 1 nguoi dan ong la mat dan di tu chieu, gio van chua ve, goi khong ai biet",
    "some man took my sister (6) into his car outside the market, we cant find her anywhere",
    "con 8 tuoi, ong la cho con di xa lam, con dang o nha ong ay, con khong biet day la dau",
    "my daughter is 12, she got into a car with a man outside school and hasnt come home, its 9pm",
    "con bé nhà tôi 14 tuổi đi theo một người quen trên mạng từ sáng, điện thoại tắt máy, không biết đang ở đâu",
  ];
  for (const text of taken) {
    it(`an emergency of abduction: ${text}`, () => {
      const t = triageReport(text);
      expect(t.risk).toBe("emergency");
      expect(t.category).toBe("trafficking_abduction");
    });
  }

  const notTaken = [
    // Back home and safe.
    "hôm qua con bé bị một người lạ chở đi nhưng tối qua công an đã tìm thấy, giờ cháu ở nhà an toàn",
    "a man took my son in his car last week but the police found him the same night, he is home now and fine",
    // A question of what to do if.
    "nếu có người lạ chở con đi mà không biết ở đâu thì gọi số nào ạ",
    // A fear, nothing happened.
    "tôi sợ có người lạ chở con bé đi nên không cho nó ra ngõ chơi một mình",
    // An ordinary lift: the child is where the family knows.
    "chú hàng xóm hay chở con tôi đi học giùm, cháu ngoan lắm",
    "my uncle drove me to school today and picked me up after, everything is fine",
    // Missing for a year: a long search, no abduction happening today.
    "năm ngoái cháu bị người lạ dắt đi, đến giờ gia đình vẫn chưa tìm thấy, xin hỏi thủ tục nhờ công an tìm tiếp",
  ];
  for (const text of notTaken) {
    it(`no abduction now: ${text}`, () => {
      expect(triageReport(text).redFlags).not.toContain("taken_away_now");
      expect(triageReport(text).risk).not.toBe("emergency");
    });
  }
});
