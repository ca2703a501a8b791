import { describe, expect, it } from "vitest";
import { isSessionLive } from "./session-policy";

const start = new Date("2026-11-22T01:00:00Z");
const session = (over: Partial<Parameters<typeof isSessionLive>[0]> = {}) => ({
  createdAt: start,
  lastSeenAt: start,
  expiresAt: new Date(start.getTime() + 12 * 3600_000), // as login writes it
  revokedAt: null,
  ...over,
});
const at = (ms: number) => new Date(start.getTime() + ms);

describe("session lifetime", () => {
  it("U6: a session idle for 30 minutes has ended; one used 29 minutes ago is live", () => {
    expect(isSessionLive(session(), at(29 * 60_000))).toBe(true);
    expect(isSessionLive(session(), at(30 * 60_000))).toBe(false);
  });

  it("U6: an active session still ends 12 hours after login", () => {
    const lastSeen = at(12 * 3600_000 - 60_000);
    expect(isSessionLive(session({ lastSeenAt: lastSeen }), at(12 * 3600_000 - 1))).toBe(true);
    expect(isSessionLive(session({ lastSeenAt: lastSeen }), at(12 * 3600_000))).toBe(false);
  });

  it("U6: a logged-out (revoked) session is over at once", () => {
    expect(isSessionLive(session({ revokedAt: at(1000) }), at(2000))).toBe(false);
  });
});
