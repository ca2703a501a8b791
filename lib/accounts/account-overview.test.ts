import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser } from "@/tests/helpers";
import { listLoginHistory, listOwnActiveSessions } from "./account-overview";

describe("账户安全 shows the user's own records only (U7, U9)", () => {
  it("U7: the login history lists the user's own attempts and no one else's", async () => {
    const [me, other] = [await createTestUser("PERSON"), await createTestUser("PERSON")];
    await db.loginLog.createMany({
      data: [
        { userId: me.id, username: "me", success: true, reason: "OK", ip: "198.51.100.1", userAgent: "Mozilla/5.0 Chrome/120" },
        { userId: other.id, username: "other", success: false, reason: "BAD_PASSWORD", ip: "198.51.100.2", userAgent: "Mozilla/5.0 Firefox/120" },
        { userId: null, username: "nobody", success: false, reason: "UNKNOWN_USER", ip: "198.51.100.3", userAgent: "curl" },
      ],
    });
    const mine = await db.loginLog.findMany({ where: { userId: me.id }, select: { id: true } });
    expect((await listLoginHistory(me.id)).map((r) => r.id)).toEqual(mine.map((r) => r.id));
    expect(JSON.stringify(await listLoginHistory(me.id))).not.toContain("198.51.100.2");
  });

  it("U9: the sessions list holds the user's own live sessions only", async () => {
    const [me, other] = [await createTestUser("UNIT"), await createTestUser("UNIT")];
    const ended = await db.userSession.create({ data: { userId: me.id, expiresAt: new Date(Date.now() + 3600_000), revokedAt: new Date() } });
    const rows = await listOwnActiveSessions(me);
    expect(rows.map((s) => [s.id, s.current])).toEqual([[me.sessionId, true]]);
    expect(rows.map((s) => s.id)).not.toContain(other.sessionId);
    expect(rows.map((s) => s.id)).not.toContain(ended.id);
  });
});
