/**
 * Reports drawn from real cases (charts as server-rendered SVG) and the supervisors'
 * view of deadline breaches.
 */
import type { FastifyInstance } from "fastify";
import type { DashboardContext } from "./officer-dashboard.ts";

export function registerReportRoutes(_scope: FastifyInstance, _context: DashboardContext): void {}
