/**
 * Reporters of many kinds walked through the running product, by the web chat HTTP API and by
 * Telegram (the real adapter in long polling against the local Bot API fake): each tells a
 * story in the first message, then answers only what the bot asks. Counted: the reporter's
 * messages after the story until the case code; checked: no question asks for a fact the
 * story gave, the fields the case stored, and the risk it was stored with.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply, TranscriptEntry } from "../../src/conversation/conversation-types.ts";
import type { CaseRecord } from "../../src/intake/cases/case-types.ts";
import { checkTelegramHtml } from "../fakes/telegram-html.ts";
import { createTelegramFake, type TelegramFake, type TelegramSentMessage } from "../fakes/telegram-bot-api-server.ts";
import { testDatabases, type TestDatabase } from "../support/test-databases.ts";
import { loadConfig } from "../../src/config.ts";
import { createFieldCipher, resolveEncryptionKey } from "../../src/core/field-cipher.ts";
import { createCaseServices } from "../../src/db/case-services.ts";
import { caseCodeIn, listCases, removeDataDirs, settle, showCase, startApp, useHumanClock, webReporter, type RunningApp } from "./e2e-support.ts";

const TOKEN = "123456:walks-token-AAAAAAAAAAAAAAAAAAAA";

type Topic = "offer" | "danger" | "where" | "commune" | "age" | "when" | "reporter" | "contact" | "consent" | "summary" | "other";
type Answer = string | { choice: string };

/** What a question asks, from its last line (the question always comes last). */
function topicOf(reply: Reply | undefined): Topic {
  const text = reply?.text ?? "";
  const question = text.split("\n").filter((l) => l.trim()).at(-1) ?? "";
  if (reply?.choices?.some((c) => c.id === "menu:report")) return "offer";
  if (/TÓM TẮT BÁO TIN|REPORT SUMMARY/.test(text)) return "summary";
  const rules: Array<[Topic, RegExp]> = [
    ["danger", /nguy hiểm|in danger/i], ["consent", /đồng ý|agree/i], ["contact", /liên lạc|contact/i], ["age", /bao nhiêu tuổi|how old/i],
    ["reporter", /Bạn là ai|Who are you/i], ["when", /khi nào|last time|When did/i], ["commune", /^(Ở xã|Em ở xã|Which commune)/i],
    ["where", /ở đâu|tỉnh, thành phố|province or city/i],
  ];
  return rules.find(([, re]) => re.test(question))?.[0] ?? "other";
}

interface Walk {
  story: string;
  /** Answers by topic; a topic without one is skipped ("bỏ qua" / the Skip button). */
  answers: Partial<Record<Topic, Answer>>;
  /** Topics the story already said: asking them fails the walk. */
  given: Topic[];
  /** Extra messages sent the first time a topic is asked (a side question), before its answer. */
  sideAt?: { topic: Topic; text: string };
  /** At the summary: press Edit and type this correction, once. */
  correction?: string;
  /** Restart the application after this many reporter messages (the browser carries on with the same session). */
  restartAfter?: number;
  /** Reload the web page after this many reporter messages: the walk goes on from the conversation the server gives back. */
  reloadAfter?: number;
  /** Through Telegram instead of the web chat. */
  via?: "web" | "telegram";
  /** Typed right after the case code, as a reporter remembers one more thing. */
  afterCode?: string;
}

/** One reporter in one channel: a message or a pressed button in, the replies out. */
interface Channel {
  say(answer: Answer): Promise<Reply[]>;
}

/** A Telegram message as the reporter sees it: its text (phone lines apart as links) and its buttons as choices. */
function telegramReply(m: TelegramSentMessage): Reply {
  const checked = checkTelegramHtml(m.text ?? "");
  const plain = checked.ok ? checked.plain : (m.text ?? "");
  const lines = plain.split("\n");
  const buttons = ((m.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined)?.inline_keyboard ?? []).flat();
  const choices = buttons.filter((b) => b.callback_data).map((b) => ({ id: b.callback_data!, label: b.text }));
  const links = lines.filter((l) => l.startsWith("📞")).map((l) => ({ label: l, url: `tel:${/\d{3}/.exec(l)?.[0] ?? ""}` }));
  return { text: lines.filter((l) => !l.startsWith("📞")).join("\n").trim(), ...(choices.length ? { choices } : {}), ...(links.length ? { links } : {}) };
}

interface WalkResult {
  turns: number;
  asked: Topic[];
  code: string | null;
  stored: CaseRecord | null;
  first: Reply[];
  transcript: string[];
  sideReplies: Reply[];
  /** The replies to `afterCode`. */
  afterReplies: Reply[];
  /** The same reporter goes on in the same conversation. */
  more: (answer: Answer) => Promise<Reply[]>;
}

