/**
 * The words officers read for a red-flag code ("caregiver_is_abuser" → "Người gây hại là cha
 * mẹ hoặc người chăm sóc trẻ"), taken from the rules that raise them, so a flag and its
 * explanation can never drift apart. Codes no rule names (set by the intake or a model) are
 * listed here; an unknown code is shown as it is.
 */
import { COMBINATIONS } from "./triage-combinations.ts";
import { LEXICON } from "./triage-lexicon.ts";

type Words = { vi: string; en: string };

const OTHER_FLAGS: Readonly<Record<string, Words>> = {
  child_under_6: { vi: "Trẻ dưới 6 tuổi", en: "A child under 6" },
  embedded_instruction: { vi: "Báo cáo có câu giống mệnh lệnh (không làm theo)", en: "The report contains an instruction (not obeyed)" },
  reporter_says_danger_now: { vi: "Người báo nói trẻ đang gặp nguy hiểm", en: "The reporter says the child is in danger now" },
  reporter_danger_now: { vi: "Người báo nói trẻ đang gặp nguy hiểm", en: "The reporter says the child is in danger now" },
  story_danger_now: { vi: "Lời kể cho thấy trẻ đang gặp nguy hiểm ngay lúc này", en: "The story tells of danger to the child right now" },
  child_with_person_now: { vi: "Trẻ đang ở cùng người gây hại", en: "The child is with the person who harms them" },
  model_raised_risk: { vi: "Mô hình ngôn ngữ đề nghị nâng mức rủi ro", en: "The language model suggested a higher risk" },
  sexual_abuser_has_access: { vi: "Người xâm hại tình dục vẫn ở cùng hoặc vẫn tiếp cận được trẻ", en: "The person who sexually abuses the child still lives with or can reach the child" },
  injury_without_care: { vi: "Trẻ bị thương cần chữa trị mà không được chăm sóc y tế", en: "An injury that needs care is left without care" },
  sexual_abuser_access_soon: { vi: "Người bị nghi xâm hại tình dục sẽ ở cùng trẻ đêm nay hoặc ngày mai", en: "The person who may be sexually abusing the child will be with the child tonight or tomorrow" },
  sexual_abuser_with_child_now: { vi: "Trẻ đang ở cùng người bị nghi xâm hại tình dục mình", en: "The child is with the person who may be sexually abusing them now" },
  beating_promised_soon: { vi: "Người đánh trẻ hứa sẽ đánh tiếp đêm nay hoặc ngày mai", en: "The person who beats the child says they will beat the child again tonight or tomorrow" },
  child_unconscious_now: { vi: "Trẻ đang bất tỉnh hoặc gọi không tỉnh", en: "The child is unconscious or cannot be woken now" },
  illegal_child_labour: { vi: "Trẻ dưới 13 tuổi lao động, hoặc trẻ bị bắt nghỉ học để làm việc", en: "A child under 13 works, or a child is kept out of school to work" },
  resembles_emergencies: { vi: "Cách viết giống các tin khẩn cấp (mô hình thống kê)", en: "Worded like emergencies (statistical model)" },
};

const WORDS: ReadonlyMap<string, Words> = new Map<string, Words>([
  ...LEXICON.filter((r) => r.flag).map((r): [string, Words] => [r.code, { vi: capitalise(r.vi), en: capitalise(r.en) }]),
  ...COMBINATIONS.map((c): [string, Words] => [c.flag, { vi: c.vi, en: c.en }]),
  ...Object.entries(OTHER_FLAGS),
]);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a red flag means, in Vietnamese or English. */
export function redFlagText(code: string, lang: "vi" | "en" = "vi"): string {
  return WORDS.get(code)?.[lang] ?? code;
}
