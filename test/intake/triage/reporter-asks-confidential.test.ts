/**
 * A reporter asking whether their own report is kept confidential ("thông tin của tôi có được giữ bí mật không?",
 * "can you keep my name secret?") is not a child told to keep a secret (the `secrecy` red flag, a sign of grooming).
 * Found on walk 39: a neighbour's privacy question, answered and kept as a note, gave the case that red flag.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const flags = (text: string) => triageReport(text).redFlags;
const story = "Thằng bé nhà bên 9 tuổi hay bị bố đánh bằng roi, chân tay bầm tím. ";

describe("the reporter's own confidentiality is no secrecy imposed on a child", () => {
  it.each([
    "Thông tin của tôi có được giữ bí mật không?",
    "Tên em có được giữ bí mật ko ạ, em sợ nhà đó biết",
    "thong tin nguoi bao co duoc giu bi mat khong",
    "Can you keep my name secret? I live right next to them.",
  ])("%s → no secrecy flag", (q) => {
    expect(flags(story + q)).not.toContain("secrecy");
  });

  it.each([
    "Ông ta dặn con bé phải giữ bí mật, không được kể với ai.",
    "He told her it is their secret and to keep it secret from her mum.",
    "chu no dan khong duoc noi voi bo me",
  ])("a child told to keep it secret still is: %s", (s) => {
    expect(flags("Bé gái 8 tuổi hàng xóm kể chú hay sờ người bé. " + s)).toContain("secrecy");
  });
});
