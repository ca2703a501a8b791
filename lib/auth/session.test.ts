/**
 * Actions called the way Next calls them: no user injected into the request context, so
 * defineAction runs getSessionUser, which decodes the session token (the one thing mocked
 * here: next-auth's getServerSession, and the request headers) and checks the session row.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestUser } from "@/tests/helpers";
import { endOtherSessionsAction } from "@/lib/accounts/actions";

const token = vi.hoisted(() => ({ claims: null as null | { id: string; sessionId: string } }));

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  // What the JWT in the cookie says; the role in it is deliberately wrong, the database decides.
  getServerSession: async () => (token.claims ? { user: { ...token.claims, name: "来自令牌", role: "ADMIN" } } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest-session", "x-forwarded-for": "198.51.100.77" }) }));

afterEach(() => {
  token.claims = null;
});

const newSession = (userId: string) => db.userSession.create({ data: { userId, expiresAt: new Date(Date.now() + 3600_000) } });

describe("actions behind the real session check", () => {
  it("U7: account.sessions.end-others ends the user's other sessions only, keeps the current one and is traced", async () => {
    const user = await createTestUser("PERSON");
    const [other1, other2] = [await newSession(user.id), await newSession(user.id)];
    const stranger = await createTestUser("PERSON");
    token.claims = { id: user.id, sessionId: user.sessionId };

    expect(await endOtherSessionsAction({})).toEqual({ ok: true, data: { ended: 2 } });
    for (const s of [other1, other2]) expect((await db.userSession.findUniqueOrThrow({ where: { id: s.id } })).revokedAt).not.toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: user.sessionId } })).revokedAt).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: stranger.sessionId } })).revokedAt).toBeNull();
    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.sessions.end-others", entityId: user.id } });
    // The actor is the PERSON the session row names, not the ADMIN the token claims.
    expect(trace).toMatchObject({ actorId: user.id, actorRole: "PERSON" });
    expect(JSON.parse(trace.summary)).toEqual({ ended: 2 });

    // One of the ended sessions can no longer act.
    token.claims = { id: user.id, sessionId: other1.id };
    expect(await endOtherSessionsAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("U6: a session idle for 30 minutes, or logged out, can no longer act", async () => {
    const user = await createTestUser("UNIT");
    const spare = await newSession(user.id);
    token.claims = { id: user.id, sessionId: user.sessionId };
    await db.userSession.update({ where: { id: user.sessionId }, data: { lastSeenAt: new Date(Date.now() - 30 * 60_000) } });
    expect(await endOtherSessionsAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: spare.id } })).revokedAt).toBeNull();

    token.claims = { id: user.id, sessionId: spare.id };
    expect(await endOtherSessionsAction({})).toEqual({ ok: true, data: { ended: 1 } });
    await db.userSession.update({ where: { id: spare.id }, data: { revokedAt: new Date() } });
    expect(await endOtherSessionsAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("U1: without a session token an action is refused", async () => {
    expect(await endOtherSessionsAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
