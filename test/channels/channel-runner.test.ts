import { describe, expect, it } from "vitest";
import {
  cleanInboundText, createChannelPipeline, createChatQueue, createRecentKeys, DELIVERY_FAILURE_TEXT, secretMatches,
  type ChannelPipelineDeps, type DeliveryProgress,
} from "../../src/channels/channel-runner.ts";
import type { InboundMessage, Reply } from "../../src/conversation/conversation-types.ts";
import { captureLogger, delay } from "./channel-test-support.ts";

function message(id: string, text = "xin chào"): InboundMessage {
  return { channel: "web", chatId: "c1", userId: "u1", messageId: id, kind: "text", text, attachments: [], receivedAt: new Date() };
}

class TransientError extends Error {
  constructor(readonly retryAfterMs?: number) {
    super("transient");
  }
}

/** A channel whose replies have parts ("a|b|c"); `fail` decides, per part, whether the API refuses it. */
function channelDeps(replies: Reply[], fail: (part: string, attempt: number) => Error | null, overrides: Partial<ChannelPipelineDeps> = {}) {
  const delivered: string[] = [];
  const attempts = new Map<string, number>();
  const deps: ChannelPipelineDeps = {
    core: { handle: async () => replies },
    logger: captureLogger().logger,
    recent: createRecentKeys(),
    async send(_chatId: string, reply: Reply, progress: DeliveryProgress) {
      const parts = reply.text.split("|");
      for (; progress.partsSent < parts.length; progress.partsSent++) {
        const part = parts[progress.partsSent] ?? "";
        const n = (attempts.get(part) ?? 0) + 1;
        attempts.set(part, n);
        const error = fail(part, n);
        if (error) throw error;
        delivered.push(part);
      }
    },
    isRetryable: (error) => error instanceof TransientError,
    retryAfterMs: (error) => (error instanceof TransientError ? error.retryAfterMs : undefined),
    delivery: { retryDelaysMs: [5, 5], urgentRetryDelaysMs: [5, 5, 5, 5], typingAfterMs: 80 },
    ...overrides,
  };
  return { deps, delivered, attempts };
}

describe("channel pipeline", () => {
  it("resumes a split reply after the parts already sent instead of repeating them", async () => {
    const { deps, delivered } = channelDeps([{ text: "a|b|c" }], (part, n) => (part === "b" && n === 1 ? new TransientError() : null));
    await createChannelPipeline(deps)(message("m1"));
    expect(delivered).toEqual(["a", "b", "c"]);
  });

  it("after a lost reply still tries the safety reply, skips the rest, and tells the user once", async () => {
    const { deps, delivered } = channelDeps(
      [{ text: "lost" }, { text: "normal" }, { text: "safety", urgent: true }],
      (part) => (part === "lost" ? new Error("400 bad request") : null),
    );
    await createChannelPipeline(deps)(message("m2"));
    expect(delivered).toEqual(["safety", DELIVERY_FAILURE_TEXT]);
  });

  it("tries a safety reply longer than an ordinary one before giving up", async () => {
    const { deps, attempts } = channelDeps([{ text: "ordinary" }, { text: "safety", urgent: true }], () => new TransientError());
    await createChannelPipeline(deps)(message("m3"));
    expect(attempts.get("ordinary")).toBe(3);
    expect(attempts.get("safety")).toBe(5);
  });

  it("waits as long as the platform asks before trying again", async () => {
    const { deps, delivered } = channelDeps([{ text: "x" }], (_part, n) => (n === 1 ? new TransientError(300) : null));
    const t0 = Date.now();
    await createChannelPipeline(deps)(message("m4"));
    expect(delivered).toEqual(["x"]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it("shows typing only while a slow answer is being prepared", async () => {
    const typed: string[] = [];
    const slow = channelDeps([{ text: "ok" }], () => null, {
      core: { handle: async () => (await delay(250), [{ text: "ok" }]) },
      typing: async (chatId) => void typed.push(chatId),
    });
    await createChannelPipeline(slow.deps)(message("m5"));
    const fast = channelDeps([{ text: "ok" }], () => null, { typing: async (chatId) => void typed.push(`fast-${chatId}`) });
    await createChannelPipeline(fast.deps)(message("m6"));
    await delay(120);
    expect(typed).toEqual(["c1"]);
  });

  it("answers a delivery seen moments ago only once", async () => {
    let asked = 0;
    const { deps, delivered } = channelDeps([], () => null, { core: { handle: async () => (asked++, [{ text: "một" }]) } });
    const pipeline = createChannelPipeline(deps);
    await Promise.all([pipeline(message("dup")), pipeline(message("dup"))]);
    expect(asked).toBe(1);
    expect(delivered).toEqual(["một"]);
  });
});

describe("chat queue", () => {
  it("runs one chat in order, other chats alongside, and no more chats at once than allowed", async () => {
    const queue = createChatQueue(2);
    const log: string[] = [];
    let active = 0;
    let peak = 0;
    const job = (key: string, name: string, ms: number) =>
      queue.run(key, async () => {
        active++;
        peak = Math.max(peak, active);
        await delay(ms);
        log.push(name);
        active--;
      });
    await Promise.all([job("a", "a1", 80), job("a", "a2", 5), job("b", "b1", 10), job("c", "c1", 10)]);
    expect(log.indexOf("a1")).toBeLessThan(log.indexOf("a2"));
    expect(log.indexOf("b1")).toBeLessThan(log.indexOf("a1"));
    expect(peak).toBe(2);
    expect(queue.size()).toBe(0);
  });

  it("keeps going after a task fails", async () => {
    const queue = createChatQueue();
    await expect(queue.run("a", async () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    await expect(queue.run("a", async () => 7)).resolves.toBe(7);
    await queue.idle();
  });
});

describe("channel helpers", () => {
  it("accepts only the exact secret", () => {
    expect(secretMatches("s3cret-value", "s3cret-value")).toBe(true);
    expect(secretMatches("s3cret-value", "s3cret-valuE")).toBe(false);
    expect(secretMatches("s3cret-value", "s3cret")).toBe(false);
    expect(secretMatches("s3cret-value", undefined)).toBe(false);
    expect(secretMatches("s3cret-value", ["s3cret-value"])).toBe(false);
    expect(secretMatches(undefined, "")).toBe(false);
  });

  it("removes hidden control and bidi-override characters but keeps text, newlines and emoji", () => {
    expect(cleanInboundText("a\u0000b\u202ec\u2067d\r\ne\t😀")).toBe("abcd\ne\t😀");
    expect(cleanInboundText(42)).toBeNull();
  });

  it("forgets the oldest delivery keys first", () => {
    const recent = createRecentKeys(2);
    expect([recent.firstTime("a"), recent.firstTime("b"), recent.firstTime("a"), recent.firstTime("c"), recent.firstTime("a")]).toEqual([true, true, false, true, true]);
  });
});
