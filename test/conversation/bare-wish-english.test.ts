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
const OWN_SCRIPT = /knives, pills or anything that could hurt you|để xa dao, thuốc hay những thứ/;

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
