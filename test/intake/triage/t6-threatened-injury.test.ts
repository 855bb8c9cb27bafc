/**
 * An injury named in a threat ("bố dọa đánh gãy chân", "mẹ dọa bẻ gãy tay nếu ...") is a threat, not an
 * injury the child has: read as an injury it raised the injury flag and a severe injury fact (found on the
 * held-out writers T-X, read half, 5 December). An injury done ("đánh gãy chân em tối qua") and a threat
 * carried out ("dọa rồi đánh gãy tay nó") stay injuries. Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { analyseMessage } from "../../../src/intake/triage/triage-model.ts";

const THREATENED = [
  "bố em dọa nếu em còn đi chơi khuya thì đánh gãy chân, em 13 tuổi, em sợ lắm",
  "ba toi doa danh gay tay neu toi thi truot, toi lop 9, toi so ko ngu duoc",
  "Chú nó đe dọa sẽ đánh cho gãy xương nếu nó mách cô giáo, thằng bé 10 tuổi.",
];
const DONE = [
  "bố em đánh gãy chân em tối qua, em 13 tuổi",
  "Ông ta dọa trước rồi đánh gãy tay thằng bé 10 tuổi hôm qua.",
];

describe("an injury threatened is not an injury done", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...THREATENED, ...DONE])).toEqual([]);
  });

  it.each(THREATENED)("a threatened injury raises no injury flag or fact: %s", (text) => {
    const a = analyseMessage(text);
    expect(a.triage.redFlags).not.toContain("injury");
    expect(a.facts.injury).toBeNull();
  });

  it.each(DONE)("an injury done stays an injury: %s", (text) => {
    const a = analyseMessage(text);
    expect(a.triage.redFlags).toContain("injury");
    expect(a.facts.injury).not.toBeNull();
  });
});
