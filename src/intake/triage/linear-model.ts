/**
 * A small multi-head linear classifier (softmax regression per head) over hashed features
 * (text-features.ts). Trained offline on the labelled corpus in content/triage/corpus by
 * `npm run triage:train`, stored in content/triage/model.json: the buckets the training data
 * used (sorted) and one row of 16-bit weights per bucket and head. Deterministic, no network,
 * loads in a few milliseconds and scores a message in well under one.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature } from "./text-features.ts";

/** One head: a softmax over its classes. */
export interface ModelHead {
  classes: string[];
  bias: number[];
  /** Row-major: bucket index × class. */
  weights: Float32Array;
  /** The stored 16-bit weights and their scale, when read from a model file: weights[i] is Math.fround(ints[i] * scale). */
  quantised?: { ints: Int16Array; scale: number };
}

/** How the trained heads are turned into a decision (chosen by cross-validation, see the model file). */
export interface ModelPolicy {
  /** Probability of "emergency" at or above which a report is an emergency. */
  emergencyThreshold: number;
  /**
   * Below emergency, the level is the one with the least expected cost, where rating a report a
   * band too low costs this many times a band too high (a child waits longer when it is too low).
   */
  underRatingCost: number;
  /** The safety flags (content/triage/safety-rules.json) that earned their place on the training corpus. */
  safetyFlags?: string[];
  /** Probability of "concern" at or above which a first message is treated as a report. */
  concernThreshold: number;
  /** Between this and concernThreshold the chat asks whether the user wants to ask or to report. */
  unsureThreshold: number;
}

export interface LinearModel {
  buckets: Uint32Array;
  heads: Record<string, ModelHead>;
  policy: ModelPolicy;
  /** What it was trained on and how it measured, for officers' reasons and for review. */
  info: Record<string, unknown>;
}

/** The JSON form of a model (content/triage/model.json). */
export interface StoredModel {
  version: 2;
  buckets: string;
  heads: Record<string, { classes: string[]; bias: number[]; scale: number; weights: string }>;
  policy: ModelPolicy;
  info: Record<string, unknown>;
}

/** Raised when the model file exists but cannot be read: a build error, not user input. */
export class ModelFileError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`Triage model ${file} cannot be read: ${reason}`);
    this.name = "ModelFileError";
  }
}

export const MODEL_PATH = fileURLToPath(new URL("../../../content/triage/model.json", import.meta.url));

/** Open-addressing table from bucket to row, built once at load: a lookup is a few array reads (a slot's bucket and row side by side, one memory read). */
interface RowTable {
  mask: number;
  /** Slot s: bucket at 2s (-1 when empty), row at 2s + 1. */
  slots: Int32Array;
}

const tables = new WeakMap<Uint32Array, RowTable>();

function tableOf(buckets: Uint32Array): RowTable {
  let table = tables.get(buckets);
  if (table) return table;
  let size = 1;
  while (size < buckets.length * 2) size <<= 1;
  table = { mask: size - 1, slots: new Int32Array(2 * size).fill(-1) };
  buckets.forEach((bucket, row) => {
    let slot = Math.imul(bucket, 0x9e3779b1) & table!.mask;
    while (table!.slots[2 * slot] !== -1) slot = (slot + 1) & table!.mask;
    table!.slots[2 * slot] = bucket;
    table!.slots[2 * slot + 1] = row;
  });
  tables.set(buckets, table);
  return table;
}

/** Row of a bucket, or -1 when the model has no weights for it. */
function rowOf(buckets: Uint32Array, bucket: number, table = tableOf(buckets)): number {
  let slot = Math.imul(bucket, 0x9e3779b1) & table.mask;
  for (;;) {
    const key = table.slots[2 * slot]!;
    if (key === bucket) return table.slots[2 * slot + 1]!;
    if (key === -1) return -1;
    slot = (slot + 1) & table.mask;
  }
}

/**
 * For buckets stored in ascending order (as the model file keeps them), a bucket's row is the number of buckets below it: a
 * bitmap of the buckets with, beside each 32-bit word of it, the count of buckets before that word. About a megabyte read
 * where the open-addressing table is four, so a message's lookups mostly stay in the processor's cache.
 */
