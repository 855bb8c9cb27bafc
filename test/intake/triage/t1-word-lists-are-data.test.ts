/**
 * T1: the word lists the triage read this session (messages and threats, a time ahead, a denial that anyone harms, the sending a
 * threat names) are data an editor can change in content/triage/, each with a note, not regular expressions in code (DESIGN:
 * "Lexicons and corpora are data files, not code"). The readings they steer stay as they were: checked here with new sentences.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const read = (p: string) => JSON.parse(fs.readFileSync(new URL(`../../../${p}`, import.meta.url), "utf8"));
const source = (p: string) => fs.readFileSync(new URL(`../../../src/intake/triage/${p}`, import.meta.url), "utf8");

describe("the words are in the lexicons, each list with a note", () => {
  it("lexicon.json holds the words of messaging, of a time ahead and of a denial that anyone harms", () => {
    const lex = read("content/triage/lexicon.json");
    expect(lex.messaging).toContain("nhan tin");
    expect(lex.aheadOrIf).toContain("neu");
    expect(lex.harmDeniedByAnyone.length).toBeGreaterThan(0);
    for (const note of ["_messagingAbout", "_aheadOrIfAbout", "_harmDeniedByAnyoneAbout"]) expect(typeof lex[note]).toBe("string");
  });

  it("facts-lexicon.json holds the words of a threatened sending and whom it goes to", () => {
    const lex = read("content/triage/facts-lexicon.json");
    expect(lex.threatenedAudience.sending).toContain("gui");
    expect(lex.threatenedAudience.sentTo).toContain("cho");
    expect(lex.threatenedAudience.threatened).toContain("doa");
    expect(typeof lex.threatenedAudienceAbout).toBe("string");
  });

  it("the triage code keeps no list of these words of its own", () => {
    expect(source("report-facts.ts")).not.toMatch(/const (?:SENDING|SENT_TO|THREATENED)\b/);
    expect(source("triage-combinations.ts")).not.toMatch(/const (?:MESSAGING|AHEAD_OR_IF) = \//);
    expect(source("triage-model.ts")).not.toMatch(/const HARM_DENIED_BY_ANYONE = \//);
  });
});

const THREAT_TO_FRIENDS = "Bé nhà tôi 13 tuổi, một người lạ trên Zalo giữ ảnh của bé và dọa sẽ gửi cho bạn bè cùng lớp của bé.";
const FRIENDS_SENT_IT = "Mấy bạn trong lớp quay lén con bé 12 tuổi trong nhà vệ sinh rồi gửi cho cả khối xem.";
const GOES_ON = "Con bé 13 tuổi bị người lạ giữ ảnh nóng, dọa tung ảnh. Hôm nay nó vẫn đang nhắn tin đe dọa con bé.";
const TONIGHT_IF = "Con bé 13 tuổi bị người lạ giữ ảnh nóng, nó dọa nếu tối nay con bé không gửi tiền thì sẽ tung ảnh.";
const WORRY = "Con gái hàng xóm 15 tuổi tối nào cũng đi chơi khuya với nhóm bạn lớn tuổi hơn. Nobody is hurting her nhưng tôi thấy lo.";

describe("the readings these words steer are unchanged", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([THREAT_TO_FRIENDS, FRIENDS_SENT_IT, GOES_ON, TONIGHT_IF, WORRY])).toEqual([]);
  });

  it("the girl's friends a stranger threatens to send her photos to are not who harms her", () => {
    expect(extractReportFacts(THREAT_TO_FRIENDS).harmer).not.toBe("peer");
    expect(extractReportFacts(FRIENDS_SENT_IT).harmer).toBe("peer");
  });

  it("a threat that only goes on today is no deadline today; a threat with 'if tonight' is one", () => {
    expect(triageReport(GOES_ON).redFlags).not.toContain("sextortion_deadline");
    expect(triageReport(TONIGHT_IF).risk).toBe("emergency");
  });

  it("a worry with 'nobody is hurting her' and no harm told is not raised to high", () => {
    const t = triageReport(WORRY);
    expect(t.risk).not.toBe("emergency");
    expect(t.risk).not.toBe("high");
  });
});