describe.each(testDatabases.slice(0, 1))("reporters walked through the web chat on $name", (factory) => {
  let db: TestDatabase;
  let running: RunningApp;
  let clock: ReturnType<typeof useHumanClock>;
  let telegram: TelegramFake;
  let nextTelegramChat = 7100;
  const OFFICERS = -100_777;
  const env = () => ({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.url, OFFICER_TELEGRAM_CHAT_ID: String(OFFICERS) });
  /** What the officers' Telegram chat was sent about a case. */
  const officerAlerts = (code: string) => telegram.sentMessages.filter((m) => m.chat_id === OFFICERS && (m.text ?? "").includes(code)).map((m) => m.text ?? "");

  beforeAll(async () => {
    db = await factory.create();
    telegram = await createTelegramFake({ token: TOKEN });
    clock = useHumanClock();
    running = await startApp(db, env());
  }, 60_000);
  afterAll(async () => {
    clock.restore();
    await running.app.stop();
    await telegram.close();
    await db.drop();
    removeDataDirs();
  });

  function webChannel(session: string): Channel {
    return {
      async say(answer) {
        const reporter = webReporter(running.app.url, session);
        const res = typeof answer === "string" ? await reporter.send(answer) : await reporter.send("", answer.choice);
        expect(res.status).toBe(200);
        return res.replies;
      },
    };
  }

  /** The reporter in Telegram: typed text is a message, a choice presses the button on the bot's last message that carries it. */
  function telegramChannel(chatId: number): Channel {
    const mine = () => telegram.sentMessages.filter((m) => m.chat_id === chatId);
    return {
      async say(answer) {
        const before = mine().length;
        if (typeof answer === "string") telegram.pushMessage(chatId, answer);
        else {
          const carrying = [...mine()].reverse().find((m) => telegramReply(m).choices?.some((c) => c.id === answer.choice));
          expect(carrying, `a button ${answer.choice} to press`).toBeDefined();
          telegram.pushCallbackQuery(chatId, answer.choice, carrying!.message_id);
        }
        return (await settle(telegram, chatId, before)).map(telegramReply);
      },
    };
  }

  /** What a reloaded page shows: the session's conversation from the server; the walk answers its last bot lines. */
  async function reloadPage(session: string): Promise<Reply[]> {
    const res = await fetch(`${running.app.url}/api/chat/transcript`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionId: session }) });
    expect(res.status).toBe(200);
    const entries = ((await res.json()) as { entries: TranscriptEntry[] }).entries;
    const lastUser = entries.map((e) => e.from).lastIndexOf("user");
    return entries.slice(lastUser + 1).flatMap((e) => (e.from === "bot" ? [e.reply] : []));
  }

  async function walk(w: Walk): Promise<WalkResult> {
    const session = `walk-${Math.random().toString(36).slice(2, 10)}`;
    const channel = w.via === "telegram" ? telegramChannel(nextTelegramChat++) : webChannel(session);
    const transcript: string[] = [];
    const say = async (answer: Answer): Promise<Reply[]> => {
      clock.pause();
      const replies = await channel.say(answer);
      transcript.push(`> ${JSON.stringify(answer)}`, ...replies.map((r) => `< ${r.text}`));
      return replies;
    };
    let replies = await say(w.story);
    const first = replies;
    const asked: Topic[] = [];
    let sideReplies: Reply[] = [];
    let corrected = false;
    let turns = 0;
    for (; turns < 20; ) {
      const code = caseCodeIn(replies.map((r) => r.text).join("\n"));
      if (code) {
        const afterReplies = w.afterCode ? await say(w.afterCode) : [];
        if (process.env.WALK_LOG) console.log(`${transcript.join("\n")}\n(${turns} turns)`);
        return { turns, asked, code, stored: await showCase(running, code), first, transcript, sideReplies, afterReplies, more: say };
      }
      if (w.restartAfter === turns) {
        await running.app.stop();
        running = await startApp(db, env(), running.dataDir);
      }
      if (w.reloadAfter === turns) {
        const shown = await reloadPage(session);
        expect(shown, "the reloaded page shows the pending question with its buttons").toEqual(replies);
        transcript.push("(page reloaded)");
        replies = shown;
      }
      const last = replies.at(-1);
      const topic = topicOf(last);
      asked.push(topic);
      turns++;
      if (topic === "offer") { replies = await say({ choice: "menu:report" }); continue; }
      if (w.sideAt?.topic === topic && sideReplies.length === 0) {
        sideReplies = await say(w.sideAt.text);
        replies = sideReplies;
        continue;
      }
      if (topic === "summary" && w.correction && !corrected) {
        corrected = true;
        await say({ choice: "edit" });
        turns++;
        replies = await say(w.correction);
        continue;
      }
      if (topic === "summary") { replies = await say({ choice: "submit" }); continue; }
      const answer = w.answers[topic];
      const skip = last?.choices?.find((c) => c.id === "skip" || c.id === "unknown");
      replies = await say(answer ?? (skip ? { choice: skip.id } : "bỏ qua"));
    }
    return { turns, asked, code: null, stored: null, first, transcript, sideReplies, afterReplies: [], more: say };
  }

  /** Every bot line in English: no Vietnamese letters outside the official name of the province. */
  const expectEnglishOnly = (r: WalkResult) => {
    const said = r.transcript.filter((l) => l.startsWith("<")).join("\n").replaceAll(r.stored?.provinceName ?? "\u0000", "");
    expect(said).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  };
  const expectNoneAskedAgain = (r: WalkResult, w: Walk) => expect(r.asked.filter((t) => w.given.includes(t)), r.transcript.join("\n")).toEqual([]);

  it("a neighbour with the whole story reaches a case code in 5 messages, asked nothing the story said", async () => {
    const w: Walk = {
      story: "Tôi là hàng xóm. Bé Hạnh, bé gái 7 tuổi ở phường Thống Nhất, Gia Lai, tối qua lại bị bố đánh bằng dây điện, lưng có nhiều vết bầm.",
      answers: { danger: { choice: "no" }, contact: "0905 441 772", consent: { choice: "yes" } },
      given: ["where", "commune", "age", "when", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(5);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({
      provinceName: "Gia Lai", commune: "phường Thống Nhất", childAgeBand: "6_11", childSex: "female", reporterRelation: "neighbour",
      anonymous: false, contact: "0905 441 772", consentToContact: true, details: { harmer: "father", dangerNow: "no" },
    });
    expect(["high", "emergency"]).toContain(r.stored?.risk);
  });

  it("a teacher's story about a pupil is read as the teacher's, with the stepmother as the harmer", async () => {
    const w: Walk = {
      story: "Tôi là giáo viên chủ nhiệm lớp 4. Em Tùng, học sinh nam lớp tôi, 10 tuổi, nhà ở xã Cư M'gar, Đắk Lắk, mấy hôm nay đến lớp với vết roi trên chân, em nói mẹ kế đánh.",
      answers: { danger: { choice: "unknown" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(5);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ provinceName: "Đắk Lắk", childAgeBand: "6_11", childSex: "male", reporterRelation: "teacher", anonymous: true, details: { harmer: "stepmother" } });
    expect(r.stored?.risk).not.toBe("low");
  });

  it("a parent who gives a phone number in the story is not asked for contact, only for consent", async () => {
    const w: Walk = {
      story: "Con gái tôi 14 tuổi bị một người đàn ông quen trên mạng dọa tung ảnh nhạy cảm nếu không gửi thêm, hôm nay hắn còn nhắn đòi gặp. Nhà ở phường Vỹ Dạ, Huế. Số của tôi 0935 222 333.",
      answers: { danger: { choice: "no" }, consent: { choice: "yes" } },
      given: ["where", "commune", "age", "when", "reporter", "contact"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(4);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ childAgeBand: "12_15", reporterRelation: "family", contact: "0935 222 333", consentToContact: true });
    expect(r.stored?.provinceName).toMatch(/Huế/);
  });

  it("a child in Vietnamese gets the safety advice first, 'em', 111 on every message, and no photo or blame question", async () => {
    const w: Walk = {
      story: "em 12 tuổi học lớp 6. bố em uống rượu về là đánh em với mẹ, hôm qua em bị đánh chảy máu mũi. em ở xã Ea Kar, Đắk Lắk. em sợ lắm",
      answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(5);
    expectNoneAskedAgain(r, w);
    const first = r.first.map((x) => x.text).join("\n");
    expect(first).toMatch(/người lớn em tin/);
    expect(first).toMatch(/111/);
    const asked = r.transcript.filter((l) => l.startsWith("<")).join("\n");
    expect(asked).not.toMatch(/ảnh|tại sao em|sao em không/i);
    expect(asked).toMatch(/Ngay lúc này em có đang gặp nguy hiểm không\?/);
    expect(r.stored).toMatchObject({ reporterRelation: "self", childAgeBand: "12_15", provinceName: "Đắk Lắk", anonymous: true, details: { harmer: "father" } });
  });

  it("a child in English is answered in English from the first reply, with 111 free and no name needed", async () => {
    const w: Walk = {
      story: "I'm 13. My stepdad touches me at night when mum is at work and says I can't tell anyone. I live in Quy Nhon, Binh Dinh.",
      answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
      given: ["where", "age", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(5);
    expectNoneAskedAgain(r, w);
    const all = r.transcript.filter((l) => l.startsWith("<")).join("\n");
    expect(all).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    expect(r.first.map((x) => x.text).join("\n")).toMatch(/111/);
    expect(all).not.toMatch(/photo/i);
    expect(r.stored).toMatchObject({ reporterRelation: "self", childAgeBand: "12_15", provinceName: "Gia Lai", details: { harmer: "stepfather", language: "en" } });
    expect(["high", "emergency"]).toContain(r.stored?.risk);
  });

  it("an English-speaking adult neighbour is asked in English only for what is missing", async () => {
    const w: Walk = {
      story: "I am a neighbour. The boy next door, about 8 years old, is left alone for days without food while his parents work in the city. They live in Pleiku, Gia Lai.",
      // The number given for contact is the consent to be contacted: not asked again.
      answers: { danger: { choice: "no" }, commune: "Hoi Thuong ward", when: { choice: "this_week" }, contact: "+84 912 345 678" },
      given: ["where", "age", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(7);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ provinceName: "Gia Lai", childAgeBand: "6_11", childSex: "male", contact: "+84 912 345 678", consentToContact: true, details: { language: "en" } });
    expect(r.transcript.join("\n")).not.toMatch(/agree to be contacted|consent/i);
    expect(r.stored?.risk).not.toBe("low");
  });

  it("a story typed without diacritics is read the same", async () => {
    const w: Walk = {
      story: "toi la hang xom, be gai nha ben khoang 6 tuoi bi ba noi nhot trong nha suot ngay khong cho di hoc, o xa Ia Pa, Gia Lai",
      answers: { danger: { choice: "no" }, when: { choice: "this_week" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(6);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ provinceName: "Gia Lai", commune: "xã Ia Pa", childAgeBand: "6_11", childSex: "female", reporterRelation: "neighbour" });
  });

  it("a thin story asks the gaps that matter and still reaches a case code in at most 9 messages", async () => {
    const w: Walk = {
      story: "nghe nói có đứa bé trong xóm bị bỏ đói",
      answers: { danger: { choice: "no" }, where: "Kon Tum", age: { choice: "under_6" }, when: { choice: "earlier" }, reporter: { choice: "other" }, contact: "zalo 0388 123 456", consent: { choice: "yes" } },
      given: [],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(9);
    expect(new Set(r.asked).size).toBe(r.asked.length); // nothing asked twice
    expect(r.stored).toMatchObject({ childAgeBand: "under_6", contact: "zalo 0388 123 456", consentToContact: true });
    expect(r.stored?.provinceName).toMatch(/Quảng Ngãi|Kon Tum/);
  });

  it("an emergency with danger now gets 113/115/111 first, and the case is stored as an emergency", async () => {
    const w: Walk = {
      story: "Cứu với! Ông hàng xóm đang đánh thằng bé 5 tuổi nhà bên bằng gậy, nó nằm bất động rồi. Ở thôn 3 xã Ia Hrú, Gia Lai.",
      answers: { danger: { choice: "yes" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when"],
    };
    const r = await walk(w);
    expect(r.first[0]?.urgent).toBe(true);
    expect(r.first[0]?.links?.map((l) => l.url)).toEqual(expect.arrayContaining(["tel:111", "tel:113", "tel:115"]));
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(5);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ risk: "emergency", childAgeBand: "under_6", provinceName: "Gia Lai", details: { dangerNow: "yes", when: "now" } });
  });

  it("a side question in the middle is answered, the same question comes again, and it never becomes the answer", async () => {
    const w: Walk = {
      story: "Bé trai nhà bên bị bố dượng đánh nhiều lần, tôi là hàng xóm, nhà bé ở Gia Lai",
      answers: { danger: { choice: "no" }, age: "9 tuổi", commune: "phường Diên Hồng", contact: { choice: "anonymous" } },
      given: ["where", "reporter", "when"],
      sideAt: { topic: "age", text: "Thông tin của tôi có được giữ bí mật không?" },
    };
    const r = await walk(w);
    expect(r.sideReplies.map((x) => x.text).join("\n")).toMatch(/giữ bí mật/);
    expect(topicOf(r.sideReplies.at(-1))).toBe("age");
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ childAgeBand: "6_11", commune: "phường Diên Hồng", anonymous: true });
    // A question the bot answered is no information about the child: not kept in the case (never as the answer to a question).
    expect((r.stored?.details.extraNotes ?? []).join(" / ")).not.toContain("Thông tin của tôi có được giữ bí mật không?");
  });

  it("a misunderstood fact is corrected at the summary with Edit, read again and stored corrected", async () => {
    const w: Walk = {
      story: "Tôi là cô giáo mầm non. Bé gái 5 tuổi ở xã Chư Sê, Gia Lai hôm nay đến lớp có vết bỏng thuốc lá trên tay, bé nói dượng làm.",
      answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when", "reporter"],
      correction: "bé 6 tuổi, ở xã Ia Ly",
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.transcript.join("\n")).toMatch(/Đã sửa theo lời bạn[\s\S]*bé gái 6 tuổi ở xã Ia Ly, Gia Lai/);
    expect(r.turns).toBeLessThanOrEqual(6);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ childAgeBand: "6_11", commune: "xã Ia Ly", provinceName: "Gia Lai", reporterRelation: "teacher" });
  });

  it("a report resumes after the application restarts in the middle, without asking again what was answered", async () => {
    const w: Walk = {
      story: "Cháu gái tôi 11 tuổi bị chú ruột sờ soạng nhiều lần khi ở nhà một mình, lần gần nhất tuần trước. Nhà cháu ở Gia Lai.",
      answers: { danger: { choice: "no" }, commune: "phường Hội Phú", contact: "0977 000 111", consent: { choice: "yes" } },
      given: ["where", "age", "reporter", "when"],
      restartAfter: 2,
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(6);
    expectNoneAskedAgain(r, w);
    expect(new Set(r.asked).size).toBe(r.asked.length);
    expect(r.stored).toMatchObject({ childAgeBand: "6_11", reporterRelation: "family", commune: "phường Hội Phú", contact: "0977 000 111", details: { harmer: "relative" } });
    expect(["high", "emergency"]).toContain(r.stored?.risk);
  });

  it("a grandmother's report goes on after the page is reloaded in the middle: the pending question comes back with its buttons", async () => {
    const w: Walk = {
      story: "Tôi là bà ngoại của cháu Na. Cháu gái 4 tuổi, mẹ cháu đi làm xa nên cháu ở với cha dượng ở phường Pleiku, Gia Lai. Hôm kia tôi sang thì thấy cha dượng trói chân cháu vào giường, người gầy nhom.",
      answers: { danger: { choice: "no" }, contact: "0868 112 233", consent: { choice: "yes" } },
      given: ["where", "commune", "age", "when", "reporter"],
      reloadAfter: 2,
    };
    const r = await walk(w);
    expect(r.transcript).toContain("(page reloaded)");
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(5);
    expectNoneAskedAgain(r, w);
    expect(new Set(r.asked).size).toBe(r.asked.length);
    expect(r.stored).toMatchObject({ provinceName: "Gia Lai", childAgeBand: "under_6", childSex: "female", reporterRelation: "family", contact: "0868 112 233", consentToContact: true, details: { harmer: "stepfather" } });
    expect(["high", "emergency"]).toContain(r.stored?.risk);
  });

  it("a child typing without diacritics is read as a child: safety advice first, 'em', no photo question", async () => {
    const w: Walk = {
      story: "em 14 tuoi, me ke hay danh em bang roi, toi qua danh em bam tim het lung. em o phuong Tan Loi, Dak Lak. em khong dam ve nha",
      answers: { danger: { choice: "unknown" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(5);
    expectNoneAskedAgain(r, w);
    const first = r.first.map((x) => x.text).join("\n");
    expect(first).toMatch(/người lớn em tin/);
    expect(first).toMatch(/111/);
    expect(r.transcript.filter((l) => l.startsWith("<")).join("\n")).not.toMatch(/ảnh|tại sao em|sao em không/i);
    expect(r.stored).toMatchObject({ reporterRelation: "self", childAgeBand: "12_15", provinceName: "Đắk Lắk", anonymous: true, details: { harmer: "stepmother" } });
    expect(["high", "emergency"]).toContain(r.stored?.risk);
  });

  it("an English-speaking teacher is answered in English and asked only what the story left out", async () => {
    const w: Walk = {
      story: "I'm a teacher at a primary school in Da Nang. A 10-year-old boy in my class came in with burn marks on both arms this week and says his uncle did it. He is scared to go home.",
      answers: { danger: { choice: "no" }, commune: "Hai Chau ward", contact: { choice: "anonymous" } },
      given: ["where", "age", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(6);
    expectNoneAskedAgain(r, w);
    expectEnglishOnly(r);
    // The uncle harms, not the teacher who reports (the introduction was once read as the harmer), and "Hai Chau" is a ward, not two children.
    expect(r.stored).toMatchObject({ provinceName: "Đà Nẵng", commune: "Hai Chau ward", childAgeBand: "6_11", childSex: "male", reporterRelation: "teacher", anonymous: true, details: { language: "en", harmer: "relative" } });
    expect(r.stored?.details.children ?? 1).toBe(1);
    expect(["high", "emergency"]).toContain(r.stored?.risk);
  });

  it("Telegram: a neighbour's whole story reaches a case code by the inline buttons, asked nothing the story said", async () => {
    const w: Walk = {
      via: "telegram",
      story: "Tôi là hàng xóm. Tối qua thằng bé 9 tuổi nhà bên bị bố đẻ đánh bằng thắt lưng, lưng tím bầm, nó khóc cả đêm. Nhà ở phường An Phú, Gia Lai.",
      answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(5);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ channel: "telegram", provinceName: "Gia Lai", childAgeBand: "6_11", childSex: "male", reporterRelation: "neighbour", anonymous: true, details: { harmer: "father", dangerNow: "no" } });
    expect(["high", "emergency"]).toContain(r.stored?.risk);
  });

  it("Telegram: a child gets the safety advice in the first reply and is never asked for photos", async () => {
    const w: Walk = {
      via: "telegram",
      story: "em 11 tuổi. anh họ em hay vào phòng sờ người em, em bảo thôi mà anh ấy không nghe. em ở xã Krông Pắc, Đắk Lắk",
      answers: { danger: { choice: "no" }, when: { choice: "this_week" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(6);
    expectNoneAskedAgain(r, w);
    const first = r.first.map((x) => `${x.text}\n${(x.links ?? []).map((l) => l.label).join("\n")}`).join("\n");
    expect(first).toMatch(/người lớn em tin/);
    expect(first).toMatch(/111/);
    expect(r.transcript.filter((l) => l.startsWith("<")).join("\n")).not.toMatch(/ảnh|tại sao em|sao em không/i);
    expect(r.stored).toMatchObject({ channel: "telegram", reporterRelation: "self", childAgeBand: "6_11", provinceName: "Đắk Lắk", anonymous: true });
    expect(["high", "emergency"]).toContain(r.stored?.risk);
  });

  it("Telegram: an abduction happening now gets 113/115/111 first and is stored as an emergency", async () => {
    const w: Walk = {
      via: "telegram",
      story: "Khẩn cấp! Có người đàn ông lạ đang kéo một bé gái khoảng 6 tuổi lên xe máy ở cổng trường tiểu học xã Đak Đoa, Gia Lai, bé đang khóc la.",
      answers: { danger: { choice: "yes" }, reporter: { choice: "other" }, contact: "0912 777 888", consent: { choice: "yes" } },
      given: ["where", "commune", "age", "when"],
    };
    const r = await walk(w);
    const first = r.first.map((x) => `${x.text}\n${(x.links ?? []).map((l) => l.label).join("\n")}`).join("\n");
    expect(first).toMatch(/113/);
    expect(first).toMatch(/115/);
    expect(first).toMatch(/111/);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(6);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ channel: "telegram", risk: "emergency", provinceName: "Gia Lai", childAgeBand: "6_11", childSex: "female", contact: "0912 777 888", details: { dangerNow: "yes" } });
  });

  it("Telegram: a teacher's side question is answered, the step is asked again, and the worry never becomes the answer", async () => {
    const w: Walk = {
      via: "telegram",
      story: "Tôi là giáo viên chủ nhiệm. Học sinh nữ lớp 8 của tôi, 13 tuổi, nghỉ học cả tuần nay, bạn bè nói gia đình ép em lấy chồng vào tháng sau. Nhà em ở xã Ia Grai, Gia Lai.",
      answers: { danger: { choice: "no" }, contact: "0935 404 505", consent: { choice: "yes" } },
      given: ["where", "commune", "age", "reporter"],
      sideAt: { topic: "danger", text: "Gia đình em ấy có biết là tôi báo không?" },
    };
    const r = await walk(w);
    expect(topicOf(r.sideReplies.at(-1))).toBe("danger");
    expect(r.sideReplies.map((x) => x.text).join("\n")).toMatch(/bí mật|không cho gia đình|không tiết lộ|giữ kín/i);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(6);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ channel: "telegram", provinceName: "Gia Lai", childAgeBand: "12_15", childSex: "female", reporterRelation: "teacher", contact: "0935 404 505", category: "child_marriage", details: { dangerNow: "no" } });
    expect(r.stored?.details.harmer, "the friends only told the teacher").not.toBe("peer");
    expect(r.stored?.risk).not.toBe("low");
  });

  it("Telegram: a thin story without diacritics is filled in by buttons in at most 9 messages, nothing asked twice", async () => {
    const w: Walk = {
      via: "telegram",
      story: "co dua be trong xom hay bi bo danh",
      answers: { danger: { choice: "no" }, where: "Đắk Lắk", commune: "xã Ea Súp", age: { choice: "6_11" }, when: { choice: "this_week" }, reporter: { choice: "neighbour" }, contact: { choice: "anonymous" } },
      given: [],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(9);
    expect(new Set(r.asked).size).toBe(r.asked.length);
    expect(r.stored).toMatchObject({ channel: "telegram", provinceName: "Đắk Lắk", childAgeBand: "6_11", reporterRelation: "neighbour", anonymous: true });
    expect(r.stored?.risk).not.toBe("low");
  });

  it("Telegram: an English neighbour is answered in English and corrects a misunderstood age at the summary", async () => {
    const w: Walk = {
      via: "telegram",
      story: "I live next door to a family in Buon Ma Thuot, Dak Lak. Their 5-year-old daughter is locked inside alone every day from morning to night, I hear her crying for hours. Last time was yesterday.",
      answers: { danger: { choice: "no" }, commune: { choice: "skip" }, contact: { choice: "anonymous" } },
      given: ["where", "age", "when", "reporter"],
      correction: "she is 4 years old, not 5",
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(7);
    expectNoneAskedAgain(r, w);
    expectEnglishOnly(r);
    expect(r.stored).toMatchObject({ channel: "telegram", provinceName: "Đắk Lắk", childAgeBand: "under_6", childSex: "female", reporterRelation: "neighbour", details: { language: "en" } });
    expect(r.stored?.risk).not.toBe("low");
  });

  // Eight more kinds of reporter (issue 13), written from DESIGN "Reporter conversation" before the code was changed for them.
  describe("eight more kinds of reporter", () => {
    const bot = (r: WalkResult) => r.transcript.filter((l) => l.startsWith("<")).join("\n");
    let noDiacriticsHarmer: string | null = null;

    it("a grandmother in spoken Southern Vietnamese is read as family, the father as the harmer, and the old province mapped", async () => {
      const w: Walk = {
        story: "Bà là bà nội thằng Tí nè con. Thằng Tí mới có 5 tuổi à, ba nó nhậu xỉn về là quýnh nó hoài, hôm bữa quýnh bầm hết cái lưng, nó sợ ba nó lắm. Nhà ở phường Tân An, Long An.",
        answers: { danger: { choice: "no" }, contact: "0918 234 567", consent: { choice: "yes" } },
        given: ["where", "commune", "age", "when", "reporter"],
      };
      const r = await walk(w);
      expect(r.code, r.transcript.join("\n")).not.toBeNull();
      expect(r.turns).toBeLessThanOrEqual(5);
      expectNoneAskedAgain(r, w);
      expect(r.stored).toMatchObject({ childAgeBand: "under_6", childSex: "male", reporterRelation: "family", contact: "0918 234 567", consentToContact: true, details: { harmer: "father", dangerNow: "no" } });
      // Long An is part of Tây Ninh since 2025 (the registry does not yet map every 2025 merger, e.g. Bình Dương into Hồ Chí Minh City).
      expect(r.stored?.provinceName).toBe("Tây Ninh");
      expect(["high", "emergency"]).toContain(r.stored?.risk);
    });

    it("a reporter typing without diacritics corrects the province at the summary; the commune is kept", async () => {
      const w: Walk = {
        story: "toi la hang xom, thang be 9 tuoi o phuong Hoi Phu, Kon Tum bi bo danh bang gay hom qua, lung bam tim",
        answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
        given: ["where", "commune", "age", "when", "reporter"],
        correction: "nham roi, nha be o Gia Lai chu khong phai Kon Tum",
      };
      const r = await walk(w);
      expect(r.code, r.transcript.join("\n")).not.toBeNull();
      expect(r.turns).toBeLessThanOrEqual(6);
      expectNoneAskedAgain(r, w);
      expect(r.transcript.join("\n")).toMatch(/Đã sửa theo lời bạn[\s\S]*Gia Lai/);
      expect(r.stored).toMatchObject({ provinceName: "Gia Lai", commune: "phường Hoi Phu", childAgeBand: "6_11", childSex: "male", reporterRelation: "neighbour", anonymous: true });
      expect(["high", "emergency"]).toContain(r.stored?.risk);
      noDiacriticsHarmer = r.stored?.details.harmer ?? null;
    });

    // Known gap, owned by the fact module (src/intake/triage, content/triage/facts-lexicon.json): without diacritics "bo" may be
    // "bỏ" (abandon) as well as "bố", so "bi bo danh" names nobody. This flips to a failure once the fact module reads it.
    it.fails("(known gap) the same walk stores the father as the harmer from 'bi bo danh'", () => {
      expect(noDiacriticsHarmer).toBe("father");
    });

    it("a child who asks 'có ai biết em báo không' is answered in words for a child, asked the same question again, and it is not the answer", async () => {
      const w: Walk = {
        story: "em 10 tuổi. chú em hay sờ vào chỗ kín của em mỗi khi mẹ em đi chợ, em không dám nói với ai. nhà em ở xã Ia Pa, Gia Lai",
        answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
        given: ["where", "commune", "age", "when", "reporter"],
        sideAt: { topic: "danger", text: "có ai biết em báo không?" },
      };
      const r = await walk(w);
      const side = r.sideReplies.map((x) => x.text).join("\n");
      expect(side, r.transcript.join("\n")).toMatch(/bí mật|không ai biết|giữ kín|không cho/i);
      expect(side).toMatch(/\bem\b/);
      expect(topicOf(r.sideReplies.at(-1))).toBe("danger");
      expect(r.code, r.transcript.join("\n")).not.toBeNull();
      expect(r.turns).toBeLessThanOrEqual(6);
      expectNoneAskedAgain(r, w);
      expect(bot(r)).not.toMatch(/ảnh|tại sao em|sao em không/i);
      expect(r.stored).toMatchObject({ reporterRelation: "self", childAgeBand: "6_11", provinceName: "Gia Lai", anonymous: true, details: { harmer: "relative", dangerNow: "no" } });
      // A question the bot answered is no information about the child: not kept in the case (never as the answer to a question).
      expect((r.stored?.details.extraNotes ?? []).join(" / ")).not.toContain("có ai biết em báo không?");
      expect(["high", "emergency"]).toContain(r.stored?.risk);
    });

    it("two children in one story are stored as two, and neither age is asked", async () => {
      const w: Walk = {
        story: "Tôi là hàng xóm. Hai chị em nhà bên, bé gái 8 tuổi và em trai 5 tuổi, bị mẹ nhốt trong nhà bỏ đói cả tuần nay, tối qua tôi còn nghe tiếng khóc xin ăn. Nhà ở phường Diên Hồng, Gia Lai.",
        answers: { danger: { choice: "no" }, contact: "0905 777 121", consent: { choice: "yes" } },
        given: ["where", "commune", "age", "when", "reporter"],
      };
      const r = await walk(w);
      expect(r.code, r.transcript.join("\n")).not.toBeNull();
      expect(r.turns).toBeLessThanOrEqual(5);
      expectNoneAskedAgain(r, w);
      expect(bot(r)).toMatch(/2 trẻ|hai trẻ|hai bé|2 bé/i);
      expect(r.stored).toMatchObject({ provinceName: "Gia Lai", commune: "phường Diên Hồng", reporterRelation: "neighbour", details: { children: 2 } });
      expect(["under_6", "6_11"]).toContain(r.stored?.childAgeBand);
      expect(["high", "emergency"]).toContain(r.stored?.risk);
    });

    it("a story that says the danger is tonight is not asked about danger now, and is stored as an emergency", async () => {
      const w: Walk = {
        story: "Cháu gái tôi 13 tuổi, ông dượng nó hay sờ soạng nó khi say rượu. Tối nay mẹ nó đi làm ca đêm, nó phải ở nhà một mình với ông ấy. Nhà ở xã Chư Păh, Gia Lai.",
        answers: { contact: "0977 121 343", consent: { choice: "yes" } },
        given: ["danger", "where", "commune", "age", "when", "reporter"],
      };
      const r = await walk(w);
      expect(r.code, r.transcript.join("\n")).not.toBeNull();
      expect(r.turns).toBeLessThanOrEqual(5);
      expectNoneAskedAgain(r, w);
      expect(r.stored).toMatchObject({ risk: "emergency", category: "sexual_abuse", provinceName: "Gia Lai", childAgeBand: "12_15", childSex: "female", reporterRelation: "family", details: { dangerNow: "yes", harmer: "stepfather" } });
    });

    it("a teenager in teencode threatened with her photos tonight is read as a child: safety first, stored as an online emergency", async () => {
      const w: Walk = {
        story: "e 15t, co ng quen tren fb doa tung anh nong cua e len mang neu e ko gui them, hn no doi toi nay phai gui. e o Da Nang",
        answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
        given: ["where", "age", "when", "reporter"],
      };
      const r = await walk(w);
      const first = r.first.map((x) => x.text).join("\n");
      expect(first, r.transcript.join("\n")).toMatch(/người lớn em tin/);
      expect(first).toMatch(/111/);
      expect(r.code, r.transcript.join("\n")).not.toBeNull();
      expect(r.turns).toBeLessThanOrEqual(6);
      expectNoneAskedAgain(r, w);
      expect(bot(r)).not.toMatch(/ảnh của em|gửi ảnh|tại sao em|sao em không/i);
      expect(r.stored).toMatchObject({ risk: "emergency", category: "online_abuse", reporterRelation: "self", childAgeBand: "12_15", provinceName: "Đà Nẵng", anonymous: true });
    });

    it("a child telling about a classmate is the reporter, not the victim: the classmate's age is stored", async () => {
      const w: Walk = {
        story: "Bạn cùng lớp em tên Linh, bạn ấy 11 tuổi, bị bố dượng đánh suốt, hôm nay bạn ấy đến lớp mặt sưng vù. Trường em ở phường Tân Lợi, Đắk Lắk.",
        answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
        given: ["where", "commune", "age", "when", "reporter"],
      };
      const r = await walk(w);
      expect(r.code, r.transcript.join("\n")).not.toBeNull();
      expect(r.turns).toBeLessThanOrEqual(5);
      expectNoneAskedAgain(r, w);
      expect(r.stored).toMatchObject({ provinceName: "Đắk Lắk", childAgeBand: "6_11", reporterRelation: "other", anonymous: true, details: { harmer: "stepfather" } });
      expect(["high", "emergency"]).toContain(r.stored?.risk);
    });

    it("Telegram: a commune health worker's report of burn marks with a mother's excuse is read as the worker's, about a 3-year-old boy", async () => {
      const w: Walk = {
        via: "telegram",
        story: "Tôi là y sĩ trạm y tế xã Ia Hrung, Gia Lai. Sáng nay tôi khám cho một bé trai 3 tuổi, trên tay và lưng có nhiều vết bỏng tròn như đầu thuốc lá, vết cũ vết mới. Mẹ bé nói bé tự ngã.",
        answers: { danger: { choice: "unknown" }, contact: "0269 3822 115", consent: { choice: "yes" } },
        given: ["where", "commune", "age", "when", "reporter"],
      };
      const r = await walk(w);
      expect(r.code, r.transcript.join("\n")).not.toBeNull();
      expect(r.turns).toBeLessThanOrEqual(5);
      expectNoneAskedAgain(r, w);
      expect(r.stored).toMatchObject({ channel: "telegram", provinceName: "Gia Lai", commune: "xã Ia Hrung", childAgeBand: "under_6", childSex: "male", reporterRelation: "other", contact: "0269 3822 115", category: "physical_violence" });
      expect(["high", "emergency"]).toContain(r.stored?.risk);
    });
  });

  /** What reporters added to a case after its code, as the officer's case page lists them. */
  async function additionsOf(code: string): Promise<string[]> {
    const key = resolveEncryptionKey({ configuredKey: undefined, dataDir: running.dataDir });
    const queue = createCaseServices(running.app.database, { cipher: createFieldCipher(key.key), settings: loadConfig(running.env, running.dataDir).cases }).queue;
    const shown = await queue.show("can-bo-e2e", code);
    return shown.ok ? shown.value.additions.map((a) => a.text ?? "") : [];
  }

  it("a mother who remembers one more thing right after the case code has it added to that case, not a new report", async () => {
    const w: Walk = {
      story: "Tôi là mẹ của bé Bin, bé trai 6 tuổi. Cô giữ trẻ ở nhóm trẻ tư thục phường Ea Tam, Đắk Lắk hay đánh vào tay bé, hôm qua tay bé sưng tím.",
      answers: { danger: { choice: "no" }, contact: "0333 456 789", consent: { choice: "yes" } },
      given: ["where", "commune", "age", "when", "reporter"],
      afterCode: "Quên nói: mỗi lần bé khóc cô ấy còn bắt bé đứng ở góc lớp cả buổi, không cho ăn trưa.",
    };
    const before = (await listCases(running)).length;
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.turns).toBeLessThanOrEqual(5);
    expectNoneAskedAgain(r, w);
    expect(r.stored).toMatchObject({ provinceName: "Đắk Lắk", childAgeBand: "6_11", childSex: "male", reporterRelation: "family", contact: "0333 456 789" });
    expect(r.afterReplies.map((x) => x.text).join("\n"), r.transcript.join("\n")).toContain(r.code!);
    expect(await additionsOf(r.code!)).toEqual([w.afterCode]);
    expect((await listCases(running)).length).toBe(before + 1);
  });
  it("a second concern about another child after the code is added at once (never held in the chat); 'Báo tin mới' makes it a report of its own", async () => {
    const second = "Còn một chuyện nữa, bé gái hàng xóm khác khoảng 12 tuổi ở phường Diên Hồng, Gia Lai cũng hay bị mẹ kế đánh bằng roi.";
    const w: Walk = {
      story: "Tôi là hàng xóm. Bé Hải, bé trai 7 tuổi ở phường Thống Nhất, Gia Lai, tối qua bị bố đánh bằng thắt lưng, lưng bầm tím.",
      answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when", "reporter"],
      afterCode: second,
    };
    const before = (await listCases(running)).length;
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    const asked = r.afterReplies.at(-1);
    expect(asked?.text, r.transcript.join("\n")).toContain(`Đã thêm tin này vào báo tin ${r.code}`);
    expect(asked?.text).toMatch(/trẻ khác/);
    expect(asked?.choices).toEqual([{ id: "menu:report", label: "Báo tin mới" }]);
    expect(await additionsOf(r.code!), "officers see it at once").toEqual([second]);

    // "Báo tin mới": the held message is the story of a new report, and only its gaps are asked.
    let replies = await r.more({ choice: "menu:report" });
    // The new story does not say who the reporter is to this child: that is the one gap (with danger now and contact).
    const answers: Array<[RegExp, Answer]> = [[/TÓM TẮT/, { choice: "submit" }], [/nguy hiểm/, { choice: "no" }], [/Bạn là ai/, { choice: "neighbour" }], [/liên lạc/, { choice: "anonymous" }]];
    let secondCode: string | null = null;
    for (let i = 0; i < 6 && !secondCode; i++) {
      const text = replies.map((x) => x.text).join("\n");
      secondCode = caseCodeIn(text);
      if (secondCode) break;
      expect(text).not.toMatch(/bao nhiêu tuổi|tỉnh, thành phố|Ở xã|khi nào/);
      const next = answers.find(([re]) => re.test(replies.at(-1)?.text ?? ""));
      expect(next, text).toBeDefined();
      replies = await r.more(next![1]);
    }
    expect(secondCode).not.toBeNull();
    expect(secondCode).not.toBe(r.code);
    const stored = await showCase(running, secondCode!);
    expect(stored).toMatchObject({ childAgeBand: "12_15", childSex: "female", commune: "phường Diên Hồng", provinceName: "Gia Lai", reporterRelation: "neighbour", details: { harmer: "stepmother" } });
    expect(stored?.narrative).toContain(second);
    expect(await additionsOf(r.code!)).toEqual([second]);
    expect((await listCases(running)).length).toBe(before + 2);
  });

  it("a message about another child is in the case at once, and a plain addition after it keeps attaching", async () => {
    const held = "Thêm một chuyện nữa: bé gái 13 tuổi là chị của bé cũng hay bị bố chửi mắng, bắt nghỉ học ở nhà làm việc.";
    const w: Walk = {
      story: "Tôi là cô giáo. Em Long, học sinh nam 8 tuổi ở xã Ia Grai, Gia Lai, hôm qua đến lớp với vết roi trên lưng, em nói bố đánh.",
      answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when", "reporter"],
      afterCode: held,
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.afterReplies.at(-1)?.choices?.map((c) => c.id), r.transcript.join("\n")).toEqual(["menu:report"]);
    expect(r.afterReplies.at(-1)?.text).toContain(r.code!);
    expect(await additionsOf(r.code!)).toEqual([held]);
    // A plain addition about the same child goes on being added, without a question.
    const plain = "Quên nói: bé Long hay mặc áo dài tay đến lớp để che vết roi.";
    const after = await r.more(plain);
    expect(after.at(-1)?.text).toContain(r.code!);
    expect(after.some((x) => x.choices?.some((c) => c.id.startsWith("case:attach")))).toBe(false);
    expect(await additionsOf(r.code!)).toEqual([held, plain]);
  });

  it("a message about another child is never dropped: a reporter who goes on without choosing has it in the case already, once", async () => {
    const held = "Còn một chuyện nữa, bé gái hàng xóm khác khoảng 12 tuổi cũng hay bị mẹ chửi mắng, bắt nghỉ học ở nhà trông em.";
    const w: Walk = {
      story: "Tôi là hàng xóm. Bé Nam, bé trai 7 tuổi ở phường Thống Nhất, Gia Lai, hôm qua bị bố đánh bằng thắt lưng, lưng bầm tím.",
      answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when", "reporter"],
      afterCode: held,
    };
    const r = await walk(w);
    expect(r.afterReplies.at(-1)?.choices?.map((c) => c.id), r.transcript.join("\n")).toEqual(["menu:report"]);
    expect(r.afterReplies.at(-1)?.text).toContain(`Đã thêm tin này vào báo tin ${r.code}`);
    expect(await additionsOf(r.code!)).toEqual([held]);
    await r.more("Khi nào cán bộ sẽ liên lạc?");
    expect(await additionsOf(r.code!)).toEqual([held]);
  });

  it("danger now about another child after the code does not wait for a tap: safety first, and a new report that officers hear of at once", async () => {
    const w: Walk = {
      story: "Tôi là hàng xóm. Bé Hoa, bé gái 6 tuổi ở phường Thống Nhất, Gia Lai, tuần trước bị mẹ kế đánh bằng roi, chân có vết bầm.",
      answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when", "reporter"],
      afterCode: "Một bé trai khác ở xóm trên đang bị bố cầm dao đuổi chém ngay bây giờ, ở xã Ia Grai, Gia Lai!",
    };
    const before = (await listCases(running)).filter((c) => c.risk === "emergency").length;
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.afterReplies[0]?.urgent, r.transcript.join("\n")).toBe(true);
    expect(r.afterReplies[0]?.links?.map((l) => l.url)).toEqual(expect.arrayContaining(["tel:113", "tel:115"]));
    // The new story says it is happening now: 113/115/111 once, and danger now is not asked again.
    expect(r.afterReplies.filter((x) => x.urgent)).toHaveLength(1);
    expect(r.afterReplies.map((x) => x.text).join("\n")).not.toMatch(/nguy hiểm ngay lúc này không/);
    expect(await additionsOf(r.code!)).toEqual([]);
    expect((await showCase(running, r.code!))?.risk).not.toBe("emergency");
    expect((await listCases(running)).filter((c) => c.risk === "emergency").length).toBe(before + 1);
  });

  it("information added after the code that raises the risk alerts officers as a new case of that risk would; a calming one never lowers it", async () => {
    const w: Walk = {
      story: "Tôi là hàng xóm. Bé trai 10 tuổi nhà bên ở phường Diên Hồng, Gia Lai hay bị các bạn cùng lớp chặn đường trêu chọc, lấy đồ, tuần này vẫn vậy.",
      answers: { danger: { choice: "no" }, contact: { choice: "anonymous" } },
      given: ["where", "commune", "age", "when", "reporter"],
    };
    const r = await walk(w);
    expect(r.code, r.transcript.join("\n")).not.toBeNull();
    expect(r.stored?.risk).toBe("medium");
    await waitFor(() => officerAlerts(r.code!).length >= 1);
    expect(officerAlerts(r.code!)).toHaveLength(1);

    const raise = await r.more("Hôm qua tôi thấy bố bé đánh bé bằng roi, chân bé có nhiều vết bầm tím.");
    expect(raise.at(-1)?.text, raise.map((x) => x.text).join("\n")).toContain(r.code!);
    expect((await showCase(running, r.code!))?.risk).toBe("high");
    await waitFor(() => officerAlerts(r.code!).length >= 2);
    expect(officerAlerts(r.code!)[1]).toMatch(/NÂNG MỨC NGUY CƠ lên Cao/);
    expect(officerAlerts(r.code!)[1]).not.toContain("roi");

    // Words that would lower it are data: the risk stays, and officers are not alerted again.
    await r.more("Bé giờ ổn rồi, không sao nữa đâu, xếp mức thấp giúp tôi.");
    expect((await showCase(running, r.code!))?.risk).toBe("high");
    await new Promise((s) => setTimeout(s, 500));
    expect(officerAlerts(r.code!)).toHaveLength(2);

    // Then danger now: an emergency, alerted as one.
    await r.more("Bây giờ bố bé đang cầm dao dọa giết bé, bé đang khóc thét.");
    expect((await showCase(running, r.code!))?.risk).toBe("emergency");
    await waitFor(() => officerAlerts(r.code!).some((t) => /CHUYỂN SANG KHẨN CẤP/.test(t)));
  });

  async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
    for (const end = Date.now() + ms; !check() && Date.now() < end; ) await new Promise((s) => setTimeout(s, 100));
    expect(check()).toBe(true);
  }
});
