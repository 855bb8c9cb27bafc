/**
 * The entries of a zip (a .docx) read from its central directory: names, compressed and
 * declared uncompressed sizes. A zip bomb is refused from these numbers before any entry is
 * decompressed; since a zip can lie about its sizes, every entry is then inflated here with
 * a cap on the bytes it may produce, and the zip is refused as soon as the bytes actually
 * inflated pass the limits, before the Word reader unpacks anything.
 */
import { inflateRawSync } from "node:zlib";
import { DocumentRejected } from "./document-errors.ts";

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** Compression method: 0 stored, 8 deflate. */
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Every entry of the central directory; throws DocumentRejected("damaged") when there is none to read. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocumentRejected("damaged", "zip");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new DocumentRejected("damaged", "zip");
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressedSize, uncompressedSize, method, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses a zip whose entries would unpack beyond the limits (total size, or one entry's ratio). */
export function checkZipExpansion(entries: readonly ZipEntry[], maxUnpackedBytes: number, maxRatio: number): void {
  let total = 0;
  for (const e of entries) {
    // ZIP64 marks sizes it does not fit in 32 bits with 0xffffffff: a document this size is refused anyway.
    if (e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff) throw new DocumentRejected("zip_bomb", e.name);
    total += e.uncompressedSize;
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > maxRatio) {
      throw new DocumentRejected("zip_bomb", `${e.name}: ${e.uncompressedSize} / ${e.compressedSize}`);
    }
  }
  if (total > maxUnpackedBytes) throw new DocumentRejected("zip_bomb", `${total} bytes`);
}

const LOCAL = 0x04034b50;

/**
 * Inflates every entry, counting the bytes it really produces: refuses the zip once their sum
 * passes `maxUnpackedBytes` or one entry's output passes `maxRatio` times its compressed size
 * (for entries over 1 MB), stopping the inflation there. Returns the total inflated.
 */
export function checkInflatedSizes(bytes: Uint8Array, entries: readonly ZipEntry[], maxUnpackedBytes: number, maxRatio: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of entries) {
    if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== LOCAL) throw new DocumentRejected("damaged", "zip");
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    // The data runs to the next entry at most: never trust the declared compressed size past the file's end.
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
    const allowed = Math.min(maxUnpackedBytes - total, Math.max(1024 * 1024, data.length * maxRatio));
    let size: number;
    if (e.method === 0) size = data.length;
    else if (e.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, allowed + 1) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new DocumentRejected("zip_bomb", `${e.name}: > ${allowed} bytes`);
        throw new DocumentRejected("damaged", `zip: ${e.name}`, { cause: error });
      }
    } else throw new DocumentRejected("damaged", `zip: ${e.name}: method ${e.method}`);
    if (size > allowed) throw new DocumentRejected("zip_bomb", `${e.name}: > ${allowed} bytes`);
    total += size;
  }
  return total;
}
