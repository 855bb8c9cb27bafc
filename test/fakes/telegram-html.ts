/**
 * Telegram's HTML parse mode, checked the way the real server checks it: an unknown or
 * unbalanced tag, or a bare `<`, fails with "can't parse entities". A reply that forgot to
 * escape a user's `<` therefore fails in tests exactly as it would in production.
 */

const ALLOWED_TAGS = new Set([
  "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
  "a", "code", "pre", "blockquote", "tg-emoji", "tg-time",
]);

const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s[^<>]*)?)>/y;
const ENTITY = /&(#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);/y;

/** The outcome: the visible text (tags removed, entities decoded) or the API's error text. */
export type HtmlCheck = { ok: true; plain: string } | { ok: false; description: string };

/** Parses `text` as Telegram HTML; `plain.length` is what Telegram compares with its limits. */
export function checkTelegramHtml(text: string): HtmlCheck {
  const open: string[] = [];
  let plain = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === "<") {
      TAG.lastIndex = i;
      const m = TAG.exec(text);
      const failure = m ? applyTag(open, m[1] === "/", (m[2] ?? "").toLowerCase()) : `Unsupported start tag at byte offset ${byteOffset(text, i)}`;
      if (failure) return { ok: false, description: `Bad Request: can't parse entities: ${failure}` };
      i += m?.[0].length ?? 1;
      continue;
    }
    if (ch === "&") {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(text);
      if (m) {
        plain += decodeEntity(m[1] ?? "");
        i += m[0].length;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  if (open.length > 0) return { ok: false, description: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${open.at(-1)}"` };
  return { ok: true, plain };
}

function applyTag(open: string[], closing: boolean, name: string): string | null {
  if (!ALLOWED_TAGS.has(name)) return `Unsupported start tag "${name}"`;
  if (!closing) {
    open.push(name);
    return null;
  }
  if (open.at(-1) !== name) return `Unmatched end tag "${name}"`;
  open.pop();
  return null;
}

function decodeEntity(body: string): string {
  if (body === "lt") return "<";
  if (body === "gt") return ">";
  if (body === "amp") return "&";
  if (body === "quot") return '"';
  const code = body.startsWith("#x") ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return String.fromCodePoint(code);
}

function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index));
}
