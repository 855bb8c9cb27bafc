/**
 * `npm start`: reads the configuration, starts the application, and stops it gracefully on
 * SIGTERM or SIGINT (in-flight requests finish, the database closes). A start-up problem
 * prints one line that names what is wrong, and exits with code 1.
 */
import { loadConfig } from "./config.ts";
import { StartupError } from "./core/errors.ts";
import { createLogger, scrubSecrets } from "./core/logger.ts";
import { startApplication } from "./application.ts";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.log.level, pretty: config.log.pretty });
  const app = await startApplication(config, logger);

  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, "shutdown timed out");
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "error while shutting down");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  const line = error instanceof StartupError ? error.message : `Lỗi khi khởi động (start-up failed): ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(scrubSecrets(line.split("\n")[0] ?? line) + "\n");
  process.exit(1);
});
