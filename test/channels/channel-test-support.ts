/** Helpers shared by the channel tests: a logger whose lines the test can read. */
import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../src/core/logger.ts";

export interface CapturedLogger {
  logger: Logger;
  /** Everything logged so far, one JSON line per entry. */
  text(): string;
}

export function captureLogger(): CapturedLogger {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { logger: createLogger({ level: "debug", pretty: false, destination }), text: () => lines.join("") };
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
