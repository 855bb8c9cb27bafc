/**
 * What the conversation core says outside the reporter flow, Vietnamese first and English
 * for users who chose it. Safety wording (111, 113, 115) lives here once so every channel
 * shows the same numbers the same way.
 */
import type { ChannelName, Choice, Language, Link, Reply } from "./conversation-types.ts";

type Bilingual = Record<Language, string>;

export const TEXT = {
  /** "ở tỉnh X thì cơ quan nào chịu trách nhiệm vụ này?" inside a report, when the plans do not say: where the report goes, said plainly. */
  agencyWhere: {
    vi: "Kế hoạch của {province} trong kho chưa nêu rõ cơ quan nào chủ trì việc này. Báo tin bạn gửi ở đây đến cán bộ bảo vệ trẻ em; họ đánh giá và chuyển tới cơ quan phụ trách ở địa phương: UBND xã/phường nơi trẻ sống, công an, y tế. Cần hỏi ngay thì gọi tổng đài 111 (miễn phí, 24/7).",
    en: "The plans held here for {province} do not say which body leads on this. Your report goes to child-protection officers, who assess it and refer it to the body in charge locally: the commune or ward People's Committee where the child lives, the police, health services. To ask now, call hotline 111 (free, 24/7).",
  },
  welcome: {
    vi: "Xin chào! Đây là trợ lý bảo vệ trẻ em. Bạn muốn làm gì? (bấm nút hoặc trả lời {numbers})\nEnglish: /lang en",
    en: "Hello! This is the child-protection assistant. What would you like to do? (tap a button or answer {numbers})",
  },
  /** A child's hello ("em chào cô chú ạ"): the child is told they may tell their story here, and how to get help at once. */
  childWelcome: {
    vi: "Chào em! Ở đây có cô chú lo cho trẻ em. Em cứ kể chuyện của em bằng lời của em, cô chú đọc hết. Nếu em đang gặp nguy hiểm, hãy tới chỗ người lớn em tin, hoặc gọi 111 (miễn phí, không cần nói tên) hay 113.",
    en: "Hi! The people here look after children. Tell me what is happening in your own words; everything you write is read. If you are in danger now, go to an adult you trust, or call 111 (free, no name needed) or 113.",
  },
  help: {
    vi: "Các lệnh: /ask hỏi về trách nhiệm các cơ quan · /report báo tin trẻ em bị xâm hại hoặc có nguy cơ · /status MÃ xem tình trạng báo tin · /lang vi|en đổi ngôn ngữ · /cancel dừng · /back quay lại. Khẩn cấp: gọi 113, 115 hoặc 111 (miễn phí, 24/7).",
    en: "Commands: /ask about agencies' responsibilities · /report a child abused or at risk · /status CODE check a report · /lang vi|en language · /cancel stop · /back go back. Emergency: call 113, 115 or 111 (free, 24/7).",
  },
  askAway: {
    vi: "Bạn cứ hỏi nhé. Tôi trả lời về trách nhiệm của các cơ quan trong kế hoạch bảo vệ trẻ em của tỉnh; nếu bạn muốn báo tin về một trẻ em gặp nguy hiểm, cứ kể, hoặc chọn \"Báo tin\". Khẩn cấp: gọi 113 hoặc 111 (miễn phí).",
    en: "Go ahead and ask. I answer questions about agencies' duties under the provinces' child-protection plans; if you want to report a child at risk, just tell me, or choose \"Report\". Emergency: call 113 or 111 (free).",
  },
  askPrompt: {
    vi: "Mời bạn đặt câu hỏi về trách nhiệm của các cơ quan trong kế hoạch bảo vệ trẻ em của tỉnh. Ví dụ: \"Cơ quan nào chủ trì phòng chống xâm hại trẻ em ở Gia Lai?\"",
    en: "Ask about agencies' duties under the provinces' child-protection plans. For example: \"Which agency leads child abuse prevention in Gia Lai?\"",
  },
  call111: {
    vi: "Tổng đài quốc gia bảo vệ trẻ em 111: miễn phí, 24/7, trên cả nước. Nếu trẻ đang nguy hiểm: gọi 113 (công an) hoặc 115 (cấp cứu) ngay.",
    en: "National child protection hotline 111: free, 24/7, nationwide. If a child is in danger now: call 113 (police) or 115 (ambulance).",
  },
  safety: {
    vi: "⚠️ Nếu trẻ đang gặp nguy hiểm, hãy GỌI NGAY 113 (công an) hoặc 115 (cấp cứu), và 111 (tổng đài bảo vệ trẻ em, miễn phí, 24/7). Nếu bạn là trẻ em: hãy tới chỗ có người lớn bạn tin tưởng. Sau đó, nếu có thể, hãy kể cho tôi để cán bộ hỗ trợ.",
    en: "⚠️ If a child is in danger, CALL 113 (police) or 115 (ambulance) NOW, and 111 (child protection hotline, free, 24/7). If you are a child: go to an adult you trust. Then, if you can, tell me so officers can help.",
  },
  /** The same to a writer who said they are a grown-up (a parent, a relative, a teacher, a neighbour): no line for a child (walk 53). */
  safetyAdult: {
    vi: "⚠️ Nếu trẻ đang gặp nguy hiểm, hãy GỌI NGAY 113 (công an) hoặc 115 (cấp cứu), và 111 (tổng đài bảo vệ trẻ em, miễn phí, 24/7). Đừng tự đối đầu với người gây hại; nếu được, giữ trẻ ở cạnh bạn hoặc một người lớn tin cậy. Sau đó, nếu có thể, hãy kể cho tôi để cán bộ hỗ trợ.",
    en: "⚠️ If a child is in danger, CALL 113 (police) or 115 (ambulance) NOW, and 111 (child protection hotline, free, 24/7). Do not confront the person yourself; if you can, keep the child with you or another trusted adult. Then, if you can, tell me so officers can help.",
  },
  offerAgain: {
    vi: "Tôi đã ghi thêm vào câu chuyện. Bạn muốn báo tin để cán bộ bảo vệ trẻ em xử lý không?",
    en: "I added that to your story. Do you want to report it so child-protection officers can act?",
  },
  offerAgainChild: {
    vi: "Cô chú ghi thêm rồi. Em có muốn báo tin để cô chú giúp em không?",
    en: "I added that. Do you want to report it so people can help you?",
  },
  selfHarm: {
    vi: "Cảm ơn bạn đã nói ra. Bạn không phải chịu chuyện này một mình. Nếu bạn đang nghĩ tới việc làm đau mình hay không muốn sống nữa, hãy ở cạnh một người bạn tin ngay lúc này và để xa dao, thuốc hay những thứ có thể gây hại. Gọi 111 (miễn phí, 24/7, không cần nói tên) để có người nghe bạn; nếu đã bị thương hoặc thấy không giữ được an toàn, gọi ngay 115.",
    en: "Thank you for telling me. You do not have to carry this alone. If you are thinking of hurting yourself or do not want to live, stay with someone you trust right now and keep knives, pills or anything that could hurt you away. Call 111 (free, 24/7, no name needed) to talk to someone; if you are hurt or cannot keep yourself safe, call 115 now.",
  },
  selfHarmChild: {
    vi: "Cảm ơn em đã nói ra. Em không có lỗi và em không phải chịu một mình. Ngay bây giờ, em hãy tới cạnh một người lớn em tin (bố mẹ, thầy cô, người thân) và để dao, thuốc hay những thứ có thể làm em đau ra xa. Gọi 111 (miễn phí, 24/7, không cần nói tên) để có người nghe em. Nếu em sắp làm mình bị thương hoặc thấy không giữ được an toàn, gọi ngay 113; đã bị thương thì gọi 115.",
    en: "Thank you for telling me. It is not your fault and you do not have to carry this alone. Right now, go to an adult you trust (a parent, a teacher, a relative) and put knives, pills or anything that could hurt you away. Call 111 (free, 24/7, you do not have to give your name) and someone will listen. If you are about to hurt yourself or cannot keep yourself safe, call 113 now; if you are already hurt, call 115.",
  },
  /** Someone else's child or a friend may take their life: what to do now (the writer is a grown-up). */
  otherSelfHarm: {
    vi: "Cảm ơn bạn đã báo. Nếu trẻ đang có ý định hoặc đang làm hại bản thân, hãy gọi ngay 115 (cấp cứu) hoặc 113. Đừng để trẻ ở một mình lúc này; cất xa thuốc, dao, dây và những thứ có thể gây hại. Hãy lắng nghe trẻ, đừng trách mắng. Cần tư vấn ngay: gọi 111 (miễn phí, 24/7).",
    en: "Thank you for telling me. If the child means to harm themselves or is doing it now, call 115 (ambulance) or 113 at once. Do not leave the child alone right now; put medicines, knives, cords and anything that could hurt them out of reach. Listen without blaming. For advice now, call 111 (free, 24/7).",
  },
  otherSelfHarmUrgent: {
    vi: "⚠️ Nếu trẻ đã uống thuốc, đã làm mình bị thương hoặc đang ở chỗ nguy hiểm: GỌI NGAY 115 (cấp cứu) hoặc 113, và báo ngay cho người lớn ở gần trẻ.",
    en: "⚠️ If the child has taken pills, has hurt themselves or is somewhere dangerous: CALL 115 (ambulance) or 113 NOW, and tell an adult who is near them.",
  },
  otherSelfHarmUrgentChild: {
    vi: "⚠️ Nếu bạn ấy đã uống thuốc, đã làm mình bị thương hoặc đang ở chỗ nguy hiểm: gọi ngay 115 (cấp cứu) hoặc 113, và báo ngay cho một người lớn.",
    en: "⚠️ If your friend has taken pills, has hurt themselves or is somewhere dangerous: call 115 (ambulance) or 113 now, and tell an adult right away.",
  },
  /** A child telling of a friend who may take their life: get an adult to the friend. */
  friendSelfHarmChild: {
    vi: "Cảm ơn em đã kể, em làm đúng rồi. Nếu bạn ấy đang muốn làm hại bản thân, em hãy báo ngay cho một người lớn (bố mẹ em, bố mẹ bạn ấy, thầy cô) để họ đến với bạn ấy, hoặc gọi 115. Em không phải tự xử lý một mình. Gọi 111 để được tư vấn, miễn phí.",
    en: "Thank you for telling me, you did the right thing. If your friend wants to hurt themselves, tell an adult now (your parents, their parents, a teacher) so someone can go to them, or call 115. You do not have to handle this alone. Call 111 for advice. It is free.",
  },
  safetyChild: {
    vi: "⚠️ Em hãy gọi ngay 113 (công an) hoặc 111 (miễn phí, không cần nói tên); bị thương thì gọi 115. Nếu ra được an toàn, em tới chỗ có người lớn em tin hoặc chỗ đông người. Nếu em đang trốn và gọi sẽ bị nghe thấy: em ở yên, khóa cửa nếu được, tắt chuông điện thoại, nhắn ở đây và nhắn cho một người lớn em tin gọi 113 giúp em.",
    en: "⚠️ Call 113 (police) or 111 (free, you do not have to give your name) now; if you are hurt, call 115. If you can get out safely, go to an adult you trust or a place with people around. If you are hiding and a call would be heard: stay where you are, lock the door if you can, silence your phone, write here and text an adult you trust to call 113 for you.",
  },
  /** A child telling of a friend or a sibling in danger: get a trusted adult to them (the writer is not told to hide). */
  safetyFriendChild: {
    vi: "⚠️ Nếu bạn ấy đang gặp nguy hiểm ngay lúc này, em hãy báo ngay cho một người lớn em tin (bố mẹ, thầy cô) để họ gọi 113, hoặc em gọi 113. Gọi 111 miễn phí, không cần nói tên, để được chỉ cách giúp bạn.",
    en: "⚠️ If your friend is in danger right now, tell an adult you trust (a parent, a teacher) now so they can call 113, or call 113 yourself. Call 111: it is free, you do not have to give your name, and they will tell you how to help.",
  },
  statusTooManyTries: {
    vi: "Bạn đã thử nhiều mã không đúng. Xin thử lại sau vài phút, hoặc gọi 111 (miễn phí) để hỏi về báo tin của bạn.",
    en: "You have tried several codes that are not right. Please try again in a few minutes, or call 111 (free) to ask about your report.",
  },
  keptSlowDown: {
    vi: "Đã nhận và thêm vào báo tin {code}. Bạn gửi chậm lại giúp mình nhé. Nếu trẻ đang nguy hiểm, gọi ngay 111 hoặc 113.",
    en: "Received and added to report {code}. Please send a little more slowly. If a child is in danger, call 111 or 113 now.",
  },
  slowDown: {
    vi: "Bạn đang gửi tin quá nhanh. Xin chờ một chút rồi gửi lại; tin gửi trong lúc này có thể chưa được trả lời. Nếu trẻ đang nguy hiểm, gọi ngay 111 hoặc 113.",
    en: "You are sending messages too fast. Please wait a moment and send again; messages in the meantime may not be answered. If a child is in danger, call 111 or 113 now.",
  },
  textOnly: {
    vi: "Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi hoặc gõ /report để báo tin. Cần giúp ngay: gọi 111 (miễn phí, 24/7).",
    en: "I can only read text. Type a question, or /report to report. Need help now: call 111 (free, 24/7).",
  },
  voiceInReport: {
    vi: "Tôi đã giữ tin nhắn thoại cùng báo tin để cán bộ nghe, nhưng tôi không nghe được. Nếu có thể, hãy gõ chữ.",
    en: "I kept the voice message with the report for officers, but I cannot listen to it. If you can, please type.",
  },
  stickerInReport: { vi: "Tôi không đọc được nhãn dán.", en: "I cannot read stickers." },
  /** An emoji or a sticker alone after a report ("👍"): received, and the case's choices. */
  receivedAfterCase: {
    vi: "Đã nhận. Báo tin {code} đã được gửi cho cán bộ. Muốn kể thêm thì cứ nhắn; nguy hiểm ngay thì gọi 113, cần nói chuyện gọi 111 (miễn phí).",
    en: "Got it. Report {code} has been sent to officers. To add anything, just write; in danger now call 113, to talk call 111 (free).",
  },
  empty: {
    vi: "Tôi chưa nhận được nội dung nào. Hãy chọn một mục dưới đây hoặc gõ câu hỏi.",
    en: "I did not receive any text. Choose below or type a question.",
  },
  truncated: {
    vi: "Tin nhắn rất dài; tôi chỉ xét phần đầu để trả lời.",
    en: "Your message is very long; I only read the beginning to answer.",
  },
  editedInReport: {
    vi: "Tôi đã ghi nhận nội dung bạn sửa vào báo tin.",
    en: "I added your edited message to the report.",
  },
  apology: {
    vi: "Xin lỗi, hệ thống đang gặp sự cố. Hãy thử lại sau ít phút. Nếu trẻ đang gặp nguy hiểm, gọi ngay 111 (miễn phí, 24/7) hoặc 113.",
    en: "Sorry, something went wrong. Please try again in a few minutes. If a child is in danger, call 111 (free, 24/7) or 113 now.",
  },
  cancelledNothing: { vi: "Đã dừng. Bạn muốn làm gì tiếp?", en: "Stopped. What next?" },
  langChoose: { vi: "Chọn ngôn ngữ / Choose a language:", en: "Choose a language / Chọn ngôn ngữ:" },
  langSet: { vi: "Đã chuyển sang tiếng Việt.", en: "Language set to English." },
  statusAsk: {
    vi: "Hãy gửi mã báo tin của bạn (ví dụ: /status AB12CD).",
    en: "Send your report code (for example: /status AB12CD).",
  },
  statusNotFound: {
    vi: "Không tìm thấy báo tin với mã này từ cuộc trò chuyện này. Hãy kiểm tra lại mã. Cần giúp ngay: gọi 111.",
    en: "No report with this code was found from this chat. Please check the code. Need help now: call 111.",
  },
  statusFound: {
    vi: "Báo tin {code}: {status}. Cập nhật lúc {updated}.",
    en: "Report {code}: {status}. Updated {updated}.",
  },
  addInfoPrompt: {
    vi: "Hãy gõ thông tin bổ sung cho báo tin {code} (hoặc gửi ảnh). Gõ /cancel để thôi.",
    en: "Type the additional information for report {code} (or send photos). /cancel to stop.",
  },
  addInfoPromptChild: {
    vi: "Em muốn kể thêm gì cho báo tin {code} thì gõ vào đây nhé. Gõ /cancel để thôi. Gọi 111 bất cứ lúc nào, miễn phí.",
    en: "Type what else you want to tell for report {code}. /cancel to stop. Call 111 any time, it is free.",
  },
  /** "cho hỏi báo tin ở đây được không": yes, before the report starts. */
  reportHere: {
    vi: "Được, bạn báo tin ngay tại đây.",
    en: "Yes, you can report it here.",
  },
  addedAfterReport: {
    vi: "Đã thêm vào báo tin {code} vừa gửi, cán bộ sẽ đọc cùng. Nếu đây là một việc khác, chọn \"Việc khác: báo tin mới\".",
    en: "Added to report {code} you just sent; officers will read it with it. If this is about something else, choose \"Something else: new report\".",
  },
  addedEmergency: {
    vi: "Đã thêm vào báo tin {code}. Vì trẻ đang gặp nguy hiểm, báo tin đã được chuyển sang KHẨN CẤP và cán bộ được báo ngay. Nếu đây là một việc khác, chọn \"Việc khác: báo tin mới\".",
    en: "Added to report {code}. Because a child is in danger now, the report is now an EMERGENCY and officers are alerted at once. If this is about something else, choose \"Something else: new report\".",
  },
  whichCase: {
    vi: "Tin này có vẻ nói về một trẻ khác hoặc một việc khác với báo tin {code}. Nếu vẫn là việc đó, chọn \"Thêm vào vụ việc {code}\"; nếu là việc khác, chọn \"Báo tin mới\" để cán bộ xử lý riêng.",
    en: "This seems to be about another child or another matter than report {code}. If it is the same matter, choose \"Add to case {code}\"; if not, choose \"New report\" so officers handle it separately.",
  },
  addedOtherChild: {
    vi: "Đã thêm tin này vào báo tin {code} để cán bộ đọc ngay. Tin có vẻ nói về một trẻ khác: nếu đúng vậy, chọn \"Báo tin mới\" để báo riêng về trẻ đó (những gì bạn vừa viết được giữ làm lời kể), cán bộ sẽ xử lý riêng.",
    en: "Added this to report {code} so officers read it now. It seems to be about another child: if so, choose \"New report\" to report that child separately (what you just wrote is kept as the story), and officers will handle it separately.",
  },
  addedOtherChildChild: {
    vi: "Cô chú đã thêm điều em vừa kể vào báo tin {code} và sẽ đọc ngay. Nếu em kể về một bạn khác, em chọn \"Báo tin mới\" để báo riêng về bạn ấy.",
    en: "I added what you just told me to report {code}, and the people who protect children will read it now. If it is about someone else, choose \"New report\" to tell about them separately.",
  },
  heldKept: {
    vi: "Tin bạn gửi trước đó đã được thêm vào báo tin {code} để cán bộ đọc. Nếu đó là việc khác, bạn có thể báo tin mới bất cứ lúc nào.",
    en: "Your earlier message was added to report {code} for officers to read. If it was about something else, you can make a new report at any time.",
  },
  whichCaseChild: {
    vi: "Em đang kể về một bạn khác hay một chuyện khác với báo tin {code} phải không? Nếu vẫn là chuyện đó, em chọn \"Thêm vào vụ việc {code}\"; nếu là chuyện khác, em chọn \"Báo tin mới\".",
    en: "Are you telling about someone else or another matter than report {code}? If it is the same, choose \"Add to case {code}\"; if not, choose \"New report\".",
  },
  addInfoEmergency: {
    vi: "Đã thêm thông tin vào báo tin {code}. Vì trẻ đang gặp nguy hiểm, báo tin đã được chuyển sang KHẨN CẤP và cán bộ được báo ngay.",
    en: "Added to report {code}. Because a child is in danger now, the report is now an EMERGENCY and officers are alerted at once.",
  },
  addInfoDone: {
    vi: "Đã thêm thông tin vào báo tin {code}. Cảm ơn bạn. Cán bộ sẽ xem.",
    en: "Added to report {code}. Thank you. Officers will see it.",
  },
  addInfoClosed: {
    vi: "Báo tin {code} đã đóng nên không thêm được. Nếu có việc mới, hãy gõ /report để báo tin mới, hoặc gọi 111.",
    en: "Report {code} is closed, so nothing can be added. For something new, type /report, or call 111.",
  },
  reportStarted: {
    vi: "Vâng, mình đang ghi lại báo tin của bạn.",
    en: "Yes, I am writing up your report.",
  },
  reportWaits: {
    vi: "Được, bạn cứ suy nghĩ: chưa có gì được gửi. Khi nào sẵn sàng, bạn nhắn tiếp ở đây, mình hỏi tiếp từ chỗ đang dừng; gõ /cancel nếu không muốn báo nữa. Nếu trẻ đang gặp nguy hiểm, gọi ngay 113.",
    en: "All right, take your time: nothing has been sent. When you are ready, write here and I will go on from where we stopped; type /cancel if you no longer want to report. If the child is in danger, call 113 now.",
  },
  notReported: {
    vi: "Được, mình không báo tin, không gửi gì cho cán bộ. Câu chuyện bạn kể vẫn được giữ trong cuộc trò chuyện này: khi nào muốn báo, bạn chỉ cần nói \"tôi muốn báo tin\". Giờ bạn muốn hỏi gì? Mình trả lời về trách nhiệm của các cơ quan trong kế hoạch bảo vệ trẻ em của tỉnh; cần tư vấn ngay thì gọi 111 (miễn phí, 24/7).",
    en: "All right: no report, nothing is sent to officers. What you told me stays in this chat: whenever you want to report it, just say \"I want to report\". What would you like to ask? I answer questions about agencies' duties under the provinces' child-protection plans; for advice now, call 111 (free, 24/7).",
  },
  reportInProgress: {
    vi: "Bạn đang báo tin dở. Gõ /cancel để dừng, /back để quay lại.",
    en: "You are in the middle of a report. /cancel stops, /back goes back.",
  },
  askOrReport: {
    vi: "Bạn muốn hỏi về kế hoạch bảo vệ trẻ em, hay báo tin về một trẻ em đang gặp chuyện?",
    en: "Do you want to ask about the child-protection plans, or report a child in trouble?",
  },
  inviteChild: {
    vi: "Cô chú ở đây và sẵn sàng nghe em. Em không có lỗi gì cả. Em cứ kể chuyện gì đã xảy ra, bằng lời của em, ngắn cũng được. Nếu em đang gặp nguy hiểm, gọi ngay 113; gọi 111 thì miễn phí và không cần nói tên.",
    en: "I am here and ready to listen. None of this is your fault. Tell me what happened, in your own words; short is fine. If you are in danger now, call 113; 111 is free and you do not have to give your name.",
  },
  /** "cho mình hỏi chút", "can I ask you something": the question or the story is invited, with no menu. */
  goOn: {
    vi: "Bạn cứ hỏi hoặc kể, mình đọc hết rồi trả lời. Nếu có trẻ đang gặp nguy hiểm, gọi ngay 113; tổng đài 111 miễn phí, 24/7.",
    en: "Go ahead, ask or tell me what happened; I will read it all and answer. If a child is in danger now, call 113; the 111 hotline is free, 24/7.",
  },
  inviteAdult: {
    vi: "Bạn cứ kể chuyện gì đã xảy ra với trẻ, bằng lời của bạn: ai, làm gì, ở đâu. Những gì bạn kể được giữ bí mật. Nếu trẻ đang gặp nguy hiểm, gọi ngay 113; tổng đài 111 miễn phí, 24/7.",
    en: "Tell me what happened to the child, in your own words: who, what, where. What you tell me is kept confidential. If a child is in danger now, call 113; the 111 hotline is free, 24/7.",
  },
  /** The menu for a child who has written before in this conversation: tell or ask, in a child's words, and how to get help at once. */
  childMenu: {
    vi: "Em cứ nhắn ở đây khi nào em muốn kể, hoặc muốn hỏi điều gì nhé. Nếu em thấy không an toàn, hãy tới chỗ có người lớn em tin; gọi 111 miễn phí, không cần nói tên; nguy hiểm ngay thì gọi 113.",
    en: "Write here whenever you want to tell me something or ask a question. If you do not feel safe, go to an adult you trust; call 111, it is free and you do not have to give your name; in danger now, call 113.",
  },
  declinedChild: {
    vi: "Không sao đâu em. Chưa có gì được gửi đi, và em không phải báo nếu em chưa muốn. Khi nào em muốn kể, em cứ nhắn lại ở đây. Nếu em thấy không an toàn, hãy tới chỗ có người lớn em tin hoặc chỗ đông người; gọi 111 miễn phí, không cần nói tên; nguy hiểm ngay thì gọi 113.",
    en: "That is OK. Nothing was sent, and you do not have to report if you do not want to. Whenever you want to tell, just write here. If you do not feel safe, go to an adult you trust or a place with people around; call 111, it is free and you do not have to give your name; in danger now, call 113.",
  },
  maybeReportChild: {
    vi: "Cảm ơn em đã kể. Em không có lỗi. Nếu em thấy không an toàn, hãy tới chỗ có người lớn em tin (thầy cô, người thân, hàng xóm) hoặc một nơi đông người. Gọi 111 miễn phí, không cần nói tên; nguy hiểm ngay thì gọi 113. Em có muốn báo tin để cô chú giúp em không?",
    en: "Thank you for telling me. It is not your fault. If you do not feel safe, go to an adult you trust (a teacher, a relative, a neighbour) or a place with people around. Call 111: it is free and you do not have to give your name; in danger now, call 113. Do you want to report it so people can help you?",
  },
  /** A child who writes of a friend who is harmed: what to do for the friend, then the offer (never told it is their own fault or not). */
  maybeReportFriend: {
    vi: "Cảm ơn em đã kể về bạn của em. Em làm đúng khi nói ra. Em hãy kể cho một người lớn em tin (bố mẹ, thầy cô) để họ giúp bạn ấy. Nếu bạn ấy đang gặp nguy hiểm ngay, gọi 113; gọi 111 miễn phí, không cần nói tên. Em có muốn báo tin để cô chú giúp bạn ấy không?",
    en: "Thank you for telling me about your friend. You did the right thing by telling. Tell an adult you trust (a parent, a teacher) so they can help your friend. If your friend is in danger right now, call 113; 111 is free and you do not have to give your name. Do you want to report it so people can help your friend?",
  },
  /** Not sure whether to report, at the offer: what reporting does, and the offer again. */
  offerUnsure: {
    vi: "Không sao, bạn cứ cân nhắc. Báo tin thì cán bộ bảo vệ trẻ em sẽ đọc và tìm cách giúp trẻ; bạn có thể báo ẩn danh, và không có gì được gửi trước khi bạn chọn \"Gửi\". Bạn có muốn báo tin không?",
    en: "That is all right, take your time. If you report, child-protection officers read it and work out how to help the child; you can stay anonymous, and nothing is sent until you choose \"Send\". Do you want to report it?",
  },
  offerUnsureChild: {
    vi: "Không sao đâu em. Nếu em kể, cô chú sẽ đọc và tìm cách giúp em; em không cần nói tên. Em có muốn kể không?",
    en: "That is OK. If you tell, the people who protect children will read it and find a way to help you; you do not have to give your name. Do you want to tell?",
  },
  maybeReport: {
    vi: "Có vẻ bạn đang kể về một trẻ em gặp chuyện. Bạn muốn báo tin để cán bộ bảo vệ trẻ em xử lý không?",
    en: "It sounds like you are describing a child in trouble. Do you want to report it so child-protection officers can act?",
  },
  sources: { vi: "Nguồn", en: "Sources" },
  section: { vi: "mục", en: "section" },
  page: { vi: "trang", en: "page" },
  scanned: { vi: "bản quét, đối chiếu bản gốc", en: "scanned copy: check the original" },
  notFoundHint: {
    vi: "Bạn có thể hỏi cụ thể hơn (tên tỉnh, cơ quan, việc cần làm), hoặc chọn mục khác.",
    en: "Try a more specific question (province, agency, task), or choose something else.",
  },
} satisfies Record<string, Bilingual>;

