/**
 * The web chat page, its style and its script, served by the app itself so `npm start` alone
 * lets anyone try the product without a Telegram or Zalo token. Kept as strings so the build
 * needs no bundler or static-file plugin. The script writes every message with textContent,
 * never innerHTML, and only follows tel:, http: and https: links.
 */

export const WEB_CHAT_HTML = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Hỗ trợ bảo vệ trẻ em – Trò chuyện</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/chat/app.css">
</head>
<body>
<a class="skip" href="#input">Bỏ qua, đến ô nhập tin nhắn</a>
<header class="top">
  <div class="brand">
    <h1>Bảo vệ trẻ em</h1>
    <p>Hỏi đáp về kế hoạch bảo vệ trẻ em · Báo tin trẻ bị xâm hại</p>
  </div>
  <a class="call" href="tel:111" aria-label="Gọi ngay Tổng đài quốc gia bảo vệ trẻ em 111, miễn phí, 24 giờ">📞 Gọi 111</a>
</header>
<main id="main">
  <p class="notice" role="note">Nếu trẻ đang gặp nguy hiểm, hãy gọi ngay <a href="tel:111">111</a> (bảo vệ trẻ em), <a href="tel:113">113</a> (công an) hoặc <a href="tel:115">115</a> (cấp cứu). Bạn có thể báo tin mà không cần cho biết tên.</p>
  <div id="log" class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label="Cuộc trò chuyện"></div>
  <p id="status" class="status" role="status" aria-live="polite"></p>
</main>
<form id="composer" class="composer" autocomplete="off">
  <label for="input" class="visually-hidden">Tin nhắn của bạn</label>
  <textarea id="input" name="text" rows="2" maxlength="2000" placeholder="Nhập câu hỏi hoặc điều bạn lo lắng…" aria-describedby="hint"></textarea>
  <button type="submit" id="send">Gửi</button>
  <p id="hint" class="visually-hidden">Nhấn Enter để gửi, Shift và Enter để xuống dòng.</p>
</form>
<footer class="foot">
  <button type="button" id="reset" class="linkish">Bắt đầu cuộc trò chuyện mới</button>
