/**
 * "our secret" is the harm told only when another says it ("he said it's our secret"); a child asking the chat to keep it secret
 * ("can this be our secret?", "giữ bí mật giúp em nha") asks who will know. "tôi báo thì ông ta có biết không?" asks the same.
 */
import { describe, expect, it } from "vitest";
import { sideTopics } from "../../../src/intake/report-flow/side-questions.ts";

describe("a request to keep it secret is a privacy question", () => {
  it.each([
    "can this be our secret? i dont want my parents to know",
    "please keep this our secret ok?",
    "can we keep it our secret? my mom cant know",
    "will this stay our secret?",
  ])("'%s' asks about privacy", (text) => {
    expect(sideTopics(text)).toContain("privacy");
  });
  it.each([
    "my coach touches me after practice and he says it's our secret",
    "he told me it is our secret and i cant tell anyone",
    "uncle said it was our little secret",
  ])("'%s' tells the harmer's demand, no privacy question", (text) => {
    expect(sideTopics(text)).not.toContain("privacy");
  });
});

describe("'if I report, will he know' is a privacy question", () => {
  it.each([
    "ông ta bắt cháu giữ bí mật. tôi báo thì ông ta có biết không?",
    "ong ta bat chau giu bi mat. toi bao thi ong ta co biet khong?",
    "tôi báo thì cô ta có biết không",
    "thằng đó dọa con bé rồi, tui báo thì nó có biết hông?",
    "if I report will he know?",
    "if i report this, will she know it was me?",
  ])("'%s' asks about privacy", (text) => {
    expect(sideTopics(text)).toContain("privacy");
  });
});
