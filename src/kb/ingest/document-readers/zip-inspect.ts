/**
 * The entries of a zip (a .docx) read from its central directory alone, without inflating
 * anything: names, compressed and declared uncompressed sizes. A zip bomb is refused from
 * these numbers before any entry is decompressed.
 */
import { DocumentRejected } from "./document-errors.ts";

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
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
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressedSize, uncompressedSize });
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
