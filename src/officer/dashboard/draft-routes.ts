/**
 * The administrators' review of plan facts a language model drafted: approve or reject;
 * only approved drafts join the answers.
 */
import type { FastifyInstance } from "fastify";
import type { DashboardContext } from "./officer-dashboard.ts";

export function registerDraftRoutes(_scope: FastifyInstance, _context: DashboardContext): void {}