/** Case statuses as a reporter reads them (status only; notes never leave the queue). */
export const STATUS_LABELS: Record<string, Bilingual> = {
  new: { vi: "đã nhận, đang chờ cán bộ xem", en: "received, waiting for an officer" },
  triaged: { vi: "cán bộ đã xem và đánh giá", en: "reviewed and assessed by an officer" },
  referred: { vi: "đã chuyển tới cơ quan phụ trách", en: "referred to the responsible agency" },
  in_progress: { vi: "đang được xử lý", en: "being handled" },
  closed: { vi: "đã đóng", en: "closed" },
  duplicate: { vi: "trùng với một báo tin khác đã được xử lý", en: "a duplicate of another report being handled" },
  not_actionable: { vi: "đã xem, không cần can thiệp thêm", en: "reviewed, no further action needed" },
};

export const SAFETY_LINKS: Record<Language, Link[]> = {
  vi: [
    { label: "Gọi 111 (Bảo vệ trẻ em)", url: "tel:111" },
    { label: "Gọi 113 (Công an)", url: "tel:113" },
    { label: "Gọi 115 (Cấp cứu)", url: "tel:115" },
  ],
  en: [
    { label: "Call 111 (Child protection)", url: "tel:111" },
    { label: "Call 113 (Police)", url: "tel:113" },
    { label: "Call 115 (Ambulance)", url: "tel:115" },
  ],
};

