import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createLogger } from "../../src/core/logger.ts";
import { startApplication, type Application } from "../../src/application.ts";
import { testDatabases, tempDir, type TestDatabase } from "../support/test-databases.ts";

const quietLogger = () => createLogger({ level: "silent", pretty: false });

describe.each(testDatabases)("the application on $name", (factory) => {
  let target: TestDatabase;
  let app: Application | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await target.drop();
  });

  const start = async (routes?: Parameters<typeof startApplication>[2]) => {
    const config = { ...loadConfig({ PORT: "0", HOST: "127.0.0.1" }, tempDir()), database: target.config };
    app = await startApplication(config, quietLogger(), routes);
    return app;
  };

  it("serves /healthz, /readyz with the database migrated, and /metrics in Prometheus format", async () => {
    target = await factory.create();
    const { url } = await start();
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", database: { kind: factory.name, reachable: true, pending: [] } });
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/# TYPE http_request_duration_seconds histogram/);
    expect(metrics).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/readyz",status="200"\} 1/);
  });

  it("stopping finishes a request already in flight, then refuses new connections", async () => {
    target = await factory.create();
    let entered!: () => void;
    const inFlight = new Promise<void>((resolve) => (entered = resolve));
    const running = await start({
      routes: [(server) => { server.get("/slow", async () => { entered(); await new Promise((r) => setTimeout(r, 400)); return { done: true }; }); }],
    });
    const response = fetch(`${running.url}/slow`);
    await inFlight;
    const stopped = running.stop();
    expect(await (await response).json()).toEqual({ done: true });
    await stopped;
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    app = undefined;
  });
});