</footer>
<noscript><p class="notice">Trang này cần JavaScript để trò chuyện. Nếu khẩn cấp, hãy gọi 111.</p></noscript>
<script src="/chat/app.js" defer></script>
</body>
</html>
`;

export const WEB_CHAT_CSS = `
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1b1b;background:#f6f7f9;display:flex;flex-direction:column;min-height:100vh;min-height:100dvh}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:8px;z-index:10}
.skip:focus{left:8px}
.top{position:sticky;top:0;z-index:5;display:flex;align-items:center;justify-content:space-between;gap:12px;padding:10px 14px;background:#0b4f8a;color:#fff}
.brand h1{font-size:1.15rem;margin:0}
.brand p{font-size:.8rem;margin:0;opacity:.9}
.call{flex:none;display:inline-flex;align-items:center;min-height:44px;padding:8px 16px;border-radius:999px;background:#c62828;color:#fff;font-weight:700;text-decoration:none;font-size:1.05rem}
.call:focus-visible,button:focus-visible,a:focus-visible,textarea:focus-visible{outline:3px solid #ffb300;outline-offset:2px}
main{flex:1;width:100%;max-width:760px;margin:0 auto;padding:10px 12px}
.notice{background:#fff4e5;border-left:4px solid #e65100;padding:8px 12px;margin:0 0 10px;font-size:.9rem}
.notice a{color:#b71c1c;font-weight:700}
.log{display:flex;flex-direction:column;gap:8px}
.msg{max-width:88%;padding:8px 12px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere}
.msg p{margin:0}
.msg.me{align-self:flex-end;background:#0b4f8a;color:#fff;border-bottom-right-radius:4px}
.msg.bot{align-self:flex-start;background:#fff;border:1px solid #d9dde3;border-bottom-left-radius:4px}
.msg.urgent{border:2px solid #c62828;background:#fff5f5;font-weight:600}
.msg.system{align-self:center;background:#eceff1;font-size:.9rem}
.choices{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.choices button,.links a{min-height:44px;padding:8px 14px;border-radius:10px;border:1px solid #0b4f8a;background:#e8f1fa;color:#0b4f8a;font:inherit;cursor:pointer;text-decoration:none;display:inline-flex;align-items:center}
.links{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.links a[href^="tel:"]{background:#c62828;color:#fff;border-color:#c62828;font-weight:700}
.status{min-height:1.5em;font-size:.85rem;color:#555;margin:6px 0 0}
.composer{position:sticky;bottom:0;display:flex;gap:8px;width:100%;max-width:760px;margin:0 auto;padding:10px 12px;background:#f6f7f9;border-top:1px solid #d9dde3}
.composer textarea{flex:1;min-height:48px;max-height:40vh;padding:10px;border:1px solid #8a94a0;border-radius:10px;font:inherit;resize:vertical}
.composer button{min-width:72px;min-height:48px;border:0;border-radius:10px;background:#0b4f8a;color:#fff;font:inherit;font-weight:700;cursor:pointer}
.composer button[disabled]{opacity:.6;cursor:wait}
.foot{text-align:center;padding:4px 12px 12px}
.linkish{background:none;border:0;color:#0b4f8a;text-decoration:underline;font:inherit;cursor:pointer;min-height:44px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-color-scheme:dark){body{background:#121417;color:#eee}.msg.bot{background:#1e2227;border-color:#333}.composer{background:#121417;border-color:#333}.composer textarea{background:#1e2227;color:#eee}.notice{background:#3a2a12;color:#fff}.notice a{color:#ff8a80}.msg.urgent{background:#3b1414}.status{color:#bbb}.msg.system{background:#263238}.linkish{color:#90caf9}.choices button,.links a{background:#1e2a36;color:#cfe3f7;border-color:#5c8fc0}}
`;

export const WEB_CHAT_JS = `"use strict";
(function () {
  var KEY = "bvte.chat.session";
  var log = document.getElementById("log");
  var form = document.getElementById("composer");
  var input = document.getElementById("input");
  var sendButton = document.getElementById("send");
  var statusLine = document.getElementById("status");
  var resetButton = document.getElementById("reset");

  function uuid() {
    if (window.crypto && typeof crypto.randomUUID === "function") return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function readSession() { try { return localStorage.getItem(KEY); } catch (e) { return null; } }
  function newSession() { var id = uuid(); try { localStorage.setItem(KEY, id); } catch (e) { /* private mode: session lasts this page */ } return id; }

  var sessionId = readSession();
  var returning = !!sessionId;
  if (!sessionId) sessionId = newSession();

  function bubble(kind, text, urgent) {
    var div = document.createElement("div");
    div.className = "msg " + kind + (urgent ? " urgent" : "");
    var p = document.createElement("p");
    p.textContent = text;
    div.appendChild(p);
    log.appendChild(div);
    div.scrollIntoView({ block: "end" });
    return div;
  }
  function safeHref(url) { return /^(tel:[0-9+]+|https?:\\/\\/)/i.test(url) ? url : null; }

  function renderReply(reply) {
    var div = bubble("bot", String(reply.text || ""), reply.urgent === true);
    var links = Array.isArray(reply.links) ? reply.links : [];
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
    var choices = Array.isArray(reply.choices) ? reply.choices : [];
    if (choices.length) {
      var group = document.createElement("div");
      group.className = "choices";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Lựa chọn");
      choices.forEach(function (choice) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = String(choice.label || "");
        button.addEventListener("click", function () { send({ choice: String(choice.id), text: String(choice.label || "") }, String(choice.label || "")); });
        group.appendChild(button);
      });
      div.appendChild(group);
    }
  }

  function busy(on) {
    sendButton.disabled = on;
    log.setAttribute("aria-busy", on ? "true" : "false");
    statusLine.textContent = on ? "Đang trả lời…" : "";
  }
  function wait(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  function failureText(status) {
    if (status === 413) return "Tin nhắn quá dài. Vui lòng gửi ngắn hơn (tối đa 2000 ký tự).";
    if (status === 429) return "Bạn gửi hơi nhanh. Vui lòng chờ một chút rồi gửi lại. Nếu khẩn cấp, hãy gọi 111.";
    return "Không gửi được tin nhắn. Vui lòng kiểm tra kết nối và thử lại. Nếu trẻ đang gặp nguy hiểm, hãy gọi ngay 111.";
  }

  var chain = Promise.resolve();
  function send(payload, shown) {
    if (shown) bubble("me", shown, false);
    var body = JSON.stringify(Object.assign({ sessionId: sessionId, messageId: uuid() }, payload));
    chain = chain.then(function () { return deliver(body); });
    return chain;
  }
  async function deliver(body) {
    busy(true);
    var lastStatus = 0;
    for (var attempt = 0; attempt < 3; attempt++) {
      try {
        var res = await fetch("/api/chat/messages", { method: "POST", headers: { "content-type": "application/json" }, body: body });
        lastStatus = res.status;
        if (res.ok) {
          var data = await res.json();
          (data.replies || []).forEach(renderReply);
          busy(false);
          return;
        }
        if (res.status === 429) {
          var limited = await res.json().catch(function () { return {}; });
          if (limited.replies && limited.replies.length) { limited.replies.forEach(renderReply); busy(false); return; }
        }
        if (res.status < 500 && res.status !== 429) break;
      } catch (e) { lastStatus = 0; }
      await wait(800 * (attempt + 1));
    }
    busy(false);
    bubble("system", failureText(lastStatus), false);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    input.value = "";
    send({ text: text }, text);
    input.focus();
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); form.requestSubmit(); }
  });
  resetButton.addEventListener("click", function () {
    sessionId = newSession();
    log.textContent = "";
    send({ text: "/start" });
    input.focus();
  });

  if (returning) {
    renderReply({ text: "Chào mừng bạn quay lại. Bạn có thể tiếp tục cuộc trò chuyện, hoặc mở menu.", choices: [] });
    var menu = document.createElement("button");
    menu.type = "button";
    menu.textContent = "Mở menu";
    menu.addEventListener("click", function () { send({ text: "/start" }, "Menu"); });
    var holder = document.createElement("div");
    holder.className = "choices";
    holder.appendChild(menu);
    log.lastChild.appendChild(holder);
  } else {
    send({ text: "/start" });
  }
})();
`;
