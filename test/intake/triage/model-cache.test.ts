/**
 * The shipped model is read from a pre-shaped binary form kept beside the build (a cache derived from
 * content/triage/model.json, which stays the source of truth): every number must be the one the model
 * file gives, and a changed model file must never be answered from an old cache.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeModel, headsProbabilities, MODEL_PATH, readModelCache, writeModelCache, type LinearModel, type StoredModel } from "../../../src/intake/triage/linear-model.ts";
import { textFeatures } from "../../../src/intake/triage/text-features.ts";

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function scratch(): { model: string; cache: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bvte-model-cache-"));
  made.push(dir);
  const model = path.join(dir, "model.json");
  fs.copyFileSync(MODEL_PATH, model);
  return { model, cache: path.join(dir, "cache", "model.bin") };
}

const fromJson = (file: string): LinearModel => decodeModel(JSON.parse(fs.readFileSync(file, "utf8")) as StoredModel);

// Written for this test: a few reports in the registers the triage sees.
const SENTENCES = [
  "Thằng bé nhà bên cứ tối là bị ông bố say rượu lôi ra sân đánh, hôm nay nghe nó khóc to lắm",
  "chau gai toi 12 tuoi bi mot thang lon tuoi hon nhan tin doi gui anh",
  "My neighbour's little boy has been left on his own for two days with a fever",
  "Cho tôi hỏi báo tin thì có phải để tên thật không?",
];

describe("the triage model read from its pre-shaped cache", () => {
  it("gives every weight, bucket and probability exactly as the model file does", () => {
    const { model, cache } = scratch();
    const json = fromJson(model);
    writeModelCache(json, model, cache);
    const cached = readModelCache(model, cache);
    expect(cached).not.toBeNull();
    expect(Array.from(cached!.buckets)).toEqual(Array.from(json.buckets));
    expect(cached!.policy).toEqual(json.policy);
    expect(cached!.info).toEqual(json.info);
    for (const [name, head] of Object.entries(json.heads)) {
      const other = cached!.heads[name]!;
      expect(other.classes).toEqual(head.classes);
      expect(other.bias).toEqual(head.bias);
      expect(other.quantised!.scale).toBe(head.quantised!.scale);
      expect(Buffer.from(other.quantised!.ints.buffer, other.quantised!.ints.byteOffset, other.quantised!.ints.byteLength).equals(Buffer.from(head.quantised!.ints.buffer, head.quantised!.ints.byteOffset, head.quantised!.ints.byteLength))).toBe(true);
    }
    for (const text of SENTENCES) {
      expect(headsProbabilities(cached!, ["risk", "category"], textFeatures(text))).toEqual(headsProbabilities(fromJson(model), ["risk", "category"], textFeatures(text)));
      expect(headsProbabilities(cached!, ["route"], textFeatures(text))).toEqual(headsProbabilities(fromJson(model), ["route"], textFeatures(text)));
    }
  });

  it("is not used once the model file has changed, even to the same size", () => {
    const { model, cache } = scratch();
    writeModelCache(fromJson(model), model, cache);
    const text = fs.readFileSync(model, "utf8");
    fs.writeFileSync(model, text.replace('"emergencyThreshold":0.', '"emergencyThreshold":1.'));
    expect(readModelCache(model, cache)).toBeNull();
  });

  it("is not used when it is cut short or is not a cache at all", () => {
    const { model, cache } = scratch();
    writeModelCache(fromJson(model), model, cache);
    const bytes = fs.readFileSync(cache);
    fs.writeFileSync(cache, bytes.subarray(0, bytes.length >> 1));
    expect(readModelCache(model, cache)).toBeNull();
    fs.writeFileSync(cache, "not a model");
    expect(readModelCache(model, cache)).toBeNull();
  });
});
