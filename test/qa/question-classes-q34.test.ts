/**
 * Classes of the g31/g32 fresh sets (even halves) that still failed, each with new questions of the same class: the bodies that
 * carry out a programme of 2041 (the lead and those it works with); questions the plans do not answer (how often a council
 * oversees, cameras in schools, money for the 111 line) are not answered with a passage that lacks what was asked.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("q34");

// 2041's programmes: "d) Cơ quan thực hiện: X chủ trì, phối hợp với Y, Z": asked who leads and who works with it, both are named.
describe("a 2041 programme's lead and coordinators", () => {
  judged([
    { q: "chuong trinh co so du lieu ve tre em cua Dak Lak do ai chu tri, ai phoi hop", type: "all_agencies", expect: [["Lao dong", "LDTBXH"], ["Thong tin"], ["Y te"], ["thong ke"]], doc: ["2041/QD-UBND"] },
    { q: "ct truyen thong van dong xa hoi cua dak lak ai chu tri, phoi hop voi ai", type: "all_agencies", expect: [["Lao dong", "LDTBXH"], ["Giao duc"], ["Thong tin"], ["Van hoa"]], doc: ["2041/QD-UBND"] },
    { q: "ct nang cao nang luc doi ngu can bo o dak lak thi ai chu tri va ai phoi hop", type: "all_agencies", expect: [["Lao dong", "LDTBXH"], ["Noi vu"], ["Tai chinh"]], doc: ["2041/QD-UBND"] },
    { q: "ct nang cao nang luc can bo tre em o dak lak ai phoi hop voi so chu tri", type: "all_agencies", expect: [["Lao dong", "LDTBXH"], ["Noi vu"], ["Tai chinh"]], doc: ["2041/QD-UBND"] },
    { q: "CT nâng cao năng lực cán bộ BVTE ở ĐL: sở nào chủ trì, những ai phối hợp?", type: "all_agencies", expect: [["Lao dong", "LDTBXH"], ["Noi vu"], ["Tai chinh"]], doc: ["2041/QD-UBND"] },
    { q: "Chương trình truyền thông, giáo dục, vận động xã hội của QĐ 2041 do sở nào chủ trì và phối hợp với những sở nào?", type: "all_agencies", expect: [["Lao dong", "LDTBXH"], ["Giao duc"], ["Thong tin"], ["Van hoa"]], doc: ["2041/QD-UBND"] },
  ]);
});

// "Liệt kê các cơ quan phối hợp trong Chương trình ...": the bodies of the programme are the list, not the programme's parts.
describe("the bodies listed for a 2041 programme", () => {
  judged([
    { q: "Liệt kê các đơn vị phối hợp trong Chương trình hoàn thiện hệ thống tư pháp cho người chưa thành niên (QĐ 2041).", type: "all_agencies", expect: [["Cong an"], ["Giao duc"], ["Y te"], ["Toa an"], ["Vien Kiem sat"], ["Phu nu"]], doc: ["2041/QD-UBND"] },
    { q: "liet ke cac co quan phoi hop trong chuong trinh truyen thong giao duc van dong xa hoi cua dak lak", type: "all_agencies", expect: [["Giao duc"], ["Thong tin"], ["Van hoa"]], doc: ["2041/QD-UBND"] },
    { q: "List the bodies that work with the lead in Dak Lak's programme to maintain the child data base (2041).", type: "all_agencies", expect: [["Thong tin", "Information"], ["Y te", "Health"], ["thong ke", "Statistics"]], doc: ["2041/QD-UBND"] },
  ]);
});

// "chủ trì CT số mấy?": the programme a body leads is said by its number as well as its title ("Chương trình 4").
describe("the number of the 2041 programme a body leads", () => {
  judged([
    { q: "so tu phap dak lak chu tri chuong trinh thu may trong qd 2041", type: "fact", expect: [], expect_re: ["chuong trinh (so )?4", "program(me)? 4"], doc: ["2041/QD-UBND"] },
    { q: "What programme number does Dak Lak's Department of Justice lead under plan 2041?", type: "fact", expect: [], expect_re: ["chuong trinh (so )?4", "program(me)? 4"], doc: ["2041/QD-UBND"] },
  ]);
});

// "TĐTN" is Tỉnh Đoàn Thanh niên: asked where it coordinates, the programme and its lead are named.
describe("the programme a body written short coordinates in, and its lead", () => {
  judged([
    { q: "TĐTN Đắk Lắk có tên trong chương trình nào của QĐ 2041, sở nào chủ trì chương trình ấy?", type: "lead", expect: ["Tu phap"], doc: ["2041/QD-UBND"] },
    { q: "tdtn dak lak tham gia chuong trinh nao trong qd 2041 va do ai chu tri", type: "lead", expect: ["Tu phap"], doc: ["2041/QD-UBND"] },
  ]);
});

// The answer contract: a passage that does not carry the thing asked (a frequency, a camera, money for the line) is no answer.
describe("questions the plans do not answer are not answered", () => {
  judged([
    { q: "Thường trực HĐND tỉnh Gia Lai kiểm tra việc thực hiện kế hoạch 2509 bao nhiêu lần mỗi năm?", type: "none", doc: [] },
    { q: "How often must the provincial People's Council of Gia Lai check plan 2509?", type: "none", doc: [] },
    { q: "Kế hoạch có bắt các trường mầm non gắn camera trong lớp học không?", type: "none", doc: [] },
    { q: "Do the plans require CCTV cameras in classrooms?", type: "none", doc: [] },
    { q: "ke hoach nao bo tri kinh phi cho tong dai 111", type: "none", doc: [] },
  ]);
});
