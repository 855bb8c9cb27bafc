/**
 * Every sentence the reporter flow says, in Vietnamese and English, with a short and simple
 * variant for a child reporting about themself (short sentences, "em", 111 at every step).
 * Kept apart from the state machine so wording can be reviewed by social workers without
 * reading logic.
 */
import type { Language, Link } from "../../core/message-types.ts";
import type { OtherChild } from "./report-flow-types.ts";

/** One sentence in each register; the child variants fall back to the adult ones. */
export interface FlowText {
  vi: string;
  en: string;
  viChild?: string;
  enChild?: string;
}

/** Picks the wording for the reporter's language and register. */
export function say(text: FlowText, lang: Language, child: boolean): string {
  if (child) return (lang === "en" ? text.enChild : text.viChild) ?? text[lang];
  return text[lang];
}

export const EMERGENCY_LINKS: Record<Language, Link[]> = {
  vi: [
    { label: "Gọi 113 (Công an)", url: "tel:113" },
    { label: "Gọi 115 (Cấp cứu)", url: "tel:115" },
    { label: "Gọi 111 (Bảo vệ trẻ em)", url: "tel:111" },
  ],
  en: [
    { label: "Call 113 (Police)", url: "tel:113" },
    { label: "Call 115 (Ambulance)", url: "tel:115" },
    { label: "Call 111 (Child protection)", url: "tel:111" },
  ],
};

export const HOTLINE_LINK: Record<Language, Link> = {
  vi: { label: "Gọi 111 (miễn phí, 24/7)", url: "tel:111" },
  en: { label: "Call 111 (free, 24/7)", url: "tel:111" },
};

