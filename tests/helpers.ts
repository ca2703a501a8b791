/**
 * Helpers for integration tests: run a server action as a given user (or anonymous) outside
 * a Next request, and create users directly in the test database.
 */
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { runWithRequestContext } from "@/lib/actions/define-action";
import type { SessionUser } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";

export const TEST_CLIENT = { ip: "203.0.113.7", userAgent: "vitest" };

export function asUser<T>(user: SessionUser | null, fn: () => Promise<T>): Promise<T> {
  return runWithRequestContext({ user, client: TEST_CLIENT }, fn);
}

export const anonymous = <T>(fn: () => Promise<T>) => asUser(null, fn);

let passwordHash: Promise<string> | undefined;
let counter = 0;

/** Creates an ACTIVE user with a live server-side session and returns it as a SessionUser. */
export async function createTestUser(role: Role, extra: Partial<{ name: string; mobile: string; corePersonId: number; coreUnitId: number }> = {}): Promise<SessionUser> {
  counter += 1;
  const suffix = `${Date.now().toString(36)}${counter}${randomUUID().slice(0, 4)}`;
  const user = await db.user.create({
    data: {
      username: `t_${role.toLowerCase()}_${suffix}`,
      passwordHash: await (passwordHash ??= hashPassword("Test1234abcd")),
      role,
      name: extra.name ?? `测试${role}`,
      mobile: extra.mobile ?? `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
      corePersonId: extra.corePersonId,
      coreUnitId: extra.coreUnitId,
    },
  });
  const session = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  return { id: user.id, name: user.name, role, sessionId: session.id, unitId: role === "UNIT" ? (extra.coreUnitId ?? null) : null };
}
