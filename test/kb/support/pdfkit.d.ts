/** The part of pdfkit's API the test renderings use (pdfkit ships no types; @types/pdfkit is not installed). */
declare module "pdfkit" {
  export namespace PDFKit {
    interface PDFDocumentOptions {
      size?: string;
      margins?: { top: number; bottom: number; left: number; right: number };
      bufferPages?: boolean;
      userPassword?: string;
      ownerPassword?: string;
    }
    interface TextOptions {
      width?: number;
      align?: "left" | "center" | "right" | "justify";
      paragraphGap?: number;
      lineGap?: number;
      lineBreak?: boolean;
    }
    interface PDFDocument {
      x: number;
      y: number;
      page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
      on(event: "data", listener: (chunk: Buffer) => void): this;
      on(event: "end", listener: () => void): this;
      registerFont(name: string, path: string): this;
      font(name: string): this;
      fontSize(size: number): this;
      text(text: string, options?: TextOptions): this;
      text(text: string, x: number, y: number, options?: TextOptions): this;
      heightOfString(text: string, options?: TextOptions): number;
      addPage(): this;
      bufferedPageRange(): { start: number; count: number };
      switchToPage(n: number): this;
      save(): this;
      restore(): this;
      rotate(angle: number, options?: { origin: [number, number] }): this;
      circle(x: number, y: number, r: number): this;
      rect(x: number, y: number, w: number, h: number): this;
      lineWidth(w: number): this;
      strokeColor(c: string): this;
      fillColor(c: string): this;
      fillOpacity(o: number): this;
      strokeOpacity(o: number): this;
      stroke(): this;
      image(src: Buffer, x: number, y: number, options?: { width?: number; height?: number }): this;
      end(): void;
    }
  }
  const PDFDocument: new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;
  export default PDFDocument;
}