export const T = {
  emergencyNow: {
    vi: "Nếu trẻ đang gặp nguy hiểm: GỌI NGAY 113 (công an) hoặc 115 (cấp cứu), và 111 (tổng đài bảo vệ trẻ em, miễn phí, 24/7). Sau đó, nếu có thể, hãy trả lời tiếp để cán bộ nắm thông tin.",
    en: "If a child is in danger: CALL 113 (police) or 115 (ambulance) NOW, and 111 (child protection hotline, free, 24/7). Then, if you can, keep answering so officers know what happened.",
    viChild: "Em hãy gọi ngay 113 (công an) hoặc 111. Em bị thương thì gọi 115. Gọi miễn phí. Nếu ra được an toàn, em tới chỗ có người lớn em tin. Nếu em đang trốn và gọi sẽ bị nghe thấy: em ở yên, tắt chuông điện thoại, nhắn ở đây và nhắn cho một người lớn em tin gọi 113 giúp em.",
    enChild: "Call 113 (police) or 111 now. If you are hurt, call 115. It is free. If you can get out safely, go to an adult you trust. If you are hiding and a call would be heard: stay where you are, silence your phone, write here and text an adult you trust to call 113 for you.",
  },
  /** "tối nay ổng về e sợ": the one who harms comes back tonight, or the writer fears tonight: where to be and whom to call, before the next question. */
  tonight: {
    vi: "Nếu tối nay trẻ phải ở cùng người gây hại: trước khi người đó về, hãy đưa trẻ sang ở nhờ nhà người thân, hàng xóm hoặc một người lớn tin cậy, hoặc nhờ người lớn tới ở cùng trẻ. Nếu người đó về và đánh hay đe dọa trẻ, gọi ngay 113; cần tư vấn, gọi 111 (miễn phí, 24/7).",
    en: "If the child has to be with the person who harms them tonight: before that person comes back, take the child to stay with a relative, a neighbour or a trusted adult, or ask an adult to stay with the child. If the person comes back and hits or threatens the child, call 113 at once; for advice, call 111 (free, 24/7).",
    viChild: "Em sợ tối nay là điều dễ hiểu, và em không có lỗi. Trước khi người đó về, em hãy sang ở nhờ nhà người thân, hàng xóm hay một người lớn em tin (ông bà, cô chú, thầy cô), hoặc nhờ người lớn tới ở cùng em tối nay. Nếu tối nay người đó đánh em hay em thấy sắp bị đánh, em chạy ra chỗ có người và gọi ngay 113. Muốn nói chuyện thì gọi 111, miễn phí, không cần nói tên.",
    enChild: "It makes sense to be scared about tonight, and it is not your fault. Before that person comes back, go and stay with a relative, a neighbour or an adult you trust (a grandparent, aunt or uncle, a teacher), or ask an adult to stay with you tonight. If tonight that person hits you or you feel it is about to happen, run to where there are people and call 113 now. To talk, call 111. It is free and you do not need to give your name.",
  },
  /** A province named by its name before the 2025 merger: one line in the summary saying where it is now. */
  formerMerged: { vi: "{former} nay thuộc tỉnh {today}.", en: "{former} is now part of {today} province." },
  // "Bình Dương nay thuộc Thành phố Hồ Chí Minh.": a city that is a province is named as the city it is, no "tỉnh Thành phố" (walk 43).
  formerMergedCity: { vi: "{former} nay thuộc {today}.", en: "{former} is now part of {today} City." },
  formerRenamed: { vi: "{former} nay là thành phố {today}.", en: "{former} is now {today} city." },
  /** "hẹn thứ bảy này tới đón bé", "he'll pick her up Saturday": a harm or a taking planned for a coming day: what to do before then. */
  beforeDay: {
    vi: "Trước {day}: đừng để trẻ đi cùng hay ở một mình với người đó; báo cho người lớn đang chăm trẻ (gia đình, nhà trường) biết để giữ trẻ ở nơi an toàn. Nếu người đó tới đưa trẻ đi hay đe dọa trẻ, gọi ngay 113; cần tư vấn, gọi 111 (miễn phí, 24/7).",
    en: "Before {day}: do not let the child go with or be alone with that person; tell the adults who look after the child (family, school) so they keep the child somewhere safe. If the person comes to take the child or threatens them, call 113 at once; for advice, call 111 (free, 24/7).",
    viChild: "Trước {day}: em đừng đi cùng hay ở một mình với người đó. Em hãy kể cho một người lớn em tin (ông bà, cô chú, thầy cô) để họ ở cạnh em. Nếu người đó tới bắt em đi hay dọa em, em chạy ra chỗ có người và gọi ngay 113. Muốn nói chuyện thì gọi 111, miễn phí, không cần nói tên.",
    enChild: "Before {day}: do not go with or stay alone with that person. Tell an adult you trust (a grandparent, aunt or uncle, a teacher) so they can stay close to you. If that person comes to take you or threatens you, run to where there are people and call 113 now. To talk, call 111. It is free and you do not need to give your name.",
  },
  /** "tôi đang nói tới đâu rồi?": the recap's lead, before what was told so far and the question again. */
  whereWasI: {
    vi: "Bạn đang báo tin, chưa gửi. Những gì bạn đã kể:",
    en: "You are in the middle of a report, not sent yet. What you have told so far:",
    viChild: "Em đang kể cho cô chú, chưa gửi. Những gì em đã kể:",
    enChild: "You are in the middle of telling us, not sent yet. What you have told so far:",
  },
  /** "giờ em đang ở trường, chiều nay em về nhà" (the one who harms lives there): the child goes home to them today: what to do about tonight. */
  backHome: {
    vi: "Về tối nay: trẻ sắp về nhà, nơi có người gây hại. Đừng để trẻ về một mình hay ở một mình với người đó tối nay: nếu được, cho trẻ ở nhờ nhà người thân, hàng xóm hoặc một người lớn tin cậy, hoặc nhờ người lớn ở cùng trẻ. Nếu trẻ gặp nguy hiểm, gọi ngay 113; cần tư vấn, gọi 111 (miễn phí, 24/7).",
    en: "About tonight: the child is going home, where the person who harms them is. Do not let the child go home alone or be alone with that person tonight: if you can, have the child stay with a relative, a neighbour or a trusted adult, or ask an adult to stay with the child. If the child is in danger, call 113 at once; for advice, call 111 (free, 24/7).",
    viChild: "Về tối nay: đừng về nhà một mình hay ở một mình với người đó. Em hãy nhờ người lớn em tin (ông bà, cô chú, thầy cô) cho em ở nhờ hoặc ở cùng em tối nay. Nếu thấy nguy hiểm, em chạy ra chỗ có người và gọi ngay 113. Muốn nói chuyện thì gọi 111, miễn phí, không cần nói tên.",
    enChild: "About tonight: do not go home alone or stay alone with that person. Ask an adult you trust (a grandparent, aunt or uncle, a teacher) to let you stay with them or to stay with you tonight. If you feel in danger, run to where there are people and call 113 now. To talk, call 111. It is free and you do not need to give your name.",
  },
  /** "ổng ở chung nhà với tụi nhỏ, tối ni ổng vẫn ngủ ở nhà": the child is at home with the one who harms tonight (not going home). */
  homeWithHarmer: {
    vi: "Về tối nay: trẻ đang ở cùng nhà với người gây hại. Đừng để trẻ ở một mình với người đó tối nay: nếu được, cho trẻ sang ở nhờ nhà người thân, hàng xóm hoặc một người lớn tin cậy, hoặc nhờ người lớn ở cùng trẻ. Nếu trẻ gặp nguy hiểm, gọi ngay 113; cần tư vấn, gọi 111 (miễn phí, 24/7).",
    en: "About tonight: the child is at home with the person who harms them. Do not let the child be alone with that person tonight: if you can, have the child stay with a relative, a neighbour or a trusted adult, or ask an adult to stay with the child. If the child is in danger, call 113 at once; for advice, call 111 (free, 24/7).",
    viChild: "Về tối nay: đừng ở một mình với người đó. Em hãy nhờ người lớn em tin (ông bà, cô chú, thầy cô) cho em sang ở nhờ hoặc ở cùng em tối nay. Nếu thấy nguy hiểm, em chạy ra chỗ có người và gọi ngay 113. Muốn nói chuyện thì gọi 111, miễn phí, không cần nói tên.",
    enChild: "About tonight: do not stay alone with that person. Ask an adult you trust (a grandparent, aunt or uncle, a teacher) to let you stay with them or to stay with you tonight. If you feel in danger, run to where there are people and call 113 now. To talk, call 111. It is free and you do not need to give your name.",
  },
  /** A grown-up telling of a child hurt again and again by someone who lives with them: if it happens again tonight (walk 53). */
  againTonight: {
    vi: "Nếu tối nay chuyện đó lặp lại: khi nghe hay thấy trẻ bị đánh hoặc bị làm hại, hãy gọi ngay 113 (công an); cần tư vấn, gọi 111 (miễn phí, 24/7). Đừng tự mình đối đầu với người đó. Nếu được, cho trẻ sang ở nhờ nhà người thân, hàng xóm hoặc một người lớn tin cậy.",
    en: "If it happens again tonight: when you hear or see the child being hit or hurt, call 113 (police) at once; for advice, call 111 (free, 24/7). Do not confront that person on your own. If you can, have the child stay with a relative, a neighbour or a trusted adult.",
  },
  /** "tối nay ổng qua bắt con bé về ở với ổng": the one who harms comes to take the child: keep the child with a safe adult, the door shut, 113 if he comes. */
  /** "đừng gọi, bố em nghe thấy" at the contact question (walk 41): nobody calls, and how to reach 111 alone. */
  wontCall: {
    vi: "Sẽ không ai gọi cho bạn; báo tin được ghi là ẩn danh. Khi thấy an toàn, bạn có thể tự gọi 111 (miễn phí, 24/7), hoặc nhắn tiếp ở đây bất cứ lúc nào. Nguy hiểm ngay thì gọi 113; nếu gọi sẽ bị nghe thấy, nhắn cho một người tin cậy gọi giúp.",
    en: "Nobody will call you; the report is marked anonymous. When it is safe, you can call 111 yourself (free, 24/7), or keep writing here at any time. In danger now, call 113; if a call would be heard, text someone you trust to call for you.",
    viChild: "Cô chú sẽ không gọi cho em. Khi nào an toàn, em có thể tự gọi 111 (miễn phí, không cần nói tên), hoặc nhắn tiếp ở đây bất cứ lúc nào. Nguy hiểm ngay thì gọi 113; nếu gọi sẽ bị nghe thấy, em nhắn cho một người lớn em tin gọi giúp em.",
    enChild: "We won't call you. When it is safe, you can call 111 yourself (free, you don't need to give your name), or keep writing here any time. In danger now, call 113; if a call would be heard, text an adult you trust to call for you.",
  },
  /** "e k co dt rieng, dt cua me" at the contact question (walk 41): the phone is someone else's; it is not called. */
  notThatNumber: {
    vi: "Mình đã ghi lại: cán bộ sẽ không gọi vào số đó, vì máy không phải của bạn. Bạn có thể nhắn tiếp ở đây bất cứ lúc nào, hoặc tự gọi 111 khi thấy an toàn (miễn phí, 24/7).",
    en: "Noted: officers won't call that number, as the phone is not yours. You can keep writing here at any time, or call 111 yourself when it is safe (free, 24/7).",
    viChild: "Cô chú ghi lại rồi: cô chú sẽ không gọi vào số đó. Em cứ nhắn tiếp ở đây bất cứ lúc nào, hoặc tự gọi 111 khi an toàn (miễn phí, không cần nói tên).",
    enChild: "Got it: we won't call that number. You can keep writing here any time, or call 111 yourself when it is safe (free, you don't need to give your name).",
  },
  /** "đừng để số của mẹ em được không ... 0912 345 678" at the contact question: that number is not used; the one given is (RD5). */
  othersNumberNot: {
    vi: "Vâng, cán bộ sẽ không dùng và không gọi số đó. Mình ghi số bạn vừa cho để liên lạc; nếu không chắc số nào an toàn, bạn có thể chọn ẩn danh.",
    en: "Yes, officers will not use or call that number. I noted the number you gave instead; if you are not sure any number is safe, you can stay anonymous.",
    viChild: "Ừ em, cô chú sẽ không dùng và không gọi số đó. Cô chú ghi số em vừa cho để liên lạc. Nếu không chắc, em chọn \"Ẩn danh\" cũng được.",
    enChild: "Okay, officers will not use or call that number. They noted the number you gave instead. If you are not sure, you can choose \"Anonymous\".",
  },
  /** "dung so me e dc k a? 0399 222 333" at the contact question: yes, and officers may call that number, so it should be a safe one (walk 49). */
  othersNumberOk: {
    vi: "Được. Cán bộ có thể gọi vào số đó, nên hãy chắc đó là số của người an toàn, không phải người gây hại hay người sẽ kể lại cho họ. Nếu không chắc, bạn có thể chọn ẩn danh.",
    en: "Yes. Officers may call that number, so make sure it belongs to someone safe, not the person who harms the child or someone who would tell them. If you are not sure, you can stay anonymous.",
    viChild: "Được em nhé. Cô chú có thể gọi vào số đó, nên em chỉ để số của người lớn an toàn với em, không phải người làm hại em. Nếu không chắc, em chọn \"Ẩn danh\" cũng được.",
    enChild: "Yes, that is fine. We may call that number, so only give the number of an adult who is safe for you, not the person who hurts you. If you are not sure, choose \"Anonymous\".",
  },
  /** The child goes to the place of the one who harms later today (walk 41: "tối nay chắc lại qua nhà ổng"). */
  goesToHarmer: {
    vi: "Về tối nay: đừng để trẻ sang nhà người gây hại hay ở một mình với người đó. Nếu được, giữ trẻ ở cạnh bạn hoặc một người lớn tin cậy, và nói với trẻ rằng trẻ không phải sang đó. Nếu trẻ đang ở đó và gặp nguy hiểm, gọi ngay 113; cần tư vấn, gọi 111 (miễn phí, 24/7).",
    en: "About tonight: do not let the child go to the place of the person who harms them or be alone with that person. If you can, keep the child with you or another trusted adult, and tell the child they do not have to go there. If the child is there and in danger, call 113 at once; for advice, call 111 (free, 24/7).",
    viChild: "Về tối nay: em đừng sang nhà người đó và đừng ở một mình với người đó. Em hãy ở cạnh một người lớn em tin (ông bà, cô chú, thầy cô). Nếu thấy nguy hiểm, em chạy ra chỗ có người và gọi ngay 113. Muốn nói chuyện thì gọi 111, miễn phí, không cần nói tên.",
    enChild: "About tonight: do not go to that person's place and do not be alone with them. Stay near an adult you trust (a grandparent, aunt or uncle, a teacher). If you feel in danger, run to where there are people and call 113 now. To talk, call 111. It is free and you do not need to give your name.",
  },
  comesForChild: {
    vi: "Về tối nay: người gây hại định tới đưa trẻ đi. Hãy giữ trẻ ở cạnh một người lớn an toàn, đừng mở cửa cho người đó và đừng để trẻ đi theo người đó. Nếu người đó tới, gọi ngay 113; cần tư vấn, gọi 111 (miễn phí, 24/7).",
    en: "About tonight: the person who harms the child means to come and take them. Keep the child with a safe adult, do not open the door to that person and do not let the child go with them. If the person comes, call 113 at once; for advice, call 111 (free, 24/7).",
    viChild: "Về tối nay: em hãy ở cạnh một người lớn em tin (ông bà, cô chú, thầy cô), đừng mở cửa cho người đó và đừng đi theo người đó. Nếu người đó tới, em nhờ người lớn gọi hoặc tự gọi ngay 113. Muốn nói chuyện thì gọi 111, miễn phí, không cần nói tên.",
    enChild: "About tonight: stay with an adult you trust (a grandparent, aunt or uncle, a teacher), do not open the door to that person and do not go with them. If that person comes, ask the adult to call 113 or call 113 yourself now. To talk, call 111. It is free and you do not need to give your name.",
  },
  /** "tôi không biết nữa, tôi sợ lắm", "giờ ở trường, chiều nay phải về nhà": not known typed at the danger question: one line of calm and safety. */
  dangerUnsure: {
    vi: "Không sao đâu, bạn không cần chắc chắn; bạn đã làm đúng khi báo tin. Nếu trẻ có thể gặp nguy hiểm, kể cả khi trẻ phải về lại với người gây hại hôm nay, hãy gọi 113 (công an) hoặc 111 (miễn phí, 24/7) trước khi trẻ về.",
    en: "It is all right not to be sure; you did the right thing by reporting. If the child may be in danger, including going back to the person who harms them today, call 113 (police) or 111 (free, 24/7) before the child goes back.",
    viChild: "Không sao đâu em, em đã làm đúng khi kể. Nếu em thấy không an toàn, kể cả khi phải về nhà hôm nay, em hãy tới người lớn em tin hoặc gọi 111 (miễn phí); nguy hiểm thì gọi 113.",
    enChild: "It is all right, you did the right thing by telling. If you do not feel safe, even about going home today, go to an adult you trust or call 111 (free); in danger, call 113.",
  },
  /** The same calm when nothing says the child goes back to the one who harms today: no "going back today" line (walk 52: 12, 20). */
  dangerUnsurePlain: {
    vi: "Không sao đâu, bạn không cần chắc chắn; bạn đã làm đúng khi báo tin. Nếu trẻ có thể gặp nguy hiểm, hãy gọi 113 (công an) hoặc 111 (miễn phí, 24/7).",
    en: "It is all right not to be sure; you did the right thing by reporting. If the child may be in danger, call 113 (police) or 111 (free, 24/7).",
    viChild: "Không sao đâu em, em đã làm đúng khi kể. Nếu em thấy không an toàn, em hãy tới người lớn em tin hoặc gọi 111 (miễn phí); nguy hiểm thì gọi 113.",
    enChild: "It is all right, you did the right thing by telling. If you do not feel safe, go to an adult you trust or call 111 (free); in danger, call 113.",
  },
  /**
   * Said mid-report: the person is at the door or coming in now ("nó đang đập cửa, cháu sợ quá", "he's breaking the door"): what to do this
   * minute (lock or block the door, get out to a neighbour or people, 113), before the question is asked again.
   */
  dangerArriving: {
    vi: "Nếu người gây hại đang tới chỗ trẻ ngay lúc này: GỌI NGAY 113 (công an). Nếu an toàn cho bạn, đưa trẻ ra khỏi đó, sang nhà hàng xóm hoặc chỗ đông người; đừng tự đối đầu với người đó. Gọi xong, nếu có thể, hãy trả lời tiếp.",
    en: "If the person is coming at the child right now: CALL 113 (police) NOW. If it is safe for you, get the child out to a neighbour or a place with people; do not confront the person yourself. Once you have called, keep answering if you can.",
    viChild: "Em khóa cửa lại hoặc chặn cửa bằng đồ nặng, tắt chuông điện thoại. Nếu ra được an toàn (cửa sau, cửa sổ tầng trệt), em chạy ngay sang nhà hàng xóm hoặc chỗ có người lớn và kêu to để họ giúp. Gọi ngay 113 (công an), miễn phí; nếu gọi sẽ bị nghe thấy, em nhắn cho một người lớn em tin gọi 113 giúp em. Em không có lỗi.",
    enChild: "Lock the door or block it with something heavy, and silence your phone. If you can get out safely (a back door, a ground-floor window), run to a neighbour or to adults nearby and shout for help. Call 113 (police) now, it is free; if a call would be heard, text an adult you trust to call 113 for you. It is not your fault.",
  },
  /** The story says the danger is now ("đang cầm dao đuổi chém"): the call, said without an "if". */
  emergencyTold: {
    vi: "Trẻ đang gặp nguy hiểm: GỌI NGAY 113 (công an), bị thương gọi 115 (cấp cứu); 111 (tổng đài bảo vệ trẻ em, miễn phí, 24/7). Đừng tự đối đầu với người gây hại. Gọi xong, nếu có thể, hãy trả lời tiếp để cán bộ nắm thông tin.",
    en: "A child is in danger: CALL 113 (police) NOW, and 115 (ambulance) if hurt; 111 (child protection hotline, free, 24/7). Do not confront the person yourself. Once you have called, if you can, keep answering so officers know what happened.",
    viChild: "Em hãy gọi ngay 113 (công an) hoặc 111. Em bị thương thì gọi 115. Gọi miễn phí. Nếu ra được an toàn, em tới chỗ có người lớn em tin. Nếu em đang trốn và gọi sẽ bị nghe thấy: em ở yên, tắt chuông điện thoại, nhắn ở đây và nhắn cho một người lớn em tin gọi 113 giúp em.",
    enChild: "Call 113 (police) or 111 now. If you are hurt, call 115. It is free. If you can get out safely, go to an adult you trust. If you are hiding and a call would be heard: stay where you are, silence your phone, write here and text an adult you trust to call 113 for you.",
  },
  /**
   * A child threatened with their own pictures unless they pay or send more (sextortion): what to do about the threat (do not pay,
   * do not send more, keep the messages, block once saved, a trusted adult, 111 with no name), not a hiding script.
   */
  /** Someone known only online asks the child to meet (C42): do not go, least of all alone; a trusted adult; keep the messages; 113 if forced. */
  emergencyOnlineMeet: {
    vi: "Đừng để trẻ đi gặp người chỉ quen qua mạng, nhất là đi một mình, tới nhà họ hay chỗ vắng, kể cả khi người đó bảo giữ bí mật. Hãy để trẻ kể ngay cho bố mẹ hoặc một người lớn tin cậy, giữ lại tin nhắn và tài khoản của người đó (chụp màn hình), và đừng gửi ảnh, địa chỉ hay thông tin riêng. Nếu bị ép, bị đe dọa hay có người đang chờ đưa trẻ đi, gọi ngay 113; cần tư vấn gọi 111 (miễn phí, 24/7).",
    en: "A child should not go to meet someone known only online, least of all alone, at their home or somewhere quiet, even if that person says to keep it secret. Have the child tell a parent or an adult they trust now, keep that person's messages and account (screenshots), and send no pictures, address or personal details. If there is pressure, a threat, or someone is waiting to take the child, call 113 now; for advice, call 111 (free, 24/7).",
    viChild: "Em đừng đi gặp người đó nhé, nhất là đi một mình hay tới nhà họ, kể cả khi họ bảo em giữ bí mật: người lớn tử tế không hẹn trẻ em như vậy. Em kể ngay cho bố mẹ hoặc một người lớn em tin, giữ lại tin nhắn (chụp màn hình), và đừng gửi ảnh hay địa chỉ nhà. Nếu bị ép hay bị đe dọa, gọi 113; muốn nói chuyện thì gọi 111, miễn phí.",
    enChild: "Please do not go to meet them, least of all alone or at their place, even if they tell you to keep it secret: safe adults do not ask children to meet like that. Tell your parents or an adult you trust now, keep the messages (screenshots), and do not send pictures or your address. If they pressure or threaten you, call 113; to talk, call 111. It is free.",
  },
  emergencySextortion: {
    vi: "Trẻ đang bị đe dọa tung ảnh, video. Đừng trả tiền và đừng để trẻ gửi thêm ảnh hay video; trả tiền thường khiến kẻ đó đòi thêm. Đừng xóa tin nhắn: chụp màn hình làm bằng chứng, lưu xong rồi mới chặn tài khoản đó. Gọi 111 (miễn phí, 24/7, không cần nói tên) để được hướng dẫn; nếu trẻ bị đe dọa an toàn ngay, gọi 113. Việc này không phải lỗi của trẻ. Sau đó, nếu có thể, hãy trả lời tiếp để cán bộ nắm thông tin.",
    en: "A child threatened with their pictures. Do not pay and do not let the child send more pictures or videos; paying usually brings more demands. Do not delete the messages: take screenshots as evidence, then block the account once they are saved. Call 111 (free, 24/7, no name needed) for help; if the child's safety is threatened right now, call 113. This is not the child's fault. Then, if you can, keep answering so officers know what happened.",
    viChild: "Em không có lỗi. Em đừng trả tiền và đừng gửi thêm ảnh hay video: trả rồi họ sẽ đòi thêm. Em đừng xóa tin nhắn, hãy chụp màn hình lại; lưu xong rồi mới chặn tài khoản đó. Em hãy kể cho một người lớn em tin (bố mẹ, thầy cô, người thân). Gọi 111 miễn phí, không cần nói tên; nếu họ dọa làm hại em ngay thì gọi 113.",
    enChild: "It is not your fault. Do not pay and do not send more pictures or videos: if you pay, they ask for more. Do not delete the messages: take screenshots, and block the account only after saving them. Tell an adult you trust (a parent, a teacher, a relative). Call 111: it is free and you do not need to give your name; if they threaten to hurt you now, call 113.",
  },
  /**
   * A little child ill or with a high fever and no adult caring for them (no one harming them now): a doctor first (115, the health
   * station) and an adult nearby; no hiding script, no "do not confront the person" (walk 49).
   */
  emergencySick: {
    vi: "Trẻ đang ốm, sốt cao mà không có người lớn chăm: GỌI NGAY 115 (cấp cứu) hoặc đưa trẻ tới trạm y tế, bệnh viện gần nhất; trẻ co giật, khó thở hay lả đi thì đừng chờ. Báo 111 (tổng đài bảo vệ trẻ em, miễn phí, 24/7) để trẻ có người chăm. Sau đó, nếu có thể, hãy trả lời tiếp để cán bộ nắm thông tin.",
    en: "A child who is ill or has a high fever and no adult caring for them: CALL 115 (ambulance) NOW or take the child to the nearest health station or hospital; if the child has a fit, struggles to breathe or goes limp, do not wait. Tell 111 (child protection hotline, free, 24/7) so the child has someone to care for them. Then, if you can, keep answering so officers know what happened.",
    viChild: "Em hãy chạy sang gọi ngay một người lớn ở gần (bác hàng xóm, người thân) tới xem em bé, hoặc gọi 115 (cấp cứu, miễn phí) và nói em bé đang sốt cao, nhà em ở đâu. Nếu em bé co giật, khó thở hay lả đi thì gọi 115 ngay. Gọi 111 miễn phí, không cần nói tên, để được chỉ cách chăm em bé.",
    enChild: "Run and get an adult nearby (a neighbour, a relative) to come and see the little one now, or call 115 (ambulance, free) and say the little one has a high fever and where you live. If the little one has a fit, struggles to breathe or goes limp, call 115 now. Call 111: it is free, you do not have to give your name, and they will tell you how to look after the little one.",
  },
  /** A child left without an adult, with a little brother or sister: go with the little one to a neighbour or a trusted adult now (no hiding script). */
  emergencyLeftWithSibling: {
    vi: "Trẻ bị bỏ ở nhà không có người lớn: hãy đưa các cháu tới nhà hàng xóm hoặc một người lớn tin cậy ngay, rồi gọi 113 hoặc 111 (miễn phí, 24/7). Sau đó, nếu có thể, hãy trả lời tiếp để cán bộ nắm thông tin.",
    en: "Children left at home without an adult: take them to a neighbour or a trusted adult now, then call 113 or 111 (free, 24/7). Then, if you can, keep answering so officers know what happened.",
    viChild: "Em hãy dắt em của em sang nhà hàng xóm hoặc tới một người lớn em tin ngay bây giờ (bác hàng xóm, cô giáo, người thân) và kể cho họ nghe, để họ gọi 113 hoặc 111 giúp em. Nếu không đi được, em gọi 111 hoặc 113, miễn phí, không cần nói tên. Em không có lỗi.",
    enChild: "Take your little brother or sister with you to a neighbour or another adult you trust right now (a neighbour, a teacher, a relative) and tell them, so they can call 113 or 111 for you. If you cannot go, call 111 or 113: it is free and you do not have to give your name. It is not your fault.",
  },
  /** Said after emergencyLeftWithSibling when the little one is ill (fever, not waking): the ambulance number. */
  littleOneIll: {
    vi: "Nếu em bé sốt cao, co giật, khó thở hay lả đi, gọi 115 (cấp cứu) ngay.",
    en: "If the little one has a high fever, a fit, trouble breathing or is very drowsy, call 115 (ambulance) now.",
    viChild: "Nếu em bé sốt cao, co giật, khó thở hay lả đi, em gọi 115 (cấp cứu) ngay nhé.",
    enChild: "If the little one has a high fever, a fit, trouble breathing or is very sleepy, call 115 (ambulance) now.",
  },
  /** A child telling of another child (a friend, a brother or sister) in danger: get a trusted adult to them; the writer is not told to hide. */
  emergencyForOther: {
    vi: "Em làm đúng khi kể ra. Nếu {who} đang gặp nguy hiểm ngay lúc này, em hãy báo ngay cho một người lớn em tin (bố mẹ, thầy cô) để họ gọi 113, hoặc em gọi 113. Gọi 111 miễn phí, không cần nói tên, để được chỉ cách giúp {who}.",
    en: "You did the right thing by telling. If {who} is in danger right now, tell an adult you trust (a parent, a teacher) now so they can call 113, or call 113 yourself. Call 111: it is free, you do not have to give your name, and they will tell you how to help {who}.",
  },
  /** A parent or another grown-up telling of a child who may take their life: what to do for the child now. */
  emergencySelfHarmOther: {
    vi: "Đừng để trẻ ở một mình lúc này: ở cạnh trẻ, cất xa dao, thuốc, dây và những thứ có thể gây hại; lắng nghe, đừng trách mắng. Nếu trẻ đã làm mình bị thương, đã uống thuốc, hoặc bạn không vào được chỗ trẻ: GỌI NGAY 115 (cấp cứu) hoặc 113. Cần tư vấn ngay: gọi 111 (miễn phí, 24/7).",
    en: "Do not leave the child alone right now: stay with them, put knives, pills, cords and anything that could hurt them out of reach; listen without blaming. If they have hurt themselves, taken pills, or you cannot get to them: CALL 115 (ambulance) or 113 NOW. For advice now: call 111 (free, 24/7).",
  },
  /** Small children left with no adult for days, told by a grown-up (walk 53): the numbers first, and what the writer can do; no one to confront. */
  emergencyChildrenAlone: {
    vi: "Trẻ nhỏ ở một mình, không có người lớn: GỌI NGAY 113 (công an) hoặc 111 (miễn phí, 24/7) để có người tới. Nếu bạn sang được: xem các bé có bị thương hay ốm không (ốm, sốt, khó thở thì gọi 115), cho các bé ăn uống, và ở cạnh các bé hoặc nhờ một người lớn tin cậy ở cạnh cho tới khi có người tới.",
    en: "Small children alone with no adult: CALL 113 (police) or 111 (free, 24/7) NOW so someone comes. If you can go over: check whether they are hurt or ill (if ill, feverish or struggling to breathe, call 115), give them food and water, and stay with them or have a trusted adult stay until help comes.",
  },
  /** A correction that itself tells a danger makes the report an emergency: said once, calmly. */
  risenByCorrection: {
    vi: "Với điều bạn vừa sửa, báo tin này được xem là khẩn cấp. Nếu trẻ đang gặp nguy hiểm lúc này, hãy gọi 113 (công an), bị thương gọi 115; 111 miễn phí, 24/7.",
    en: "With what you just corrected, this report is treated as an emergency. If the child is in danger right now, call 113 (police), or 115 if hurt; 111 is free, 24/7.",
    viChild: "Điều em vừa sửa cho thấy em có thể đang gặp nguy hiểm. Nguy hiểm ngay thì em gọi 113, bị thương thì gọi 115, hoặc tới chỗ có người lớn em tin. Gọi 111 miễn phí.",
    enChild: "What you just corrected tells me you may be in danger. If you are in danger now, call 113, or 115 if you are hurt, or go to an adult you trust. Call 111: it is free.",
  },
  /** The reporter has no phone and asks to be reached in this chat: taken, with no promise of a call. */
  chatContact: {
    vi: "Không có điện thoại cũng không sao. Mình đã ghi là bạn không có số và muốn liên lạc qua cuộc trò chuyện này; bạn có thể quay lại đây bất cứ lúc nào để kể thêm.",
    en: "Having no phone is fine. I noted that you have no number and want to be reached through this chat; you can come back here any time to add more.",
    viChild: "Không có điện thoại cũng không sao. Cô chú đã ghi là em muốn liên lạc qua đây. Em có thể quay lại đây bất cứ lúc nào để kể thêm.",
    enChild: "No phone is fine. I wrote down that you want to be reached here. You can come back here any time to tell more.",
  },
  /** The reporter already called 113 or the police: taken, and kept for officers. */
  calledAlready: {
    vi: "Bạn đã gọi rồi là đúng; mình đã ghi điều đó vào báo tin cho cán bộ.",
    en: "Calling was right; I noted it in the report for the officers.",
    viChild: "Em gọi rồi là đúng. Cô chú đã ghi lại.",
    enChild: "Calling was right. I wrote that down.",
  },
  /** The reporter called but nobody has come yet ("gọi 113 rồi mà chưa thấy ai tới"): what to do while waiting. */
  calledNobodyYet: {
    vi: "Bạn đã gọi là đúng; mình đã ghi vào báo tin. Nếu chưa thấy ai tới mà trẻ vẫn nguy hiểm, hãy gọi lại 113 và nói rõ địa chỉ, đường đến; trẻ bị thương thì gọi 115. Đừng tự đối đầu với người gây hại.",
    en: "Calling was right; I noted it in the report. If nobody has come and the child is still in danger, call 113 again and give the exact address and how to get there; for a hurt child call 115. Do not confront the person yourself.",
    viChild: "Em gọi rồi là đúng. Nếu chưa thấy ai tới mà em vẫn thấy nguy hiểm, em gọi lại 113 và nói rõ em đang ở đâu; bị thương thì gọi 115. Em tới chỗ có người lớn em tin nếu có thể.",
    enChild: "Calling was right. If nobody has come and you are still in danger, call 113 again and say exactly where you are; if you are hurt, call 115. Go to an adult you trust if you can.",
  },
  /** The reporter asked not to be named to the family or the child: taken, and kept for officers. */
  keptSecret: {
    vi: "Mình đã ghi lời dặn của bạn: cán bộ không cho ai biết bạn là người báo tin.",
    en: "Noted: officers will not tell anyone that you are the one who reported.",
    viChild: "Cô chú ghi rồi: không ai được biết là em đã kể.",
    enChild: "Noted: nobody will be told that you were the one who told.",
  },
  /** Heavy bleeding, fainting, not breathing told: what to do until 115 comes. */
  firstAid: {
    vi: "Máu chảy nhiều hoặc trẻ ngất: GỌI 115 NGAY. Trong lúc chờ, ép chặt lên vết thương bằng vải sạch và giữ nguyên, cho trẻ nằm yên, giữ ấm, không cho ăn uống.",
    en: "Heavy bleeding or the child has fainted: CALL 115 NOW. While you wait, press a clean cloth firmly on the wound and keep pressing, keep the child lying still and warm, give nothing to eat or drink.",
  },
  childFooter: { vi: "Gọi 111 bất cứ lúc nào. Miễn phí.", en: "Call 111 any time. It is free." },
  intro: {
    vi: "Cảm ơn bạn đã lên tiếng. Bạn hãy kể bằng lời của mình; sau đó chỉ cần trả lời thêm vài điều còn thiếu. Câu nào không muốn trả lời, gõ \"bỏ qua\". Gõ /cancel để dừng.",
    en: "Thank you for speaking up. Tell it in your own words; I will only ask what is missing. Type \"skip\" for any question you do not want to answer. /cancel stops.",
    viChild: "Em đã làm đúng khi kể ra. Em không có lỗi. Nếu em thấy không an toàn, hãy tới chỗ có người lớn em tin (thầy cô, người thân, hàng xóm) hoặc một nơi đông người. Gọi 111 miễn phí, không cần nói tên. Nguy hiểm ngay thì gọi 113.",
    enChild: "You did the right thing by telling me. It is not your fault. If you do not feel safe, go to an adult you trust (a teacher, a relative, a neighbour) or a place with people around. Call 111: it is free and you do not have to give your name. In danger now: call 113.",
  },
  /** A child telling of a friend or a sibling: what to do for them, and only a few questions about them. */
  introForOther: {
    vi: "Em làm đúng khi kể ra. Nếu {who} đang gặp nguy hiểm, em hãy báo ngay cho một người lớn em tin (bố mẹ, thầy cô) để họ đến với {who}. Gọi 111 miễn phí, không cần nói tên. Cô chú chỉ hỏi em vài câu ngắn về {who}; câu nào không biết, em gõ \"bỏ qua\".",
    en: "You did the right thing by telling. If {who} is in danger, tell an adult you trust (a parent, a teacher) now so they can go to {who}. Call 111: it is free and you do not have to give your name. I will only ask a few short questions about {who}; type \"skip\" for any you do not know.",
  },
  /** A child who told of a friend says it is them: thanked for saying so, and told it is not their fault (the safety advice was given). */
  itWasMe: {
    vi: "Cảm ơn bạn đã nói thật. Bạn không có lỗi gì cả.",
    en: "Thank you for telling me it is you. It is not your fault.",
    viChild: "Cảm ơn em đã nói thật với cô chú. Em không có lỗi gì cả. Nếu em thấy không an toàn, hãy tới chỗ có người lớn em tin hoặc một nơi đông người.",
    enChild: "Thank you for telling me it is you. It is not your fault. If you do not feel safe, go to an adult you trust or a place with people around.",
  },
  introAdvised: {
    vi: "Cảm ơn bạn. Mình chỉ hỏi thêm vài điều còn thiếu.",
    en: "Thank you. I will only ask a few things that are missing.",
    viChild: "Cảm ơn em. Cô chú chỉ hỏi em vài câu ngắn thôi. Câu nào không muốn trả lời, em gõ \"bỏ qua\" nhé.",
    enChild: "Thank you. I will only ask a few short questions. Type \"skip\" for any you do not want to answer.",
  },
  /** A child just given the danger advice (where to go, how to hide unheard): thanked, with no other advice that could contradict it (walk 53: "em ở yên" then "tới một nơi đông người"). */
  introAfterDanger: {
    vi: "Cảm ơn bạn đã kể. Mình chỉ hỏi thêm vài điều còn thiếu, rồi cho bạn xem lại trước khi gửi.",
    en: "Thank you for telling me. I only ask a few things it did not say, then show you everything before it is sent.",
    viChild: "Em đã làm đúng khi kể ra. Em không có lỗi. Cô chú chỉ hỏi em vài câu ngắn thôi; câu nào không muốn trả lời, em gõ \"bỏ qua\" nhé.",
    enChild: "You did the right thing by telling me. It is not your fault. I will only ask a few short questions; type \"skip\" for any you do not want to answer.",
  },
  introStory: {
    vi: "Cảm ơn bạn đã báo tin. Mình đã ghi lại câu chuyện và chỉ hỏi thêm vài điều còn thiếu, rồi cho bạn xem lại trước khi gửi cho cán bộ bảo vệ trẻ em. Câu nào không muốn trả lời, gõ \"bỏ qua\"; /cancel để dừng.",
    en: "Thank you for reporting this. I kept your story and will only ask a few things it did not say, then show you everything before it is sent to child-protection officers. Type \"skip\" for any question; /cancel stops.",
    viChild: "Em đã làm đúng khi kể ra. Em không có lỗi. Nếu em thấy không an toàn, hãy tới chỗ có người lớn em tin (thầy cô, người thân, hàng xóm) hoặc một nơi đông người. Gọi 111 miễn phí, không cần nói tên. Nguy hiểm ngay thì gọi 113.",
    enChild: "You did the right thing by telling me. It is not your fault. If you do not feel safe, go to an adult you trust (a teacher, a relative, a neighbour) or a place with people around. Call 111: it is free and you do not have to give your name. In danger now: call 113.",
  },
  /** The story was told at the first message and the report started without asking "do you want to report?". */
  introUnasked: {
    vi: "Cảm ơn bạn đã kể. Mình ghi lại để báo tin cho cán bộ bảo vệ trẻ em: chỉ hỏi thêm vài điều còn thiếu, rồi cho bạn xem lại; chỉ khi bạn chọn \"Gửi\" thì báo tin mới được gửi. Nếu bạn chỉ muốn hỏi, không muốn báo tin, gõ \"chỉ hỏi\".",
    en: "Thank you for telling me. I will write it up as a report for child-protection officers: I only ask a few things it did not say, then show you everything; nothing is sent until you choose \"Send\". If you only want to ask something, not report, type \"just asking\".",
    viChild: "Em đã làm đúng khi kể ra. Em không có lỗi. Nếu em thấy không an toàn, hãy tới chỗ có người lớn em tin (thầy cô, người thân, hàng xóm) hoặc một nơi đông người. Gọi 111 miễn phí, không cần nói tên. Nguy hiểm ngay thì gọi 113.",
    enChild: "You did the right thing by telling me. It is not your fault. If you do not feel safe, go to an adult you trust (a teacher, a relative, a neighbour) or a place with people around. Call 111: it is free and you do not have to give your name. In danger now: call 113.",
  },
  danger: {
    vi: "Có trẻ em nào đang gặp nguy hiểm ngay lúc này không?",
    en: "Is a child in danger right now?",
    viChild: "Ngay lúc này em có đang gặp nguy hiểm không?",
    enChild: "Are you in danger right now?",
  },
  reporter: {
    vi: "Bạn là ai đối với trẻ?",
    en: "Who are you to the child?",
  },
  what: {
    vi: "Chuyện gì đã xảy ra? Hãy kể bằng lời của bạn: ai, làm gì, ở đâu.",
    en: "What happened? Tell it in your own words: who, what, where.",
    viChild: "Chuyện gì xảy ra với em? Em kể đi.",
    enChild: "What happened to you? Tell me.",
  },
  whatThin: {
    vi: "Bạn đã kể: «{told}». Bạn kể thêm giúp: ai làm hại trẻ, và chuyện xảy ra thế nào? Không rõ thì gõ \"bỏ qua\".",
    en: "You told me: «{told}». Could you tell a little more: who is harming the child, and what happens? Type \"skip\" if you do not know.",
    viChild: "Em đã kể: «{told}». Em kể thêm cho cô chú nhé: ai làm em đau, chuyện xảy ra thế nào? Không muốn thì gõ \"bỏ qua\".",
    enChild: "You told me: «{told}». Can you tell me a bit more: who is hurting you, and what happens? Type \"skip\" if you do not want to.",
  },
  // A child neglected, no one named: officers need who looks after the child (walk 50).
  whatCarer: {
    vi: "Bạn đã kể: «{told}». Bạn kể thêm giúp: ai đang nuôi, trông trẻ, ai làm hại trẻ (nếu biết), và chuyện xảy ra thế nào? Không rõ thì gõ \"bỏ qua\".",
    en: "You told me: «{told}». Could you tell a little more: who looks after the child, who is harming them (if you know), and what happens? Type \"skip\" if you do not know.",
    viChild: "Em đã kể: «{told}». Em kể thêm cho cô chú nhé: ai đang nuôi, trông em, ai làm em đau, chuyện xảy ra thế nào? Không muốn thì gõ \"bỏ qua\".",
    enChild: "You told me: «{told}». Can you tell me a bit more: who looks after you, who is hurting you, and what happens? Type \"skip\" if you do not want to.",
  },
  whatHappened: {
    vi: "Bạn đã kể: «{told}». Chuyện gì đã xảy ra với trẻ? Bạn kể thêm giúp; không rõ thì gõ \"bỏ qua\".",
    en: "You told me: «{told}». What happened to the child? Could you tell a little more? Type \"skip\" if you do not know.",
    viChild: "Em đã kể: «{told}». Chuyện gì đã xảy ra với em? Em kể thêm cho cô chú nhé; không muốn thì gõ \"bỏ qua\".",
    enChild: "You told me: «{told}». What happened to you? Can you tell me a bit more? Type \"skip\" if you do not want to.",
  },
  whatMore: {
    vi: "Bạn đã kể: «{told}». Muốn kể thêm thì gõ tiếp, hoặc gõ \"bỏ qua\".",
    en: "You told me: «{told}». Type more if you want, or \"skip\".",
    viChild: "Em đã kể: «{told}». Em muốn kể thêm không? Không thì gõ \"bỏ qua\".",
    enChild: "You said: «{told}». Anything more? If not, type \"skip\".",
  },
  /** The age, with the sex when the story does not say it (one question, one message). */
  ageSex: {
    vi: "Trẻ khoảng bao nhiêu tuổi, là bé trai hay bé gái? (ví dụ: \"bé gái, 8 tuổi\")",
    en: "About how old is the child, and is it a boy or a girl? (for example: \"a girl, 8\")",
    viChild: "Em bao nhiêu tuổi?",
    enChild: "How old are you?",
  },
  age: {
    vi: "Trẻ khoảng bao nhiêu tuổi?",
    en: "About how old is the child?",
    viChild: "Em bao nhiêu tuổi?",
    enChild: "How old are you?",
  },
  where: {
    vi: "Việc này xảy ra ở đâu? Xin ghi xã/phường và tỉnh/thành phố (tên cũ hay tên mới đều được).",
    en: "Where did this happen? The commune or ward, and the province or city (old or new name).",
    viChild: "Em đang ở tỉnh, thành phố nào? Xã hay phường nào, nếu em biết?",
    enChild: "Which province or city are you in? And which commune or ward, if you know?",
  },
  whereProvince: {
    vi: "Xã/phường đó thuộc tỉnh, thành phố nào?",
    en: "Which province or city is that commune in?",
    viChild: "Chỗ đó ở tỉnh, thành phố nào?",
    enChild: "Which province or city is that in?",
  },
  /** The story named a province only as where the child was taken: offered to confirm, not asked from scratch (walk 48). */
  wherePlaceGuess: {
    vi: "Bạn có nhắc tới {place}: trẻ hiện đang ở đó phải không? Nếu không, xin ghi xã/phường và tỉnh/thành phố nơi trẻ đang ở.",
    en: "You mentioned {place}: is the child there now? If not, type the commune or ward and the province or city where the child is.",
    viChild: "Em có nhắc tới {place}: có phải đang ở đó không? Nếu không, em ghi tỉnh, thành phố nhé.",
    enChild: "You mentioned {place}: is that where the child is now? If not, type the province or city.",
  },
  /** The place as the guess names it: an old name with today's province beside it. */
  placeGuessFormer: { vi: "{said} (nay thuộc {name})", en: "{said} (now part of {name})" },
  provinceUnknown: {
    vi: "Mình chưa nhận ra tên tỉnh, nhưng đã ghi lại đúng như bạn viết.",
    en: "I did not recognise the province, but I kept it as you wrote it.",
    viChild: "Đã ghi lại.",
    enChild: "Noted.",
  },
  commune: {
    vi: "Ở xã, phường hay thôn nào? (nếu biết)",
    en: "Which commune, ward or village? (if you know)",
    viChild: "Em ở xã/phường nào, hoặc gần trường/chợ nào?",
    enChild: "Which commune or ward are you in, or which school or market are you near?",
  },
  communeOfHamlet: {
    vi: "{Hamlet} thuộc xã hay phường nào? (nếu biết)",
    en: "Which commune or ward is {hamlet} in? (if you know)",
    viChild: "{Hamlet} thuộc xã hay phường nào? (nếu em biết)",
    enChild: "Which commune or ward is {hamlet} in? (if you know)",
  },
  when: {
    vi: "Việc này xảy ra khi nào? Lần gần nhất là khi nào?",
    en: "When did this happen? When was the last time?",
    viChild: "Lần gần nhất là khi nào?",
    enChild: "When was the last time?",
  },
  contact: {
    vi: "Cán bộ có thể liên lạc với bạn qua đâu? Gõ số điện thoại hoặc cách liên lạc, hoặc chọn \"Ẩn danh\".",
    en: "How can officers contact you? Type a phone number or other contact, or choose \"Anonymous\".",
    viChild: "Cô chú có thể liên lạc với em qua số điện thoại nào? Không muốn thì chọn \"Ẩn danh\".",
    enChild: "Which phone number can we contact you on? If you don't want to, choose \"Anonymous\".",
  },
  contactAgain: {
    vi: "Mình chưa thấy số điện thoại hay cách liên lạc trong tin vừa rồi; tin đó vẫn được giữ trong báo tin.",
    en: "I did not find a phone number or other contact in that message; it is kept with the report.",
    viChild: "Cô chú chưa thấy số điện thoại. Em gõ lại số, hoặc chọn \"Ẩn danh\".",
    enChild: "I did not see a phone number. Type it again, or choose \"Anonymous\".",
  },
  consent: {
    vi: "Bạn có đồng ý để cán bộ bảo vệ trẻ em liên lạc với bạn không?",
    en: "Do you agree that child-protection officers may contact you?",
    viChild: "Em có đồng ý để cô chú gọi lại cho em không?",
    enChild: "Do you agree that someone calls you back?",
  },
  /** The time officers have, never the rating behind it: reporters are not told internal ratings (walk 50). */
  deadlineEmergency: {
    vi: "Với tin như bạn đang kể, cán bộ được báo ngay và được nhắc lại mỗi {repeat} cho tới khi có người nhận; việc can thiệp phải có trong vòng {action}. Khi cần, cán bộ hoặc nơi được chuyển tới (UBND xã, công an) tới tận nơi để xác minh, và liên hệ với bạn nếu bạn để lại cách liên lạc.",
    en: "For a report like yours, officers are alerted at once and again every {repeat} until someone takes it; intervention is due within {action}. When needed, the officers or whoever it is referred to (the commune, the police) go there to check, and contact you if you left a way to reach you.",
  },
  deadlineHigh: {
    vi: "Với tin như bạn đang kể, cán bộ phải nhận xử lý trong vòng {ack} và đánh giá ban đầu trong vòng {action}. Khi cần, cán bộ hoặc nơi được chuyển tới (UBND xã, công an) tới tận nơi để xác minh, và liên hệ với bạn nếu bạn để lại cách liên lạc.",
    en: "For a report like yours, an officer must take it within {ack} and make a first assessment within {action}. When needed, the officers or whoever it is referred to (the commune, the police) go there to check, and contact you if you left a way to reach you.",
  },
  deadlineOther: {
    vi: "Với tin như bạn đang kể, cán bộ phải xem xét và chuyển tới nơi phụ trách trong vòng {action}. Khi cần, cán bộ hoặc nơi được chuyển tới (UBND xã, công an) tới tận nơi để xác minh, và liên hệ với bạn nếu bạn để lại cách liên lạc.",
    en: "For a report like yours, officers must review it and refer it within {action}. When needed, the officers or whoever it is referred to (the commune, the police) go there to check, and contact you if you left a way to reach you.",
  },
  consentMessages: {
    vi: "Bạn đã dặn đừng gọi: cán bộ chỉ nhắn tin cho bạn, không gọi. Bạn đồng ý chứ?",
    en: "You asked not to be called: officers will only send you messages, no calls. Is that all right?",
    viChild: "Em dặn đừng gọi: cô chú chỉ nhắn tin cho em, không gọi. Em đồng ý không?",
    enChild: "You asked us not to call: we will only send you messages, no calls. Is that OK?",
  },
  photoKept: {
    vi: "Đã lưu ảnh vào báo tin.",
    en: "The photo is kept with the report.",
    viChild: "Đã lưu lại.",
    enChild: "Saved.",
  },
  noted: {
    vi: "Cảm ơn, mình đã ghi thêm vào báo tin.",
    en: "Thank you, I added that to the report.",
    viChild: "Cảm ơn em, đã ghi lại.",
    enChild: "Thank you, I wrote that down.",
  },
  notedChoose: {
    vi: "Cảm ơn, mình đã ghi thêm vào báo tin. Để trả lời câu hỏi dưới đây, bạn bấm một nút (hoặc gõ \"bỏ qua\").",
    en: "Thank you, I added that to the report. To answer the question below, tap a button (or type \"skip\").",
    viChild: "Cảm ơn em, đã ghi lại. Em bấm một nút bên dưới để trả lời nhé, hoặc gõ \"bỏ qua\".",
    enChild: "Thank you, I wrote that down. Tap a button below to answer, or type \"skip\".",
  },
  dangerLeftUnknown: {
    vi: "Mình đã có câu chuyện này rồi. Mình ghi là chưa rõ trẻ có đang gặp nguy hiểm ngay lúc này hay không; nếu có, hãy gọi 113 (công an) hoặc 111 ngay.",
    en: "I already have that part of the story. I noted that it is not known whether the child is in danger right now; if they are, call 113 (police) or 111 now.",
    viChild: "Cô chú đã có chuyện này rồi. Nếu ngay lúc này em không an toàn, em gọi 111 (miễn phí) hoặc 113 nhé.",
    enChild: "I already have that. If you are not safe right now, call 111 (free) or 113.",
  },
  /** "who are you to the child?" asked once more, in other words, after words that name no choice (walk 47). */
  reporterAgain: {
    vi: "Mình chưa rõ bạn là ai đối với trẻ: người nhà, hàng xóm, thầy cô, bạn của trẻ, hay chính là trẻ? Bạn chọn một nút bên dưới, hoặc gõ \"bỏ qua\".",
    en: "I am not sure who you are to the child: family, a neighbour, a teacher, a friend of the child, or the child yourself? Choose a button below, or type \"skip\".",
    viChild: "Em là gì của bạn ấy: người nhà, hàng xóm, bạn, hay chính là em? Em chọn một nút bên dưới nhé, hoặc gõ \"bỏ qua\".",
    enChild: "Who are you to them: family, a neighbour, a friend, or is it you? Choose a button below, or type \"skip\".",
  },
  notAnswer: {
    vi: "Mình chưa chắc đó là câu trả lời; mình đã ghi lại tin của bạn. Bạn chọn một nút bên dưới, hoặc gõ \"bỏ qua\".",
    en: "I am not sure that answers the question; I kept your message. Choose a button below, or type \"skip\".",
    viChild: "Cô chú đã ghi lại. Em chọn một nút bên dưới nhé, hoặc gõ \"bỏ qua\".",
    enChild: "I wrote that down. Choose a button below, or type \"skip\".",
  },
  confirm: {
    vi: "Gửi cho cán bộ bảo vệ trẻ em? Nếu có gì chưa đúng, chọn \"Sửa\".",
    en: "Send it to child-protection officers? If anything is wrong, choose \"Edit\".",
    viChild: "Gửi cho cô chú nhé? Có gì chưa đúng thì chọn \"Sửa\".",
    enChild: "Send it? If something is wrong, choose \"Edit\".",
  },
  editPrompt: {
    vi: "Bạn gõ điều cần sửa, ví dụ: \"bé 10 tuổi\", \"ở xã Ea Súp, Đắk Lắk\", \"tôi là hàng xóm\", \"lần gần nhất là hôm qua\".",
    en: "Type what should change, for example: \"she is 10\", \"in Dak Lak\", \"I am a neighbour\", \"the last time was yesterday\".",
    viChild: "Em gõ điều cần sửa nhé. Ví dụ: \"em 12 tuổi\", \"em ở Huế\".",
    enChild: "Type what should change. For example: \"I am 12\", \"I live in Hue\".",
  },
  edited: {
    vi: "Đã sửa theo lời bạn.",
    en: "Changed as you said.",
    viChild: "Đã sửa rồi.",
    enChild: "Changed.",
  },
  /** Words at the summary's edit that name no field: which one to correct, as buttons. */
  fixWhich: {
    vi: "Nếu cần sửa một mục, bạn chọn mục đó bên dưới, hoặc gõ lại điều cần sửa (ví dụ: \"bé 10 tuổi\").",
    en: "If a detail should change, choose it below, or type the correction again (for example: \"she is 10\").",
    viChild: "Em muốn sửa điều nào? Em chọn một mục bên dưới nhé.",
    enChild: "What should change? Choose one below.",
  },
  fixDanger: { vi: "Ngay lúc này trẻ có đang gặp nguy hiểm không?", en: "Is the child in danger right now?", viChild: "Ngay lúc này em có đang gặp nguy hiểm không?", enChild: "Are you in danger right now?" },
  dangerKeptYes: {
    vi: "Bạn đã trả lời là có trẻ đang gặp nguy hiểm ngay lúc này; chưa chắc thì mình vẫn giữ như vậy (nếu trẻ đã an toàn, bạn gõ \"không còn nguy hiểm\"). Lời bạn vừa gõ đã được ghi vào báo tin để cán bộ đọc.",
    en: "You answered that a child is in danger right now; while unsure, I kept that (if the child is safe now, type \"not in danger anymore\"). Your words were added to the report for officers to read.",
    viChild: "Em đã nói là em đang gặp nguy hiểm, nên cô chú vẫn giữ như vậy; lời em vừa gõ đã được ghi lại.",
    enChild: "You said you are in danger right now, so that stays; your words were added for officers to read.",
  },
  fixContact: {
    vi: "Cán bộ liên lạc với bạn qua đâu? Bạn gõ số điện thoại hoặc cách liên lạc (có thể dặn thêm, ví dụ: \"0912 345 678, chỉ nhắn tin\"), hoặc chọn \"Ẩn danh\" nếu không muốn cán bộ liên lạc.",
    en: "How can officers contact you? Type a phone number or another way (you may add a wish, for example: \"0912 345 678, text only\"), or choose \"Anonymous\" if you do not want to be contacted.",
    viChild: "Cô chú liên lạc với em qua số nào? Em gõ số, hoặc chọn \"Ẩn danh\" nếu không muốn.",
    enChild: "Which number can officers use to reach you? Type it, or choose \"Anonymous\" if you'd rather not.",
  },
  /** A change of the consent to be contacted, typed at the summary: what it is now. */
  consentNowYes: { vi: "Đã sửa theo lời bạn: cán bộ được liên lạc với bạn.", en: "Changed as you said: officers may contact you.", viChild: "Đã sửa rồi: cô chú được liên lạc với em.", enChild: "Changed: officers may contact you." },
  consentNowNo: { vi: "Đã sửa theo lời bạn: cán bộ sẽ không liên lạc với bạn.", en: "Changed as you said: officers will not contact you.", viChild: "Đã sửa rồi: cô chú sẽ không liên lạc với em.", enChild: "Changed: officers will not contact you." },
  fixAge: { vi: "Trẻ bao nhiêu tuổi? Bạn gõ tuổi đúng (ví dụ: 10).", en: "How old is the child? Type the right age (for example: 10).", viChild: "Em gõ tuổi đúng nhé (ví dụ: 12).", enChild: "Type the right age (for example: 12)." },
  fixChildren: { vi: "Có bao nhiêu trẻ bị hại? Bạn gõ số trẻ (ví dụ: 1).", en: "How many children are harmed? Type the number (for example: 1).", viChild: "Có mấy bạn bị như vậy? Em gõ số nhé (ví dụ: 1).", enChild: "How many children is it? Type the number (for example: 1)." },
  fixPlace: { vi: "Trẻ ở đâu? Bạn gõ xã/phường và tỉnh/thành phố đúng.", en: "Where is the child? Type the right commune or ward and province.", viChild: "Em gõ đúng xã/phường và tỉnh nhé.", enChild: "Type the right commune or ward and province." },
  fixHarmer: { vi: "Ai là người gây hại? Bạn gõ đúng người đó (ví dụ: \"chú ruột của bé\"), hoặc \"không rõ\".", en: "Who is causing the harm? Type who it is (for example: \"her uncle\"), or \"not sure\".", viChild: "Ai làm hại em? Em gõ người đó, hoặc \"không rõ\".", enChild: "Who is hurting you? Type who it is, or \"not sure\"." },
  fixWhen: { vi: "Việc này xảy ra khi nào? Lần gần nhất là khi nào? Bạn gõ đúng thời gian (ví dụ: \"tuần trước\").", en: "When did it happen, and when was the last time? Type the right time (for example: \"last week\").", viChild: "Việc đó xảy ra khi nào? Em gõ nhé (ví dụ: \"hôm qua\").", enChild: "When did it happen? Type it (for example: \"yesterday\")." },
  /** A part of a correction that was not applied, said so (walk 50: a time went silently to the notes). */
  editPartNoted: {
    vi: "Phần này mình chưa sửa được, đã ghi lại để cán bộ đọc: «{part}».",
    en: "I could not change this part; it is kept for officers to read: «{part}».",
    viChild: "Phần này cô chú chưa sửa được, nhưng đã ghi lại: «{part}».",
    enChild: "I could not change this part, but it is kept: «{part}».",
  },
  editNoted: {
    vi: "Mình chưa đọc ra được thông tin cần sửa, nên đã ghi nguyên lời bạn vào báo tin để cán bộ đọc.",
    en: "I could not read which detail to change, so I added your words to the report for officers to read.",
    viChild: "Cô chú đã ghi lại lời em.",
    enChild: "I wrote down what you said.",
  },
  /** Put before a side question the bot answered itself, in notes of drafts kept before such questions stopped being stored (case-builder still reads it). */
  answeredMark: {
    vi: "(Người báo hỏi, đã được trả lời tự động)",
    en: "(Reporter asked; answered automatically)",
  },
  /** A fact said again as the report holds it ("đúng rồi, bé 9 tuổi"). */
  keptAsIs: {
    vi: "Vâng, thông tin đó giữ nguyên như bạn nói.",
    en: "Yes, that detail is kept as it is.",
    viChild: "Ừ, cô chú giữ nguyên như em nói.",
    enChild: "Yes, that is kept as it is.",
  },
  editSame: {
    vi: "Tóm tắt đã ghi đúng như bạn nói; mình cũng ghi lời bạn vào báo tin.",
    en: "The summary already says so; I also added your words to the report.",
    viChild: "Cô chú đã ghi đúng như vậy rồi.",
    enChild: "That is already what I wrote.",
  },
  madeAnonymous: {
    vi: "Đã chuyển báo tin sang ẩn danh: số liên lạc của bạn đã được xóa khỏi báo tin.",
    en: "The report is now anonymous: your contact details were removed from it.",
    viChild: "Đã xóa số của em. Báo tin này giờ là ẩn danh.",
    enChild: "Your number is deleted. This report is now anonymous.",
  },
  /** A skip or "nothing more" typed at the summary: nothing is added; the summary waits for Send. */
  summaryWaits: {
    vi: "Không sao, bạn cứ thong thả. Báo tin vẫn ở đây, chưa gửi đi; khi sẵn sàng, bấm \"Gửi\", hoặc gõ điều cần sửa.",
    en: "No problem, take your time. The report waits here, not sent yet; when you are ready, press \"Send\", or type what should change.",
    viChild: "Không sao, em cứ từ từ. Tin của em vẫn ở đây, chưa gửi. Khi em sẵn sàng thì bấm \"Gửi\" nhé.",
    enChild: "That's okay, take your time. Your message waits here, not sent yet. Press \"Send\" when you are ready.",
  },
  summaryNothing: {
    vi: "Không có gì cần sửa thì bấm \"Gửi\" (hoặc gõ \"gửi\") để gửi cho cán bộ.",
    en: "If nothing needs changing, press \"Send\" (or type \"send\") to send it to the officers.",
    viChild: "Nếu đúng rồi thì em bấm \"Gửi\" nhé.",
    enChild: "If it is right, press \"Send\".",
  },
  /** The reporter says at the summary they will not report after all: what stays secret, and the choice. */
  withdraw: {
    vi: "Bạn vẫn có thể chọn. Người bị báo không được biết ai đã báo, và bạn có thể báo ẩn danh. Nếu trẻ có thể gặp nguy hiểm, gửi báo tin giúp cán bộ kịp bảo vệ trẻ; nếu không gửi, bạn vẫn có thể gọi 111 (miễn phí, 24/7). Gửi hay hủy?",
    en: "It is still your choice. The person reported is not told who reported, and you can stay anonymous. If the child may be in danger, sending it lets officers protect the child in time; if you do not send it, you can still call 111 (free, 24/7). Send or cancel?",
    viChild: "Em không có lỗi gì cả. Không ai được biết em đã kể. Nếu em gửi, cô chú sẽ tìm cách giúp. Nếu chưa muốn gửi, em vẫn có thể gọi 111 (miễn phí) bất cứ lúc nào. Em muốn gửi hay hủy?",
    enChild: "None of this is your fault. Nobody will be told you told us. If you send it, people who protect children will work out how to help. If you do not want to send it yet, you can call 111 (free) any time. Send or cancel?",
  },
  editOrCancel: {
    vi: "Bạn muốn sửa thông tin, hay hủy báo tin này?",
    en: "Do you want to edit something, or cancel this report?",
    viChild: "Em muốn sửa, hay thôi không gửi?",
    enChild: "Do you want to change something, or not send it?",
  },
  submitted: {
    vi: "Đã gửi. Mã báo tin của bạn: {code}\nHãy giữ mã này. Gõ /status {code} để xem tình trạng, hoặc gửi thêm thông tin bất cứ lúc nào.",
    en: "Sent. Your report code: {code}\nKeep it. Type /status {code} to see its status, or add information at any time.",
    viChild: "Đã gửi rồi. Mã của em: {code}\nEm nhớ mã này nhé.",
    enChild: "Sent. Your code: {code}\nKeep this code.",
  },
  /** Photos are offered to a grown-up only, as optional and never of the child's injuries (DESIGN "Reporter conversation"). */
  afterSubmit: {
    vi: "Nếu bạn có ảnh (chụp tin nhắn, nơi xảy ra) hoặc muốn kể thêm, bạn có thể gửi tại đây hoặc chọn \"Gửi thêm thông tin\"; việc này không bắt buộc. Đừng tự đặt mình vào nguy hiểm để chụp ảnh.",
    en: "If you have photos (of messages, of the place) or more to tell, you may send them here or choose \"Add information\"; this is optional. Never put yourself in danger to take a photo.",
    viChild: "Em muốn kể thêm thì cứ nhắn tiếp nhé. Gọi 111 bất cứ lúc nào, miễn phí.",
    enChild: "If you want to tell more, just write. Call 111 any time, it is free.",
  },
  /** A child's closing that already named 111: more may be told, and 111 is not said a second time (walk 49). */
  afterSubmitChild111Told: {
    vi: "Em muốn kể thêm thì cứ nhắn tiếp nhé.",
    en: "If you want to tell more, just write.",
  },
  /** After the code, when the closing also says not to send images of the child: more may be told, no photos asked for. */
  afterSubmitNoPhotos: {
    vi: "Nếu bạn muốn kể thêm, hãy nhắn ngay tại đây hoặc chọn \"Gửi thêm thông tin\".",
    en: "If you have more to tell, write it here or choose \"Add information\".",
  },
  /** A child with no way to be reached (anonymous, no number): no promise of help that cannot come; 111 is how to get it. */
  nextChildNoContact: {
    vi: "{told}. Cô chú chưa có cách liên lạc với em, nên em hãy gọi 111 (miễn phí, không cần nói tên) để có người giúp em. Trong lúc chờ, em hãy ở cạnh một người lớn em tin. Nguy hiểm ngay thì gọi 113.",
    en: "{told}. We have no way to reach you, so please call 111 (free, you don't have to give your name) to get help. Meanwhile, stay with an adult you trust. In danger now: call 113.",
  },
  nextChildSelfHarmNoContact: {
    vi: "{told}. Cô chú chưa có cách liên lạc với em, nên ngay bây giờ em hãy gọi 111 để có người nghe em (miễn phí, không cần nói tên). Em hãy ở cạnh một người lớn em tin và để thuốc, dao ra xa; nếu em đã làm mình bị thương, gọi ngay 115.",
    en: "{told}. We have no way to reach you, so right now please call 111 to talk to someone (free, you don't have to give your name). Stay with an adult you trust and put pills and knives away; if you have hurt yourself, call 115 now.",
  },
  nextEmergency: {
    vi: "Tiếp theo: cán bộ được báo ngay lập tức. Việc đang xảy ra hoặc sắp xảy ra (như tối nay) thì đừng chờ cán bộ: gọi 113 ngay. Theo Nghị định 56/2017/NĐ-CP (Điều 31), việc can thiệp chậm nhất là {due}, không quá 12 giờ.",
    en: "Next: officers are alerted at once. If it is happening now or about to happen (tonight, say), do not wait for them: call 113 now. Under Decree 56/2017/ND-CP (Art. 31), intervention is due at the latest by {due}, within 12 hours.",
  },
  /** No officers' alert channel configured: nobody is alerted at once; the report waits at the top of the queue, so danger now is 113/111's. */
  nextEmergencyQueued: {
    vi: "Tiếp theo: tin báo đã vào hàng đợi của cán bộ bảo vệ trẻ em, xếp đầu tiên vì khẩn cấp (hệ thống này chưa báo được ngay cho cán bộ). Việc đang xảy ra hoặc sắp xảy ra (như tối nay) thì đừng chờ: gọi ngay 113 (công an) hoặc 111. Theo Nghị định 56/2017/NĐ-CP (Điều 31), việc can thiệp chậm nhất là {due}, không quá 12 giờ.",
    en: "Next: your report is in the child-protection officers' queue, first in line as an emergency (this system cannot alert officers at once). If it is happening now or about to happen (tonight, say), do not wait: call 113 (police) or 111 now. Under Decree 56/2017/ND-CP (Art. 31), intervention is due at the latest by {due}, within 12 hours.",
  },
  deadlineEmergencyQueued: {
    vi: "Với tin như bạn đang kể, tin báo được xếp đầu hàng đợi của cán bộ (hệ thống này chưa báo được ngay cho cán bộ), nên nguy hiểm ngay thì gọi 113 hoặc 111; việc can thiệp phải có trong vòng {action}. Khi cần, cán bộ hoặc nơi được chuyển tới (UBND xã, công an) tới tận nơi để xác minh, và liên hệ với bạn nếu bạn để lại cách liên lạc.",
    en: "For a report like yours, it goes first in the officers' queue (this system cannot alert officers at once), so in danger now call 113 or 111; intervention is due within {action}. When needed, the officers or whoever it is referred to (the commune, the police) go there to check, and contact you if you left a way to reach you.",
  },
  /** Who heard the child, said as it is: alerted at once for an emergency, the message received otherwise (the queue's deadlines). */
  childToldNow: { vi: "Cô chú được báo ngay", en: "The people who protect children are told now" },
  childToldReceived: { vi: "Cô chú đã nhận được tin của em", en: "The people who protect children have your message" },
  nextChild: {
    vi: "{told} và sẽ tìm cách giúp em sớm. Trong lúc chờ, em hãy ở cạnh một người lớn em tin. Nguy hiểm ngay thì gọi 113; muốn nói chuyện thì gọi 111, miễn phí.",
    en: "{told} and will work out how to help you soon. While you wait, stay with an adult you trust. In danger now: call 113; to talk, call 111, it is free.",
  },
  /** A child telling of a friend or a sibling: help is for that child, not "em" (walk 43). */
  nextChildForOther: {
    vi: "{told} và sẽ tìm cách giúp {who} sớm. Trong lúc chờ, nếu được, em hãy kể với một người lớn em tin. {Who} gặp nguy hiểm ngay thì gọi 113; muốn nói chuyện thì gọi 111, miễn phí.",
    en: "{told} and will work out how to help {who} soon. While you wait, if you can, tell an adult you trust. If {who} is in danger now, call 113; to talk, call 111, it is free.",
  },
  /** A child telling of a friend who self-harms or wants to die: the self-harm advice, worded for the friend. */
  nextChildSelfHarmForOther: {
    vi: "{told} và sẽ tìm cách giúp {who} sớm. Ngay bây giờ, nếu được, em hãy kể với một người lớn em tin, và để thuốc, dao xa {who}. Gọi 111 để có người nghe, miễn phí; nếu {who} đã làm mình bị thương, gọi ngay 115.",
    en: "{told} and will work out how to help {who} soon. Right now, if you can, tell an adult you trust, and keep pills and knives away from {who}. Call 111 to talk to someone, it is free; if {who} is hurt, call 115 now.",
  },
  nextChildSelfHarm: {
    vi: "{told} và sẽ tìm cách giúp em sớm. Ngay bây giờ, em hãy ở cạnh một người lớn em tin và để thuốc, dao ra xa. Gọi 111 để có người nghe em, miễn phí; nếu em đã làm mình bị thương, gọi ngay 115.",
    en: "{told} and will work out how to help you soon. Right now, stay with an adult you trust and put pills and knives away. Call 111 to talk to someone, it is free; if you have hurt yourself, call 115 now.",
  },
  noChildImages: {
    vi: "Đừng gửi ảnh hay video nhạy cảm của trẻ ở đây hay bất cứ đâu: chỉ cần kể lại là đủ, cán bộ sẽ hướng dẫn cách giữ bằng chứng.",
    en: "Do not send sensitive images or videos of the child here or anywhere: telling what happened is enough, and officers will explain how to keep evidence.",
  },
  nextOther: {
    vi: "Tiếp theo: cán bộ tiếp nhận sẽ xem xét, đánh giá nguy cơ và chuyển tới cơ quan phụ trách (UBND xã, công an, y tế, tổng đài 111) trước {due}.",
    en: "Next: an intake officer reviews it, assesses the risk and refers it to the right agency (commune, police, health, hotline 111) by {due}.",
  },
  cancelled: {
    vi: "Đã dừng báo tin. Những gì bạn đã kể vẫn được giữ lại dưới dạng bản nháp chưa gửi, để cán bộ có thể xem nếu trẻ gặp nguy hiểm. Gõ /report để báo tin lại. Gọi 111 bất cứ lúc nào.",
    en: "Reporting stopped. What you told me is kept as an unsent draft, so officers can see it if a child is at risk. Type /report to start again. Call 111 any time.",
    viChild: "Đã dừng. Điều em kể vẫn được giữ lại. Em gọi 111 bất cứ lúc nào nhé.",
    enChild: "Stopped. What you told me is kept. Call 111 any time.",
  },
  skipped: { vi: "Đã bỏ qua.", en: "Skipped.", viChild: "Không sao.", enChild: "That's OK." },
  atStart: { vi: "Đây là câu hỏi đầu tiên.", en: "This is the first question." },
  summaryTitle: { vi: "TÓM TẮT BÁO TIN", en: "REPORT SUMMARY" },
  submitFailed: {
    vi: "Xin lỗi, chưa gửi được báo tin do lỗi hệ thống. Những gì bạn kể vẫn được lưu. Hãy thử gửi lại (chọn \"Gửi\"), hoặc gọi ngay 111.",
    en: "Sorry, the report could not be sent because of a system error. What you told me is kept. Try \"Send\" again, or call 111 now.",
  },
} satisfies Record<string, FlowText | { vi: string; en: string }>;

