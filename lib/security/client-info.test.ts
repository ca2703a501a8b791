import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER as SERVER_HEADER, clientAddress, parseTrustedProxyHops, setClientAddress } from "@/scripts/server.mjs";
import { CLIENT_IP_HEADER, clientInfoFromHeaders } from "./client-info";
import { hitRateLimit } from "./rate-limit";

/** A request as scripts/server.mjs receives it: the socket's address and whatever headers the client sent. */
function request(socketAddress: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress: socketAddress }, headers: { ...headers } } as unknown as IncomingMessage;
}

/** The client info the app sees after the server entry has handled the request. */
function seenByApp(socketAddress: string, headers: Record<string, string>, hops: number) {
  const req = request(socketAddress, headers);
  setClientAddress(req, hops);
  return clientInfoFromHeaders(req.headers);
}

describe("trusted proxies (S2)", () => {
  it("S2: a forged X-Forwarded-For does not change the rate-limit key", async () => {
    const rule = { name: `s2-${randomUUID()}`, limit: 10, windowSeconds: 60 };
    const first = seenByApp("198.51.100.23", { "x-forwarded-for": "1.2.3.4" }, 0);
    const second = seenByApp("198.51.100.23", { "x-forwarded-for": "5.6.7.8, 9.9.9.9" }, 0);
    expect(first.ip).toBe("198.51.100.23");
    expect(second.ip).toBe("198.51.100.23");
    await hitRateLimit(rule, first.ip);
    // Same bucket: the second request counts against the first one's limit.
    expect((await hitRateLimit(rule, second.ip)).remaining).toBe(8);
  });

  it("S2: with TRUSTED_PROXY_HOPS=0 the socket's address is the client's, whatever the headers say", () => {
    expect(seenByApp("::ffff:203.0.113.5", { "x-forwarded-for": "10.0.0.1", "x-real-ip": "10.0.0.2" }, 0).ip).toBe("203.0.113.5");
    // A client cannot send the server's own header either: it is replaced.
    expect(seenByApp("203.0.113.5", { [CLIENT_IP_HEADER]: "10.9.9.9" }, 0).ip).toBe("203.0.113.5");
  });

  it("S2: with one trusted proxy the rightmost X-Forwarded-For hop is the client; hops further left are ignored", () => {
    // The client forged "6.6.6.6"; our proxy (10.0.0.1) appended the address it saw.
    expect(clientAddress("10.0.0.1", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(seenByApp("10.0.0.1", { "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, 1).ip).toBe("203.0.113.9");
    // Two proxies: the second hop from the right.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", ["6.6.6.6, 203.0.113.9", "10.0.0.1"], 2)).toBe("203.0.113.9");
  });

  it("S2: a request that reached the server without passing the proxy, or with a hop that is not an address, keeps the last trusted address", () => {
    expect(clientAddress("203.0.113.5", undefined, 1)).toBe("203.0.113.5");
    expect(clientAddress("10.0.0.2", "203.0.113.9", 2)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.1", "not-an-address", 1)).toBe("10.0.0.1");
  });

  it("S2: TRUSTED_PROXY_HOPS defaults to 0 and must be a whole number", () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0);
    expect(parseTrustedProxyHops("")).toBe(0);
    expect(parseTrustedProxyHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "yes"]) expect(() => parseTrustedProxyHops(bad)).toThrow("TRUSTED_PROXY_HOPS");
  });

  it("S2: the app reads only the server entry's header, never X-Forwarded-For", () => {
    expect(SERVER_HEADER).toBe(CLIENT_IP_HEADER);
    expect(clientInfoFromHeaders(new Headers({ "x-forwarded-for": "1.2.3.4", "user-agent": "ua" }))).toEqual({ ip: "unknown", userAgent: "ua" });
    expect(clientInfoFromHeaders(new Headers({ [CLIENT_IP_HEADER]: "203.0.113.5" })).ip).toBe("203.0.113.5");
  });
});
