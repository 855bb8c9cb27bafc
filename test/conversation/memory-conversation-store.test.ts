import { DuplicateDeliveryError } from "../../src/conversation/conversation-types.ts";
import { describe, expect, it } from "vitest";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import { StaleConversationError, type ConversationState } from "../../src/conversation/conversation-types.ts";

const fresh = (): ConversationState => ({ channel: "zalo", chatId: "c", language: null, mode: "menu", data: {}, lastChoices: [], version: 0, updatedAt: new Date() });

describe("memory conversation store", () => {
  it("a save from an old version fails so the caller reloads", async () => {
    const store = createMemoryConversationStore();
    expect(await store.save(fresh())).toBe(1);
    await expect(store.save(fresh())).rejects.toBeInstanceOf(StaleConversationError);
    const loaded = await store.load("zalo", "c");
    expect(await store.save({ ...loaded!, mode: "ask" })).toBe(2);
  });

  it("changing a loaded state does not change the stored one until it is saved", async () => {
    const store = createMemoryConversationStore();
    await store.save(fresh());
    const loaded = await store.load("zalo", "c");
    loaded!.data.x = 1;
    expect((await store.load("zalo", "c"))?.data).toEqual({});
  });

  it("records each delivery once with its save, and forgets the oldest past its bound", async () => {
    const store = createMemoryConversationStore({ maxProcessed: 2 });
    const v1 = await store.save(fresh(), "1");
    expect(await store.isProcessed("zalo", "c", "1")).toBe(true);
    await expect(store.save({ ...fresh(), version: v1 }, "1")).rejects.toBeInstanceOf(DuplicateDeliveryError);
    expect((await store.load("zalo", "c"))?.version).toBe(v1);
    const v2 = await store.save({ ...fresh(), version: v1 }, "2");
    await store.save({ ...fresh(), version: v2 }, "3");
    expect(store.processedCount()).toBe(2);
    expect(await store.isProcessed("zalo", "c", "1")).toBe(false);
  });
});
