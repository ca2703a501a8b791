/**
 * Liveness: 200 with fixed JSON, touching nothing (no database), for a load balancer that only
 * asks whether the process answers, and the reference a bare route handler costs in bench/.
 * /api/health is readiness (it asks the database).
 */
export function GET() {
  return Response.json({ status: "ok" });
}
