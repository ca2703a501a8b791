import { describe, expect, it } from "vitest";
import { issueToken, tokenExpiry, verifyToken } from "./token";

describe("E6 daily token", () => {
  it("is valid until 24:00 Asia/Shanghai of its day and not a second after", () => {
    const lateEvening = new Date("2026-11-23T15:59:59.000Z"); // 23:59:59 in Shanghai
    const { token, expiresAt } = issueToken("Q000000001", "FORMAL", lateEvening);
    expect(expiresAt.toISOString()).toBe("2026-11-23T16:00:00.000Z");
    expect(verifyToken(token, "Q000000001", "FORMAL", lateEvening)).toBe(true);
    expect(verifyToken(token, "Q000000001", "FORMAL", new Date("2026-11-23T16:00:00.000Z"))).toBe(false);
    // Issued just after midnight Shanghai (16:00 UTC), it lasts the whole new day.
    expect(tokenExpiry(new Date("2026-11-23T16:00:00.000Z")).toISOString()).toBe("2026-11-24T16:00:00.000Z");
  });

  it("belongs to one reqAppCode and one environment", () => {
    const now = new Date("2026-11-23T04:00:00.000Z");
    const { token } = issueToken("Q000000001", "FORMAL", now);
    expect(verifyToken(token, "Q000000002", "FORMAL", now)).toBe(false);
    expect(verifyToken(token, "Q000000001", "SANDBOX", now)).toBe(false);
    expect(verifyToken(token.slice(0, -1) + (token.endsWith("0") ? "1" : "0"), "Q000000001", "FORMAL", now)).toBe(false);
    expect(verifyToken("", "Q000000001", "FORMAL", now)).toBe(false);
  });
});
