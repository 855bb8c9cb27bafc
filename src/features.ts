/**
 * The product's features composed over one database and one knowledge base: the
 * conversation core with the reporter flow and the case queue, and the channels that
 * reach it (the web chat always; Telegram and Zalo when their tokens are configured).
 */
import { createHmac } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Redis } from "ioredis";
import type { Config } from "./config.ts";
import { createFieldCipher, resolveEncryptionKey } from "./core/field-cipher.ts";
import type { Logger } from "./core/logger.ts";
import { createTelegramChannel, sendReply, type OfficerChatHook, type TelegramChannel } from "./channels/telegram/telegram-channel.ts";
import { renderZaloReply } from "./channels/zalo/zalo-render.ts";
import { createReporterDeliverer } from "./officer/reporter-delivery.ts";
import { REPORTER_TARGET } from "./intake/cases/casework-service.ts";
import { createWebChat, webChatLanguage } from "./channels/web/web-chat.ts";
import { createZaloChannel, type ZaloChannel } from "./channels/zalo/zalo-adapter.ts";
import { createZaloClient } from "./channels/zalo/zalo-client.ts";
import type { ConversationCore, Reply } from "./conversation/conversation-types.ts";
import { createDangerDetector } from "./conversation/danger-detector.ts";
import { createDefaultConversationCore } from "./conversation/default-conversation-core.ts";
import { cleanText } from "./conversation/message-text.ts";
import type { Database } from "./db/database.ts";
import { createCaseServices, type CaseServicesOptions } from "./db/case-services.ts";
import { sealStoredCaseFields } from "./db/case-field-encryption.ts";
import { createConversationRepository } from "./db/conversation-repository.ts";
import { createOfficerDashboardOn } from "./officer/dashboard/compose-dashboard.ts";
import { createEscalationTimer } from "./intake/cases/escalation-timer.ts";
import { createTaskReminderTimer } from "./intake/cases/task-reminder-timer.ts";
import { createRegistryProvinceLookup } from "./intake/cases/case-province.ts";
import { createChatSources, createFloodGuard, createMemoryWindowCounter, type ChatSources } from "./intake/cases/flood-guard.ts";
import { triageReport } from "./intake/triage/triage-model.ts";
import type { KnowledgeService } from "./qa/knowledge-service.ts";
import { createAssistedAnswerer } from "./llm/assisted-answerer.ts";
import { createLlmLayer } from "./llm/llm-layer.ts";
import { createDeadlineReminderTimer, REMINDER_AUDIT_ACTION } from "./reports/deadline-reminders.ts";
import { createReminderLedger } from "./db/case-statistics-repository.ts";
import { createTelegramOfficerAlerter, queueResendingOfficerAlerts, type TelegramOfficerAlerter } from "./officer/telegram-officer-alerter.ts";
import { createRedisWindowCounter } from "./server/redis-counters.ts";
import { createSourceHasher, createWebChatLimits, webSessionState } from "./server/web-chat-limits.ts";

export interface Features {
  core: ConversationCore;
  routes: Array<(app: FastifyInstance) => void | Promise<void>>;
  /** Starts what runs beside the HTTP server (Telegram polling or webhook registration, Zalo). */
  start(): Promise<void>;
  /** What start() has not finished yet ("cases", "telegram", "zalo"): the server is not ready before. */
  starting(): string[];
  /** Stops the channels and waits for messages in hand. */
  stop(): Promise<void>;
}

export interface FeatureDeps {
  config: Config;
  logger: Logger;
  database: Database;
  knowledge: KnowledgeService;
  /** Shared abuse counters (REDIS_URL); each instance counts in memory without it. */
  redis?: Redis;
}

