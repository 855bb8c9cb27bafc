/**
 * The composed product (features.ts) with OFFICER_TELEGRAM_CHAT_ID and a Telegram token:
 * a reporter who says a child is in danger right now reaches the officers' chat before the
 * report is finished, and an officer's press in that chat claims the case.
 */
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { openDatabase, type Database } from "../../src/db/database.ts";
import { createPlanRepository } from "../../src/db/plan-repository.ts";
import { composeFeatures, type Features } from "../../src/features.ts";
import { createKnowledgeService } from "../../src/qa/knowledge-service.ts";
import { captureLogger } from "../channels/channel-test-support.ts";
import { createTelegramFake, type TelegramFake } from "../fakes/telegram-bot-api-server.ts";
import { tempDir } from "../support/test-databases.ts";

const TOKEN = "123456:wiring-test-token-AAAAAAAAAAAA";
const OFFICERS = -1001112223334;
const REPORTER = 4321;

let fake: TelegramFake | undefined;
let features: Features | undefined;
let database: Database | undefined;

afterEach(async () => {
  await features?.stop();
  await database?.close();
  await fake?.close();
  features = undefined;
  database = undefined;
});

describe("officers' chat wired into the product", () => {
  it("an emergency in a reporter's Telegram chat alerts the officers' chat at once, and a press there claims the case", { timeout: 60_000 }, async () => {
    fake = await createTelegramFake({ token: TOKEN });
    const dir = tempDir();
    const config = loadConfig({
      DATA_DIR: dir, DATABASE_URL: `file:${path.join(dir, "w.sqlite")}`, ENCRYPTION_KEY: "07".repeat(32), LOG_LEVEL: "silent",
      TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url, OFFICER_TELEGRAM_CHAT_ID: String(OFFICERS),
    }, dir);
    database = await openDatabase(config.database);
    await database.migrate();
    const knowledge = await createKnowledgeService({ store: createPlanRepository(database.client) });
    features = composeFeatures({ config, logger: captureLogger().logger, database, knowledge });
    await features.start();

    fake.pushMessage(REPORTER, "/report");
    await fake.waitForMessages(REPORTER, 1, 10_000);
    fake.pushMessage(REPORTER, "có");
    const [alert] = await fake.waitForMessages(OFFICERS, 1, 10_000);
    expect(alert?.text).toMatch(/KHẨN CẤP/);
    const code = /TE-[A-Z0-9]{6}/.exec(alert?.text ?? "")?.[0];
    expect(code).toBeTruthy();

    const claim = ((alert?.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard.flat()).find((b) => b.callback_data.includes(":claim:"));
    fake.pushCallbackQuery(OFFICERS, claim!.callback_data, alert!.message_id, { id: 99, username: "truc_ban" });
    const [, confirmation] = await fake.waitForMessages(OFFICERS, 2, 10_000);
    expect(confirmation?.text).toContain(code);
    expect(confirmation?.text).toContain("truc_ban");
  });
});
