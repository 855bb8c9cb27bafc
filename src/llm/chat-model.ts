/**
 * The one place that talks to a model server: ChatOpenAI from langchain, pointed at OpenAI or
 * at any OpenAI-compatible server a province runs (vLLM, Ollama) through OPENAI_BASE_URL.
 * Retries and timeouts are the LLM client's job, so langchain's own retries are switched off.
 * langchain is loaded when a model is configured, not when this module is imported: about
 * 45 MB and 0.7 s at start that a deployment without a model never needs. It is required
 * synchronously (its CommonJS build), so the first call waits for nothing more than before.
 */
import { createRequire } from "node:module";
import type { ChatOpenAI } from "@langchain/openai";
import type { BaseMessage } from "@langchain/core/messages";

const requireCjs = createRequire(import.meta.url);

export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

export interface ChatReply {
  text: string;
  inputTokens: number | null;
  outputTokens: number | null;
}

/** A chat model as the layer uses it: messages in, text and token counts out, abortable. */
export interface ChatModel {
  complete(messages: ChatMessage[], options: { signal: AbortSignal }): Promise<ChatReply>;
}

export interface OpenAiChatSettings {
  apiKey: string | undefined;
  baseUrl: string | undefined;
  model: string;
}

/** Local servers usually need no key, but the SDK refuses to start without one. */
const NO_KEY = "not-needed";

/**
 * ChatOpenAI with temperature 0, asking for JSON replies (every task answers with one JSON
 * object). Some self-hosted servers reject `response_format`; then the request is repeated
 * once without it and later calls leave it out (the prompts ask for JSON anyway).
 */
export function createOpenAiChatModel(settings: OpenAiChatSettings): ChatModel {
  const { ChatOpenAI: ChatModelClass } = requireCjs("@langchain/openai") as typeof import("@langchain/openai");
  const { HumanMessage, SystemMessage } = requireCjs("@langchain/core/messages") as typeof import("@langchain/core/messages");
  const chat: ChatOpenAI = new ChatModelClass({
    model: settings.model,
    apiKey: settings.apiKey ?? NO_KEY,
    configuration: settings.baseUrl ? { baseURL: settings.baseUrl } : {},
    temperature: 0,
    maxRetries: 0,
    useResponsesApi: false,
  });
  const toLangchain = (m: ChatMessage): BaseMessage => (m.role === "system" ? new SystemMessage(m.content) : new HumanMessage(m.content));
  let jsonMode = true;
  const invoke = async (messages: ChatMessage[], signal: AbortSignal): Promise<ChatReply> => {
    const options = jsonMode ? { signal, response_format: { type: "json_object" as const } } : { signal };
    const reply = await chat.invoke(messages.map(toLangchain), options);
    return {
      text: typeof reply.content === "string" ? reply.content : JSON.stringify(reply.content),
      inputTokens: reply.usage_metadata?.input_tokens ?? null,
      outputTokens: reply.usage_metadata?.output_tokens ?? null,
    };
  };
  return {
    async complete(messages, { signal }) {
      try {
        return await invoke(messages, signal);
      } catch (error) {
        if (!jsonMode || !rejectsJsonMode(error)) throw error;
        jsonMode = false;
        return invoke(messages, signal);
      }
    },
  };
}

function rejectsJsonMode(error: unknown): boolean {
  const status = (error as { status?: unknown })?.status;
  return status === 400 && /response_format|json/i.test(String((error as Error)?.message));
}
