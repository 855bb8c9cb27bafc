/**
 * A child who writes about harm done to them by a parent, a step-parent, a teacher or an older
 * sibling, without saying their age, is written to as a child: the first reply is the child's
 * (not their fault, a trusted adult, 111 free) and never the adult's "do you want to report it?".
 * An adult writing about their husband, their own child or a neighbour's child is not. Sentences
 * written for this file.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const { reporter } = realCoreHarness("cw");
const CHILD_FIRST = /Em không có lỗi|em không có lỗi|not your fault/i;

describe("a child writing without an age", () => {
  it.each([
    "bố mẹ em li dị, em ở với bố, bố hay say rồi chửi em là đồ vô dụng",
    "me ke cu nhot e trong nha kho moi khi ba di lam",
    "anh hai mình hay đánh mình mỗi lần thua game, mình sợ về nhà lắm",
    "my stepmom locks me in my room without food, i'm in grade 7",
    "my dad throws things at me when he is drunk and i hide in the bathroom",
  ])("'%s' gets the child's first reply", async (text) => {
    const r = reporter();
    const replies = await r.send(text);
    expect(all(replies)).toMatch(CHILD_FIRST);
    expect(all(replies)).toMatch(/111/);
  });
});

describe("an adult writing about their own family", () => {
  it.each([
    "chồng em say xỉn về là đánh em với con, con em mới 6 tuổi",
    "bố chồng em hay chửi con gái em 8 tuổi là đồ ăn hại",
    "my husband hits me and our 5 year old son",
  ])("'%s' is not answered as a child", async (text) => {
    const r = reporter();
    const replies = await r.send(text);
    expect(all(replies)).not.toMatch(CHILD_FIRST);
  });
});
