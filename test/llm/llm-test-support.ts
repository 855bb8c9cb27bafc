/** Shared wiring for the model-layer tests: a scripted OpenAI fake, a logger whose lines can be read, the real registry. */
import { createLogger, type Logger } from "../../src/core/logger.ts";
import { loadRegistry, type Registry } from "../../src/kb/registry/registry.ts";
import { createLlmLayer, type LlmLayer, type LlmLayerDeps } from "../../src/llm/llm-layer.ts";
import { createOpenAiFake, type OpenAiFake } from "../fakes/openai-server.ts";

export interface CapturedLogger {
  logger: Logger;
  /** Every JSON line written so far, as one string. */
  text(): string;
}

export function captureLogger(): CapturedLogger {
  const lines: string[] = [];
  const logger = createLogger({ level: "debug", pretty: false, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, text: () => lines.join("") };
}

let sharedRegistry: Registry | null = null;
/** The real registry, loaded once per test file. */
export function registry(): Registry {
  sharedRegistry ??= loadRegistry();
  return sharedRegistry;
}

export interface LayerHarness {
  fake: OpenAiFake;
  layer: LlmLayer;
  log: CapturedLogger;
  close(): Promise<void>;
}

/** A layer pointed at a fresh fake, with a short timeout so timeout tests stay fast. */
export async function startLayer(overrides: Partial<LlmLayerDeps> = {}): Promise<LayerHarness> {
  const fake = await createOpenAiFake();
  const log = captureLogger();
  const layer = createLlmLayer(
    { enabled: true, apiKey: "sk-test-fake-key-123456", baseUrl: fake.url, model: fake.model, reportAssist: false },
    { logger: log.logger, registry: registry(), timeoutMs: 1500, ...overrides },
  );
  if (!layer) throw new Error("layer expected to be enabled");
  return { fake, layer, log, close: () => fake.close() };
}

/** The messages of the n-th chat request the fake received. */
export function sentMessages(fake: OpenAiFake, n = 0): Array<{ role: string; content: string }> {
  const chats = fake.requests.filter((r) => r.path.endsWith("/chat/completions"));
  return (chats[n]?.body.messages ?? []) as Array<{ role: string; content: string }>;
}
