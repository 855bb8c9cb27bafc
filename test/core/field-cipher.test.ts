import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CipherError, createFieldCipher, resolveEncryptionKey } from "../../src/core/field-cipher.ts";
import { tempDir } from "../support/test-databases.ts";

describe("encryption at rest", () => {
  it("round-trips Vietnamese text and never produces the same ciphertext twice", () => {
    const cipher = createFieldCipher(Buffer.alloc(32, 7));
    const a = cipher.encrypt("Bé gái 12 tuổi bị đánh");
    expect(a).not.toContain("Bé");
    expect(cipher.encrypt("Bé gái 12 tuổi bị đánh")).not.toBe(a);
    expect(cipher.decrypt(a)).toBe("Bé gái 12 tuổi bị đánh");
  });

  it("refuses a tampered value or another key", () => {
    const cipher = createFieldCipher(Buffer.alloc(32, 7));
    const sealed = cipher.encrypt("bí mật");
    const tampered = sealed.slice(0, -4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(() => cipher.decrypt(tampered)).toThrow(CipherError);
    expect(() => createFieldCipher(Buffer.alloc(32, 8)).decrypt(sealed)).toThrow(CipherError);
  });

  it("the embedded default creates a key file readable only by its owner, once", () => {
    const dir = tempDir();
    const first = resolveEncryptionKey({ configuredKey: undefined, dataDir: dir });
    expect(first.created).toBe(true);
    expect(fs.statSync(path.join(dir, "encryption.key")).mode & 0o777).toBe(0o600);
    const again = resolveEncryptionKey({ configuredKey: undefined, dataDir: dir });
    expect(again.created).toBe(false);
    expect(again.key.equals(first.key)).toBe(true);
  });

  it("ENCRYPTION_KEY wins over the key file", () => {
    const key = "ab".repeat(32);
    expect(resolveEncryptionKey({ configuredKey: key, dataDir: tempDir() }).key.toString("hex")).toBe(key);
  });
});
