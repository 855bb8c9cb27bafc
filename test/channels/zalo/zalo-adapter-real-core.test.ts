/**
 * A whole Zalo conversation through the adapter, the local Zalo fake and the product's own
 * conversation core: the numbered menu, a bare "2" choosing the report route, a cited answer,
 * and the 111 guidance for an event Zalo could not show.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createZaloChannel, type ZaloChannel } from "../../../src/channels/zalo/zalo-adapter.ts";
import { createZaloClient } from "../../../src/channels/zalo/zalo-client.ts";
import { createZaloFake, type ZaloFake } from "../../fakes/zalo-bot-api-server.ts";
import { captureLogger, delay } from "../channel-test-support.ts";
import { createRealCoreWorld } from "../real-core-support.ts";

const TOKEN = "1234567890:zalo-secret-part-ABCDEFGH";
let fake: ZaloFake;
let channel: ZaloChannel;

beforeEach(async () => {
  fake = await createZaloFake({ token: TOKEN });
  const logs = captureLogger();
  const client = createZaloClient({ token: TOKEN, baseUrl: fake.url, retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40 } });
  channel = createZaloChannel({ client, core: createRealCoreWorld(logs.logger).newCore(), logger: logs.logger, mode: "polling", pollTimeoutSec: 1 });
  await channel.start();
});
afterEach(async () => {
  await channel.stop();
  await fake.close();
});

describe("Zalo with the real conversation core", () => {
  it("offers a numbered menu, takes a bare number as the choice, and answers with citations", async () => {
    fake.pushText("z1", "/start");
    const [menu] = await fake.waitForMessages("z1", 1);
    expect(menu?.text).toMatch(/\n1\. .+\n2\. .+\n3\. /);
    expect(menu?.text).toContain("📞 Gọi 111");
    expect(menu?.text?.match(/[Tt]rả lời 1, 2 hoặc 3/g)).toHaveLength(1);

    fake.pushText("z1", "2");
    await fake.waitForMessages("z1", 2);
    await delay(300);
    const report = fake.sentMessages.filter((m) => m.chat_id === "z1").slice(1).map((m) => m.text).join("\n");
    expect(report).toMatch(/nguy hiểm/);
    expect(report).toMatch(/\n1\. /);

    fake.pushText("z2", "Sở nào chủ trì phòng chống xâm hại trẻ em ở Gia Lai?");
    const [answer] = await fake.waitForMessages("z2", 1);
    expect(answer?.text).toMatch(/2509\/KH-UBND/);
  });

  it("answers an event Zalo could not show with the 111 guidance", async () => {
    fake.pushUnsupported("z3");
    const [reply] = await fake.waitForMessages("z3", 1);
    expect(reply?.text).toContain("111");
  });
});
