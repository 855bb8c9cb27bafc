/**
 * "Dak Lak's plan has a Department of Foreign Affairs mobilising NGO funds. What does Gia Lai's plan 2509 assign to
 * its Department of Foreign Affairs?": a statement about another province or plan, then the question about its own
 * place or plan. The statement is context; its words (the task done elsewhere) are not what is asked, so the question
 * sentence alone is answered, unless it points back at the statement ("also", "cũng", "việc đó").
 */
import { foldKey } from "../core/vietnamese-text.ts";

/** The plans a sentence names by place or number, or null when it names neither. */
type PlansNamed = (text: string) => string[] | null;

const POINTS_BACK_RE = /\b(also|too|same|similar|similarly|likewise|such|as well|cung|tuong tu|nhu vay|nhu the|viec do|viec nay|nhiem vu do|nhiem vu nay|dieu do|dieu nay|that task|this task|that duty|this duty|that one)\b/;

export function questionAfterContext(raw: string, plansNamed: PlansNamed): string | null {
  const sentences = raw.normalize("NFC").trim().split(/(?<=[.!])\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return null;
  const last = sentences[sentences.length - 1]!;
  const before = sentences.slice(0, -1).join(" ");
  if (before.includes("?") || !last.trim().endsWith("?") || POINTS_BACK_RE.test(foldKey(last))) return null;
  // The question sentence is read first: one naming no plan leaves the statement unread (reading a sentence is a whole parse).
  const asked = plansNamed(last);
  if (!asked) return null;
  const told = plansNamed(before);
  if (!told) return null;
  return told.some((id) => asked.includes(id)) ? null : last;
}

/**
 * "Sở Y tế Đắk Lắk giờ quản lý nhà nước về trẻ em. Trong QĐ 2130, báo cáo ... qua sở nào?": a statement, then a question
 * that holds its own question word and does not point back at the statement; the statement and the question, or null.
 */
export function statementThenQuestion(raw: string): { before: string; last: string } | null {
  const sentences = raw.normalize("NFC").trim().split(/(?<=[.!])\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return null;
  const last = sentences[sentences.length - 1]!;
  const before = sentences.slice(0, -1).join(" ");
  if (before.includes("?") || !last.trim().endsWith("?") || POINTS_BACK_RE.test(foldKey(last))) return null;
  if (!/\b(ai|nao|gi|bao nhieu|khi nao|luc nao|o dau|dau|who|whom|which|what|when|where|how)\b/.test(foldKey(last))) return null;
  return { before, last };
}
