/**
 * Mend M1 (RD2 items 2 and 3). An untoned "dam may cai/cu/phat" is "đấm mấy cái" (punched a few times), not "đám mây" (a
 * cloud); "dam cuoi/hoi/gio" stay a feast. A child locked outside a storehouse, a camp, a pen or a yard is held (confinement,
 * with its exploitation and trafficking flags); only outside a home (nhà, cổng, cửa, sân, hiên, ngoài trời) is shut out.
 * Sentences written for these tests, except the second reader's, marked.
 */
import { describe, expect, it } from "vitest";
import { triageReport as triage } from "../../../src/intake/triage/triage-model.ts";

describe("'dam may cai' is a few punches", () => {
  it.each([
    // The second reader's sentences.
    "bo duong dam may cai vao mat thang be",
    "me ke dam may cu vao dau no",
    "bo no dam may cai vao nguoi no",
    // Our own.
    "ba no dam may phat vao bung thang nho 8 tuoi",
    "chu ruot dam may cai vao lung con be, con be khoc",
  ])("a carer who punches: %s", (text) => {
    const t = triage(text);
    expect(t.redFlags).toContain("caregiver_is_abuser");
    expect(t.redFlags).toContain("caregiver_violence");
  });

  it("the reader's 'tui no dam may cai vao mat em' is at least high, and 'bi dam may nhat' is violence, no labour", () => {
    expect(["high", "emergency"]).toContain(triage("tui no dam may cai vao mat em").risk);
    expect(triage("thang be bi dam may nhat").category).toBe("physical_violence");
    expect(triage("thang be 10 tuoi bi bon lon lop tren dam may cu vao bung").category).not.toBe("labour_exploitation");
  });

  it.each([
    "hom qua nha ben co dam cuoi, con be 9 tuoi o nha mot minh ca dem",
    "bo me di dam gio o que, de con be o nha voi ong noi",
  ])("a feast is still no punch: %s", (text) => {
    expect(triage(text).category).not.toBe("physical_violence");
  });
});

describe("locked outside a storehouse, camp, pen or yard is held, not shut out of home", () => {
  it.each([
    // The second reader's sentence.
    "Bọn chúng bắt con bé 14 tuổi, nhốt ở ngoài kho rồi ép nó tiếp khách",
    // Our own.
    "bon chung nhot con be 15 tuoi ngoai kho hang, bat no tiep khach moi dem",
  ])("held for exploitation: %s", (text) => {
    const t = triage(text);
    expect(t.redFlags).not.toContain("shut_out");
    expect(t.redFlags).toContain("held_for_exploitation");
  });

  it.each([
    // The second reader's sentence.
    "con bé bị bán sang bên kia, bị nhốt ngoài trại",
    // Our own.
    "thang be bi bon buon nguoi dua qua bien gioi, nhot o ngoai trai",
  ])("held by traffickers: %s", (text) => {
    const t = triage(text);
    expect(t.redFlags).not.toContain("shut_out");
    expect(t.redFlags).toContain("held_by_traffickers");
  });

  it.each([
    "bon no nhot thang be ngoai chuong heo ca ngay",
    "Chủ trại nhốt con bé ở ngoài chuồng chó suốt đêm",
  ])("caged is confinement: %s", (text) => {
    const t = triage(text);
    expect(t.redFlags).not.toContain("shut_out");
    expect(t.redFlags).toContain("confinement");
  });

  it.each([
    "Con bé 6 tuổi bị bố nhốt ngoài hiên giữa đêm, trời mưa to, nó run cầm cập",
    "bà ấy nhốt đứa nhỏ ở ngoài trời cả buổi trưa nắng",
    "Thằng bé 8 tuổi bị mẹ khóa cửa nhốt ở ngoài từ tối, nó ngồi khóc",
    "thằng bé 7 tuổi phòng bên bị bố nhốt ngoài hành lang khu tập thể cả tối",
  ])("outside a home stays shut out (the merge's reading): %s", (text) => {
    const t = triage(text);
    expect(t.redFlags).toContain("shut_out");
    expect(t.redFlags).not.toContain("confinement");
  });
});
