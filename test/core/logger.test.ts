import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, scrubSecrets } from "../../src/core/logger.ts";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  return { logger: createLogger({ level: "info", pretty: false, destination }), output: () => lines.join("") };
}

describe("logging", () => {
  it("never writes report text, contacts, phone numbers or tokens", () => {
    const { logger, output } = capture();
    logger.info({ text: "Bé bị đánh ở nhà số 5", update: { message: { text: "bí mật" } }, contact: "0912345678", token: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" }, "report received");
    logger.warn("calling https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage for 0987 654 321");
    const out = output();
    for (const secret of ["Bé bị đánh", "bí mật", "0912345678", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "0987 654 321"]) expect(out).not.toContain(secret);
    expect(out).toContain("report received");
  });

  it("keeps ids and error messages that officers need", () => {
    const { logger, output } = capture();
    logger.error({ caseId: "c123", err: new Error("database is locked") }, "save failed");
    expect(output()).toContain("c123");
    expect(output()).toContain("database is locked");
  });

  it("scrubs phone numbers in Vietnamese formats but not dates or document numbers", () => {
    expect(scrubSecrets("gọi +84 912 345 678 hoặc 0912.345.678")).toBe("gọi [phone] hoặc [phone]");
    expect(scrubSecrets("số của tôi là 0912 345 678.")).toBe("số của tôi là [phone].");
    expect(scrubSecrets("Quyết định 2041/QĐ-UBND ngày 17/8/2016")).toBe("Quyết định 2041/QĐ-UBND ngày 17/8/2016");
  });
});