interface RankIndex {
  /** Word w: the bits of buckets 32w to 32w + 31 at 2w, the number of buckets below 32w at 2w + 1. */
  words: Uint32Array;
  /** One past the largest bucket. */
  limit: number;
}

const ranks = new WeakMap<Uint32Array, RankIndex | null>();

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The rank index of ascending buckets, or null when they are not stored in ascending order. */
function rankOf(buckets: Uint32Array): RankIndex | null {
  let index = ranks.get(buckets);
  if (index !== undefined) return index;
  let ascending = true;
  for (let i = 1; i < buckets.length && ascending; i++) ascending = buckets[i]! > buckets[i - 1]!;
  if (!ascending) index = null;
  else {
    const limit = buckets.length > 0 ? buckets[buckets.length - 1]! + 1 : 0;
    const words = new Uint32Array(2 * ((limit + 31) >>> 5));
    for (let i = 0; i < buckets.length; i++) { const w = 2 * (buckets[i]! >>> 5); words[w] = words[w]! | (1 << (buckets[i]! & 31)); }
    for (let w = 0, below = 0; 2 * w < words.length; w++) {
      words[2 * w + 1] = below;
      below += popcount(words[2 * w]!);
    }
    index = { words, limit };
  }
  ranks.set(buckets, index);
  return index;
}

/** Rows of a message's features, found once and shared by every head. */
const rowsCache = new WeakMap<readonly Feature[], Int32Array>();

function rowsOf(model: LinearModel, features: readonly Feature[]): Int32Array {
  let rows = rowsCache.get(features);
  if (!rows) {
    rows = new Int32Array(features.length);
    const rank = rankOf(model.buckets);
    if (rank) {
      const { words, limit } = rank;
      for (let i = 0; i < features.length; i++) {
        const bucket = features[i]!.bucket;
        if (bucket >= limit || bucket < 0) {
          rows[i] = -1;
          continue;
        }
        const bits = words[2 * (bucket >>> 5)]!;
        const bit = 1 << (bucket & 31);
        rows[i] = (bits & bit) === 0 ? -1 : words[2 * (bucket >>> 5) + 1]! + popcount(bits & (bit - 1));
      }
    } else {
      const table = tableOf(model.buckets);
      for (let i = 0; i < features.length; i++) rows[i] = rowOf(model.buckets, features[i]!.bucket, table);
    }
    rowsCache.set(features, rows);
  }
  return rows;
}

/** Each class's probability under one head. */
export function headProbabilities(model: LinearModel, head: string, features: readonly Feature[]): Record<string, number> {
  const h = model.heads[head];
  if (!h) throw new ModelFileError(MODEL_PATH, `no head "${head}"`);
  const k = h.classes.length;
  const scores = Float64Array.from(h.bias);
  const rows = rowsOf(model, features);
  const weights = h.weights;
  for (let i = 0; i < features.length; i++) {
    const row = rows[i]!;
    if (row < 0) continue;
    const value = features[i]!.value;
    const at = row * k;
    for (let c = 0; c < k; c++) scores[c]! += weights[at + c]! * value;
  }
  return softmax(h, scores);
}

/** The 16-bit weights of several heads side by side, row by row, made once per model and set of heads. */
const sideBySideCache = new WeakMap<LinearModel, Map<string, Int16Array>>();

function sideBySide(model: LinearModel, names: readonly string[], heads: readonly ModelHead[], offsets: readonly number[], stride: number): Int16Array {
  let byNames = sideBySideCache.get(model);
  if (!byNames) sideBySideCache.set(model, (byNames = new Map()));
  const key = names.join("\u0000");
  let ints = byNames.get(key);
  if (!ints) {
    const rows = model.buckets.length;
    const joint = new Int16Array(rows * stride);
    heads.forEach((h, j) => {
      const own = h.quantised!.ints;
      const k = h.classes.length;
      const off = offsets[j]!;
      for (let r = 0, from = 0, to = off; r < rows; r++, from += k, to += stride) for (let c = 0; c < k; c++) joint[to + c] = own[from + c]!;
    });
    byNames.set(key, (ints = joint));
  }
  return ints;
}

