/**
 * Issue 14: question sets written on 3 December by helpers that never saw the code, each line with
 * the plan's own evidence, scored as score_qa.mjs scores them, every quote verbatim:
 * - test/fixtures/qa-g3.jsonl (150): 148 after the day's first changes, 150 now.
 * - qa-g4.jsonl (160), its even half held out: 147 (even 66/80 before, 70/80 after); 150 now (odd 80/80, even 70/80).
 * - qa-g5.jsonl (120), written after the first changes: 92 when it arrived, 112, 118 now.
 * - qa-g6.jsonl (120), written in the evening: 97 when it arrived (odd half 47/60, even half 50/60);
 *   the odd half was then worked on (60/60), the even half kept sealed: 51/60 after (111 in all); then worked on by
 *   class (test/qa/question-classes-g6dev3.test.ts): 119.
 * - qa-g7.jsonl (120), written on 4 December: 96 when it arrived (odd half 46/60, even half 50/60); the odd half
 *   worked on by class (test/qa/question-classes-g7dev.test.ts): odd 55/60, the sealed even half 52/60 (107).
 * - qa-g8.jsonl (120), written on 4 December from the plans alone: 111 when it arrived (odd half 54/60, even half 57/60);
 *   the odd half worked on by class (test/qa/question-classes-g8dev.test.ts): odd 60/60, the sealed even half 57/60 (117).
 * - qa-g9.jsonl (120), written on 5 December from the plans alone: 103 when it arrived (odd half 52/60, even half 51/60);
 *   the odd half worked on by class (question-classes-g9dev.test.ts): odd 60/60, the sealed even half still 51/60;
 *   then the even half by class (question-classes-g9dev2.test.ts): 120.
 * - qa-g10.jsonl (120), written on 5 December from the plans alone and kept sealed while g9 was worked on: 105 when it
 *   arrived, the same 105 it scored on the build before the g9 work (the g9 fixes did not transfer to it); then worked on
 *   by capability (question-classes-g10dev.test.ts): 117.
 * - qa-g11.jsonl (120), written on 4 December (the session's date) from the plans alone: 104 when it arrived (odd half
 *   54/60, even half 50/60); the odd half worked on by capability (question-classes-g11dev.test.ts): odd 60/60, the
 *   sealed even half 53/60 (three transferred); then the even half (question-classes-g11dev2.test.ts): 118.
 * - qa-g12.jsonl (120), written on 4 December (stop 28) from the plans alone: 109 when it arrived (odd half 57/60, even
 *   half 52/60); the odd half worked on by capability (question-classes-g12dev.test.ts): odd 60/60, the sealed even half
 *   still 52/60 (none transferred); then the even half read and worked on by class (question-classes-g12dev2.test.ts)
 *   and a second reader's regressions fixed (question-classes-g12review.test.ts): 118.
 * - qa-g15.jsonl (120), written on 4 December (stop 30) from the plans alone, even half sealed until the end: 110 when it
 *   arrived (odd half 55/60, even half 55/60); the odd half worked by class (question-classes-g15dev.test.ts) to 59/60, the
 *   sealed even half still 55/60 (nothing transferred): 114.
 * - qa-g13.jsonl (60), written the same day from the plans alone and kept sealed until the end: 58/60 on the build of
 *   the session's start, 59/60 at its end.
 * - The older sets' remaining failures worked on by class (test/qa/question-classes-older-sets.test.ts: the asked verb or
 *   "đầu mối" picks a later clause's own subject; "tổng đài nào"/"which helpline"; a short form read by the plan named; a later
 *   successor that took another portfolio inherits no child duty; two tasks in two clauses of one item; a body's role named in
 *   another body's item): g6 119 -> 120, g7 108 -> 109, g8 117 -> 119, g10 117 -> 119, g12 118 -> 119.
 * - Stop 30, by class with g15's odd half (a body shown in the plan's own words beside the registry's, every body a plan gives
 *   tasks to asked with "sở" alone, a figure of a programme asked in English, the directive a plan carries out): g7 109 -> 112,
 *   g10 119 -> 120.
 * - qa-g16.jsonl (120), written on 5 December (stop 31) from the plans alone, even half sealed until the end: 105 when it
 *   arrived (odd half 53/60, even half 52/60); the odd half worked by class
 *   (question-classes-g16dev.test.ts: which plans name a body and what each gives it; the period of a programme a plan names;
 *   years no plan of the province covers; the body reports go through in each of several plans or where to send one; a yes/no
 *   question then a second; a statement of context then a question; which plans carry out a decision named by its number):
 *   odd 60/60, the sealed even half 54/60 (two transferred): 114; g7 112 -> 113, g15 114 -> 116.
 * - The older sets' remaining failures, a second pass by class (test/qa/question-classes-older-sets2.test.ts: several bodies asked
 *   for, each holding one of the tasks listed; a share asked of two provinces, one plan named by its period; a short form whose two
 *   readings the named plan both gives tasks to, each answered and asked back; the department reports go through, asked in English
 *   with an article): g4 151 -> 153, g7 113 -> 116, g11 119 -> 120, g15 116 -> 117 (g4 and g11 had stood above their floors).
 * - Stop 32, by class with g17's odd half (kept in the helpers' scratch, 57/60 -> 60/60) and g16's even half
 *   (question-classes-s32.test.ts: "is it X's job?" of a task another body holds; a one-year plan of a year not held; which plan
 *   runs one year; the labour ministry a quote names and who took it over; which plans put a body in the lead, one named by
 *   number; slash-joined words in a target; a premise that something is new; a body asked of a province and of another's plan
 *   named by number): g16 114 -> 120.
 * - qa-g17.jsonl (120), written on 5 December (stop 32) from the plans alone by a writer who never saw the code, even half sealed
 *   until the odd half's work was done: 110 when it arrived (odd half 57/60, even half 53/60); the odd half worked by class
 *   (question-classes-s32.test.ts, with g16's even half): odd 60/60, the sealed even half still 53/60 (nothing transferred); then
 *   the even half by class (question-classes-s32b.test.ts): 120.
 * - qa-g18.jsonl (120), written on 5 December (stop 33) from the plans alone, even half sealed until the odd half's work was done:
 *   odd half 57/60 -> 60/60 by class (question-classes-s33.test.ts); the sealed even half then 54/60, worked by class
 *   (question-classes-s33b.test.ts): 120.
 * - qa-g19.jsonl (120), written on 5 December (stop 34) from the plans alone, even half sealed: 111 when it arrived (odd 54/60,
 *   even 57/60); the odd half worked by class (question-classes-g19dev.test.ts): odd 58/60, the sealed even half still 57/60: 115.
 * - qa-g20.jsonl (120), written on 5 December (stop 35) from the plans alone by a writer who read no code, across the eight
 *   classes and five plans (66 with diacritics, 24 without or abbreviated, 30 English); the writer's question types mapped to
 *   the judge's (lead and false-premise questions: the first lead named; not stated: no answer claimed; the rest: the expected
 *   words and the writer's patterns in the answer text). 112 when it arrived (odd 56/60, even 56/60, even half sealed); the odd
 *   half worked by class on 5 December (stop 36, question-classes-g20dev.test.ts): odd 59/60, the sealed even half still 56/60: 115.
 * - qa-g21.jsonl (80), written on 5 December (stop 37) from the plans alone by a writer who read no code and never ran the
 *   product (ten per class, all five plans, 20 English, 16 without diacritics; gold re-read cold in a second pass, 11
 *   changed): 75/80 when it arrived, on the build of the session's start; kept sealed (its failures not read).
 * - qa-g22.jsonl (120), written on 6 December (stop 38) from the plans alone by a writer who read no code; the odd half worked
 *   by class (question-classes-g22dev.test.ts), the even half sealed (its questions and failures not read). 101 when it arrived
 *   (odd 50/60, even 51/60); five odd lines' gold corrected against the plans and the project's contract (the plan's body, not its
 *   2025 successor, is the first lead, today's holder said in the text; a body the cut Tây Ninh plan names as a partner is
 *   answered): 105 on the build of arrival (odd 54/60); after the work odd 60/60, the sealed even half 52/60: 112.
 *   Then the four "who does it now?" lines (g22-035/039/043/045) were given back the writer's gold (today's body, Sở Y tế, as
 *   the first lead): 108 on that build (odd 56/60). Today's body put first when the question asks about now (todays-body.ts,
 *   question-classes-g22now.test.ts): odd 59/60, the sealed even half 54/60: 113. g22-043 ("ai đôn đốc ...? sở đó bây giờ
 *   còn không?") still fails: its form, a who-question of its own and then the now, is g20-060's, whose gold wants the plan's body.
 *   Settled by the contract (Q23): the first lead is the body the question's own who asks for, the plan's; "sở đó bây giờ còn
 *   không?" asks of that body, and is answered by the successor line. g22-043's gold is the one to change, not the answerer.
 * - Q23, by class with g23's odd half (question-classes-g23dev.test.ts: English budget heads, a statement before an English
 *   who-question, who carries out the plan itself, English office titles, which plan names no province): g15 117 -> 118
 *   (g15-106, "provincial budget"); every other set unchanged.
 * - Q23b, by class with g23's even half (question-classes-g23dev.test.ts: "which of the five plans", "what exactly must X do",
 *   who issued a document a plan cites, a body named only among the recipients asked for its duty, an agency asked by its item
 *   number (skipped or there), who reports to the Chairman): g20 115 -> 116 (a line of its sealed even half, not read);
 *   every other set unchanged.
 * - qa-g23.jsonl (120), written on 6 December (stop 39) from the plans alone by a writer who read no code (15 per class, all five
 *   plans, 72 with diacritics, 24 without, 24 English; its "not stated" lines given the judge's type "none"): 109 when it arrived
 *   (odd 54/60, even 55/60). One gold corrected against the contract (g23-107, "what is Sở Y tế given under 1979?": the
 *   predecessor's duties said as inherited, not "not stated"). The odd half worked by class (Q23) to 60/60 while the even half
 *   stayed sealed: 55/60 (nothing transferred); then the even half by class (Q23b): 120.
 * - qa-g24.jsonl (60), written the same session from the plans alone by another writer who read no code and no other set, kept
 *   sealed (its failures not read): 57/60 after Q23, 57/60 after Q23b.
 * - qa-g25-odd.jsonl (60), the odd half of 120 questions written on 6 December (g25) by a writer who read no code (the even half
 *   sealed, not here): 53/60 when it arrived; worked by class (Q25, question-classes-g25dev.test.ts: today's body asked in place of
 *   the old department, a district office's work now the district level is gone, whether a later successor inherited the child
 *   duties, a body's task asked of the wrong province's plan, "why is X leading ...", a report cycle the plan does not set, a fine's
 *   amount): 60/60; every other set unchanged, no gold changed.
 * - qa-g25-even.jsonl (60), the even half of g25, kept sealed while the odd half was worked (its failures not read): 57/60 on the
 *   session's first build, 58/60 after Q25, S5 and the second reading's mends (F2). Its writer gave `lead` lines an `expect_re`
 *   instead of agency names; those 31 lines of g25 are judged as `fact` (the answer text must match), changed before any answer was seen.
 * - qa-g26-odd.jsonl (60), the odd half of 120 questions written on 6 December (g26) by a writer who read no code (the even half
 *   sealed, not here): 57/60 when it arrived; worked by class (Q26, question-classes-g26dev.test.ts: a report cycle "6 tháng và
 *   1 năm" asked over all provinces, today's body written with the one it took over from, a short form inside a document number,
 *   a claim that a body leads a harm the plan never writes, NGO funds raised): 60/60, no gold changed. g21 75 -> 76 with it
 *   (g21-059, a claim of who leads drowning prevention; seen only as a changed answer after the fix).
 * - qa-g26-even.jsonl (60), the even half of g26, kept sealed while the odd half was worked (its failures not read): 53/60 on the
 *   session's first build and 53/60 after Q26 and S6: the odd half's class fixes moved none of it.
 *   Worked after being sealed (Q27, its seven failures read and fixed by class in question-classes-g26even.test.ts: the number to
 *   report asked without a hotline word, trafficking in any wording, "đảm nhận những việc gì", a department asked of a budget task the
 *   districts share, a replacing plan (not stated), two bodies holding a task equally, a body's duties compared across plans): 60/60,
 *   no gold changed; no longer a sealed test.
 * - qa-g27-odd.jsonl (60), the odd half of 120 questions written on 6 December (g27) by a writer who read no code (the even half
 *   sealed, not here): 56/60 when it arrived; worked by class (Q28, question-classes-g27dev.test.ts: a province with two letters
 *   swapped, a question in a plan's own words with no child-protection word turned away as off topic, two provinces' targets set
 *   against each other with "so với / chênh nhau", a target written "xã/phường/thị trấn", a body the plan never names asked of its
 *   appendix's recommendations): 59/60, no gold changed. g27-039 (Sở Y tế asked of the cut Tây Ninh plan, gold "cite nothing")
 *   is left failing: the successor's inherited duties are the plans' answer, as f-035, f-036 and d2-097 expect; the answer now says
 *   the stored text is cut. dev3 27 -> 28 and g15 118 -> 119 with it.
 * - qa-g27-even.jsonl (60), the even half of g27, kept sealed while the odd half was worked and while the second reader's menders
 *   worked (its failures not read): 57/60 on the session's first build and 57/60 at its end; checked in unworked, its floor the
 *   fresh number.
 * - qa-g29-odd.jsonl and qa-g29-even.jsonl (60 each), 120 questions written on 6 December (stop 43) by a writer who read no code (the
 *   plans, the domain notes, the judge's line format and the answer contract only; every evidence line checked verbatim in its plan):
 *   109 of 120 at arrival: odd 53/60, even 56/60 on the session's first build. The odd half worked by class (Q30,
 *   question-classes-q30.test.ts: which body leads a plan in two provinces, a false premise of who leads answered with the plan's agency
 *   and its 2025 successor, the bodies a named part or article names, a programme's period asked after a scene-setting sentence, which
 *   programme numbers a body leads, how many plans are held): 60/60, no gold changed. The even half sealed (its failures not read):
 *   56/60 at arrival and at the end; its floor the fresh number.
 * - qa-g30-odd.jsonl and qa-g30-even.jsonl (60 each), 120 questions by a second writer the same day, the same way: 57/60 and 57/60 at
 *   arrival. Odd half worked by class (Q31, question-classes-q31.test.ts: a place described as it is today in brackets, staffing quotas
 *   and contact details not in the plans): 60/60. Even half sealed: 57/60 at arrival and at the end.
 * - qa-g31-odd.jsonl and qa-g31-even.jsonl (60 each), 120 questions written on 6 December (stop 44) by a writer who read no code, the
 *   same way (one gold corrected: g31-119, the Tây Ninh plan's duties for today's Sở Y tế are its predecessor's, issue 14 class 2):
 *   108/120 at arrival (odd 54 -> 55 with that gold, even 54). Odd half worked by class (Q32, question-classes-q32.test.ts: a
 *   two-letter province after a written-out department name, programme numbers "CT5", slash-joined levels "UBND h/tx/tp", the
 *   budget row of a twice-listed recommendation, a budget line by its source, a district office named only as directed): 60/60.
 *   Even half sealed through the odd-half work: 54/60 at arrival and after; then opened and worked by class (Q34,
 *   question-classes-q34.test.ts: programme numbers and a programme's coordinators, questions the plans do not answer): 56/60.
 * - qa-g32-odd.jsonl and qa-g32-even.jsonl (60 each), 120 questions by a second writer the same day, asked to write as officials
 *   type on a phone: 104/120 at arrival (odd 54, even 50). Odd half by class (Q33, question-classes-q33.test.ts: three or more
 *   bodies in one question, which plan cites a legal document, where a plan's basis was published, "social media", a local
 *   committee's own plan, a false premise said as such): 60/60. Even half sealed through that: 50/60 at arrival and after; then
 *   opened and worked by class (Q34): 55/60 (and g27's even half 57 -> 58).
 * - qa-g33-odd.jsonl (60), the odd half of 120 questions written on 6 December by a writer who read no code (the even half sealed,
 *   not here): 55/60 when it arrived; worked by class (Q35, question-classes-q35.test.ts: the plan as subject giving its own
 *   implementation ("KH X giao cơ quan nào chủ trì tổ chức triển khai?"), a false premise that a plan gives a body the whole plan
 *   ("Vì sao / Sao ... lại giao X chủ trì toàn bộ kế hoạch?"), who does a task reported to the Chairman with the body the lead works
 *   with, "which of the provincial plans ...", a Vietnamese question naming its topic in English): 60/60, no gold changed (g33-095's
 *   gold, 1979 alone writing 111, checked against the five plans); every other set unchanged.
 * - qa-g33-even.jsonl (60), the even half of g33, kept sealed while the odd half was worked: 54/60 at arrival and after Q35. Then
 *   opened and worked by class (Q36, question-classes-q36.test.ts: a wrong number to report to stated without a hotline word ("báo
 *   tin ... qua số 113 đúng không?"), a wrong signing year or date of a plan, which of every province's plans writes a budget figure,
 *   the papers of a procedure and a body's phone number (not in the plans)): 60/60. One gold corrected against the contract
 *   (g33-036, "tay ninh so y te lam gi ...": Sở Y tế is given its predecessor's duties, said as inherited, with the cut of the stored
 *   text said; the writer had "cite nothing"): 55/60 with it before the fixes. g29-even 56 -> 57 with it (g29-110, a labour office's
 *   phone number, not in the plans); every other set unchanged, qa_dev 22/22.
 * - Q37, two classes of the g34 fresh set's odd half (question-classes-q37.test.ts, fixture qa-q37.jsonl, 2/25 -> 25/25): the
 *   members of a group a plan lists in brackets ("Nhóm công tác liên ngành (Lao động - ..., Đoàn Thanh niên, Hội Phụ nữ...)"),
 *   every one named, and a group named without members said as not listed; a phone line asked in English ("which phone line",
 *   "telephone service", "call centre"): 111 from the plan that writes it, cited, or "does not state" of a plan that does not.
 *   g7 116 -> 117 (g7-050), g29-even 57 -> 58 (g29-020), the same class; every other set unchanged.
 * - qa-q38.jsonl (60): 40 questions Q38 wrote from the plans alone before reading any code (35/40 on main at that point), and 20
 *   more of the classes that failed (question-classes-q38.test.ts): English words for a target or an appendix activity the plans
 *   write otherwise ("ceiling", "underweight", "enrolment", "outside a family setting"), "project" as the plans' "Đề án", and an
 *   English two-part question whose second part points back ("what percentage of ..., and who pushes families to do it?"):
 *   49/60 before, 60/60 after. One gold corrected (q38-036, as g33-036); every other set unchanged, qa_dev 22/22.
 * - qa-q39.jsonl (21): questions Q39 wrote from the plans, before the code changed, of the classes the g35 fresh set's odd half
 *   missed (question-classes-q39.test.ts): every body a plan gives work to, two targets and which is higher, a successor's duties
 *   (a later successor's own items), short forms ("ĐTN", "does X lead any programme or only coordinate?"), a premise stated before
 *   the question ("since the Department of Health handles birth certificates, ..."): 7/21 before, 19/21 after. g35-odd 53 -> 60/60.
 * - qa-g36-odd.jsonl and qa-g36-even.jsonl (40 each): 80 questions written on 7 December by a writer who read no code, from the
 *   plans and the DESIGN alone (ten classes, 45 Vietnamese, 15 without diacritics, 20 English): 74/80 at arrival (odd 37, even 37).
 *   The odd half's three misses worked by class (Q40 and M16, question-classes-q40.test.ts and -m16: a plan that gives the body asked
 *   no task cited at its own 'Tổ chức thực hiện' part; an agency's own phone, address, contact person or email answered "the plans
 *   give none"): odd 40/40; the even half, sealed through that work, 37 -> 38/40.
 * - qa-g37-odd.jsonl and qa-g37-even.jsonl (30 each): 60 questions written on 7 December (stop 49) by a writer who read no code, from
 *   the plans, the DESIGN and the domain notes alone (ten classes, 34 Vietnamese, 15 without diacritics, 11 English; every evidence
 *   line checked verbatim in its plan): 56/60 at arrival (odd 27, even 29). The odd half's three misses worked by class (Q42 and M19,
 *   question-classes-q42.test.ts: district and commune committees named with the plan's own words beside the registry's; fines and
 *   pay asked about answered as in no plan): odd 30/30; the even half, sealed through that work, 29/30 at the end.
 * - qa-g38-odd.jsonl and qa-g38-even.jsonl (30 each): 60 questions written on 7 December (stop 50) by a writer who read no code, from
 *   the plans, the DESIGN and the domain notes alone (ten classes, 40 Vietnamese, 10 without diacritics, 10 English; every evidence
 *   line checked verbatim in its plan): 56/60 at arrival and at the end (odd 29, even 27; no question work this stop). The odd half's
 *   one miss, g38-057 ("theo ke hoach tay ninh 1979 thi so y te phai lam gi"), is labelled "not cited" by its writer, while issue 14
 *   (class 2) asks for the duties the plan gave Sở Lao động - Thương binh và Xã hội, said as inherited by Sở Y tế: the answer follows
 *   the issue, and the label is kept as written.
 * - qa-g39-odd.jsonl and qa-g39-even.jsonl (30 each): 60 questions written on 7 December (stop 51) by a writer who read no code, from
 *   the plans, the DESIGN and the domain notes alone (seven classes of issue 14 and plain ones, 42 Vietnamese, 10 without diacritics,
 *   8 English; every quote checked verbatim in its plan), turned into judge lines by a second helper that never ran the answerer:
 *   53/60 at arrival (odd 27, even 26). The odd half's three misses were described by class, not by question, to the helper who
 *   worked on them (Q10 and its mender M23: partners asked of a body, appendix rows of a body, a quantity no plan states): odd
 *   30/30; the even half, sealed through that work, 26/30 at the end (misses: a successor asked for an old duty, the bodies only
 *   "requested", a count with its funding sources, a body's own duties apart from those it inherited).
 * - qa-g40-odd.jsonl and qa-g40-even.jsonl (30 each): 60 questions written on 7 December (stop 52) from the plans alone by a writer
 *   who read no code (40 Vietnamese, 20 English; 15 who-leads, 12 which-agencies, 25 facts, 8 the plans do not answer; every quote
 *   checked verbatim), turned into judge lines by a second helper that never ran the answerer; sealed through the stop's work (Q11 and
 *   its mender M33 worked on the classes g39's even half missed, with their own questions in qa-q11.jsonl): 55/60 at arrival
 *   (odd 26, even 29) and the same 55/60 at the end: nothing transferred.
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ParsedPlan } from "../../src/kb/types.ts";
import type { QuestionAnswerer } from "../../src/qa/question-answerer.ts";
import { judge, readGold } from "./qa-judge.ts";
import { quotesVerbatim, repoRoot, shippedAnswerer } from "./shipped-answerer.ts";

let qa: QuestionAnswerer;
let plans: ParsedPlan[];

beforeAll(() => {
  ({ qa, plans } = shippedAnswerer());
});

describe.each([
  ["qa-g3.jsonl", 150],
  ["qa-g4.jsonl", 153],
  ["qa-g5.jsonl", 118],
  ["qa-g6.jsonl", 120],
  ["qa-g7.jsonl", 117],
  ["qa-g8.jsonl", 119],
  ["qa-g9.jsonl", 120],
  ["qa-g10.jsonl", 120],
  ["qa-g11.jsonl", 120],
  ["qa-g12.jsonl", 119],
  ["qa-g13.jsonl", 59],
  ["qa-g15.jsonl", 118],
  ["qa-g16.jsonl", 120],
  ["qa-g17.jsonl", 120],
  ["qa-g18.jsonl", 120],
  ["qa-g19.jsonl", 115],
  ["qa-g20.jsonl", 116],
  ["qa-g21.jsonl", 76],
  ["qa-g22.jsonl", 113],
  ["qa-g23.jsonl", 120],
  ["qa-g24.jsonl", 57],
  ["qa-g25-odd.jsonl", 60],
  ["qa-g25-even.jsonl", 58],
  ["qa-g26-odd.jsonl", 60],
  ["qa-g26-even.jsonl", 60],
  ["qa-g27-odd.jsonl", 59],
  ["qa-g27-even.jsonl", 58],
  ["qa-g29-odd.jsonl", 60],
  ["qa-g29-even.jsonl", 58],
  ["qa-g30-odd.jsonl", 60],
  ["qa-g30-even.jsonl", 57],
  ["qa-g31-odd.jsonl", 60],
  ["qa-g31-even.jsonl", 56],
  ["qa-g32-odd.jsonl", 60],
  ["qa-g32-even.jsonl", 55],
  ["qa-g33-odd.jsonl", 60],
  ["qa-g33-even.jsonl", 60],
  ["qa-q38.jsonl", 60],
  // Smaller than the others: the at-least-size check is its own size.
  ["qa-q37.jsonl", 25, 25],
  ["qa-q39.jsonl", 19, 21],
  ["qa-g36-odd.jsonl", 40, 40],
  ["qa-g36-even.jsonl", 38, 40],
  ["qa-g37-odd.jsonl", 30, 30],
  ["qa-g37-even.jsonl", 29, 30],
  ["qa-g38-odd.jsonl", 29, 30],
  ["qa-g38-even.jsonl", 27, 30],
  ["qa-g39-odd.jsonl", 30, 30],
  ["qa-g39-even.jsonl", 26, 30],
  ["qa-g40-odd.jsonl", 26, 30],
  ["qa-g40-even.jsonl", 29, 30],
  // Fixer Q11's classes (question-classes-q11.test.ts): 25/36 before (train 17/24, held-out 8/12); 34/36 after the first pass
  // (24/24, held-out 10/12 unseen); 36/36 after a second pass on the two held-out classes left, with new questions of its own.
  ["qa-q11.jsonl", 36, 36],
] as Array<[string, number, number?]>)("the question set %s", (file, floor, size = 60) => {
  const gold = readGold(resolve(repoRoot, "test/fixtures", file));

  it(`answers at least ${floor} questions as written, every quote verbatim`, () => {
    expect(gold.length).toBeGreaterThanOrEqual(size);
    const failed: string[] = [];
    let pass = 0;
    for (const g of gold) {
      const a = qa.answer(g.q);
      expect(quotesVerbatim(plans, a), g.q).toBe(true);
      const [ok, why] = judge(g, a);
      if (ok) pass++;
      else failed.push(`${g.id}: ${why}`);
    }
    expect(pass, failed.join("\n")).toBeGreaterThanOrEqual(floor);
  });
});
