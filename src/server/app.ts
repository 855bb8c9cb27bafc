/**
 * The HTTP server: health, readiness and metrics now; webhooks, web chat and the officer
 * dashboard register their routes through `routes`. Built by a factory so tests run the
 * real server on a random port.
 */
import Fastify, { type FastifyInstance } from "fastify";
import helmet from "@fastify/helmet";
import type { Logger } from "../core/logger.ts";
import type { Database } from "../db/database.ts";
import type { Metrics } from "./metrics.ts";

export interface ServerDependencies {
  logger: Logger;
  metrics: Metrics;
  database: Pick<Database, "kind" | "readiness">;
  /** Feature routes (webhooks, web chat, dashboard) added after the built-in ones. */
  routes?: Array<(app: FastifyInstance) => void | Promise<void>>;
  /** Largest request body accepted, bytes. */
  bodyLimit?: number;
  /** Which proxies are trusted to name the client address (X-Forwarded-For); none by default. */
  trustProxy?: boolean | string[];
  /**
   * The channels still starting (Telegram's setWebhook not yet done…): /readyz answers 503 until
   * this is empty, so a load balancer sends nothing before every configured channel is registered.
   */
  starting?: () => string[];
}

/**
 * The strictest policy every page satisfies: scripts and styles only from files of this site
 * (no page has inline script or style), no framing. Pages that need less set their own.
 */
const CONTENT_SECURITY_POLICY = {
  "default-src": ["'none'"], "script-src": ["'self'"], "style-src": ["'self'"], "img-src": ["'self'", "data:"], "connect-src": ["'self'"],
  "form-action": ["'self'"], "frame-ancestors": ["'none'"], "base-uri": ["'none'"],
};
/** HSTS, sent only on HTTPS (directly, or from a trusted proxy's X-Forwarded-Proto): over plain HTTP it would mean nothing. */
const HSTS = "max-age=31536000; includeSubDomains";

/** Creates the fastify app with /healthz, /readyz, /metrics and request metrics; does not listen. */
export async function buildServer(deps: ServerDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    // Request lines name the path only: a query string can hold what an officer searched for (a phone number, a place).
    loggerInstance: deps.logger.child({ component: "http" }, { serializers: { req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url?.split("?")[0] }) } }),
    forceCloseConnections: "idle",
    bodyLimit: deps.bodyLimit ?? 1_048_576,
    trustProxy: deps.trustProxy ?? false,
  }) as unknown as FastifyInstance;
  const duration = deps.metrics.histogram("http_request_duration_seconds", "HTTP request duration by route and status");
  app.addHook("onResponse", async (request, reply) => {
    duration.observe(reply.elapsedTime / 1000, { route: request.routeOptions.url ?? "unmatched", method: request.method, status: String(reply.statusCode) });
  });

  closeKeepAliveWhenStopping(app);
  // Security headers on every answer (pages, API, webhooks, health).
  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY }, hsts: false, crossOriginEmbedderPolicy: false });
  app.addHook("onRequest", async (request, reply) => {
    if (request.protocol === "https") reply.header("strict-transport-security", HSTS);
  });

  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const state = await deps.database.readiness();
    const starting = deps.starting?.() ?? [];
    const ready = state.reachable && state.pending.length === 0 && starting.length === 0;
    return reply.code(ready ? 200 : 503).send({
      status: ready ? "ready" : "not_ready",
      ...(starting.length ? { starting } : {}),
      database: { kind: deps.database.kind, reachable: state.reachable, migrationsApplied: state.applied, migrationsExpected: state.expected, pending: state.pending },
      ...(state.error ? { error: state.error } : {}),
    });
  });
  app.get("/metrics", async (_request, reply) => reply.type("text/plain; version=0.0.4; charset=utf-8").send(await deps.metrics.render()));

  for (const register of deps.routes ?? []) await register(app);
  return app;
}

/**
 * A request in flight when the server stops gets its answer, and its keep-alive connection
 * is closed right after, so stopping never waits for a client that keeps a socket open.
 */
function closeKeepAliveWhenStopping(app: FastifyInstance): void {
  let stopping = false;
  app.addHook("preClose", async () => {
    stopping = true;
  });
  app.addHook("onSend", async (_request, reply) => {
    if (stopping) reply.header("connection", "close");
  });
  app.addHook("onResponse", async () => {
    if (stopping) app.server.closeIdleConnections();
  });
}