/** The side-by-side weights of the named heads (as headsProbabilities reads them). */
function jointWeights(model: LinearModel, names: readonly string[]): Int16Array {
  const heads = names.map((name) => model.heads[name]!);
  const offsets: number[] = [];
  let stride = 0;
  for (const h of heads) {
    offsets.push(stride);
    stride += h.classes.length;
  }
  return sideBySide(model, names, heads, offsets, stride);
}

/** Scratch space for the weights of one message's rows (reused, grown when a message has more). */
let gathered = new Int16Array(0);

function softmax(h: ModelHead, scores: Float64Array): Record<string, number> {
  const top = Math.max(...scores);
  const exps = scores.map((z) => Math.exp(z - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(h.classes.map((c, i) => [c, exps[i]! / total]));
}

/**
 * Each class's probability under several heads, read in one pass over the features (the same sums, in the same order, as
 * headProbabilities gives for each head alone). Heads read from a model file are read as their stored 16-bit weights (half
 * the memory of the 32-bit ones, and nothing to decode at start): Math.fround(int * scale) is the 32-bit weight itself.
 */
export function headsProbabilities(model: LinearModel, names: readonly string[], features: readonly Feature[]): Array<Record<string, number>> {
  const heads = names.map((name) => {
    const h = model.heads[name];
    if (!h) throw new ModelFileError(MODEL_PATH, `no head "${name}"`);
    return h;
  });
  if (!heads.every((h) => h.quantised)) return heads.map((_, j) => headProbabilities(model, names[j]!, features));
  const offsets: number[] = [];
  let stride = 0;
  for (const h of heads) {
    offsets.push(stride);
    stride += h.classes.length;
  }
  const all = new Float64Array(stride);
  const scales = new Float64Array(stride);
  heads.forEach((h, j) => {
    all.set(h.bias, offsets[j]!);
    scales.fill(h.quantised!.scale, offsets[j]!, offsets[j]! + h.classes.length);
  });
  const rows = rowsOf(model, features);
  const n = features.length;
  // The heads' 16-bit weights side by side, row by row: a row of every head is one memory read.
  const ints = heads.length === 1 ? heads[0]!.quantised!.ints : sideBySide(model, names, heads, offsets, stride);
  // The rows' weights are copied out first, in a loop of loads alone (the processor fetches many rows at once), then added up.
  if (gathered.length < n * stride) gathered = new Int16Array(Math.max(n * stride, 2 * gathered.length));
  const copy = gathered;
  for (let i = 0, to = 0; i < n; i++, to += stride) {
    const row = rows[i]!;
    if (row < 0) continue;
    const at = row * stride;
    for (let c = 0; c < stride; c++) copy[to + c] = ints[at + c]!;
  }
  for (let i = 0, from = 0; i < n; i++, from += stride) {
    if (rows[i]! < 0) continue;
    const value = features[i]!.value;
    for (let c = 0; c < stride; c++) all[c]! += Math.fround(copy[from + c]! * scales[c]!) * value;
  }
  return heads.map((h, j) => softmax(h, all.subarray(offsets[j]!, offsets[j]! + h.classes.length)));
}

/** A head over its stored 16-bit weights; the 32-bit ones are made when first read (training, headProbabilities): triage reads the 16-bit ones. */
function quantisedHead(classes: string[], bias: number[], ints: Int16Array, scale: number): ModelHead {
  let weights: Float32Array | undefined;
  return {
    classes,
    bias,
    get weights(): Float32Array {
      if (!weights) {
        weights = new Float32Array(ints.length);
        for (let i = 0; i < ints.length; i++) weights[i] = ints[i]! * scale;
      }
      return weights;
    },
    quantised: { ints, scale },
  };
}

/** Decodes the stored form. */
export function decodeModel(stored: StoredModel): LinearModel {
  const raw = Buffer.from(stored.buckets, "base64");
  const buckets = new Uint32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const heads: Record<string, ModelHead> = {};
  for (const [name, h] of Object.entries(stored.heads)) {
    const bytes = Buffer.from(h.weights, "base64");
    heads[name] = quantisedHead(h.classes, h.bias, new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)), h.scale);
  }
  return { buckets, heads, policy: stored.policy, info: stored.info };
}