export function composeFeatures(deps: FeatureDeps): Features {
  const { config, logger, database, knowledge } = deps;
  const key = resolveEncryptionKey({ configuredKey: config.encryptionKey, dataDir: config.dataDir });
  if (key.created) logger.warn({ keyFile: key.source }, "created a new encryption key file: back it up; without it stored reports cannot be read");
  const cipher = createFieldCipher(key.key);

  // The optional model layer: null (rules only) unless OPENAI_API_KEY or OPENAI_BASE_URL is set.
  const llm = createLlmLayer(config.llm, { logger, registry: knowledge.registry });
  const suggestRisk = llm && config.llm.enabled && config.llm.reportAssist
    ? async (text: string) => (await llm.extractor.extract(text))?.suggestion ?? null
    : undefined;

  // Web sessions are tagged with their source (a keyed hash of the address) so a flood of reports from one source is marked and batched.
  const sources = createChatSources();
  const sourceKey = createHmac("sha256", key.key).update("abuse-source-v1").digest();

  // The officers' chat needs the Telegram channel, which needs the core, which needs the queue: bound once the channel exists.
  let officers: TelegramOfficerAlerter | undefined;
  const cases = createCaseServices(database, {
    cipher,
    settings: config.cases,
    provinces: createRegistryProvinceLookup(knowledge.registry),
    alerter: {
      alert: async (alert) => officers?.alert(alert),
      floodBatch: async (batch) => {
        logger.warn({ floodGroup: batch.group, reports: batch.count, emergencies: batch.emergencies }, "suspected flood: reports from one source batched into one officer alert");
        await officers?.floodBatch(batch);
      },
    },
    suggestRisk,
    onAlertError: (error, alert) => logger.error({ caseCode: alert.code, errorName: (error as Error).name }, "officer alert failed"),
    ...floodProtection(config, deps.redis, sources, logger),
  });
  // Officers' messages to reporters leave through the channel each reporter used (bound below, once the channels exist).
  const toReporters: { deliver?: ReturnType<typeof createReporterDeliverer> } = {};
  const outbox = cases.outboxWorker(`${os.hostname()}:${process.pid}`, {
    deliverers: { [REPORTER_TARGET]: async (item) => (toReporters.deliver ? toReporters.deliver(item) : { error: "channels not started yet" }) },
  });
  const escalation = createEscalationTimer({
    queue: queueResendingOfficerAlerts(cases.queue, () => officers),
    // Breaches are logged (ids only) and shown by `npm run case -- list`; with an officers' chat they are posted there too.
    notify: async (alerts) => {
      for (const a of alerts) logger.warn({ caseCode: a.code, kind: a.kind, risk: a.risk }, "case deadline escalation");
      await officers?.notify(alerts);
    },
    onError: (error) => logger.error({ errorName: (error as Error).name }, "escalation pass failed"),
  });
  // Follow-up tasks that fell due: logged (ids only) and, with an officers' chat, posted there naming the assignee.
  const reminders = createTaskReminderTimer({
    casework: cases.casework,
    notify: async (due) => {
      for (const r of due) logger.info({ caseCode: r.code, kind: r.kind, assignee: r.assigneeId }, "follow-up task due");
      await officers?.remind(due);
    },
    onError: (error) => logger.error({ errorName: (error as Error).name }, "task reminder pass failed"),
  });
  const assisted = createAssistedAnswerer({ answerer: knowledge, layer: llm });
  const conversations = createConversationRepository(database.client, cipher);
  const core = createDefaultConversationCore({
    store: conversations,
    caseIntake: cases.intake,
    logger: logger.child({ component: "conversation" }),
    registry: knowledge.registry,
    answerQuestion: (question, context) => assisted.answer(question, context),
    // "Bao lâu thì có người tới?" is answered with the deadlines the case queue keeps (CASE_DEADLINE_*).
    deadlines: config.cases.deadlines,
    // Officers are alerted at once only through their Telegram chat (OFFICER_TELEGRAM_CHAT_ID with Telegram on); without it the
    // reporter is told the report waits in the queue, never that officers were alerted (walk 52).
    officerAlerts: Boolean(config.officerTelegramChatId?.trim()) && config.telegram.mode !== "off",
  });

  const web = createWebChat({
    core, logger, exitUrl: config.webChatExitUrl, languageOf: webChatLanguage(conversations),
    gate: (app) => createWebChatLimits(app, {
      limits: config.abuse.web, redis: deps.redis, sourceOf: createSourceHasher(sourceKey), session: webSessionState(conversations),
      isDanger: dangerCheck(), onSource: tagWebSource(sources), logger,
    }),
  });
  const officerChatId = config.officerTelegramChatId?.trim();
  const officerHook: OfficerChatHook | undefined = officerChatId ? { chatId: officerChatId, handle: async (ctx) => officers?.handle(ctx) } : undefined;
  const telegram = telegramChannel(config, core, logger, officerHook);
  if (telegram && officerChatId) {
    officers = createTelegramOfficerAlerter({ api: telegram.bot.api, chatId: officerChatId, queue: cases.queue, referrals: cases.referrals, logger });
  } else if (officerChatId) {
    logger.warn("OFFICER_TELEGRAM_CHAT_ID is set but Telegram is off: officers are not notified in Telegram");
  }
  // The plans' reporting deadlines, 14 and 3 days before, to the officers' chat (logged without one); sent once (audit trail).
  const reportDeadlines = createDeadlineReminderTimer({
    plans: () => knowledge.plans(), registry: knowledge.registry, ledger: createReminderLedger(database.client, REMINDER_AUDIT_ACTION),
    send: async (text, r) => {
      logger.info({ plan: r.deadline.documentNumber, dueDate: r.dueDate, daysBefore: r.daysBefore }, "reporting deadline reminder");
      if (telegram && officerChatId) await telegram.bot.api.sendMessage(officerChatId, text);
    },
    onError: (error) => logger.error({ errorName: (error as Error).name }, "reporting deadline reminder failed"),
  });
  const zalo = zaloChannel(config, core, logger);
  toReporters.deliver = createReporterDeliverer({ conversations, senders: reporterSenders(config, telegram, logger) });
  const routes: Features["routes"] = [(app) => web.routes(app), (app) => createOfficerDashboardOn(database, cases, knowledge, undefined, createSourceHasher(sourceKey), createHmac("sha256", key.key).update("officer-device-v1").digest(), path.join(config.dataDir, "plan-uploads")).routes(app)];
  if (telegram && config.telegram.mode === "webhook") routes.push((app) => telegram.routes(app));
  if (zalo) routes.push((app) => zalo.routes(app));

  const starting = new Set(["cases", ...(telegram ? ["telegram"] : []), ...(zalo ? ["zalo"] : [])]);
  return {
    core,
    routes,
    starting: () => [...starting],
    async start() {
      // Cases stored before the commune and the triage reasons were encrypted are sealed first.
      const sealed = await sealStoredCaseFields(database.client, cipher);
      if (sealed > 0) logger.info({ cases: sealed }, "sealed the commune and triage reasons of older cases");
      starting.delete("cases");
      outbox.start(5_000);
      escalation.start(60_000);
      reminders.start(60_000);
      reportDeadlines.start(3_600_000);
      if (telegram) await telegram.start();
      starting.delete("telegram");
      if (zalo) logger.info({ channel: "zalo", mode: await zalo.start() }, "zalo channel started");
      starting.delete("zalo");
    },
    async stop() {
      // An open flood batch is still announced before the officers' chat goes away.
      await cases.floodAlerts.flush();
      await Promise.all([telegram?.stop(), zalo?.stop(), outbox.stop(), escalation.stop(), reminders.stop(), reportDeadlines.stop()]);
    },
  };
}