export const HOTLINE: Record<Language, Link> = {
  vi: { label: "Gọi 111 (miễn phí, 24/7)", url: "tel:111" },
  en: { label: "Call 111 (free, 24/7)", url: "tel:111" },
};

/** Channels whose page shows the one 111 button itself (the web chat's header): their menus offer no "Call 111" choice. */
const HOTLINE_ON_PAGE: ReadonlySet<ChannelName> = new Set<ChannelName>(["web"]);

/** The choices as a channel shows them: without "Call 111" where the page has its own 111 button. */
export function choicesFor(channel: ChannelName | undefined, choices: Choice[]): Choice[] {
  return channel && HOTLINE_ON_PAGE.has(channel) ? choices.filter((c) => c.id !== "menu:call") : choices;
}

/** The main menu: ask / report / call 111 (ask / report on the web chat, whose header has the 111 button). */
export function menuChoices(lang: Language, channel?: ChannelName): Choice[] {
  return choicesFor(channel, allMenuChoices(lang));
}

function allMenuChoices(lang: Language): Choice[] {
  return lang === "en"
    ? [
        { id: "menu:ask", label: "Ask about agencies' responsibilities" },
        { id: "menu:report", label: "Report a child abused or at risk" },
        { id: "menu:call", label: "Call 111" },
      ]
    : [
        { id: "menu:ask", label: "Hỏi trách nhiệm của các cơ quan" },
        { id: "menu:report", label: "Báo tin trẻ em bị xâm hại hoặc có nguy cơ" },
        { id: "menu:call", label: "Gọi 111" },
      ];
}

/** The menu as a reply, after an optional leading text (the welcome, numbered as the channel's buttons are). */
export function menuReply(lang: Language, text?: string, channel?: ChannelName): Reply {
  const choices = menuChoices(lang, channel);
  return { text: text ?? welcomeText(lang, choices.length), choices, links: [HOTLINE[lang]] };
}

/** The welcome, saying the numbers a reply may be: "1 hoặc 2", "1, 2 hoặc 3". */
export function welcomeText(lang: Language, count: number): string {
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  const or = lang === "en" ? "or" : "hoặc";
  const listed = numbers.length > 1 ? `${numbers.slice(0, -1).join(", ")} ${or} ${numbers.at(-1)}` : (numbers[0] ?? "");
  return fillText(TEXT.welcome[lang], { numbers: listed });
}

/** The safety message: urgent, with the three numbers as tap-to-call links. */
export function safetyReply(lang: Language): Reply {
  return { text: TEXT.safety[lang], links: SAFETY_LINKS[lang], urgent: true };
}

/** Fills {name} placeholders. */
export function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}