/** Encodes a trained model for storage: weights quantised to 16 bits per head. */
export function encodeModel(model: LinearModel): StoredModel {
  const heads: StoredModel["heads"] = {};
  for (const [name, h] of Object.entries(model.heads)) {
    const max = h.weights.reduce((m, w) => Math.max(m, Math.abs(w)), 1e-9);
    const scale = max / 32767;
    const ints = Int16Array.from(h.weights, (w) => Math.round(w / scale));
    heads[name] = { classes: h.classes, bias: h.bias.map((b) => Math.round(b * 1e6) / 1e6), scale, weights: Buffer.from(ints.buffer).toString("base64") };
  }
  return { version: 2, buckets: Buffer.from(model.buckets.buffer, model.buckets.byteOffset, model.buckets.byteLength).toString("base64"), heads, policy: model.policy, info: model.info };
}

/**
 * The pre-shaped form of the shipped model, derived from MODEL_PATH (which stays the source of truth): its buckets, 16-bit
 * weights, rank index and side-by-side weights as they are in memory, read in one piece with nothing to parse or decode
 * (the JSON takes a tenth of a second or more to read at every start of `npm run triage`). Not in git: rebuilt by the first
 * read after the model file changes.
 */
export const MODEL_CACHE_PATH = fileURLToPath(new URL("../../../dist/cache/triage-model.bin", import.meta.url));

/** The heads triage-model.ts reads together; their side-by-side weights go into the cache. */
const JOINT_HEADS: readonly (readonly string[])[] = [["risk", "category"]];

/** First bytes of a cache; the number changes whenever the layout of the cache or of the indexes kept in it (rankOf, sideBySide) does. */
const CACHE_MAGIC = "BVTE-triage-model-cache-1\n";

/** Where a cache's arrays begin, after the magic, the header's length and the header. */
const bodyStart = (headerLength: number): number => Math.ceil((CACHE_MAGIC.length + 4 + headerLength) / 8) * 8;

/** Which model file a cache was made from: any write to the file changes its modification or change time (ctime cannot be set back). */
function sourceKey(file: string): string {
  const s = fs.statSync(file, { bigint: true });
  return [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs, os.endianness()].join(":");
}

interface CacheHeader {
  source: string;
  /** Bytes after the header (its arrays, each at a multiple of 8). */
  body: number;
  policy: ModelPolicy;
  info: Record<string, unknown>;
  buckets: [number, number];
  rank: { limit: number; at: [number, number] } | null;
  heads: Record<string, { classes: string[]; bias: number[]; scale: number; at: [number, number] }>;
  joint: Array<{ names: string[]; at: [number, number] }>;
}