/** Reports from one web source past its limits: marked, counted in Redis when there is one, alerted in batches. */
function floodProtection(config: Config, redis: Redis | undefined, sources: ChatSources, logger: Logger): Pick<CaseServicesOptions, "flood" | "floodAlertWindowMs" | "onFloodAlertError"> {
  return {
    flood: createFloodGuard({
      sources,
      counter: redis ? createRedisWindowCounter(redis) : createMemoryWindowCounter(),
      limits: config.abuse.flood,
      onError: (error) => logger.error({ errorName: (error as Error).name }, "flood count failed; the case is alerted as usual"),
    }),
    floodAlertWindowMs: config.abuse.floodAlertWindowMs,
    onFloodAlertError: (error, batch) => logger.error({ floodGroup: batch.group, errorName: (error as Error).name }, "flood batch alert failed"),
  };
}

/** The core's danger check (phrases, then the triage's emergency) on the text as the core reads it. */
function dangerCheck(): (text: string) => boolean {
  const detect = createDangerDetector((text) => triageReport(text).risk === "emergency");
  return (text) => {
    const clean = cleanText(text);
    return clean !== null && detect(clean.processing).danger;
  };
}

function tagWebSource(sources: ChatSources): (chatId: string, source: string) => void {
  return (chatId, source) => sources.tag("web", chatId, source);
}

function telegramChannel(config: Config, core: ConversationCore, logger: Logger, officerChat?: OfficerChatHook): TelegramChannel | null {
  const t = config.telegram;
  if (t.mode === "off") return null;
  return createTelegramChannel({
    token: t.token,
    ...(t.apiRoot ? { apiRoot: t.apiRoot } : {}),
    mode: t.mode,
    sendsPerSecond: t.sendsPerSecond,
    ...(t.mode === "webhook" ? { webhookUrl: t.webhookUrl, webhookSecret: t.webhookSecret } : {}),
    core,
    logger,
    ...(officerChat ? { officerChat } : {}),
  });
}

/** How an officer's message reaches a reporter on Telegram (the bot's API) and Zalo (a client of the same bot). */
function reporterSenders(config: Config, telegram: TelegramChannel | null, logger: Logger): Parameters<typeof createReporterDeliverer>[0]["senders"] {
  const z = config.zalo;
  const zaloOut = z.mode === "off" ? null : createZaloClient({ token: z.token, baseUrl: z.apiBase, logger });
  return {
    ...(telegram ? { telegram: (chatId: string, reply: Reply) => sendReply({ api: telegram.bot.api }, chatId, reply) } : {}),
    ...(zaloOut ? { zalo: async (chatId: string, reply: Reply) => { for (const part of renderZaloReply(reply)) await zaloOut.sendMessage(chatId, part); } } : {}),
  };
}

function zaloChannel(config: Config, core: ConversationCore, logger: Logger): ZaloChannel | null {
  const z = config.zalo;
  if (z.mode === "off") return null;
  const client = createZaloClient({ token: z.token, baseUrl: z.apiBase, logger });
  return createZaloChannel({ client, core, logger, ...(z.webhookSecret ? { webhookSecret: z.webhookSecret } : {}) });
}
