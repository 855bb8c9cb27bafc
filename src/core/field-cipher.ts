/**
 * Encryption at rest for children's data (report narratives, contacts, conversation drafts):
 * AES-256-GCM with a random 96-bit nonce per value, authenticated, versioned ("v1:") so the
 * key or algorithm can be rotated later. The embedded default keeps its key in a file only
 * its owner can read; PostgreSQL deployments pass ENCRYPTION_KEY so every instance shares it.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "./errors.ts";

export interface FieldCipher {
  encrypt(plain: string): string;
  /** Throws CipherError when the value was tampered with or was written under another key. */
  decrypt(sealed: string): string;
  /**
   * A keyed hash (HMAC-SHA256, hex) of `value` under a key derived from this key for `purpose`,
   * so a value stored encrypted (a reporter's phone number) can still be found by an exact match.
   */
  lookupHash(purpose: string, value: string): string;
}

export class CipherError extends Error {
  override readonly name = "CipherError";
}

const PREFIX = "v1:";

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new CipherError("encryption key must be 32 bytes");
  const lookupKeys = new Map<string, Buffer>();
  const lookupKey = (purpose: string) => {
    let derived = lookupKeys.get(purpose);
    if (!derived) lookupKeys.set(purpose, (derived = createHmac("sha256", key).update(`lookup-v1:${purpose}`).digest()));
    return derived;
  };
  return {
    lookupHash: (purpose, value) => createHmac("sha256", lookupKey(purpose)).update(value, "utf8").digest("hex"),
    encrypt(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, nonce);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return PREFIX + Buffer.concat([nonce, cipher.getAuthTag(), body]).toString("base64");
    },
    decrypt(sealed) {
      if (!sealed.startsWith(PREFIX)) throw new CipherError("unknown encryption format");
      const raw = Buffer.from(sealed.slice(PREFIX.length), "base64");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
      } catch (error) {
        throw new CipherError("cannot decrypt: wrong key or tampered value", { cause: error });
      }
    },
  };
}

/** Parses ENCRYPTION_KEY (64 hex characters or 44 base64 characters). */
export function parseKey(text: string): Buffer {
  return /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64");
}

export const KEY_FILE_NAME = "encryption.key";

/**
 * The key for this deployment: ENCRYPTION_KEY when set; otherwise the key file in DATA_DIR,
 * created on first start with mode 0600. `created` tells the caller to say where it is.
 */
export function resolveEncryptionKey(options: { configuredKey: string | undefined; dataDir: string }): { key: Buffer; source: string; created: boolean } {
  if (options.configuredKey) return { key: parseKey(options.configuredKey), source: "ENCRYPTION_KEY", created: false };
  const file = path.join(options.dataDir, KEY_FILE_NAME);
  try {
    if (fs.existsSync(file)) return { key: parseKey(fs.readFileSync(file, "utf8").trim()), source: file, created: false };
    fs.mkdirSync(options.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("hex") + "\n", { mode: 0o600, flag: "wx" });
    return { key: parseKey(fs.readFileSync(file, "utf8").trim()), source: file, created: true };
  } catch (error) {
    throw new StartupError(`Không đọc/tạo được khoá mã hoá (cannot read or create the encryption key) ${file}: ${(error as Error).message}`, { cause: error });
  }
}
