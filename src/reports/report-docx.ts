/**
 * The periodic report as the administrative document a province files (Decree 30/2020/NĐ-CP
 * layout): the issuing body and number on the left, quốc hiệu and tiêu ngữ on the right, the
 * number and date left to fill, the title, căn cứ (the plans, cited), I. Kết quả with the
 * tables and a chart, II. Tồn tại, hạn chế, III. Kiến nghị, then nơi nhận and the signature
 * block left to fill. Written with the docx library; Times New Roman 13 as the decree asks.
 */
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type IBorderOptions,
} from "docx";
import type { PeriodicReport } from "./periodic-report.ts";
import { vnDate } from "./report-deadlines.ts";
import type { ReportTable } from "./report-tables.ts";

const FONT = "Times New Roman";
const SIZE = 26; // half-points: 13 pt
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text: value, font: FONT, size: options.size ?? SIZE, bold: options.bold, italics: options.italics });
const centered = (...runs: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs });
const body = (value: string, options: { italics?: boolean } = {}) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 }, children: [text(value, options)] });
const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [text(value, { bold: true })] });

const CITIES = ["Hà Nội", "Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"];

/** "tỉnh Gia Lai", "thành phố Huế": how an administrative text names the province. */
export function provinceTitle(name: string): string {
  return `${CITIES.includes(name) ? "thành phố" : "tỉnh"} ${name.replace(/^Thành phố /, "")}`;
}

/** The header: issuing body and number left, quốc hiệu, tiêu ngữ and place/date right. */
function header(report: PeriodicReport): Table {
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({
      children: [
        cell([centered(text(`UBND ${provinceTitle(report.province.name).toUpperCase()}`, { size: 24 })), centered(text("CƠ QUAN BÁO CÁO: ………………", { bold: true, size: 24 })), centered(text("Số: ……/BC-……", { size: 24 }))], 40),
        cell([
          centered(text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 24 })),
          centered(text("Độc lập - Tự do - Hạnh phúc", { bold: true })),
          centered(text("……………, ngày …… tháng …… năm ……", { italics: true })),
        ], 60),
      ],
    })],
  });
}

/** A report table with its title; the header row bold, numbers right-aligned. */
function table(t: ReportTable, number: number): Array<Paragraph | Table> {
  const cell = (value: string, options: { bold?: boolean; right?: boolean } = {}) => new TableCell({
    children: [new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [text(value, { bold: options.bold, size: 22 })] })],
  });
  const rows = [
    new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c, { bold: true })) }),
    ...t.rows.map((r) => new TableRow({ children: [cell(r.label, { bold: r === t.rows[t.rows.length - 1] && t.id !== "deadlines" }), ...r.cells.map((c) => cell(formatCell(c), { right: true }))] })),
  ];
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, children: [text(`Bảng ${number}. ${t.title}`, { bold: true, size: 24 })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
  ];
}

/** Numbers in the Vietnamese way (1.234 and 3,5); "<5", "*" and "—" as they are. */
export function formatCell(value: number | string): string {
  if (typeof value === "string") return value;
  return value.toLocaleString("vi-VN", { maximumFractionDigits: 1 });
}

export interface DocxOptions {
  /** A PNG chart of the cases by risk and category, when one could be drawn. */
  chartPng?: Buffer | null;
}