/** Button labels, by choice id. */
export const LABELS: Record<string, { vi: string; en: string }> = {
  yes: { vi: "Có", en: "Yes" },
  no: { vi: "Không", en: "No" },
  unknown: { vi: "Không rõ", en: "Not sure" },
  skip: { vi: "Bỏ qua", en: "Skip" },
  "fix:age": { vi: "Tuổi", en: "Age" },
  "fix:place": { vi: "Nơi ở", en: "Place" },
  "fix:harmer": { vi: "Người gây hại", en: "Who harms" },
  "fix:when": { vi: "Thời gian", en: "When" },
  "fix:danger": { vi: "Nguy hiểm ngay", en: "Danger now" },
  "fix:contact": { vi: "Liên lạc", en: "Contact" },
  "fix:children": { vi: "Số trẻ", en: "Number of children" },
  self: { vi: "Tôi là trẻ đó (em tự kể)", en: "I am the child" },
  family: { vi: "Gia đình, người thân", en: "Family" },
  neighbour: { vi: "Hàng xóm", en: "Neighbour" },
  teacher: { vi: "Thầy cô giáo", en: "Teacher" },
  other: { vi: "Người khác", en: "Someone else" },
  under_6: { vi: "Dưới 6 tuổi", en: "Under 6" },
  "6_11": { vi: "6-11 tuổi", en: "6-11" },
  "12_15": { vi: "12-15 tuổi", en: "12-15" },
  "16_17": { vi: "16-17 tuổi", en: "16-17" },
  male: { vi: "Bé trai", en: "Boy" },
  female: { vi: "Bé gái", en: "Girl" },
  now: { vi: "Đang xảy ra", en: "Happening now" },
  soon: { vi: "Sắp xảy ra (tối nay, ngày mai)", en: "About to happen (tonight, tomorrow)" },
  today: { vi: "Hôm nay", en: "Today" },
  this_week: { vi: "Mấy ngày gần đây", en: "In the last few days" },
  repeated: { vi: "Nhiều lần, vẫn tiếp diễn", en: "Again and again" },
  earlier: { vi: "Lâu hơn", en: "Earlier" },
  anonymous: { vi: "Ẩn danh", en: "Anonymous" },
  done: { vi: "Xong", en: "Done" },
  submit: { vi: "Gửi", en: "Send" },
  edit: { vi: "Sửa", en: "Edit" },
  back: { vi: "Sửa", en: "Edit" },
  cancel: { vi: "Hủy", en: "Cancel" },
};

