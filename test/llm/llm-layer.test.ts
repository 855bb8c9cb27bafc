import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createLlmLayer } from "../../src/llm/llm-layer.ts";
import { PromptLoadError } from "../../src/llm/llm-errors.ts";
import { DEFAULT_PROMPTS_DIR, loadPrompts, PROMPT_FILES } from "../../src/llm/prompt-loader.ts";
import { captureLogger, registry, startLayer, type LayerHarness } from "./llm-test-support.ts";

let h: LayerHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "prompts-"));

describe("the language-model layer", () => {
  it("is absent when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set", () => {
    const config = loadConfig({}, tmp());
    expect(config.llm).toEqual({ enabled: false });
    expect(createLlmLayer(config.llm, { logger: captureLogger().logger, registry: registry() })).toBeNull();
  });

  it("works with a local OpenAI-compatible server that needs no key", async () => {
    h = await startLayer();
    const config = loadConfig({ OPENAI_BASE_URL: h.fake.url }, tmp());
    const layer = createLlmLayer(config.llm, { logger: captureLogger().logger, registry: registry() });
    h.fake.script([{ json: { intent: "budget", province: "Gia Lai" } }]);
    expect(await layer?.interpreter.interpret("tien bao nhieu gia lai")).toEqual({ intent: "budget", province: "Gia Lai" });
  });

  it("counts outcomes per task", async () => {
    h = await startLayer({ breaker: { failureThreshold: 1, coolDownMs: 60_000 } });
    h.fake.script([{ json: { intent: "lead" } }, { status: 500 }, { status: 500 }, { status: 500 }]);
    await h.layer.interpreter.interpret("a");
    await h.layer.interpreter.interpret("b");
    await h.layer.extractor.extract("c");
    expect(h.layer.stats()).toEqual({ interpret: { interpreted: 1, server_error: 1 }, extract: { circuit_open: 1 } });
  });

  it("never logs the API key", async () => {
    h = await startLayer();
    h.fake.script([{ status: 401, message: "Incorrect API key provided: sk-test-fake-key-123456" }]);
    await h.layer.interpreter.interpret("a");
    expect(h.log.text()).toContain("llm call");
    expect(h.log.text()).not.toContain("sk-test-fake-key-123456");
  });
});

describe("prompts", () => {
  it("loads one Vietnamese prompt per task, each asking for JSON", () => {
    const prompts = loadPrompts();
    expect(Object.keys(prompts).sort()).toEqual(Object.keys(PROMPT_FILES).sort());
    for (const p of Object.values(prompts)) {
      expect(p.file).toMatch(/\.v\d+\.md$/);
      expect(p.text).toMatch(/JSON/);
      expect(p.text).toMatch(/[ăâđêôơư]/);
    }
  });

  it("refuses to start the layer when a prompt file is missing, naming the file", () => {
    const dir = tmp();
    for (const file of Object.values(PROMPT_FILES).slice(1)) fs.copyFileSync(path.join(DEFAULT_PROMPTS_DIR, file), path.join(dir, file));
    const start = () => createLlmLayer({ enabled: true, apiKey: "k", baseUrl: undefined, model: "m", reportAssist: false }, { logger: captureLogger().logger, registry: registry(), promptsDir: dir });
    expect(start).toThrow(PromptLoadError);
    expect(start).toThrow(PROMPT_FILES.answerPhrasing);
  });
});
