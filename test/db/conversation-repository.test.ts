import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { createFieldCipher } from "../../src/core/field-cipher.ts";
import { DuplicateDeliveryError, StaleConversationError, type ConversationState } from "../../src/conversation/conversation-types.ts";
import { createConversationRepository, purgeConversations } from "../../src/db/conversation-repository.ts";
import { testDatabases, useMigratedDatabase } from "../support/test-databases.ts";

const cipher = createFieldCipher(Buffer.alloc(32, 1));
const fresh = (chatId: string): ConversationState => ({
  channel: "telegram", chatId, language: null, mode: "report", data: { step: "what", narrative: "Bé trai bị đánh bằng gậy" }, lastChoices: [{ id: "skip", label: "Bỏ qua" }], version: 0, updatedAt: new Date(),
});

describe.each(testDatabases)("conversation store on $name", (factory) => {
  const database = useMigratedDatabase(factory);
  const open = async () => {
    const db = await database.open();
    return createConversationRepository(db.client, cipher);
  };

  it("keeps a conversation across a reopen, with the draft encrypted in the database", async () => {
    const store = await open();
    const version = await store.save(fresh("42"));
    const raw = await database.db.client.conversation.findFirstOrThrow();
    expect(raw.dataEncrypted).not.toContain("gậy");
    const reopened = createConversationRepository((await database.reopen()).client, cipher);
    expect(await reopened.load("telegram", "42")).toMatchObject({ mode: "report", version, data: { narrative: "Bé trai bị đánh bằng gậy" } });
    const config = database.target.config;
    if (config.kind === "sqlite") {
      await database.db.close();
      for (const suffix of ["", "-wal"]) {
        const file = config.file + suffix;
        if (fs.existsSync(file)) expect(fs.readFileSync(file).includes(Buffer.from("gậy"))).toBe(false);
      }
    }
  });

  it("a save based on an old version is refused, so two instances never overwrite each other", async () => {
    const store = await open();
    const v1 = await store.save(fresh("7"));
    const loaded = (await store.load("telegram", "7"))!;
    await store.save({ ...loaded, mode: "ask" });
    await expect(store.save({ ...loaded, version: v1, mode: "menu" })).rejects.toBeInstanceOf(StaleConversationError);
    await expect(store.save(fresh("7"))).rejects.toBeInstanceOf(StaleConversationError);
  });

  it("a delivery is recorded with the state it produced, once; language is remembered per user", async () => {
    const store = await open();
    const v1 = await store.save({ ...fresh("c1"), channel: "zalo" }, "message.text.received:m1");
    expect(await store.isProcessed("zalo", "c1", "message.text.received:m1")).toBe(true);
    await expect(store.save({ ...fresh("c1"), channel: "zalo", version: v1, mode: "ask" }, "message.text.received:m1")).rejects.toBeInstanceOf(DuplicateDeliveryError);
    expect((await store.load("zalo", "c1"))?.mode).toBe("report"); // the duplicate's state change was rolled back
    // A stale save rolls back its delivery record too, so the retry can record it.
    await expect(store.save({ ...fresh("c1"), channel: "zalo", version: 0 }, "message.text.received:m2")).rejects.toBeInstanceOf(StaleConversationError);
    expect(await store.isProcessed("zalo", "c1", "message.text.received:m2")).toBe(false);
    expect(await store.userLanguage("zalo", "u1")).toBeNull();
    await store.setUserLanguage("zalo", "u1", "en");
    await store.setUserLanguage("zalo", "u1", "vi");
    expect(await store.userLanguage("zalo", "u1")).toBe("vi");
  });

  it("retention deletes idle conversations and old delivery records, and keeps recent ones", async () => {
    const store = await open();
    await store.save(fresh("old"), "d-old");
    await store.save(fresh("new"), "d-new");
    const client = database.db.client;
    const longAgo = new Date("2025-01-01T00:00:00Z");
    await client.conversation.updateMany({ where: { chatId: "old" }, data: { updatedAt: longAgo } });
    await client.processedMessage.updateMany({ where: { messageId: "d-old" }, data: { createdAt: longAgo } });
    const purged = await purgeConversations(client, new Date("2026-01-01T00:00:00Z"));
    expect(purged).toEqual({ conversations: 1, deliveries: 1 });
    expect(await store.load("telegram", "old")).toBeNull();
    expect(await store.load("telegram", "new")).not.toBeNull();
    expect(await store.isProcessed("telegram", "new", "d-new")).toBe(true);
  });
});
