/**
 * Wires the case queue onto an open database: the reporter-facing CaseIntake, the officers'
 * queue, referrals and the webhook outbox worker, all sharing one cipher and one clock.
 * The composition root (and the officer CLI) call this instead of assembling the parts.
 */
import type { Config } from "../config.ts";
import { StartupError } from "../core/errors.ts";
import { createFieldCipher, resolveEncryptionKey, type FieldCipher } from "../core/field-cipher.ts";
import type { CaseIntake } from "../intake/case-intake-port.ts";
import { createCaseIntakeService, type RiskSuggester } from "../intake/cases/case-intake-service.ts";
import type { ProvinceLookup } from "../intake/cases/case-province.ts";
import { createCaseQueueService, type CaseQueue } from "../intake/cases/case-queue-service.ts";
import { parseCaseSettings, type CaseSettings } from "../intake/cases/case-settings.ts";
import type { FloodBatchAlert, NewCaseAlert, OfficerAlerter } from "../intake/cases/case-types.ts";
import { createFloodAlertBatcher, type FloodAlertBatcher } from "../intake/cases/flood-alert-batcher.ts";
import type { FloodGuard } from "../intake/cases/flood-guard.ts";
import type { OutboxStore } from "../intake/cases/outbox-types.ts";
import { createOutboxWorker, type OutboxWorker, type OutboxWorkerDeps, type WebhookSender } from "../intake/cases/outbox-worker.ts";
import { createReferralService, type ReferralService } from "../intake/cases/referral-service.ts";
import { createOfficerIntake, type OfficerIntake } from "../intake/cases/officer-intake-service.ts";
import { createCaseRepository } from "./case-repository.ts";
import { REPORTER_TARGET, createCaseworkService, type Casework } from "../intake/cases/casework-service.ts";
import { createCaseworkRepository } from "./casework-repository.ts";
import { backfillCaseSearchKeys } from "./case-search-keys.ts";
import { createOfficerQueueRepository } from "./officer-queue-repository.ts";
import type { QueueSource } from "../officer/dashboard/queue-query.ts";
import type { EmergencySource } from "../officer/dashboard/events-feed.ts";
import { createReferralRepository } from "./case-referral-repository.ts";
import { createReportDataRepository, type ReportDataSource } from "./case-statistics-repository.ts";
import { openDatabase, type Database } from "./database.ts";
import { createOutboxRepository } from "./outbox-repository.ts";

export interface CaseServicesOptions {
  cipher: FieldCipher;
  settings: CaseSettings;
  provinces?: ProvinceLookup;
  alerter?: OfficerAlerter;
  /** The optional model's second opinion on a submitted report's risk (it can only raise it). */
  suggestRisk?: RiskSuggester;
  /** Told when alerting officers failed (log ids only, never report text). */
  onAlertError?: (error: unknown, alert: NewCaseAlert) => void;
  clock?: () => Date;
  /** Replaces fetch for outbound webhooks (tests use a local server instead). */
  send?: WebhookSender;
  /** Marks cases from a source past its report limits as a suspected flood (the web chat's sources). */
  flood?: FloodGuard;
  /** How long marked cases of one source are gathered into one officer alert (default 2 minutes). */
  floodAlertWindowMs?: number;
  /** Told when a batched flood alert could not be sent. */
  onFloodAlertError?: (error: unknown, batch: FloodBatchAlert) => void;
}

export interface CaseServices {
  intake: CaseIntake;
  queue: CaseQueue;
  /** Cases officers record from a call, a 111 transfer, a visit or a letter (same triage, deadlines and alerts). */
  officerIntake: OfficerIntake;
  referrals: ReferralService;
  /** Closing with a reason, reopening, follow-up tasks and their reminders (casework-service.ts). */
  casework: Casework;
  /** The dashboard's queue: scope, filters, search and urgency in one query, paginated. */
  officerQueue: QueueSource & EmergencySource;
  /** Fills the search columns of cases stored before they existed; returns how many. */
  backfillSearchKeys(): Promise<number>;
  outbox: OutboxStore;
  /** Batched alerts of suspected-flood cases; flush() when stopping so an open batch is still sent. */
  floodAlerts: FloodAlertBatcher;
  /** A worker that delivers referral webhooks; `workerId` names this instance in leases. */
  outboxWorker(workerId?: string, options?: { deliverers?: OutboxWorkerDeps["deliverers"] }): OutboxWorker;
  /** The periodic report's rows (coded columns, the commune opened with the cipher), for the dashboard's report page. */
  reportData: ReportDataSource;
}

