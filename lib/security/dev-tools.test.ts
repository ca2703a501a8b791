import { describe, expect, it } from "vitest";
import { devToolsAtPublicUrl, mayReadDevOutbox } from "./dev-tools";

const TOKEN = "s1-test-token-4f9a2c";
const demo = (extra: Record<string, string> = {}) => ({ NODE_ENV: "production", ENABLE_DEV_TOOLS: "1", DEV_TOOLS_TOKEN: TOKEN, ...extra }) as unknown as NodeJS.ProcessEnv;

describe("the demo SMS outbox fails closed (S1)", () => {
  it("S1: /dev/sms without the token gets 404", () => {
    expect(mayReadDevOutbox({ tokens: [undefined, undefined] }, demo())).toBe(false);
    expect(mayReadDevOutbox({ tokens: [""] }, demo())).toBe(false);
    expect(mayReadDevOutbox({ tokens: ["wrong-token"] }, demo())).toBe(false);
    expect(mayReadDevOutbox({ tokens: [TOKEN.slice(0, -1)] }, demo())).toBe(false);
    // Logged in, but not as an administrator.
    for (const role of ["PERSON", "UNIT", "STAFF"] as const) expect(mayReadDevOutbox({ tokens: [], role }, demo())).toBe(false);
  });

  it("S1: the printed token, in the link or in the cookie, opens the outbox", () => {
    expect(mayReadDevOutbox({ tokens: [TOKEN, undefined] }, demo())).toBe(true);
    expect(mayReadDevOutbox({ tokens: [undefined, TOKEN] }, demo())).toBe(true);
    // A stale link does not lock out a browser that holds the cookie.
    expect(mayReadDevOutbox({ tokens: ["old-token", TOKEN] }, demo())).toBe(true);
  });

  it("S1: a logged-in ADMIN reads the outbox without the token", () => {
    expect(mayReadDevOutbox({ tokens: [], role: "ADMIN" }, demo())).toBe(true);
  });

  it("S1: with no token configured, no token opens it (only an ADMIN does)", () => {
    const noToken = demo({ DEV_TOOLS_TOKEN: "" });
    expect(mayReadDevOutbox({ tokens: [""] }, noToken)).toBe(false);
    expect(mayReadDevOutbox({ tokens: [undefined] }, noToken)).toBe(false);
    expect(mayReadDevOutbox({ tokens: [], role: "ADMIN" }, noToken)).toBe(true);
  });

  it("S1: with dev tools off the outbox is 404 even with the token or as ADMIN", () => {
    const off = demo({ ENABLE_DEV_TOOLS: "0" });
    expect(mayReadDevOutbox({ tokens: [TOKEN] }, off)).toBe(false);
    expect(mayReadDevOutbox({ tokens: [TOKEN], role: "ADMIN" }, off)).toBe(false);
    // A production build without ENABLE_DEV_TOOLS has them off.
    const unset = { NODE_ENV: "production", DEV_TOOLS_TOKEN: TOKEN } as unknown as NodeJS.ProcessEnv;
    expect(mayReadDevOutbox({ tokens: [TOKEN], role: "ADMIN" }, unset)).toBe(false);
  });
});

describe("no dev tools at a public address (S1)", () => {
  it("S1: refuses to start with dev tools on at a public URL", () => {
    const https = devToolsAtPublicUrl(demo({ NEXTAUTH_URL: "https://localhost:3000" }));
    const publicHost = devToolsAtPublicUrl(demo({ NEXTAUTH_URL: "http://portal.example.gov.cn" }));
    const lanAddress = devToolsAtPublicUrl(demo({ NEXTAUTH_URL: "http://192.168.1.20:3000" }));
    for (const message of [https, publicHost, lanAddress]) {
      expect(message).toContain("NEXTAUTH_URL");
      expect(message).toContain("ENABLE_DEV_TOOLS=0");
      expect(message).toContain("SEED_DEMO=0");
    }
    expect(publicHost).toContain("http://portal.example.gov.cn");
  });

  it("S1: starts with dev tools on at a local http URL, and at any URL with dev tools off", () => {
    for (const url of ["http://localhost:3000", "http://127.0.0.1:3100", "http://[::1]:3000", "http://portal.localhost"]) {
      expect(devToolsAtPublicUrl(demo({ NEXTAUTH_URL: url }))).toBeNull();
    }
    expect(devToolsAtPublicUrl(demo({ NEXTAUTH_URL: "https://portal.example.gov.cn", ENABLE_DEV_TOOLS: "0" }))).toBeNull();
  });
});
