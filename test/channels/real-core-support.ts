/**
 * The product's own conversation core (real knowledge base, reporter flow, rule triage) over
 * the memory store and case queue, for channel tests that hold whole conversations. A test
 * that "restarts" builds a second core over the same store, as a new process over one database.
 */
import type { Logger } from "../../src/core/logger.ts";
import type { ConversationCore } from "../../src/conversation/conversation-types.ts";
import { createDefaultConversationCore } from "../../src/conversation/default-conversation-core.ts";
import { createMemoryConversationStore, type MemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import { createMemoryCaseIntake, type MemoryCaseIntake } from "../../src/intake/report-flow/memory-case-intake.ts";

export interface RealCoreWorld {
  store: MemoryConversationStore;
  intake: MemoryCaseIntake;
  /** A fresh core over the same store and queue (what a restarted process would build). */
  newCore(): ConversationCore;
}

export function createRealCoreWorld(logger: Logger): RealCoreWorld {
  const store = createMemoryConversationStore();
  const intake = createMemoryCaseIntake();
  return { store, intake, newCore: () => createDefaultConversationCore({ store, caseIntake: intake, logger }) };
}
