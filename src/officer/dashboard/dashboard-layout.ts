/**
 * The frame every dashboard page shares: language (with the toggle), landmarks for screen
 * readers, a skip link, the signed-in officer and sign-out form, and the formats for times
 * and deadlines.
 */
import { html, type SafeHtml } from "./html.ts";
import { labelsFor, type Labels, type Lang } from "./dashboard-labels.ts";
import { textsFor, type Texts } from "./dashboard-texts.ts";
import { caseworkTextsFor } from "./casework-texts.ts";
import { queueTextsFor } from "./queue-texts.ts";
import type { SignedIn } from "./officer-auth-service.ts";
import { newCaseTexts } from "./new-case-texts.ts";

export const BASE = "/officer";
const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The language a page is written in: its sentences and its labels. */
export interface Ui {
  lang: Lang;
  t: Texts;
  l: Labels;
}

export function uiFor(lang: Lang): Ui {
  return { lang, t: textsFor(lang), l: labelsFor(lang) };
}

export interface PageFrame {
  ui: Ui;
  title: string;
  /** The page's own address, where the language toggle comes back to. */
  path: string;
  session?: SignedIn;
  flash?: { kind: "ok" | "error"; text: string } | undefined;
  /** What the officer searched for, shown back in the search box. */
  search?: string | undefined;
}

/** A hidden CSRF field for a form of this session. */
export function csrfField(session: SignedIn): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${session.csrfToken}">`;
}

/** The pages this officer may open; the current one is marked for screen readers. */
function nav(frame: PageFrame, s: SignedIn): SafeHtml {
  const { t } = frame.ui;
  const links: Array<[string, string, boolean]> = [
    [BASE, t.navQueue, true], [`${BASE}/cases/new`, newCaseTexts(frame.ui.lang).navNew, true], [`${BASE}/reports`, t.navReports, true], [`${BASE}/kb`, t.navPlans, true],
    [`${BASE}/breaches`, t.navBreaches, s.account.role !== "officer"], [`${BASE}/audit`, t.navAudit, s.account.role !== "officer"], [`${BASE}/closures`, caseworkTextsFor(frame.ui.lang).closuresNav, s.account.role !== "officer"],
    [`${BASE}/admin/drafts`, t.navDrafts, s.account.role === "admin"], [`${BASE}/admin/accounts`, t.navAccounts, s.account.role === "admin"],
  ];
  const here = frame.path.split("?")[0];
  return html`<nav aria-label="${t.mainNav}">${links.filter(([, , shown]) => shown).map(([href, text]) => html`<a href="${href}"${href === here || (href === BASE && here === `${BASE}/`) ? html` aria-current="page"` : null}>${text}</a> `)}</nav>`;
}

/** The search box on every page: a case code, the reporter's phone number or words of the place (GET /officer?q=). */
function searchBox(frame: PageFrame): SafeHtml {
  const qt = queueTextsFor(frame.ui.lang);
  return html`<form class="site-search" role="search" method="get" action="${BASE}"><label for="site-q" class="sr-only">${qt.searchLabel}</label><input type="search" id="site-q" name="q" value="${frame.search ?? ""}" placeholder="${qt.searchPlaceholder}" maxlength="100" autocomplete="off"> <button type="submit">${qt.searchButton}</button></form>`;
}

function header(frame: PageFrame): SafeHtml {
  const { t, l } = frame.ui;
  const s = frame.session;
  const toggle = html`<a class="lang" href="${BASE}/lang/${t.switchTo.lang}?next=${encodeURIComponent(frame.path)}" hreflang="${t.switchTo.lang}" lang="${t.switchTo.lang}">${t.switchTo.text}</a>`;
  return html`<header class="top"><a class="brand" href="${BASE}">${t.brand}</a>
${s ? nav(frame, s) : null}
${s ? searchBox(frame) : null}
<div class="who">${toggle}${s ? html`<form method="post" action="${BASE}/logout">${csrfField(s)}<span>${s.account.displayName} (${l.role(s.account.role)})</span> <button type="submit">${t.signOut}</button></form>` : null}</div>
</header>`;
}

export function layout(frame: PageFrame, body: SafeHtml): SafeHtml {
  const { t, lang } = frame.ui;
  return html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} · ${t.site}</title><link rel="icon" href="${BASE}/assets/favicon.svg"><link rel="stylesheet" href="${BASE}/assets/dashboard.css"><script src="${BASE}/assets/dashboard.js" defer></script>${frame.session ? html`<script src="${BASE}/assets/alerts.js" defer></script>` : null}</head>
<body${frame.session ? html` data-events="${BASE}/api/events"` : null}><a class="skip" href="#main">${t.skip}</a>
${header(frame)}
<main id="main" tabindex="-1"><h1>${frame.title}</h1>
${frame.flash ? html`<p class="flash ${frame.flash.kind}" role="${frame.flash.kind === "error" ? "alert" : "status"}">${frame.flash.text}</p>` : null}
${body}</main></body></html>`;
}

/** "23/11/2026 15:04" in Vietnam time. */
export function formatTime(at: Date, lang: Lang = "vi"): string {
  return at.toLocaleString(lang === "en" ? "en-GB" : "vi-VN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false });
}

/** "còn 1 giờ 5 phút" or "quá hạn 12 phút": the same words the page's script keeps up to date. */
export function countdown(due: Date, now: Date, t: Texts): string {
  const ms = due.getTime() - now.getTime();
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const span = minutes >= 60 ? `${Math.floor(minutes / 60)} ${t.hours} ${minutes % 60} ${t.minutes}` : `${minutes} ${t.minutes}`;
  return ms >= 0 ? t.left(span) : t.overdue(span);
}

/** The deadline element the script counts down. */
export function dueBadge(due: Date | null, now: Date, ui: Ui): SafeHtml {
  if (!due) return html`<span class="due none">—</span>`;
  const late = due <= now;
  return html`<time class="due${late ? " late" : ""}" datetime="${due.toISOString()}" data-due="${due.toISOString()}" title="${formatTime(due, ui.lang)}">${countdown(due, now, ui.t)}</time>`;
}
