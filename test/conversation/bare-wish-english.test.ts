/**
 * A short English first message that says the writer wants to disappear or not live, written as people type it (no apostrophe,
 * "wanna"), gets the caring self-harm line with 111 before anything else, not the greeting menu nor the script for a child hit by
 * someone. Through the real web chat HTTP API and the real conversation core. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { all } from "./real-core-harness.ts";
import { webChatWalk } from "./web-chat-walk-harness.ts";

const { reporter } = webChatWalk("bare-wish");
// The language of a very short English line is not always told ("i just wanna disappear tbh" is answered in Vietnamese): either script.
const OWN_SCRIPT = /knives, pills or anything that could hurt you|dao, thuốc hay những thứ/;

describe("a bare English wish to disappear or not to live", () => {
  it.each([
    ["i just wanna disappear tbh"],
    ["Honestly I just want to disappear and never come back"],
    ["i dont want to live anymore"],
    ["I dont want to live like this anymore, nobody cares"],
  ])("«%s»: the caring line with 111 first, not the menu", async (text) => {
    const first = await reporter().send(text);
    expect(first[0]?.text ?? "").toMatch(OWN_SCRIPT);
    expect(all(first)).toMatch(/111/);
    expect(all(first)).not.toMatch(/What would you like to do\?|Bạn muốn làm gì/);
  });
});

describe("a second reading of the wish-to-die readings (RD16)", () => {
  it.each([
    ["Bây giờ em muốn chết"],
    ["mai em muốn chết"],
    ["Em không muốn sống như thế này nữa"],
    ["I don't want to live in this world anymore"],
    ["em chán lắm muốn chết đi cho xong"],
    ["em đã nói với mẹ: em muốn chết, nhưng mẹ không tin"],
    ["I told my mom: I want to die. She laughed"],
  ])("«%s»: the writer's own wish: the caring line first, not the police script nor advice about someone else", async (text) => {
    const first = await reporter().send(text);
    expect(first[0]?.text ?? "").toMatch(OWN_SCRIPT);
    expect(all(first)).not.toMatch(/Đừng để trẻ ở một mình|Do not leave the child alone|If your friend/);
  });

  it.each([
    ["The kids don't want to live with their father anymore because he drinks, can I report this?"],
  ])("«%s»: no self-harm script", async (text) => {
    const first = await reporter().send(text);
    expect(all(first)).not.toMatch(OWN_SCRIPT);
  });
});
