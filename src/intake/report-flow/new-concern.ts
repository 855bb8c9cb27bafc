/**
 * After a case code, more messages usually add to that case ("quên nói: ..."). A second,
 * different concern ("còn một chuyện nữa, bé hàng xóm khác ...") must not be silently added to
 * it: this reads a message after the code against what the case said about its child (with the
 * same fact module as the story) and says whether it looks like a new report about another child.
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import type { AgeBand, ChildSex, ReportDraft } from "../case-intake-port.ts";
import { extractReportFacts } from "../triage/report-facts.ts";
import { bandOf } from "./answer-matching.ts";
import type { ReportFlowDeps } from "./report-flow-types.ts";

/** What a submitted report said about its child, kept by the conversation after the code (plain JSON). */
export interface CaseFacts {
  childAgeBand: AgeBand | null;
  childSex: ChildSex | null;
  provinceId: string | null;
  commune: string | null;
  harmer: string | null;
  /** How many children the report was about (a group spans ages: "3 trẻ 10-13 tuổi"). Absent in facts kept before it was added. */
  children?: number | null;
  /** The reporter was the child: a later question is put to them in words for a child. */
  self: boolean;
  /** The harm the report was triaged as ("trafficking_abduction"): "should I go?" after a lure is answered "do not go". Absent before it was added. */
  category?: string | null;
}

export function caseFactsOf(d: ReportDraft): CaseFacts {
  return {
    childAgeBand: d.childAgeBand, childSex: d.childSex, provinceId: d.provinceId, commune: d.commune ? foldKey(d.commune) : null,
    harmer: d.harmer ?? null, children: d.children ?? null, self: d.reporterRelation === "self",
  };
}

/** Words that say the message is about someone or something else (folded: no diacritics, lower case). */
const ANOTHER = [
  /\b(chuyen|viec|vu|truong hop|vu viec) khac\b/,
  /\b(mot|1) (be|chau|dua|dua be|dua tre|tre|em|ban|co be|cau be|thang be|con be|gia dinh|nha) (\w+ )?khac\b/,
  /\b(be|chau|dua be|dua tre|co be|cau be|thang be|con be|gia dinh|hang xom) (\w+ )?khac\b/,
  /\b(ben canh|hang xom|nha ben|cung xom) (cung )?co (mot |1 )?(be|chau|dua|dua be|co be|cau be|thang be|con be)\b/,
  /\b(another|a different|other) (child|kid|boy|girl|family|case|matter|report)\b/,
  /\bsomething else\b/,
];
/** One of the children already reported: "bé lớn nhất", "đứa út", "con chị", "the oldest", "one of them" (folded). */
const ONE_OF_THEM = /\b(?:(?:be|dua|thang|con|chau|em|co|cau) (?:lon nhat|nho nhat|lon|nho|ut|ca|giua|thu (?:hai|ba|2|3))|dua ut|mot trong (?:hai|ba|may|cac|2|3|nhung)|(?:the )?(?:oldest|youngest|eldest|older one|younger one|middle one)|one of them|one of the (?:kids|children|boys|girls))\b/;
/** A hometown, where someone comes from or went to work is not where the child is: "quê ở Thanh Hóa", "from Hue", "đang làm công ty ở Bình Dương" (folded). */
const HOMETOWN = /\b(?:que (?:o |tai )?|goc (?:o )?|nguoi |from |originally from |hometown (?:is )?|(?:di lam|lam an|lam viec|lam cong ty|lam cong nhan|lam thue|xuat khau lao dong|works? in|working in) (?:\w+ ){0,2}?(?:o |tai |in )?)(?:\w+ ){0,2}\w+$/;

/** "Còn một chuyện nữa", "thêm một việc": a new matter, about this child or another; it counts with one fact that differs. */
const ONE_MORE = [/\b(con|them|co) (mot|1) (chuyen|viec|vu) (nua|khac)?\b/, /\b(one more thing|also another|there is also)\b/];

/**
 * True when `text` (typed after a case code) reads as a report about a different child: it says
 * so ("một bé khác", "chuyện khác"), or the child it describes differs from the case's in two of
 * age, sex, province and harmer, or in one of age, sex and province while it tells of harm or a new
 * matter, or it tells of a new matter in another commune.
 * A plain addition ("quên nói: bé còn bị bỏ đói"), a correction ("bé 8 tuổi chứ không phải 7")
 * and a question are not.
 */
export function aboutAnotherChild(known: CaseFacts | null, text: string, deps: Pick<ReportFlowDeps, "findProvince">): boolean {
  const key = foldKey(text);
  if (ANOTHER.some((re) => re.test(key))) return true;
  if (!known) return false;
  // "Bé lớn nhất tên là Na, 13 tuổi": more about one of the children reported.
  if (ONE_OF_THEM.test(key)) return false;
  const facts = extractReportFacts(text);
  const province = placeOfChild(text, deps);
  const band = facts.age ? bandOf(facts.age.min) : null;
  const group = (known.children ?? 1) > 1;
  const identity = [
    Boolean(band && known.childAgeBand && known.childAgeBand !== "unknown" && band !== known.childAgeBand && !group),
    Boolean((facts.sex === "male" || facts.sex === "female") && (known.childSex === "male" || known.childSex === "female") && facts.sex !== known.childSex),
    Boolean(province && known.provinceId && province.id !== known.provinceId),
  ].filter(Boolean).length;
  // Another village or ward alone is not another child: the same child is often somewhere else now
  // ("bé đang ở nhà bà ngoại, thôn 3"); it counts only with words of a new matter.
  const elsewhere = Boolean(facts.commune && known.commune && !foldKey(facts.commune).includes(known.commune) && !known.commune.includes(foldKey(facts.commune)));
  const newMatter = ONE_MORE.some((re) => re.test(key));
  const harmer = Boolean(facts.harmer && facts.harmer !== "self" && known.harmer && facts.harmer !== known.harmer);
  if (identity + (harmer ? 1 : 0) >= 2) return true;
  if (elsewhere && newMatter) return true;
  const tellsHarm = Boolean(facts.harmer || facts.injury) || newMatter;
  return identity >= 1 && tellsHarm;
}

/** The province the message places the child in: one named only as a hometown ("quê ở Thanh Hóa") does not count. */
function placeOfChild(text: string, deps: Pick<ReportFlowDeps, "findProvince">): { id: string; name: string } | null {
  const province = deps.findProvince(text);
  if (!province) return null;
  const key = foldKey(text);
  const at = key.indexOf(foldKey(province.name).replace(/^(tinh|thanh pho) /, ""));
  if (at > 0) return HOMETOWN.test(key.slice(0, at + foldKey(province.name).length).trim()) ? null : province;
  // Named by an older name ("Bình Dương", today in Thành phố Hồ Chí Minh): the clause that names it.
  const clause = text.split(/[,.;!?\n]+/).find((c) => deps.findProvince(c)?.id === province.id);
  return clause && HOMETOWN.test(foldKey(clause)) ? null : province;
}
