/**
 * The daily token of AUTH_TOKEN. Stateless: HMAC-SM3 over reqAppCode, environment and the
 * Shanghai date under a key derived from the root secret, so every instance that shares
 * AUTH_SECRET computes and checks the same token without a database row. It is valid until
 * 24:00 Asia/Shanghai of its day.
 */
import { timingSafeEqual } from "node:crypto";
import { derivedKey } from "@/lib/config";
import { hmacSm3 } from "@/lib/gm";
import { shanghaiToday } from "@/lib/calendar/shanghai";

export type TokenEnvironment = "SANDBOX" | "FORMAL";

let key: Buffer | undefined;
const tokenKey = () => (key ??= derivedKey("direct-token"));

function tokenFor(reqAppCode: string, environment: TokenEnvironment, day: string): string {
  return `${day.replaceAll("-", "")}.${hmacSm3(tokenKey(), `${reqAppCode}\n${environment}\n${day}`)}`;
}

/** The instant the token of the Shanghai day of `now` expires: the next 00:00 in Shanghai. */
export function tokenExpiry(now: Date): Date {
  const day = shanghaiToday(now);
  return new Date(Date.parse(`${day}T00:00:00+08:00`) + 86_400_000);
}

export function issueToken(reqAppCode: string, environment: TokenEnvironment, now: Date): { token: string; expiresAt: Date } {
  return { token: tokenFor(reqAppCode, environment, shanghaiToday(now)), expiresAt: tokenExpiry(now) };
}

export function verifyToken(token: string, reqAppCode: string, environment: TokenEnvironment, now: Date): boolean {
  const expected = Buffer.from(tokenFor(reqAppCode, environment, shanghaiToday(now)));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
