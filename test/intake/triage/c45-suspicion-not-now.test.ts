/**
 * C45 (issue 13, hand walk of the web chat): "I think a kid in my building is being abused" was stored as violence in progress, an
 * emergency. A progressive of a lasting harm ("is being abused", "is being mistreated") tells a situation, not a blow happening at
 * this moment; a suspicion ("I suspect", "tôi nghi", "hình như") of such a harm is reported (never discounted) but is no danger now.
 * Near misses: a blow told as happening now, or a suspicion with "right now" / screams heard now, stays an emergency. Sentences
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("a suspected or lasting harm is no violence happening now", () => {
  it.each([
    "I suspect the girl upstairs is being abused by her uncle",
    "I believe the boy who lives across the hall is being abused at home, he has bruises every week",
    "Maybe the twins next door are being hurt by their stepmother, they always look scared",
  ])("«%s»: reported, not an emergency, no violence_in_progress", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("violence_in_progress");
    expect(t.risk).not.toBe("emergency");
    expect(["medium", "high"]).toContain(t.risk);
  });

  it.each([
    "Tôi nghi con bé ở tầng dưới đang bị ông bác bạo hành",
    "toi nghi thang be o day tro ben canh dang bi nguoi duong bao hanh",
    "Hình như thằng bé nhà số 9 đang bị mẹ kế ngược đãi",
  ])("«%s»: no violence_in_progress (what the model makes of the harm is its own)", (text) => {
    expect(triageReport(text).redFlags).not.toContain("violence_in_progress");
  });

  it.each([
    "A man is beating a boy in the stairwell right now, I can hear him screaming",
    "I think the girl next door is being beaten right now, she is screaming for help",
    "Ông hàng xóm đang đánh thằng bé ngoài sân, nó khóc thét",
    "Tôi nghĩ con bé bên cạnh đang bị bố đánh ngay lúc này, nghe tiếng la hét",
    "The boy in the flat below is being abused right now, he is crying for help",
    "Tôi nghi thằng bé đang bị bạo hành, ngay lúc này tôi nghe nó kêu cứu",
  ])("near miss «%s»: a blow happening now stays an emergency", (text) => {
    expect(triageReport(text).risk).toBe("emergency");
  });
});
