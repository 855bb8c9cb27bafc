/**
 * The reporter flow as a pure state machine: `start`, then `advance` once per message, with
 * `back` and `cancel` at any step. Each call returns the new JSON state, the replies and the
 * effects to perform (save the draft after every answer, alert officers the moment the draft
 * looks like an emergency, submit after confirmation). No I/O here: the same state and input
 * always give the same result, which is what lets a restart resume mid-report.
 */
import type { Attachment, Choice, Language, Reply } from "../../conversation/conversation-types.ts";
import type { CaseReceipt, ReportDraft } from "../case-intake-port.ts";
import { isSkip } from "./answer-matching.ts";
import { EMERGENCY_LINKS, HOTLINE_LINK, LABELS, T, fill, say, type FlowText } from "./report-flow-texts.ts";
import type { FlowEffect, FlowInput, FlowStep, ReportFlowDeps, ReportFlowState, StartOptions } from "./report-flow-types.ts";
import { STEP_DEFS, nextStep, type StepAnswer } from "./report-steps.ts";
import { renderSummary } from "./report-summary.ts";

export interface ReportFlow {
  start(options: StartOptions): FlowStep;
  advance(state: ReportFlowState, input: FlowInput): FlowStep;
  back(state: ReportFlowState, now: Date): FlowStep;
  cancel(state: ReportFlowState, now: Date): FlowStep;
  /** Replies after the queue accepted the report. */
  submitted(state: ReportFlowState, receipt: CaseReceipt): Reply[];
  /** Replies when the queue failed; the flow stays at the confirmation. */
  submitFailed(state: ReportFlowState): Reply[];
  /** The question the flow is waiting on, asked again (after a note, a photo, a resume). */
  ask(state: ReportFlowState): Reply;
}

/** Creates the flow over its two outside functions (province lookup, triage). */
export function createReportFlow(deps: ReportFlowDeps): ReportFlow {
  const flow: ReportFlow = {
    start(o) {
      const draft = newDraft(o);
      const state: ReportFlowState = { step: "danger", history: [], draft, emergencyAlerted: false };
      const intro: Reply = { text: say(T.intro, o.language, false), links: [HOTLINE_LINK[o.language]] };
      return finish(state, [intro, flow.ask(state)], deps);
    },
    advance(state, input) {
      if (input.attachments.length > 0) return withAttachments(state, input, flow, deps);
      const text = input.text?.trim() || null;
      if (state.step === "confirm") return confirmStep(state, input, text, flow, deps);
      const skipped = input.choice === "skip" || (!input.choice && text !== null && isSkip(text));
      if (skipped) return move(state, state.draft, [say(T.skipped, lang(state), child(state))], input.now, flow, deps);
      const def = STEP_DEFS[state.step];
      const choice = input.choice && def.choices.includes(input.choice) ? input.choice : text ? def.recognise(text) : null;
      if (!choice && !text) return { state, replies: [flow.ask(state)], effects: [], outcome: "continue" };
      const answer: StepAnswer = { choice: choice && def.choices.includes(choice) ? choice : null, text };
      const applied = def.apply(state.draft, answer, deps);
      const ack: string[] = [];
      if (state.step === "danger" && applied.draft.dangerNow === "yes") return dangerNow(state, applied.draft, input.now, flow, deps);
      if (state.step === "province" && applied.noted && text) ack.push(say(T.provinceUnknown, lang(state), child(state)));
      return move(state, applied.draft, ack, input.now, flow, deps);
    },
    back(state) {
      const previous = state.history[state.history.length - 1];
      if (!previous) return { state, replies: [note(state, T.atStart), flow.ask(state)], effects: [], outcome: "continue" };
      const back: ReportFlowState = { ...state, step: previous, history: state.history.slice(0, -1) };
      return { state: back, replies: [flow.ask(back)], effects: [], outcome: "continue" };
    },
    cancel(state, now) {
      const draft: ReportDraft = { ...state.draft, status: "abandoned", updatedAt: now.toISOString() };
      const next = { ...state, draft };
      return { state: next, replies: [decorate(next, { text: say(T.cancelled, lang(state), child(state)), links: [HOTLINE_LINK[lang(state)]] })], effects: [{ type: "save_draft" }], outcome: "cancelled" };
    },
    submitted(state, receipt) {
      const l = lang(state);
      const code = receipt.caseCode;
      const next = fill(receipt.risk === "emergency" ? T.nextEmergency[l] : T.nextOther[l], { due: formatVietnamTime(receipt.dueBy) });
      const text = [fill(say(T.submitted, l, child(state)), { code }), next, ...receipt.nextSteps].join("\n\n");
      return [decorate(state, { text, links: [HOTLINE_LINK[l]] })];
    },
    submitFailed: (state) => [decorate(state, { text: say(T.submitFailed, lang(state), false), links: [HOTLINE_LINK[lang(state)]], choices: choicesOf(state) })],
    ask(state) {
      const l = lang(state);
      const def = STEP_DEFS[state.step];
      let text = fill(say(def.question(state.draft), l, child(state)), { told: shorten(state.draft.narrative ?? "", 300) });
      if (state.step === "confirm") text = `${renderSummary(state.draft)}\n\n${text}`;
      return decorate(state, { text, choices: choicesOf(state) });
    },
  };
  return flow;
}

const lang = (s: ReportFlowState): Language => s.draft.language;
const child = (s: ReportFlowState): boolean => s.draft.reporterRelation === "self";
const note = (s: ReportFlowState, t: FlowText): Reply => ({ text: say(t, lang(s), child(s)) });

