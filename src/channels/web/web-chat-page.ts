/**
 * The web chat page, its style and its script, served by the app itself so `npm start` alone
 * lets anyone try the product without a Telegram or Zalo token. Kept as strings so the build
 * needs no bundler or static-file plugin. The script writes every message with textContent,
 * never innerHTML, and only follows tel:, http: and https: links.
 */

/** Where "Thoát nhanh" (quick exit) leaves for when nothing else is configured. */
export const DEFAULT_EXIT_URL = "https://www.google.com.vn";

const escapeAttribute = (value: string): string => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The page. On a phone the header (the one 111 button and "Thoát nhanh") and the input stay in
 * place and only the conversation scrolls between them: a reply shows from its first line, and
 * the newest message's buttons stay just above the input. "Thoát nhanh" is a plain link to a neutral page (it works without
 * the script); the script also clears this device's chat storage before leaving.
 */
export function webChatHtml(exitUrl: string = DEFAULT_EXIT_URL): string {
  if (!/^https?:\/\//i.test(exitUrl)) throw new Error("the quick-exit address must be an http(s) URL");
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, interactive-widget=resizes-content">
<meta name="referrer" content="no-referrer">
<title>Hỗ trợ bảo vệ trẻ em – Trò chuyện</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/chat/app.css">
</head>
<body>
<a class="skip" id="skip" href="#input">Bỏ qua, đến ô nhập tin nhắn</a>
<header class="top">
  <h1 class="brand" id="brand">Bảo vệ trẻ em</h1>
  <a class="call" href="tel:111" id="call" aria-label="Gọi ngay Tổng đài quốc gia bảo vệ trẻ em 111, miễn phí, 24 giờ">📞 Gọi 111</a>
  <a class="exit" id="exit" href="${escapeAttribute(exitUrl)}" rel="noreferrer" aria-label="Thoát nhanh: rời trang này và xoá cuộc trò chuyện trên máy">Thoát nhanh</a>
</header>
<main id="main" class="scroller">
  <div class="intro">
    <p class="notice" id="notice" role="note">Nếu trẻ đang gặp nguy hiểm, hãy gọi ngay <a href="tel:113">113</a> (công an), <a href="tel:115">115</a> (cấp cứu) hoặc bấm nút 111 ở trên (miễn phí, 24/7). Bạn có thể báo tin mà không cần cho biết tên. Nút “Thoát nhanh” rời trang ngay và xoá cuộc trò chuyện trên máy này.</p>
    <button type="button" id="reset" class="linkish">Bắt đầu cuộc trò chuyện mới</button>
  </div>
  <div id="log" class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label="Cuộc trò chuyện"></div>
  <p id="status" class="status" role="status" aria-live="polite"></p>
</main>
<form id="composer" class="composer" autocomplete="off">
  <label for="input" id="input-label" class="visually-hidden">Tin nhắn của bạn</label>
  <textarea id="input" name="text" rows="1" maxlength="4000" placeholder="Nhập tin nhắn…" aria-describedby="hint"></textarea>
  <button type="submit" id="send">Gửi</button>
  <p id="hint" class="visually-hidden">Nhấn Enter để gửi, Shift và Enter để xuống dòng.</p>
</form>
<noscript><p class="notice">Trang này cần JavaScript để trò chuyện. Nếu khẩn cấp, hãy gọi 111.</p></noscript>
<script src="/chat/app.js" defer></script>
</body>
</html>
`;
}

/** The page with the default quick-exit address. */
export const WEB_CHAT_HTML = webChatHtml();

export const WEB_CHAT_CSS = `
*{box-sizing:border-box}
html,body{margin:0;padding:0;height:100%}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1b1b;background:#f6f7f9;display:flex;flex-direction:column;height:100vh;height:100dvh;overflow:hidden}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:8px;z-index:10}
.skip:focus{left:8px}
.top{flex:none;display:flex;align-items:center;gap:8px;padding:8px 10px;background:#0b4f8a;color:#fff}
.brand{flex:1;min-width:0;font-size:1rem;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.call,.exit{flex:none;display:inline-flex;align-items:center;min-height:44px;padding:6px 12px;border-radius:999px;font-weight:700;text-decoration:none;font-size:.95rem;white-space:nowrap}
.call{background:#c62828;color:#fff}
.exit{background:#fff;color:#0b4f8a;border:2px solid #fff}
.call:focus-visible,.exit:focus-visible,button:focus-visible,a:focus-visible,textarea:focus-visible{outline:3px solid #ffb300;outline-offset:2px}
.scroller{flex:1 1 auto;min-height:0;overflow-y:auto;overscroll-behavior:contain;width:100%;max-width:760px;margin:0 auto;padding:10px 12px 0}
.intro{margin:0 0 10px}
.notice{background:#fff4e5;border-left:4px solid #e65100;padding:8px 12px;margin:0;font-size:.85rem}
.notice a{color:#b71c1c;font-weight:700}
.log{display:flex;flex-direction:column;gap:8px}
.msg{max-width:88%;padding:8px 12px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere}
.msg p{margin:0}
.msg .code{white-space:nowrap;font-weight:700}
.msg.me{align-self:flex-end;background:#0b4f8a;color:#fff;border-bottom-right-radius:4px}
.msg.me.failed{background:#fff;color:#1b1b1b;border:2px dashed #c62828}
.msg.bot{align-self:flex-start;background:#fff;border:1px solid #d9dde3;border-bottom-left-radius:4px}
.msg.urgent{border:2px solid #c62828;background:#fff5f5;font-weight:600}
.msg.system{align-self:center;background:#eceff1;font-size:.9rem}
.failnote{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:6px;font-size:.85rem;color:#b71c1c;white-space:normal}
.choices{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px;white-space:normal}
.log>.msg.bot:last-child .choices{position:sticky;bottom:0;background:inherit;margin-top:0;padding:8px 0 7px;margin-bottom:-7px}
.choices button,.links a,.failnote button{min-height:44px;padding:8px 14px;border-radius:10px;border:1px solid #0b4f8a;background:#e8f1fa;color:#0b4f8a;font:inherit;cursor:pointer;text-decoration:none;display:inline-flex;align-items:center}
.failnote button{border-color:#c62828;background:#c62828;color:#fff;font-weight:700}
.choices button[aria-disabled=true]{opacity:.55;background:transparent;cursor:default}
.choices button[aria-disabled=true].chosen{opacity:.8;font-weight:700;border-width:2px}
.latenote{margin-top:8px;padding:8px 10px;border-left:4px solid #c62828;background:#fff5f5;color:#1b1b1b;font-size:.9rem;white-space:normal}
.links{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px;white-space:normal}
.links a[href^="tel:"]{background:#c62828;color:#fff;border-color:#c62828;font-weight:700}
.status{min-height:1.5em;font-size:.85rem;color:#555;margin:6px 0 0;padding-bottom:6px}
.composer{flex:none;display:flex;align-items:flex-end;gap:8px;width:100%;max-width:760px;margin:0 auto;padding:8px 10px;background:#f6f7f9;border-top:1px solid #d9dde3}
.composer textarea{flex:1;min-height:48px;max-height:30vh;padding:10px;border:1px solid #8a94a0;border-radius:10px;font:inherit;resize:none}
.composer button{min-width:64px;min-height:48px;border:0;border-radius:10px;background:#0b4f8a;color:#fff;font:inherit;font-weight:700;cursor:pointer}
.composer button[disabled]{opacity:.6;cursor:wait}
.linkish{background:none;border:0;padding:0;color:#0b4f8a;text-decoration:underline;font:inherit;font-size:.85rem;cursor:pointer;min-height:44px}
@media (max-width:480px){.scroller{padding:8px 8px 0}.msg{font-size:15px;line-height:1.4;padding:7px 11px;max-width:92%}.msg.bot{max-width:100%}.links a{flex:1 1 0;justify-content:center;text-align:center;text-wrap:balance}.brand{font-size:.95rem}}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-color-scheme:dark){body{background:#121417;color:#eee}.msg.bot{background:#1e2227;border-color:#333}.composer{background:#121417;border-color:#333}.composer textarea{background:#1e2227;color:#eee}.notice{background:#3a2a12;color:#fff}.notice a{color:#ff8a80}.msg.urgent{background:#3b1414}.msg.me.failed{background:#1e2227;color:#eee}.status{color:#bbb}.msg.system{background:#263238}.latenote{background:#3b1414;color:#eee}.linkish{color:#90caf9}.choices button,.links a{background:#1e2a36;color:#cfe3f7;border-color:#5c8fc0}}
`;

export const WEB_CHAT_JS = `"use strict";
(function () {
  var KEY = "bvte.chat.session";
  var API = "/api/chat/messages";
  var TRANSCRIPT_API = "/api/chat/transcript";
  var log = document.getElementById("log");
  var scroller = document.getElementById("main");
  var form = document.getElementById("composer");
  var input = document.getElementById("input");
  var sendButton = document.getElementById("send");
  var statusLine = document.getElementById("status");
  var resetButton = document.getElementById("reset");
  var exitLink = document.getElementById("exit");

  function uuid() {
    if (window.crypto && typeof crypto.randomUUID === "function") return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function readSession() { try { return sessionStorage.getItem(KEY); } catch (e) { return null; } }
  function newSession() { var id = uuid(); try { sessionStorage.setItem(KEY, id); } catch (e) { /* private mode: the session lasts this page */ } return id; }

  /*
   * The page's own words, in the conversation's language: the server says which with every answer
   * (an English first message or /lang en makes it English, /lang vi Vietnamese again).
   */
  var UI = {
    vi: {
      title: "Hỗ trợ bảo vệ trẻ em – Trò chuyện", skip: "Bỏ qua, đến ô nhập tin nhắn", brand: "Bảo vệ trẻ em",
      call: "📞 Gọi 111", callLabel: "Gọi ngay Tổng đài quốc gia bảo vệ trẻ em 111, miễn phí, 24 giờ",
      exit: "Thoát nhanh", exitLabel: "Thoát nhanh: rời trang này và xoá cuộc trò chuyện trên máy",
      notice: ["Nếu trẻ đang gặp nguy hiểm, hãy gọi ngay ", "113", " (công an), ", "115", " (cấp cứu) hoặc bấm nút 111 ở trên (miễn phí, 24/7). Bạn có thể báo tin mà không cần cho biết tên. Nút “Thoát nhanh” rời trang ngay và xoá cuộc trò chuyện trên máy này."],
      reset: "Bắt đầu cuộc trò chuyện mới", log: "Cuộc trò chuyện", input: "Tin nhắn của bạn", placeholder: "Nhập tin nhắn…", send: "Gửi",
      hint: "Nhấn Enter để gửi, Shift và Enter để xuống dòng.", busy: "Đang trả lời…", choices: "Lựa chọn",
      tooLong: "Tin nhắn quá dài. Vui lòng gửi ngắn hơn.",
      tooFast: "Chưa gửi được: bạn gửi hơi nhanh. Chờ một chút rồi bấm “Gửi lại”. Nếu khẩn cấp, hãy gọi 111.",
      failed: "Chưa gửi được. Kiểm tra kết nối rồi bấm “Gửi lại”. Nếu trẻ đang gặp nguy hiểm, hãy gọi ngay 111.",
      retry: "Gửi lại", reloadFailed: "Chưa tải lại được cuộc trò chuyện. Kiểm tra kết nối rồi thử lại. Nếu khẩn cấp, hãy gọi 111.", tryAgain: "Thử lại",
      late: "Câu hỏi này đã qua. Nếu trẻ đang gặp nguy hiểm ngay lúc này, hãy gọi ngay 113 (công an) hoặc 115 (cấp cứu), hoặc bấm nút 111 ở trên (miễn phí, 24/7). Muốn nói thêm hay sửa, hãy gõ vào ô dưới.",
      call113: "Gọi 113 (Công an)", call115: "Gọi 115 (Cấp cứu)",
    },
    en: {
      title: "Child protection support – Chat", skip: "Skip to the message box", brand: "Child protection",
      call: "📞 Call 111", callLabel: "Call the national child protection hotline 111 now, free, 24 hours",
      exit: "Quick exit", exitLabel: "Quick exit: leave this page and clear this chat from this device",
      notice: ["If a child is in danger, call ", "113", " (police) or ", "115", " (ambulance) now, or tap the 111 button above (free, 24/7). You can report without giving your name. “Quick exit” leaves this page at once and clears this chat from this device."],
      reset: "Start a new chat", log: "Conversation", input: "Your message", placeholder: "Type a message…", send: "Send",
      hint: "Press Enter to send, Shift and Enter for a new line.", busy: "Replying…", choices: "Choices",
      tooLong: "The message is too long. Please send a shorter one.",
      tooFast: "Not sent: you are sending a little fast. Wait a moment, then tap “Send again”. In an emergency, call 111.",
      failed: "Not sent. Check your connection, then tap “Send again”. If a child is in danger, call 111 now.",
      retry: "Send again", reloadFailed: "The chat could not be loaded again. Check your connection and try again. In an emergency, call 111.", tryAgain: "Try again",
      late: "This question has been answered. If a child is in danger right now, call 113 (police) or 115 (ambulance) now, or tap the 111 button above (free, 24/7). To add or change something, type it below.",
      call113: "Call 113 (Police)", call115: "Call 115 (Ambulance)",
    },
  };
  var lang = "vi";
  function t(key) { return UI[lang][key]; }
  function byId(id) { return document.getElementById(id); }
  function useLanguage(next) {
    if (!UI.hasOwnProperty(next) || next === lang) return;
    lang = next;
    document.documentElement.lang = lang;
    document.title = t("title");
    [["skip", "skip"], ["brand", "brand"], ["call", "call"], ["exit", "exit"], ["reset", "reset"], ["input-label", "input"], ["send", "send"], ["hint", "hint"]].forEach(function (pair) { byId(pair[0]).textContent = t(pair[1]); });
    byId("call").setAttribute("aria-label", t("callLabel"));
    byId("exit").setAttribute("aria-label", t("exitLabel"));
    byId("log").setAttribute("aria-label", t("log"));
    byId("input").setAttribute("placeholder", t("placeholder"));
    showNotice();
    if (statusLine.textContent) statusLine.textContent = t("busy");
    Array.prototype.forEach.call(document.querySelectorAll(".choices"), function (group) { group.setAttribute("aria-label", t("choices")); });
    Array.prototype.forEach.call(document.querySelectorAll(".failnote .retry"), function (button) { button.textContent = t("retry"); });
  }
  /* The notice's 113 and 115 are links (tap to call); the rest is text. */
  function showNotice() {
    var notice = byId("notice");
    notice.textContent = "";
    t("notice").forEach(function (part, i) {
      if (i % 2 === 0) { notice.appendChild(document.createTextNode(part)); return; }
      var a = document.createElement("a");
      a.href = "tel:" + part;
      a.textContent = part;
      notice.appendChild(a);
    });
  }

  var sessionId = readSession();
  var returning = !!sessionId;
  if (!sessionId) sessionId = newSession();

  /*
   * Only the conversation scrolls, between the header and the input. After a reply it shows the
   * bot messages that answered the reporter's last message (the turn): all of them when they fit;
   * otherwise the turn's start (an emergency's "GỌI NGAY 113", a summary's "Mình hiểu", a case
   * code), as long as the newest message's first line and its buttons stay on screen too (they
   * stick right above the input while the rest of that message is below it).
   */
  var turnStart = null;
  var GAP = 4;
  function settle() {
    scroller.scrollTop = scroller.scrollHeight;
    if (!turnStart || !turnStart.isConnected) return;
    var bots = log.querySelectorAll(".msg.bot");
    var last = bots[bots.length - 1];
    var view = scroller.getBoundingClientRect();
    var up = view.top + GAP - turnStart.getBoundingClientRect().top;
    if (up <= 0) return;
    var box = last.getBoundingClientRect();
    var over = box.top + up + keptInView(last) - view.bottom;
    if (over > 0) up -= over;
    if (up > 0) scroller.scrollTop -= up;
  }
  /* How much of a message must show: its first lines and its buttons, or all of it when it is short. */
  function keptInView(message) {
    var choices = message.querySelector(".choices");
    var buttons = choices ? choices.getBoundingClientRect().height + 8 : 0;
    return Math.min(message.getBoundingClientRect().height, 56 + buttons);
  }
  window.addEventListener("resize", settle);

  function bubble(kind, text, urgent) {
    var div = document.createElement("div");
    div.className = "msg " + kind + (urgent ? " urgent" : "");
    var p = document.createElement("p");
    /* A case code (TE-7K3M9Q) is kept on one line and stands out; the rest is plain text. */
    String(text).split(/(\\bTE-[A-Z0-9]{6}\\b)/).forEach(function (part, i) {
      if (i % 2 === 0) { if (part) p.appendChild(document.createTextNode(part)); return; }
      var code = document.createElement("span");
      code.className = "code";
      code.textContent = part;
      p.appendChild(code);
    });
    div.appendChild(p);
    log.appendChild(div);
    if (kind === "bot" && !turnStart) turnStart = div;
    settle();
    return div;
  }
  function safeHref(url) { return /^(tel:[0-9+]+|https?:\\/\\/)/i.test(url) ? url : null; }
  /* The header holds the one 111 button; a reply's own "call 111" button would be a second one. */
  function isHotline(url) { return /^tel:111$/.test(url); }

  function renderReply(reply) {
    var div = bubble("bot", String(reply.text || ""), reply.urgent === true);
    var links = (Array.isArray(reply.links) ? reply.links : []).filter(function (l) { return !isHotline(String(l.url || "")); });
    if (links.length) {
      var box = document.createElement("div");
      box.className = "links";
      links.forEach(function (link) {
        var href = safeHref(String(link.url || ""));
        if (!href) return;
        var a = document.createElement("a");
        a.href = href;
        a.textContent = String(link.label || href);
        if (/^https?:/i.test(href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
        box.appendChild(a);
      });
      div.appendChild(box);
    }
    var choices = (Array.isArray(reply.choices) ? reply.choices : []).filter(function (c) { return String(c.id) !== "menu:call"; });
    if (choices.length) {
      var group = document.createElement("div");
      group.className = "choices";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", t("choices"));
      choices.forEach(function (choice) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = String(choice.label || "");
        button.addEventListener("click", function () {
          if (button.getAttribute("aria-disabled") === "true") return lateTap(div);
          button.classList.add("chosen");
          send({ choice: String(choice.id), text: String(choice.label || "") }, String(choice.label || ""), false);
        });
        group.appendChild(button);
      });
      div.appendChild(group);
    }
    settle();
  }

  /*
   * A question's buttons are switched off once the next answer arrives: a tap on an old one would
   * answer today's question with yesterday's choice. Links (tel:113) stay. A late tap sends
   * nothing; since it may be a late "yes, a child is in danger now", it shows the numbers to call.
   */
  function retire() {
    Array.prototype.forEach.call(log.querySelectorAll(".choices button:not([aria-disabled])"), function (button) {
      button.setAttribute("aria-disabled", "true");
    });
  }
  function lateTap(message) {
    var note = message.querySelector(".latenote");
    if (!note) {
      note = document.createElement("div");
      note.className = "latenote";
      note.setAttribute("role", "alert");
      var why = document.createElement("p");
      why.textContent = t("late");
      note.appendChild(why);
      var calls = document.createElement("div");
      calls.className = "links";
      [[t("call113"), "tel:113"], [t("call115"), "tel:115"]].forEach(function (call) {
        var a = document.createElement("a");
        a.href = call[1];
        a.textContent = call[0];
        calls.appendChild(a);
      });
      note.appendChild(calls);
      message.appendChild(note);
    }
    note.scrollIntoView({ block: "nearest" });
  }

  function busy(on) {
    sendButton.disabled = on;
    log.setAttribute("aria-busy", on ? "true" : "false");
    statusLine.textContent = on ? t("busy") : "";
    if (on) settle();
  }
  function wait(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  function failureText(status) {
    if (status === 413) return t("tooLong");
    if (status === 429) return t("tooFast");
    return t("failed");
  }

  /*
   * Every message carries its own id (the idempotency key): sending it again, automatically or
   * with "Gửi lại", reuses the id, and the server answers it once.
   */
  var chain = Promise.resolve();
  var failed = null;
  /* Ids of the messages this page sent: their lines in the server's conversation are shown already (or by their retry). */
  var mine = {};
  /* The number of the next line of the server's conversation this page has not looked at. */
  var seen = 0;
  function send(payload, shown, typed) {
    var messageId = uuid();
    mine[messageId] = true;
    var message = {
      body: JSON.stringify(Object.assign({ sessionId: sessionId, messageId: messageId }, payload)),
      text: shown || "", typed: typed === true, session: sessionId, bubble: null, note: null,
    };
    /* The reporter's own message is the newest thing on screen until the answer comes. */
    turnStart = null;
    if (shown) message.bubble = bubble("me", shown, false);
    queue(message);
  }
  function queue(message) { chain = chain.then(function () { return deliver(message); }); }
  async function deliver(message) {
    if (message.session !== sessionId) return;
    busy(true);
    var lastStatus = 0;
    for (var attempt = 0; attempt < 2; attempt++) {
      try {
        var res = await fetch(API, { method: "POST", headers: { "content-type": "application/json" }, body: message.body });
        lastStatus = res.status;
        if (res.ok) {
          var data = await res.json();
          busy(false);
          if (message.session !== sessionId) return;
          useLanguage(data.language);
          turnStart = null;
          if ((data.replies || []).length) retire();
          (data.replies || []).forEach(renderReply);
          return;
        }
        if (res.status === 429) {
          var limited = await res.json().catch(function () { return {}; });
          (limited.replies || []).forEach(renderReply);
          break;
        }
        if (res.status < 500) break;
      } catch (e) { lastStatus = 0; }
      if (attempt === 0) await wait(600);
    }
    busy(false);
    if (message.session === sessionId) markFailed(message, lastStatus);
  }
  function markFailed(message, status) {
    var retryable = status === 0 || status === 429 || status >= 500;
    var holder = message.bubble || bubble("system", "", false);
    if (message.bubble) holder.classList.add("failed");
    var note = document.createElement("div");
    note.className = "failnote";
    note.setAttribute("role", "alert");
    var why = document.createElement("span");
    why.textContent = failureText(status);
    note.appendChild(why);
    if (retryable) {
      var again = document.createElement("button");
      again.type = "button";
      again.className = "retry";
      again.textContent = t("retry");
      again.addEventListener("click", function () { retry(message); });
      note.appendChild(again);
      failed = message;
      /* The typed words stay: back in the input, ready to send again with the same id. */
      if (message.typed && input.value.trim() === "") input.value = message.text;
    }
    message.note = note;
    holder.appendChild(note);
    turnStart = null;
    settle();
  }
  function retry(message) {
    if (message.note && message.note.parentNode) message.note.parentNode.removeChild(message.note);
    if (message.bubble) message.bubble.classList.remove("failed");
    if (failed === message) failed = null;
    if (message.typed && input.value.trim() === message.text) input.value = "";
    queue(message);
  }

  /* Lines of the server's conversation; the bot lines after the last reporter line shown are the turn. Nothing new: the view stays where the reporter scrolled it. */
  function showTranscript(entries) {
    var shownAny = false;
    var fresh = true;
    entries.forEach(function (entry) {
      if (typeof entry.n === "number" && entry.n + 1 > seen) seen = entry.n + 1;
      if (entry.mid && mine[entry.mid]) return;
      if (entry.from === "user") {
        fresh = true;
        retire();
        if (entry.text !== "/start") { turnStart = null; bubble("me", String(entry.text || ""), false); shownAny = true; }
      } else if (entry.reply) {
        if (fresh) { turnStart = null; fresh = false; }
        renderReply(entry.reply);
        shownAny = true;
      }
    });
    if (shownAny) settle();
  }

  /*
   * A message written to this conversation from outside it (an officer writing back to the
   * reporter) appears without a reload: while the page is visible it asks every 15 seconds for
   * lines it has not shown. Lines of its own messages are skipped (no duplicates); offline, it
   * simply tries again at the next tick.
   */
  var POLL_MS = 15000;
  var polling = false;
  /* A reloaded page checks only once it has shown the conversation (a failed reload is retried by its own button). */
  var synced = !returning;
  async function poll() {
    if (polling || !synced || !sessionId || document.visibilityState === "hidden") return;
    polling = true;
    var session = sessionId;
    try {
      var res = await fetch(TRANSCRIPT_API, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionId: session, after: seen }) });
      if (res.ok && session === sessionId) {
        var data = await res.json();
        if (session === sessionId) useLanguage(data.language);
        if (session === sessionId && Array.isArray(data.entries)) showTranscript(data.entries.filter(function (e) { return typeof e.n !== "number" || e.n >= seen; }));
      }
    } catch (e) { /* offline or the server is away: the next tick tries again */ }
    polling = false;
  }
  setInterval(poll, POLL_MS);
  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "visible") poll(); });
  window.addEventListener("online", poll);
  /* A reloaded page asks the server for this session's own conversation (the session id is its secret). */
  async function restore() {
    busy(true);
    try {
      var res = await fetch(TRANSCRIPT_API, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionId: sessionId }) });
      busy(false);
      if (!res.ok) throw new Error("HTTP " + res.status);
      var data = await res.json();
      var entries = Array.isArray(data.entries) ? data.entries : [];
      useLanguage(data.language);
      if (entries.length) showTranscript(entries);
      else send({ text: "/start" });
      synced = true;
    } catch (e) {
      busy(false);
      var div = bubble("system", t("reloadFailed"), false);
      var note = document.createElement("div");
      note.className = "failnote";
      var again = document.createElement("button");
      again.type = "button";
      again.textContent = t("tryAgain");
      again.addEventListener("click", function () { div.parentNode.removeChild(div); restore(); });
      note.appendChild(again);
      div.appendChild(note);
    }
  }

  /* Quick exit: forget this conversation on this device, then leave for a neutral page (not kept in history). */
  function clearDevice() {
    try { localStorage.clear(); } catch (e) { /* storage blocked */ }
    try { sessionStorage.clear(); } catch (e) { /* storage blocked */ }
    document.cookie.split(";").forEach(function (c) {
      var name = c.split("=")[0].trim();
      if (name) document.cookie = name + "=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
    });
    log.textContent = "";
    input.value = "";
    sessionId = "";
    failed = null;
    seen = 0;
  }
  exitLink.addEventListener("click", function (event) {
    event.preventDefault();
    clearDevice();
    window.location.replace(exitLink.href);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    if (failed && failed.typed && failed.text === text) { retry(failed); input.focus(); return; }
    input.value = "";
    send({ text: text }, text, true);
    input.focus();
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); form.requestSubmit(); }
  });
  resetButton.addEventListener("click", function () {
    sessionId = newSession();
    failed = null;
    seen = 0;
    synced = true;
    log.textContent = "";
    send({ text: "/start" });
    input.focus();
  });

  if (returning) restore();
  else send({ text: "/start" });
})();
`;
