/**
 * The knowledge-base browser: plans, agencies, duties by agency and by task, 2025
 * successors, and the bot's own answers with their quotes.
 */
import type { FastifyInstance } from "fastify";
import type { DashboardContext } from "./officer-dashboard.ts";

export function registerKnowledgeRoutes(_scope: FastifyInstance, _context: DashboardContext): void {}
