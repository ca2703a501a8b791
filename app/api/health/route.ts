import { db, dbProvider } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const started = Date.now();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok", database: { provider: dbProvider, reachable: true, latencyMs: Date.now() - started } });
  } catch {
    return Response.json({ status: "unavailable", database: { provider: dbProvider, reachable: false } }, { status: 503 });
  }
}
