/**
 * Composition root: configuration in, a running application out. Opens and migrates the
 * database, builds the features and the HTTP server, and knows how to stop them in order.
 * main.ts adds the process concerns (signals, exit codes); tests start this in-process.
 */
import type { FastifyInstance } from "fastify";
import type { Config } from "./config.ts";
import type { Logger } from "./core/logger.ts";
import { openDatabase, type Database } from "./db/database.ts";
import { createPlanRepository } from "./db/plan-repository.ts";
import { composeFeatures, type Features } from "./features.ts";
import { createKnowledgeService, type KnowledgeService } from "./qa/knowledge-service.ts";
import { buildServer, type ServerDependencies } from "./server/app.ts";
import { startupWarnings } from "./server/startup-warnings.ts";
import { createMetrics } from "./server/metrics.ts";
import { connectRedis } from "./server/redis-counters.ts";

export interface Application {
  server: FastifyInstance;
  database: Database;
  knowledge: KnowledgeService;
  core: Features["core"];
  /** The address the server listens on, e.g. http://127.0.0.1:3000. */
  url: string;
  /** Stops accepting requests, finishes in-flight ones, then closes the database. */
  stop(): Promise<void>;
}

export interface ApplicationOptions {
  /** Routes of features composed outside this module (each registers itself on the server). */
  routes?: ServerDependencies["routes"];
}

export async function startApplication(config: Config, logger: Logger, options: ApplicationOptions = {}): Promise<Application> {
  const database = await openDatabase(config.database);
  const applied = await database.migrate().catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  logger.info({ database: database.describe(), migrationsApplied: applied }, "database ready");

  const knowledge = await createKnowledgeService({ store: createPlanRepository(database.client) });
  logger.info({ plans: knowledge.plans().length, shipped: knowledge.shipped.outcomes.map((o) => o.outcome.status) }, "knowledge base ready");

  const metrics = createMetrics();
  const startedAt = Date.now();
  metrics.gauge("process_uptime_seconds", "Seconds since the application started", () => (Date.now() - startedAt) / 1000);
  const redis = config.abuse.redisUrl ? await connectRedis(config.abuse.redisUrl, logger) : undefined;
  const features = composeFeatures({ config, logger, database, knowledge, ...(redis ? { redis } : {}) });
  const server = await buildServer({ logger, metrics, database, trustProxy: config.trustProxy, starting: features.starting, routes: [...features.routes, ...(options.routes ?? [])] });
  const url = await server.listen({ port: config.port, host: config.host });
  logger.info({ url, database: database.kind }, "server listening");
  await features.start();
  for (const line of await startupWarnings({ config, db: database.client, plans: knowledge.plans(), registry: knowledge.registry, today: new Date().toISOString().slice(0, 10) })) logger.warn(line);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await features.stop();
      await server.close();
      redis?.disconnect();
      await database.close();
      logger.info("stopped");
    })();
    return stopping;
  };
  return { server, database, knowledge, core: features.core, url, stop };
}
