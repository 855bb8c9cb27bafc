import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createLogger } from "../../src/core/logger.ts";
import { startApplication, type Application } from "../../src/application.ts";
import { createOpenAiFake } from "../fakes/openai-server.ts";
import { tempDir } from "../support/test-databases.ts";
import { answerReport, caseCodeIn, NARRATIVE_MARKER, repliesText, useHumanClock, webReporter } from "../e2e/e2e-support.ts";

const question = "Ở Đắk Lắk, ai chủ trì chương trình hoàn thiện hệ thống tư pháp cho người chưa thành niên?";
const grounded = "Theo Quyết định 2041/QĐ-UBND của Đắk Lắk (mục III.4), Sở Tư pháp là cơ quan chủ trì chương trình hoàn thiện hệ thống tư pháp cho người chưa thành niên; Công an tỉnh, Sở Y tế và Tòa án nhân dân tỉnh cùng phối hợp.";

describe("the model layer inside the running product", () => {
  let app: Application | undefined;
  const fakes: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    for (const f of fakes.splice(0)) await f.close();
  });

  const ask = async (env: Record<string, string>, text: string) => {
    const dir = tempDir();
    app = await startApplication(loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dir, ...env }, dir), createLogger({ level: "silent", pretty: false }));
    const res = await fetch(`${app.url}/api/chat/messages`, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ sessionId: "session-llm-1", messageId: "msg-00000001", text }),
    });
    return ((await res.json()) as { replies: Array<{ text: string }> }).replies.map((r) => r.text).join("\n");
  };

  it("a grounded rewording from a province-run model reaches the web chat, with the plan's citation", async () => {
    const fake = await createOpenAiFake();
    fakes.push(fake);
    fake.script([{ json: { answer: grounded } }]);
    const text = await ask({ OPENAI_BASE_URL: fake.url }, question);
    expect(text).toContain(grounded);
    expect(text).toContain("2041/QĐ-UBND");
  });

  it("a model that invents a number is not believed: the deterministic answer is sent", async () => {
    const fake = await createOpenAiFake();
    fakes.push(fake);
    fake.script([{ json: { answer: "Theo Quyết định 2041/QĐ-UBND, Sở Tư pháp chủ trì và phải báo cáo trong 15 ngày." } }]);
    const withModel = await ask({ OPENAI_BASE_URL: fake.url }, question);
    await app!.stop();
    app = undefined;
    const withoutModel = await ask({}, question);
    expect(withModel).not.toContain("15 ngày");
    expect(withModel).toBe(withoutModel);
  });

  it("with a model configured, a citizen's report is not sent to it unless LLM_REPORT_ASSIST is on", async () => {
    const fake = await createOpenAiFake();
    fakes.push(fake);
    const dir = tempDir();
    app = await startApplication(loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dir, OPENAI_BASE_URL: fake.url }, dir), createLogger({ level: "silent", pretty: false }));
    const clock = useHumanClock();
    try {
      const reporter = webReporter(app.url);
      await reporter.send("/report");
      const last = await answerReport(async (text) => repliesText((await reporter.send(text)).replies), clock);
      expect(caseCodeIn(last)).not.toBeNull();
    } finally {
      clock.restore();
    }
    expect(fake.allRequestText()).not.toContain(NARRATIVE_MARKER);
  });
});