/** A child reporting about themself sees 111 with every message. */
function decorate(state: ReportFlowState, reply: Reply): Reply {
  if (!child(state)) return reply;
  const l = lang(state);
  const links = reply.links?.some((k) => k.url === "tel:111") ? reply.links : [...(reply.links ?? []), HOTLINE_LINK[l]];
  return { ...reply, text: `${reply.text}\n${T.childFooter[l]}`, links };
}

function choicesOf(state: ReportFlowState): Choice[] {
  const def = STEP_DEFS[state.step];
  const ids = state.step === "confirm" ? def.choices : [...def.choices, ...(def.choices.includes("unknown") ? [] : ["skip"])];
  return ids.map((id) => ({ id, label: LABELS[id]?.[lang(state)] ?? id }));
}

/** Records the answer, goes to the next question, saves the draft, alerts when it became an emergency. */
function move(state: ReportFlowState, draft: ReportDraft, ack: string[], now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const stamped = { ...draft, updatedAt: now.toISOString() };
  const next: ReportFlowState = { ...state, draft: stamped, step: nextStep(state.step, stamped), history: [...state.history, state.step] };
  const question = flow.ask(next);
  return finish(next, [ack.length > 0 ? { ...question, text: `${ack.join(" ")}\n${question.text}` } : question], deps);
}

/** "Yes, in danger now": the emergency numbers come before anything else. */
function dangerNow(state: ReportFlowState, draft: ReportDraft, now: Date, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const l = lang(state);
  const safety: Reply = { text: say(T.emergencyNow, l, child(state)), links: EMERGENCY_LINKS[l], urgent: true };
  const step = move(state, draft, [], now, flow, deps);
  return { ...step, replies: [safety, ...step.replies] };
}

function confirmStep(state: ReportFlowState, input: FlowInput, text: string | null, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const choice = input.choice ?? (text ? STEP_DEFS.confirm.recognise(text) : null);
  if (choice === "submit") return { state, replies: [], effects: [{ type: "submit" }], outcome: "submit" };
  if (choice === "back") return flow.back(state, input.now);
  if (choice === "cancel") return flow.cancel(state, input.now);
  if (!text) return { state, replies: [flow.ask(state)], effects: [], outcome: "continue" };
  const draft = { ...state.draft, extraNotes: [...state.draft.extraNotes, text], updatedAt: input.now.toISOString() };
  return finish({ ...state, draft }, [note(state, T.notUnderstood), flow.ask({ ...state, draft })], deps);
}

/** Photos (or a voice note, a file) at any step are kept with the report; at the photo step they are its answer. */
function withAttachments(state: ReportFlowState, input: FlowInput, flow: ReportFlow, deps: ReportFlowDeps): FlowStep {
  const kept: Attachment[] = input.attachments.filter((a) => a.kind !== "sticker");
  const extra = input.text?.trim() ? [input.text.trim()] : [];
  const draft = { ...state.draft, attachments: [...state.draft.attachments, ...kept], extraNotes: [...state.draft.extraNotes, ...extra], updatedAt: input.now.toISOString() };
  const next = { ...state, draft };
  if (kept.length === 0) return { state, replies: [flow.ask(state)], effects: [], outcome: "continue" };
  const ack = state.step === "photos" ? fill(T.photoReceived[lang(state)], { n: draft.attachments.length }) : T.photoKept[lang(state)];
  const replies = state.step === "photos" ? [decorate(next, { text: ack, choices: choicesOf(next) })] : [{ text: ack }, flow.ask(next)];
  return finish(next, replies, deps);
}

/** Every answer saves the draft; the first time the draft reads as an emergency, officers are alerted. */
function finish(state: ReportFlowState, replies: Reply[], deps: ReportFlowDeps): FlowStep {
  const effects: FlowEffect[] = [{ type: "save_draft" }];
  if (state.emergencyAlerted) return { state, replies, effects, outcome: "continue" };
  const triage = deps.triage(draftText(state.draft));
  const reporterSaysDanger = state.draft.dangerNow === "yes";
  if (triage.risk !== "emergency" && !reporterSaysDanger) return { state, replies, effects, outcome: "continue" };
  const redFlags = reporterSaysDanger ? [...triage.redFlags, "reporter_says_danger_now"] : triage.redFlags;
  effects.push({ type: "alert_emergency", triage: { ...triage, risk: "emergency", redFlags } });
  return { state: { ...state, emergencyAlerted: true }, replies, effects, outcome: "continue" };
}

/** The text triage reads: what the reporter wrote, plus the answers that change urgency. */
export function draftText(d: ReportDraft): string {
  const parts = [d.narrative, ...d.extraNotes, d.childAgeText, d.reporterRelationText, d.locationText, d.commune];
  if (d.when && !["now", "today", "this_week", "earlier"].includes(d.when)) parts.push(d.when);
  if (d.when === "now") parts.push("đang xảy ra ngay bây giờ");
  if (d.withPersonNow === "yes") parts.push("hiện giờ trẻ đang ở cùng người đó");
  return parts.filter(Boolean).join("\n");
}

function newDraft(o: StartOptions): ReportDraft {
  const at = o.now.toISOString();
  return {
    draftId: o.draftId, channel: o.channel, chatId: o.chatId, userId: o.userId, language: o.language, status: "in_progress",
    dangerNow: null, narrative: o.seedText?.trim() || null, childAgeBand: null, childAgeText: null, childSex: null,
    provinceId: null, provinceName: null, locationText: null, commune: null, when: null, withPersonNow: null,
    reporterRelation: null, reporterRelationText: null, anonymous: null, contact: null, consentToContact: null,
    attachments: [], extraNotes: [], startedAt: at, updatedAt: at,
  };
}

/** Shortens for display only; the draft always keeps the whole text. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** "14:05 24/11/2026" in Vietnam time (UTC+7, no daylight saving), so the reporter reads their own clock. */
export function formatVietnamTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
