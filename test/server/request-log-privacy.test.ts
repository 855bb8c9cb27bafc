/**
 * The server's request log names the path, never the query string: an officer's search
 * (`/officer?q=0912 345 678`, a commune) must not land in the logs.
 */
import { describe, expect, it } from "vitest";
import { buildServer } from "../../src/server/app.ts";
import { createMetrics } from "../../src/server/metrics.ts";
import { captureLogger } from "../channels/channel-test-support.ts";

describe("request log", () => {
  it("logs the path of a request but not what its query string searched for", async () => {
    const captured = captureLogger();
    const server = await buildServer({
      logger: captured.logger,
      metrics: createMetrics(),
      database: { kind: "sqlite", readiness: async () => ({ ok: true }) } as never,
      routes: [(app) => void app.get("/officer", async () => "ok")],
    });
    try {
      const res = await server.inject({ method: "GET", url: "/officer?q=0912345678&place=xa+Ia+Grai" });
      expect(res.statusCode).toBe(200);
      const log = captured.text();
      expect(log).toContain('"url":"/officer"');
      expect(log).not.toContain("0912345678");
      expect(log).not.toContain("Ia+Grai");
    } finally {
      await server.close();
    }
  });
});
