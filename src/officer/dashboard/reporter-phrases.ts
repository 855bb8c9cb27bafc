/**
 * Ready phrases an officer may send the reporter, each in Vietnamese and English: the reporter
 * receives the one in the language of their report, the officer reads the one of the dashboard.
 * A phrase with "..." is completed by what the officer types.
 */
import type { Lang } from "./dashboard-labels.ts";

export const READY_PHRASES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  received: { vi: "Cán bộ đã nhận tin của bạn.", en: "An officer has received your report." },
  more_about: { vi: "Xin bạn cho biết thêm về ...", en: "Please tell us more about ..." },
  safe_now: { vi: "Hiện giờ trẻ có an toàn không?", en: "Is the child safe right now?" },
  call_time: { vi: "Cán bộ có thể gọi cho bạn vào lúc nào thuận tiện?", en: "When would be a good time for an officer to call you?" },
  referred: { vi: "Vụ việc đã được chuyển đến cơ quan có thẩm quyền để xử lý.", en: "The case has been passed to the competent agency." },
  danger: { vi: "Nếu trẻ đang gặp nguy hiểm, hãy gọi ngay 111 hoặc 113.", en: "If the child is in danger now, call 111 or 113." },
};

/** The text the reporter receives: the phrase in their language, completed or followed by what the officer typed; null when a phrase needing completion was not completed. */
export function composeReporterMessage(phraseId: string, typed: string, lang: Lang): string | null {
  const phrase = READY_PHRASES[phraseId]?.[lang];
  const text = typed.trim();
  if (!phrase) return text;
  if (phrase.includes("...")) return text ? phrase.replace("...", text) : null;
  return text ? `${phrase} ${text}` : phrase;
}
