/**
 * M24 (second reading of T9): someone with a record of sexually abusing children who lives with, moved in with or minds a child now
 * is at least high, sexual abuse, however the record is worded ("on the sex offender register", "bị xử tù vì tội sàm sỡ bé gái",
 * "did time for touching kids"). Not a question of the law in general or a what-if, and not a record whose victim was a grown-up.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const RANK = ["low", "medium", "high", "emergency"];
const atLeast = (risk: string, floor: string) => RANK.indexOf(risk) >= RANK.indexOf(floor);

describe("a record of abusing children, the person with a child now: at least high, sexual abuse", () => {
  const near = [
    "He is on the sex offender register and he moved in with my sister and her kids.",
    "Ông ta từng bị xử tù vì tội sàm sỡ bé gái, giờ ở chung nhà với cháu tôi.",
    "He did time for touching kids and now he babysits my son.",
    "My sister's new boyfriend is a registered sex offender and he moved in last week with her two kids.",
    // Wordings of our own.
    "my aunt's husband is on the sex offenders register, he's moving in with them next week and they have a girl of 7",
    "ong ta tung bi xu tu vi toi sam so be gai, gio o chung nha voi chau toi",
    "The lodger served time for touching a child; he now looks after my daughter after school.",
  ];
  for (const text of near) {
    it(`at least high, sexual abuse: ${text}`, () => {
      const t = triageReport(text);
      expect(atLeast(t.risk, "high")).toBe(true);
      expect(t.category).toBe("sexual_abuse");
      expect(t.redFlags).toContain("sexual_offender_near_child");
    });
  }

  const notRaised = [
    // Questions of the law and what-ifs.
    "Can a person who was jailed for child sexual abuse live with children?",
    "Người từng đi tù vì xâm hại trẻ em có được sống chung với trẻ không?",
    "nguoi tung di tu vi xam hai tre em co duoc song chung voi tre khong",
    "Is a man convicted of molesting children allowed to live next door to a school?",
    "If a registered sex offender moves in next door, what can we do?",
    // A grown-up was the victim.
    "My neighbour was arrested for rape of an adult woman, he lives next door to us.",
    "Anh ta từng đi tù vì hiếp dâm một phụ nữ, giờ sống cạnh nhà tôi, nhà tôi có hai con nhỏ.",
  ];
  for (const text of notRaised) {
    it(`not raised by this reading: ${text}`, () => {
      expect(triageReport(text).redFlags).not.toContain("sexual_offender_near_child");
    });
  }
});
