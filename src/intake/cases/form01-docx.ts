/**
 * Form 01 (Decree 56/2017/NĐ-CP) as a Word document (docx library): A4 portrait, Times New
 * Roman 13 pt as Vietnamese administrative papers are, the national motto and the form's
 * title at the top, each numbered section with its label/value rows as a table, the
 * narrative as told, and signature blocks. The words come from `form01Document`, so the
 * document says exactly what the print view and the text say.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ISectionOptions } from "docx";
import { form01Document, type Form01, type Form01Section } from "./form01-export.ts";

const FONT = "Times New Roman";
/** Half-points: 13 pt. */
const SIZE = 26;
/** A4 in twentieths of a point, with 2 cm margins (3 cm on the binding side). */
const A4 = { width: 11_906, height: 16_838 };
const MARGIN = { top: 1_134, bottom: 1_134, left: 1_701, right: 1_134 };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "808080" } as const;

const run = (text: string, options: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, font: FONT, size: SIZE, ...options });

function line(text: string, options: { bold?: boolean; italics?: boolean; center?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({ children: [run(text, options)], alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { after: options.after ?? 60 } });
}

function rowsTable(rows: Array<[string, string]>): Table {
  const cell = (text: string, bold: boolean, width: number) => new TableCell({
    children: text.split("\n").map((t) => new Paragraph({ children: [run(t, { bold })] })), width: { size: width, type: WidthType.PERCENTAGE },
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN },
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([label, value]) => new TableRow({ children: [cell(label, true, 35), cell(value || "—", false, 65)] })),
  });
}

function section(s: Form01Section): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [new Paragraph({ children: [run(`${s.number}. ${s.heading}`, { bold: true })], spacing: { before: 200, after: 80 }, keepNext: true })];
  const plain = s.rows.filter(([label]) => label === "");
  const labelled = s.rows.filter(([label]) => label !== "");
  for (const [, value] of plain) out.push(line(value));
  if (labelled.length) out.push(rowsTable(labelled));
  if (s.text !== undefined) for (const paragraph of s.text.split("\n")) out.push(line(paragraph));
  for (const item of s.items) out.push(new Paragraph({ children: [run(`– ${item}`)], indent: { left: 360 }, spacing: { after: 40 } }));
  return out;
}

function signatures(labels: [string, string]): Table {
  const cell = (label: string) => new TableCell({
    children: [line(label, { bold: true, center: true }), line("", { after: 900 })], width: { size: 50, type: WidthType.PERCENTAGE },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: labels.map(cell) })] });
}

/** The DOCX file of a Form 01 record. */
export async function form01Docx(f: Form01): Promise<Buffer> {
  const doc = form01Document(f);
  const [formNumber, ...rest] = doc.title.split(": ");
  const body: ISectionOptions = {
    properties: { page: { size: A4, margin: MARGIN } },
    children: [
      line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, center: true, after: 0 }),
      line("Độc lập - Tự do - Hạnh phúc", { bold: true, center: true, after: 240 }),
      line(formNumber ?? doc.title, { bold: true, center: true, after: 40 }),
      line(rest.join(": ").toUpperCase() || doc.title, { bold: true, center: true, after: 120 }),
      line(`Mã hồ sơ: ${doc.caseCode}`, { center: true, after: 200 }),
      ...doc.sections.flatMap(section),
      line(""),
      signatures(doc.signatures),
      line(doc.footer, { italics: true }),
    ],
  };
  const document = new Document({
    creator: f.exportedBy, title: `Mẫu số 01 - ${doc.caseCode}`, description: "Phiếu ghi chép thông tin (Nghị định 56/2017/NĐ-CP)",
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [body],
  });
  return Packer.toBuffer(document);
}
