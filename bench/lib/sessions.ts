/**
 * Logged-in sessions for benchmarks without going through SMS login: a UserSession row written
 * directly and the next-auth JWT cookie sealed with the key the server derives from the same
 * AUTH_SECRET (lib/auth/options.ts). Set AUTH_SECRET in this process before calling, and give
 * the server the same one.
 */
import { encode } from "next-auth/jwt";
import type { Role } from "../../lib/auth/roles";

export interface BenchSession {
  actor: { id: string; role: Role; unitId: number | null };
  cookie: string;
}

const HOURS = 3;

/** A session of an existing user. */
export async function sessionOf(user: { id: string; role: Role; name: string; coreUnitId?: number | null }): Promise<BenchSession> {
  const { db } = await import("../../lib/db");
  const { derivedKey } = await import("../../lib/config");
  const session = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + HOURS * 3600_000) } });
  const token = await encode({ token: { uid: user.id, role: user.role, sid: session.id, name: user.name }, secret: derivedKey("session").toString("base64url"), maxAge: HOURS * 3600 });
  return { actor: { id: user.id, role: user.role, unitId: user.coreUnitId ?? null }, cookie: `next-auth.session-token=${token}` };
}

/** A portal account bound to a core person or unit (made once, kept between runs), and a session of it. */
export async function benchSession(role: "PERSON" | "UNIT", coreId: number, name: string): Promise<BenchSession> {
  const { db } = await import("../../lib/db");
  const username = `bench_${role.toLowerCase()}_${coreId}`;
  const user = await db.user.upsert({
    where: { username },
    create: { username, passwordHash: "!bench-no-login", role, name, mobile: `199${String(coreId).padStart(8, "0").slice(-8)}`, ...(role === "PERSON" ? { corePersonId: coreId } : { coreUnitId: coreId }) },
    update: {},
  });
  return sessionOf({ id: user.id, role, name, coreUnitId: role === "UNIT" ? coreId : null });
}