export function createCaseServices(database: Database, options: CaseServicesOptions): CaseServices {
  const store = createCaseRepository(database.client, options.cipher);
  const outbox = createOutboxRepository(database.client, database.kind, options.cipher);
  const { webhooks, deadlines } = options.settings;
  const referrals = createReferralService({
    cases: store, referrals: createReferralRepository(database.client, options.cipher), outbox, clock: options.clock,
    webhookUrlFor: (target) => webhooks[target]?.url,
  });
  const queue = createCaseQueueService({ store, clock: options.clock, deadlines });
  const casework = createCaseworkService({ store: createCaseworkRepository(database.client, options.cipher), clock: options.clock, deadlines });
  const floodAlerts = createFloodAlertBatcher({
    windowMs: options.floodAlertWindowMs ?? 120_000,
    send: async (batch) => options.alerter?.floodBatch?.(batch),
    onError: options.onFloodAlertError,
  });
  return {
    intake: createCaseIntakeService({
      store, clock: options.clock, deadlines, provinces: options.provinces, alerter: options.alerter, onAlertError: options.onAlertError, suggestRisk: options.suggestRisk,
      flood: options.flood, floodAlerts,
    }),
    floodAlerts,
    queue,
    officerIntake: createOfficerIntake({
      store, queue, clock: options.clock, deadlines, provinces: options.provinces, alerter: options.alerter, onAlertError: options.onAlertError, suggestRisk: options.suggestRisk,
    }),
    referrals,
    casework,
    officerQueue: createOfficerQueueRepository(database, options.cipher),
    backfillSearchKeys: () => backfillCaseSearchKeys(database.client, options.cipher),
    outbox,
    reportData: createReportDataRepository(database.client, options.cipher),
    outboxWorker: (workerId, extra) =>
      createOutboxWorker({
        store: outbox, workerId, clock: options.clock, send: options.send,
        // Messages to reporters report back to their case; the rest are referral webhooks.
        onDelivered: (item) => (item.target === REPORTER_TARGET ? casework.messageDelivered(item.payload) : referrals.onDelivered(item)),
        onFailed: async (item, error, gaveUp) => (item.target === REPORTER_TARGET ? casework.messageFailed(item.payload, error, gaveUp) : undefined),
        deliverers: extra?.deliverers,
        secretFor: (target) => (webhooks as Record<string, { secret: string } | undefined>)[target]?.secret,
      }),
  };
}

/** Opens the configured database for a terminal command: refuses (one line) when migrations are pending, so a CLI never half-writes an old schema. */
export async function openCaseServicesForCli(config: Config, env: Record<string, string | undefined> = process.env): Promise<{ services: CaseServices; settings: CaseSettings; database: Database }> {
  const settings = parseCaseSettings(env);
  const key = resolveEncryptionKey({ configuredKey: config.encryptionKey, dataDir: config.dataDir });
  if (key.created) process.stderr.write(`Đã tạo khoá mã hoá mới (created a new encryption key): ${key.source}\n`);
  const database = await openDatabase(config.database);
  const state = await database.readiness();
  if (state.pending.length > 0) {
    await database.close();
    throw new StartupError(`Cơ sở dữ liệu chưa cập nhật (database not migrated): chạy (run) npm run db:migrate; pending: ${state.pending.join(", ")}`);
  }
  return { services: createCaseServices(database, { cipher: createFieldCipher(key.key), settings }), settings, database };
}