/** Writes the pre-shaped form of a model decoded from `source` (whole or not at all); `key` is the file's as it was when read. */
export function writeModelCache(model: LinearModel, source: string = MODEL_PATH, cache: string = MODEL_CACHE_PATH, key: string = sourceKey(source)): void {
  const arrays: ArrayBufferView[] = [];
  let end = 0;
  const place = (array: ArrayBufferView): [number, number] => {
    arrays.push(array);
    const at: [number, number] = [end, array.byteLength];
    end += Math.ceil(array.byteLength / 8) * 8;
    return at;
  };
  const rank = rankOf(model.buckets);
  const header: CacheHeader = {
    source: key, body: 0, policy: model.policy, info: model.info,
    buckets: place(model.buckets),
    rank: rank && { limit: rank.limit, at: place(rank.words) },
    heads: {},
    joint: [],
  };
  for (const [name, h] of Object.entries(model.heads)) {
    if (!h.quantised) return;
    header.heads[name] = { classes: h.classes, bias: h.bias, scale: h.quantised.scale, at: place(h.quantised.ints) };
  }
  for (const names of JOINT_HEADS.filter((names) => names.every((n) => model.heads[n]))) header.joint.push({ names: [...names], at: place(jointWeights(model, names)) });
  header.body = end;
  const head = Buffer.from(JSON.stringify(header));
  const body = bodyStart(head.length);
  const out = Buffer.alloc(body + end);
  out.write(CACHE_MAGIC, 0, "latin1");
  out.writeUInt32LE(head.length, CACHE_MAGIC.length);
  head.copy(out, CACHE_MAGIC.length + 4);
  let at = body;
  for (const array of arrays) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, at);
    at += Math.ceil(array.byteLength / 8) * 8;
  }
  fs.mkdirSync(path.dirname(cache), { recursive: true });
  const temporary = `${cache}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, out);
  fs.renameSync(temporary, cache);
}

/** The model kept in `cache`, or null when there is none, it is damaged, or it was made from another state of `source`. */
export function readModelCache(source: string = MODEL_PATH, cache: string = MODEL_CACHE_PATH): LinearModel | null {
  let bytes: Buffer;
  let header: CacheHeader;
  let start: number;
  try {
    bytes = fs.readFileSync(cache);
    if (bytes.toString("latin1", 0, CACHE_MAGIC.length) !== CACHE_MAGIC) return null;
    const length = bytes.readUInt32LE(CACHE_MAGIC.length);
    header = JSON.parse(bytes.toString("utf8", CACHE_MAGIC.length + 4, CACHE_MAGIC.length + 4 + length)) as CacheHeader;
    start = bodyStart(length);
    if (start + header.body !== bytes.length || header.source !== sourceKey(source)) return null;
  } catch {
    return null;
  }
  // The arrays are viewed where they lie: their offsets are multiples of 8 from the start of the file.
  if (bytes.byteOffset % 8 !== 0) bytes = Buffer.from(bytes);
  start += bytes.byteOffset;
  const view = <T>(Kind: new (buffer: ArrayBufferLike, offset: number, length: number) => T, size: number, [offset, length]: [number, number]): T => new Kind(bytes.buffer, start + offset, length / size);
  const buckets = view(Uint32Array, 4, header.buckets);
  const heads: Record<string, ModelHead> = {};
  for (const [name, h] of Object.entries(header.heads)) heads[name] = quantisedHead(h.classes, h.bias, view(Int16Array, 2, h.at), h.scale);
  const model: LinearModel = { buckets, heads, policy: header.policy, info: header.info };
  ranks.set(buckets, header.rank && { limit: header.rank.limit, words: view(Uint32Array, 4, header.rank.at) });
  const joint = new Map(header.joint.map((j) => [j.names.join("\u0000"), view(Int16Array, 2, j.at)]));
  sideBySideCache.set(model, joint);
  return model;
}

let shipped: LinearModel | null | undefined;

/** The shipped model, read once (from its cache when that was made from the model file as it is); null when the file is missing (the rules then stand alone). */
export function shippedModel(): LinearModel | null {
  if (shipped !== undefined) return shipped;
  if (!fs.existsSync(MODEL_PATH)) return (shipped = null);
  shipped = readModelCache();
  if (shipped) return shipped;
  try {
    const key = sourceKey(MODEL_PATH);
    shipped = decodeModel(JSON.parse(fs.readFileSync(MODEL_PATH, "utf8")) as StoredModel);
    if (sourceKey(MODEL_PATH) === key) keepCache(shipped, key);
  } catch (error) {
    throw new ModelFileError(MODEL_PATH, error instanceof Error ? error.message : String(error));
  }
  return shipped;
}

/** A cache that cannot be written (a read-only checkout) only costs the next start the time to read the JSON. */
function keepCache(model: LinearModel, key: string): void {
  try {
    writeModelCache(model, MODEL_PATH, MODEL_CACHE_PATH, key);
  } catch {
    // nothing to do: the model in memory is the one just read
  }
}
