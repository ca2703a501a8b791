/**
 * The common request head (公共请求头, DB37 appendix B in outline), the same both ways:
 *
 *   X-Mp-App-Id      接入者标识 (appId)
 *   X-Mp-Timestamp   milliseconds since 1970-01-01T00:00Z; accepted within ±300 s
 *   X-Mp-Nonce       16–64 characters [A-Za-z0-9_-], never the same twice for one appId
 *   X-Mp-Signature   hex HMAC-SM3(secret, appId \n timestamp \n nonce \n METHOD \n path \n SM3hex(body))
 *   X-Mp-Sign-Method HMAC-SM3 (the only method accepted)
 *
 * The body is signed through its SM3 digest, so the signature covers every byte sent. Pure
 * functions: the nonce store lives in inbound.ts.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { hmacSm3, sm3Hex } from "@/lib/gm";

export const HEAD = {
  appId: "x-mp-app-id",
  timestamp: "x-mp-timestamp",
  nonce: "x-mp-nonce",
  signature: "x-mp-signature",
  method: "x-mp-sign-method",
} as const;

export const SIGN_METHOD = "HMAC-SM3";
/** ±300 seconds: the window for the timestamp (and how long a nonce is remembered, twice over). */
export const TIMESTAMP_WINDOW_MS = 300_000;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;

export interface RequestHead {
  appId: string;
  timestamp: string;
  nonce: string;
  signature: string;
}

export function stringToSign(head: Omit<RequestHead, "signature">, method: string, path: string, body: string): string {
  return [head.appId, head.timestamp, head.nonce, method.toUpperCase(), path, sm3Hex(body)].join("\n");
}

export function signRequest(appId: string, secret: string, method: string, path: string, body: string, now: Date): Record<string, string> {
  const head = { appId, timestamp: String(now.getTime()), nonce: randomBytes(16).toString("hex") };
  const signature = hmacSm3(secret, stringToSign(head, method, path, body));
  return { [HEAD.appId]: head.appId, [HEAD.timestamp]: head.timestamp, [HEAD.nonce]: head.nonce, [HEAD.signature]: signature, [HEAD.method]: SIGN_METHOD };
}

export type HeadProblem = "APP_UNKNOWN" | "SIGNATURE_INVALID" | "TIMESTAMP_STALE";

/** Checks a received head (not the nonce's freshness): null when it is good, else what is wrong. */
export function checkRequestHead(
  headers: Headers,
  expected: { appId: string; secret: string },
  method: string,
  path: string,
  body: string,
  now: Date,
): { problem: HeadProblem; head?: undefined } | { problem: null; head: RequestHead } {
  const appId = headers.get(HEAD.appId) ?? "";
  const timestamp = headers.get(HEAD.timestamp) ?? "";
  const nonce = headers.get(HEAD.nonce) ?? "";
  const signature = (headers.get(HEAD.signature) ?? "").toLowerCase();
  const signMethod = headers.get(HEAD.method) ?? SIGN_METHOD;
  if (!appId || appId !== expected.appId) return { problem: "APP_UNKNOWN" };
  if (signMethod !== SIGN_METHOD || !NONCE.test(nonce) || !/^[0-9a-f]{64}$/.test(signature) || !/^\d{10,16}$/.test(timestamp)) {
    return { problem: "SIGNATURE_INVALID" };
  }
  const want = Buffer.from(hmacSm3(expected.secret, stringToSign({ appId, timestamp, nonce }, method, path, body)), "hex");
  if (!timingSafeEqual(want, Buffer.from(signature, "hex"))) return { problem: "SIGNATURE_INVALID" };
  if (Math.abs(Number(timestamp) - now.getTime()) > TIMESTAMP_WINDOW_MS) return { problem: "TIMESTAMP_STALE" };
  return { problem: null, head: { appId, timestamp, nonce, signature } };
}