/** Who harms the child, as the summary names them (the words of the story are shown beside). */
export const HARMER_LABELS: Record<string, { vi: string; en: string }> = {
  stepfather: { vi: "bố dượng", en: "stepfather" },
  stepmother: { vi: "mẹ kế", en: "stepmother" },
  father: { vi: "bố", en: "father" },
  mother: { vi: "mẹ", en: "mother" },
  parents: { vi: "bố mẹ", en: "parents" },
  grandparent: { vi: "ông bà", en: "grandparent" },
  sibling: { vi: "anh chị em", en: "sibling" },
  relative: { vi: "người thân", en: "relative" },
  teacher: { vi: "thầy cô", en: "teacher" },
  neighbour: { vi: "hàng xóm", en: "neighbour" },
  peer: { vi: "bạn bè", en: "other children" },
  employer: { vi: "chủ nơi làm việc", en: "employer" },
  online_contact: { vi: "người trên mạng", en: "someone online" },
  stranger: { vi: "người lạ", en: "a stranger" },
  partner: { vi: "người yêu", en: "partner" },
  other: { vi: "người khác", en: "someone else" },
  // Told at the summary's edit: nobody else, the child hurts themself (walk 37: said back as "self", shown as "người khác").
  self: { vi: "không ai, trẻ tự làm đau mình", en: "no one, the child hurts themself" },
};

