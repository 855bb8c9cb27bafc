/**
 * Server-sent events of new emergencies for the dashboard's pages: behind the session guard
 * (401 without one), only emergencies of the officer's provinces, in the officer's language.
 * A stream lasts at most a few minutes and the browser reconnects through the guard again, so
 * a session that ended or an account disabled stops hearing within that time; stopping the
 * server ends every stream first.
 */
import type { FastifyInstance } from "fastify";
import type { DashboardContext } from "./dashboard-context.ts";
import { EVENTS_JS } from "./events-assets.ts";
import { createEmergencyFeed, type EmergencyNotice } from "./events-feed.ts";
import { BASE } from "./dashboard-layout.ts";
import { guard, sessionOf, uiOf } from "./dashboard-http.ts";
import { maySee } from "./officer-account-types.ts";

const STREAM_MS = 5 * 60_000;
const HEARTBEAT_MS = 25_000;

export function registerEventRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const feed = createEmergencyFeed({
    source: context.emergencies,
    intervalMs: context.eventPollMs,
    onError: (error) => scope.log.error({ errorName: (error as Error)?.name }, "emergency feed poll failed"),
  });
  const ends = new Set<() => void>();
  scope.addHook("preClose", async () => {
    for (const end of [...ends]) end();
    feed.close();
  });

  scope.get("/assets/alerts.js", async (_request, reply) => reply.type("text/javascript; charset=utf-8").send(EVENTS_JS));

  scope.get("/api/events", { preHandler: guard(context.auth, "officer", context.refuse) }, async (request, reply) => {
    const { account } = sessionOf(request);
    const { lang } = uiOf(request);
    const words = lang === "en"
      ? { text: (n: EmergencyNotice) => `New emergency${n.provinceName ? ` in ${n.provinceName}` : ""}:`, title: "New emergency", dismiss: "Close" }
      : { text: (n: EmergencyNotice) => `Tin khẩn cấp mới${n.provinceName ? ` tại ${n.provinceName}` : ""}:`, title: "Tin khẩn cấp mới", dismiss: "Đóng" };
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive", "x-content-type-options": "nosniff" });
    raw.write("retry: 5000\n\n");
    const unsubscribe = feed.subscribe((notice) => {
      if (!maySee(account, notice.provinceId)) return;
      const data = { code: notice.code, url: `${BASE}/cases/${notice.code}`, text: words.text(notice), title: words.title, dismiss: words.dismiss };
      raw.write(`event: emergency\ndata: ${JSON.stringify(data)}\n\n`);
    });
    const heartbeat = setInterval(() => raw.write(": still here\n\n"), HEARTBEAT_MS);
    const end = () => {
      clearInterval(heartbeat);
      clearTimeout(limit);
      unsubscribe();
      ends.delete(end);
      if (!raw.writableEnded) raw.end();
    };
    const limit = setTimeout(end, STREAM_MS);
    ends.add(end);
    request.raw.on("close", end);
  });
}
