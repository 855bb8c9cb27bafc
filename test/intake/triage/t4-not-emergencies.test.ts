/**
 * T4 (issue 12): emergencies that are not emergencies. Readings that made a report an emergency from words that tell something
 * else: a "now" that says where the child is safe now (a police post, a hospital, at home away from the one who harmed), friends
 * ("ban be") typed without marks read as selling a baby, a "now" told of something other than the images (parents divorcing, a
 * child bathing), an abandonment only thought of or asked about. Each reading has sentences that must stay emergencies.
 * Sentences written for these tests (with and without diacritics), in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { triageReport as triage } from "../../../src/intake/triage/triage-model.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const flags = (text: string) => triageRules(text).redFlags;

describe("a 'now' that tells where the child is safe is no violence happening now", () => {
  it.each([
    "Sáng thứ hai cháu trai 11 tuổi bị mấy đứa lớp trên đánh bầm lưng ở sân trường, đã được cô y tế băng bó, hiện đang ở nhà với mẹ.",
    "Một bé gái chừng 12 tuổi khai bị người lạ dụ qua Lào làm thuê, đã trốn về được, hiện đang ở trụ sở công an xã.",
    "thang be 13t bi thay chu nhiem tat sung ma hoi trua, gio no dang o nha ba ngoai roi",
    "Em bé 9 tuổi bị chủ quán đánh gãy tay tuần trước, hiện đang ở bệnh viện tỉnh, được bác sĩ chăm.",
  ])("%s", (text) => {
    const f = flags(text);
    expect(f).not.toContain("violence_in_progress");
    expect(f).not.toContain("trafficking_under_way");
    expect(triageRules(text).risk).not.toBe("emergency");
  });

  it.each([
    "Bố nó hiện đang đánh nó ngoài sân, con bé 8 tuổi khóc thét, tôi ở nhà bên cạnh",
    "con be 10t hien dang bi ong chu lo gach danh bang gay, toi nghe tieng",
    "Đứa nhỏ 14 tuổi vừa bị một người đàn ông đưa qua cửa khẩu sang Lào, hiện đang ở bên kia biên giới với hắn",
    "Thằng bé 7 tuổi hiện đang ở nhà, bố dượng vẫn đang đánh nó bằng thắt lưng",
  ])("stays an emergency: %s", (text) => {
    expect(triage(text).risk).toBe("emergency");
  });
});

describe("'ban be' typed without marks before what friends do is friends, not selling a baby", () => {
  it.each([
    "ban be dang gui nhau clip co giao danh mot ban lop 6 o truong toi",
    "ban be dang chia se anh con be lop 8 bi danh o cong truong",
  ])("%s", (text) => {
    expect(flags(text)).not.toContain("trafficking");
    expect(triageRules(text).category).not.toBe("trafficking_abduction");
  });

  it("selling a baby typed without marks is still trafficking", () => {
    expect(flags("nghe noi ho dinh ban be so sinh cho nguoi ben kia bien gioi")).toContain("trafficking");
  });
});

describe("a 'now' told of something else is no sexual images being made now", () => {
  it.each([
    "Em 14 tuổi, có người trên mạng giữ ảnh của em và dọa tung lên nếu em không gửi thêm. Em không dám nói vì ba mẹ đang cãi nhau suốt.",
    "mk 15t, 1 ng quen qua game doa phat tan anh nong cua mk neu ko chuyen tien. bo me mk dang o xa lam an",
    "Ông anh họ hay lén vào nhà tắm lúc con bé 11 tuổi đang tắm, cửa không có chốt. Mẹ bé bảo không sao.",
  ])("%s", (text) => {
    expect(flags(text)).not.toContain("online_sexual_abuse_now");
  });

  it.each([
    "Hắn đang bắt em 13 tuổi cởi đồ qua video call ngay lúc này, em phải làm sao",
    "Con bé 12 tuổi đang bị một thằng trên mạng ép quay clip khỏa thân, nó vẫn đang gọi video",
  ])("stays an emergency: %s", (text) => {
    expect(triage(text).risk).toBe("emergency");
  });
});

describe("an abandonment only thought of, or asked about, is no infant abandoned now", () => {
  it.each([
    "Con em mới 3 tháng, em mệt quá, có lúc em nghĩ hay là bỏ con lại cổng bệnh viện. Em chưa làm vậy đâu, em chỉ cần ai đó nghe em.",
    "Bé nhà em 5 tháng, nhiều đêm em nghĩ hay là bỏ con ở cổng chùa cho xong. Em chưa làm gì con cả.",
    "Cho tôi hỏi nếu để con 1 tuổi ngủ một mình 15 phút để đi đổ rác thì có bị coi là bỏ mặc trẻ không?",
  ])("%s", (text) => {
    expect(flags(text)).not.toContain("infant_at_risk");
    // The rules no longer make it an emergency; the shipped model alone still may (p 0.24 against its 0.19), not a reading.
    expect(triageRules(text).risk).not.toBe("emergency");
  });

  it("a question about leaving a baby asleep for a few minutes is no emergency at all", () => {
    expect(triage("Cho tôi hỏi nếu để con 1 tuổi ngủ một mình 15 phút để đi đổ rác thì có bị coi là bỏ mặc trẻ không?").risk).not.toBe("emergency");
  });

  it.each([
    "Có đứa bé sơ sinh bị bỏ rơi trước cổng chùa sáng nay, quấn trong khăn, đang khóc ngoài trời lạnh",
    "Bé 2 tuổi nhà bên bị bố mẹ bỏ lại một mình trong phòng trọ từ tối qua, tôi nghe nó khóc",
    "Nếu không ai đến thì đứa bé 1 tuổi vẫn ở một mình trong nhà, mẹ nó đi từ sáng chưa về",
  ])("stays an emergency: %s", (text) => {
    expect(triage(text).risk).toBe("emergency");
  });
});

describe("a lost or abandoned small child told as found or taken in is no child lost or abandoned now", () => {
  it.each([
    "Trưa nay có bé trai chừng 4 tuổi đi lạc ở chợ, người dân đưa lên phường, giờ đã gặp lại mẹ rồi. Tôi báo để tổng đài biết thôi.",
    "Follow-up: the 3-year-old who got lost at the night market is back with his parents, safe and fine.",
    "Một bé sơ sinh bị bỏ rơi trước cổng nhà thờ hồi sáng, các sơ đã đưa vào trong chăm sóc, bé khỏe. Cần làm thủ tục gì?",
  ])("%s", (text) => {
    const f = flags(text);
    expect(f).not.toContain("young_child_lost");
    expect(f).not.toContain("infant_at_risk");
    expect(triageRules(text).risk).not.toBe("emergency");
  });

  it.each([
    "Bé gái 3 tuổi đi lạc ở bến xe từ chiều tới giờ chưa tìm thấy, mẹ bé đang khóc",
    "Thằng bé 4 tuổi đi lạc ở công viên từ trưa, cả nhà đi tìm mà vẫn chưa gặp lại",
    "Có trẻ sơ sinh bị bỏ rơi ở bãi rác đầu hẻm, chưa ai bế vào, trời đang mưa",
    "Người nhà đã tìm thấy mẹ nó say xỉn ngoài quán, còn bé 2 tuổi vẫn bị bỏ một mình trong phòng trọ từ tối qua",
    "My neighbour was found passed out at the bar, and her 1-year-old is still alone in the flat since last night",
  ])("stays an emergency: %s", (text) => {
    expect(triage(text).risk).toBe("emergency");
  });
});

describe("a child told as safe now (found, taken in, at the police post) is no emergency on the model's word alone", () => {
  it.each([
    "Chiều nay ở công viên có bé gái chừng 4 tuổi đi lạc, khóc tìm bố, tụi em đưa bé lên phường, giờ bé đã gặp lại bố mẹ rồi. Em chỉ báo lại thôi.",
    "Báo cáo: 01 trẻ nữ khoảng 11 tuổi, không giấy tờ, được người dân phát hiện tại bến xe, khai bị dụ qua Lào làm thuê, trốn về được. Hiện đang ở trụ sở công an xã.",
    "Có bé sơ sinh chừng 1 tháng bị bỏ trước cổng chùa lúc sáng sớm, thầy trụ trì đã đưa vào trong, bé khỏe. Giờ cần làm giấy tờ gì ạ?",
  ])("%s", (text) => {
    const t = triage(text);
    expect(t.risk).not.toBe("emergency");
    expect(["high", "medium", "low"]).toContain(t.risk);
  });

  it.each([
    "Bé trai 3 tuổi đi lạc ở bến xe từ trưa tới giờ, cả nhà tìm khắp nơi vẫn chưa gặp lại",
    "Con bé 12 tuổi bị bố đánh gãy tay, hiện đang ở trụ sở công an xã, nhưng tối nay bố nó sẽ lên đón về",
    "Thằng bé 10 tuổi trốn được khỏi chỗ bọn buôn người, hiện đang ở đồn biên phòng, đầu chảy máu chưa ai băng bó",
    "Con bé 14 tuổi trốn về được từ chỗ bọn buôn người, giờ đang ở nhà tôi, nhưng tụi nó đang đi tìm và dọa tối nay tới bắt lại",
    "Thằng em họ 16 tuổi bị nhóm cho vay nặng lãi dọa tối nay không trả thì chém, giờ nó đang trốn ở nhà tôi",
    "Con bé 8 tuổi hàng xóm vừa chạy qua kể bị ông dượng sờ soạng, giờ ổng đang nhậu ở nhà, tối nay mẹ nó trực ca đêm",
  ])("stays an emergency: %s", (text) => {
    expect(triage(text).risk).toBe("emergency");
  });
});

describe("a time word of another sentence, or of the telling, is no wedding about to happen", () => {
  it.each([
    "Ở xóm tôi trước kia nhiều đứa lấy chồng sớm lắm, giờ đỡ rồi. Hôm nay tôi đi họp thôn mới nghe cán bộ nói về luật mới.",
    "Con bé 15 tuổi nhà bên có thể phải lấy anh rể vì chị nó vừa mất, hai nhà mới bàn, chưa định ngày.",
    "Sáng nay con bé 14 tuổi kể với tôi là nhà nó đã nhận lễ, khoảng ba tuần nữa là cưới.",
    "Hồi đầu năm con bé 14 tuổi bị nhà ép cưới, xã vào cuộc nên đã hủy. Con bé đi học lại, năm nay học khá, hôm qua vừa được giấy khen.",
  ])("%s", (text) => {
    expect(flags(text)).not.toContain("marriage_imminent");
  });

  it.each([
    "Tối nay nhà trai đến rước con bé 14 tuổi về làm vợ, nó khóc không chịu",
    "Con bé 15 tuổi bị bố mẹ ép lấy chồng. Ngày mai là đám cưới rồi, nó đòi trốn",
    "em 16t, bố mẹ e vừa nhận tiền sính lễ, bắt e cưới ông đó vào ngày mai",
    "Con bé 13 tuổi vừa bị bắt về làm vợ đêm qua, giờ đang bị giữ ở nhà trai",
  ])("stays an emergency: %s", (text) => {
    expect(flags(text)).toContain("marriage_imminent");
    expect(triage(text).risk).toBe("emergency");
  });
});

describe("signs of sexual abuse with no one named who harms: living with family is no 'with the abuser now'", () => {
  it.each([
    "Tôi là cô giáo mẫu giáo. Bé gái 5 tuổi lớp tôi hay có hành vi tình dục không phù hợp với bạn, bắt chước động tác người lớn. Bé ở với ông bà và bố. Tôi nên báo ai?",
    "Thằng bé 6 tuổi hàng xóm dạo này có hành vi tình dục lạ với mấy đứa nhỏ, nó sống với mẹ và dượng, tôi không biết ai dạy nó",
  ])("%s", (text) => {
    expect(flags(text)).not.toContain("with_abuser_now");
    const t = triage(text);
    expect(t.risk).toBe("high");
    expect(t.category).toBe("sexual_abuse");
  });

  it.each([
    "Bé 5 tuổi kể bị cậu sờ vùng kín, tối nay bé vẫn ở với cậu vì mẹ đi làm ca đêm",
    "Con bé 7 tuổi có hành vi tình dục lạ, nó nói ông dượng hay bắt nó cởi quần, tối nay nó ở nhà một mình với ông dượng",
    "Bé 6 tuổi dạo này có hành vi tình dục lạ, hay sang nhà ông hàng xóm chơi, tối nay mẹ đi vắng nên bé ngủ với ông ấy",
  ])("stays an emergency: %s", (text) => {
    expect(triage(text).risk).toBe("emergency");
  });
});
