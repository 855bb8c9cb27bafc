/**
 * Runs the Telegram fake in its own process for the webhook benchmark, so the emulator's work
 * does not share a CPU with the server being measured (Telegram is remote in production).
 * Prints `URL <url>` when ready; prints `SENT <n>` and exits on "report" from stdin.
 */
import { createTelegramFake } from "../test/fakes/telegram-bot-api-server.ts";

const fake = await createTelegramFake({ token: process.argv[2] ?? "" });
process.stdout.write(`URL ${fake.url}\n`);
process.stdin.setEncoding("utf8");
process.stdin.on("data", async (chunk: string) => {
  if (!chunk.includes("report")) return;
  process.stdout.write(`SENT ${fake.sentMessages.length}\n`);
  await fake.close();
  process.exit(0);
});
