/**
 * Why a document was refused before anything of it was stored. Every refusal has a code a
 * caller can branch on and one message in Vietnamese first, English second.
 */
export type RejectionCode =
  | "empty"
  | "too_large"
  | "unknown_type"
  | "encrypted"
  | "no_pages"
  | "too_many_pages"
  | "damaged"
  | "zip_bomb"
  | "not_a_plan"
  | "not_vietnamese"
  | "unreadable";

const MESSAGES: Record<RejectionCode, string> = {
  empty: "Tệp rỗng (the file is empty)",
  too_large: "Tệp quá lớn (the file is too large)",
  unknown_type: "Không nhận ra loại tệp: chỉ nhận PDF, Word (.docx), ảnh PNG/JPEG hoặc văn bản UTF-8 (unknown file type: only PDF, Word .docx, PNG/JPEG images or UTF-8 text are accepted)",
  encrypted: "PDF có mật khẩu hoặc bị mã hoá, không đọc được; hãy gửi bản không khoá (the PDF is password-protected or encrypted; send an unlocked copy)",
  no_pages: "Tài liệu không có trang nào (the document has no pages)",
  too_many_pages: "Tài liệu có quá nhiều trang (the document has too many pages)",
  damaged: "Tệp bị hỏng hoặc không đúng định dạng (the file is damaged or not in the format its content claims)",
  zip_bomb: "Tệp Word có nội dung nén bất thường (quá lớn khi giải nén), không mở (the Word file expands to an abnormal size when unpacked; not opened)",
  not_a_plan: "Tài liệu không giống một kế hoạch: không thấy số văn bản, mục hay phân công nào (the document does not look like a plan: no document number, sections or assignments found)",
  not_vietnamese: "Văn bản đọc được không phải tiếng Việt (hoặc ảnh quá mờ để đọc) (the text read is not Vietnamese, or the scan is too poor to read)",
  unreadable: "Không đọc được chữ nào trong tài liệu (no text could be read from the document)",
};

/** A document refused as a whole: nothing of it is stored. */
export class DocumentRejected extends Error {
  constructor(readonly code: RejectionCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${MESSAGES[code]}: ${detail}` : MESSAGES[code], options);
    this.name = "DocumentRejected";
  }
}