/**
 * A child telling about another child (a friend, or their own brother or sister), not about themself:
 * the child register ("em", short, 111), but the questions about the child ask about that child
 * ({who}: "bạn ấy", "em trai em", "your sister"; {Who} at the start of a sentence).
 */
export const PEER: ReadonlyMap<FlowText, FlowText> = new Map<FlowText, FlowText>([
  [T.danger, { ...T.danger, viChild: "Ngay lúc này {who} có đang gặp nguy hiểm không?", enChild: "Is {who} in danger right now?" }],
  [T.what, { ...T.what, viChild: "Chuyện gì xảy ra với {who}? Em kể đi.", enChild: "What happened to {who}? Tell me." }],
  [T.age, { ...T.age, viChild: "{Who} bao nhiêu tuổi?", enChild: "How old is {who}?" }],
  [T.where, { ...T.where, viChild: "{Who} ở tỉnh, thành phố nào? Xã hay phường nào, nếu em biết?", enChild: "Which province or city does {who} live in? And which commune or ward, if you know?" }],
  [T.commune, { ...T.commune, viChild: "{Who} ở xã, phường nào? (nếu em biết)", enChild: "Which commune or ward does {who} live in? (if you know)" }],
  [T.editPrompt, { ...T.editPrompt, viChild: "Em gõ điều cần sửa nhé. Ví dụ: \"{who} 12 tuổi\", \"{who} ở Huế\".", enChild: "Type what should change. For example: \"{mine} is 12\", \"{mine} lives in Hue\"." }],
]);

/** How the questions name the other child, in each language ({who}; {mine} in the child's own words in English). */
const OTHER_CHILD: Readonly<Record<OtherChild, Record<Language, string>>> = {
  friend: { vi: "bạn ấy", en: "your friend" },
  younger_brother: { vi: "em trai em", en: "your brother" },
  younger_sister: { vi: "em gái em", en: "your sister" },
  younger_sibling: { vi: "em của em", en: "your brother or sister" },
  older_brother: { vi: "anh trai em", en: "your brother" },
  older_sister: { vi: "chị gái em", en: "your sister" },
  brother: { vi: "anh em của em", en: "your brother" },
  sister: { vi: "chị em của em", en: "your sister" },
};

/** The placeholders that name the other child: {who}, {Who} (capitalised) and {mine} ("my sister"). */
export function otherChildWords(other: OtherChild, lang: Language): Record<string, string> {
  const who = OTHER_CHILD[other][lang];
  return { who, Who: who.charAt(0).toUpperCase() + who.slice(1), mine: lang === "en" ? who.replace(/^your\b/, "my") : who };
}

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