/** The DOCX file as bytes. */
export async function reportDocx(report: PeriodicReport, options: DocxOptions = {}): Promise<Buffer> {
  const f = report.figures;
  const all = f.deadlines.find((d) => d.risk === "all")!;
  const emergency = f.deadlines.find((d) => d.risk === "emergency")!;
  const tableById = new Map(report.tables.map((t, i) => [t.id, { t, n: i + 1 }]));
  const tables = (...ids: string[]) => ids.flatMap((id) => {
    const entry = tableById.get(id);
    return entry ? table(entry.t, entry.n) : [];
  });
  const n = (v: number) => (v > 0 && v < 5 ? "dưới 5" : formatCell(v));
  const period = `từ ngày ${vnDate(report.period.from)} đến ngày ${vnDate(report.period.to)}`;

  const basis = report.context.plans.length > 0
    ? report.context.plans.map((p) => body(`Căn cứ ${p.documentNumber}${p.signedDate ? ` ngày ${vnDate(p.signedDate)}` : ""} của Ủy ban nhân dân ${provinceTitle(p.provinceAtSigning ?? report.province.name)}: ${p.title}${p.expired ? ` (thời gian thực hiện đến ${vnDate(p.period.end!)})` : ""}${p.provinceInference ? ` (${p.provinceInference})` : ""};`))
    : [body(`Căn cứ các kế hoạch về bảo vệ trẻ em của ${report.province.name} (chưa có kế hoạch nào của tỉnh trong cơ sở tri thức);`)];
  const duties = report.deadlines.filter((d) => d.day !== null).map((d) => body(`Chế độ báo cáo: ${d.documentNumber}, mục ${d.sectionPath}: “${d.quote}”;`, { italics: true }));

  const targetRows = report.context.targets.map((t) => ({
    label: `${t.documentNumber}, mục ${t.sectionPath}: “${t.quote}”`,
    cells: [t.reach === "partial" ? "Một phần" : "Không", t.why.vi + (t.tables.length ? ` (bảng ${t.tables.map((id) => tableById.get(id)?.n).filter(Boolean).join(", ")})` : "")],
  }));
  const targetTable: ReportTable = { id: "targets", title: "Đối chiếu chỉ tiêu của kế hoạch với số liệu vụ việc", columns: ["Chỉ tiêu (trích nguyên văn)", "Số liệu vụ việc đo được?", "Giải thích"], rows: targetRows };

  const children: Array<Paragraph | Table> = [
    header(report),
    new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.CENTER, children: [text("BÁO CÁO", { bold: true, size: 28 })] }),
    centered(text(`Kết quả tiếp nhận, xử lý tin báo về trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại trên địa bàn ${provinceTitle(report.province.name)}`, { bold: true })),
    centered(text(`(Số liệu ${period})`, { italics: true })),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
    ...basis,
    ...duties,
    body(`Cơ quan báo cáo tổng hợp kết quả tiếp nhận, xử lý tin báo ${period} như sau:`),

    heading("I. KẾT QUẢ", HeadingLevel.HEADING_1),
    heading("1. Tiếp nhận tin báo", HeadingLevel.HEADING_2),
    body(`Trong kỳ báo cáo tiếp nhận ${n(f.total)} vụ việc; đến thời điểm lập báo cáo còn ${n(f.stillOpen)} vụ việc đang xử lý. Số liệu theo kênh, người báo tin, loại hành vi, mức độ nguy cơ, độ tuổi, giới tính và xã, phường tại các bảng dưới đây.`),
    ...(options.chartPng ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: "png", data: options.chartPng, transformation: { width: 560, height: 280 }, altText: { name: "bieu-do", title: "Biểu đồ", description: "Vụ việc theo mức độ nguy cơ và theo loại hành vi" } })] }), centered(text("Biểu đồ: vụ việc theo mức độ nguy cơ và loại hành vi", { italics: true, size: 22 }))] : []),
    ...tables("channel", "source", "category", "risk", "age", "sex", "commune"),
    heading("2. Thời hạn xác nhận và can thiệp", HeadingLevel.HEADING_2),
    body(`Xác nhận tiếp nhận đúng hạn: ${n(all.ack.met)} vụ việc, trễ hạn: ${n(all.ack.missed)}. Chuyển tuyến (hành động đầu tiên) đúng hạn: ${n(all.action.met)}, trễ hạn: ${n(all.action.missed)}. Vụ việc khẩn cấp phải được can thiệp trong 12 giờ (Điều 31 Nghị định 56/2017/NĐ-CP): đúng hạn ${n(emergency.action.met)}, trễ hạn ${n(emergency.action.missed)}.`),
    ...tables("deadlines"),
    heading("3. Chuyển tuyến", HeadingLevel.HEADING_2),
    body(`${n(f.casesReferred)} vụ việc được chuyển tuyến với ${n(f.referralTotal)} lượt chuyển đến các cơ quan; kết quả theo cơ quan tại bảng dưới đây.`),
    ...tables("referrals"),
    heading("4. Kết thúc vụ việc", HeadingLevel.HEADING_2),
    ...tables("closures"),
    heading("5. Đối chiếu với chỉ tiêu và nhiệm vụ của kế hoạch", HeadingLevel.HEADING_2),
    ...(targetRows.length > 0 ? table(targetTable, report.tables.length + 1) : [body("Các kế hoạch của tỉnh trong cơ sở tri thức không nêu chỉ tiêu định lượng.")]),
    ...report.context.duties.map((d) => body(`${d.agency} (${d.documentNumber}, mục ${d.sectionPath}): “${d.quote}”${d.successorNote ? ` — ${d.successorNote}` : ""}`)),

    heading("II. TỒN TẠI, HẠN CHẾ", HeadingLevel.HEADING_1),
    ...report.findings.map((s) => body(`- ${s}`)),
    heading("III. KIẾN NGHỊ", HeadingLevel.HEADING_1),
    ...report.recommendations.map((s) => body(`- ${s}`)),
    body(report.privacyNote, { italics: true }),

    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      rows: [new TableRow({
        children: [
          new TableCell({ borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: [new Paragraph({ children: [text("Nơi nhận:", { bold: true, italics: true, size: 24 })] }), new Paragraph({ children: [text(`- UBND ${provinceTitle(report.province.name)};`, { size: 22 })] }), new Paragraph({ children: [text("- Lưu: VT.", { size: 22 })] })] }),
          new TableCell({ borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: [centered(text("THỦ TRƯỞNG CƠ QUAN", { bold: true })), centered(text("(Ký, ghi rõ họ tên, đóng dấu)", { italics: true }))] }),
        ],
      })],
    }),
  ];
  const doc = new Document({
    creator: "bao-ve-tre-em",
    title: `Báo cáo ${report.province.name} ${period}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
