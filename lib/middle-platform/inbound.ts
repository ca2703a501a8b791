/**
 * The gate of our inbound interfaces (X4), as defineRoute is for the portal's own routes: the
 * signed head (signing.ts), the nonce stored in the database so every instance refuses a
 * replay, the JSON body checked with zod and its personal fields decrypted — and every failure
 * a coded `{ code, message }` answer, before any domain code runs.
 */
import type { z } from "zod";
import { db, isUniqueViolation } from "@/lib/db";
import { GmDecryptError } from "@/lib/gm";
import { middlePlatformConfig } from "./config";
import { MpError } from "./codes";
import { decryptPersonalFields } from "./fields";
import { checkRequestHead, TIMESTAMP_WINDOW_MS } from "./signing";

/** Records a nonce; false when it was seen before (a replay). */
export async function claimNonce(appId: string, nonce: string, now: Date): Promise<boolean> {
  try {
    await db.middlePlatformNonce.create({ data: { key: `${appId}:${nonce}`, seenAt: now } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Nonces older than twice the timestamp window can no longer be replayed: their timestamp is stale. */
export async function forgetOldNonces(now: Date): Promise<number> {
  const { count } = await db.middlePlatformNonce.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - 2 * TIMESTAMP_WINDOW_MS) } } });
  return count;
}

export function mpOk(data: unknown): Response {
  return Response.json({ code: "0", message: "成功", data });
}

export function mpFail(error: MpError): Response {
  return Response.json({ code: error.code, message: error.message, ...(error.data ? { data: error.data } : {}) }, { status: error.httpStatus });
}

/** Wraps an inbound handler: authenticates, parses, runs, and answers in the platform's format. */
export function defineInbound<S extends z.ZodType>(schema: S, handler: (input: z.output<S>, now: Date) => Promise<unknown>): (request: Request) => Promise<Response> {
  return async (request) => {
    const now = new Date();
    try {
      const config = middlePlatformConfig();
      if (!config.enabled) throw new MpError("DOCKING_DISABLED");
      const text = await request.text();
      const checked = checkRequestHead(request.headers, { appId: config.appId, secret: config.appSecret }, request.method, new URL(request.url).pathname, text, now);
      if (checked.problem) throw new MpError(checked.problem);
      if (!(await claimNonce(checked.head.appId, checked.head.nonce, now))) throw new MpError("NONCE_REPLAYED");
      let json: unknown;
      try {
        json = decryptPersonalFields(JSON.parse(text), config.sm4Key);
      } catch (error) {
        if (error instanceof GmDecryptError) throw new MpError("BODY_INVALID", "个人信息字段无法解密");
        throw new MpError("BODY_INVALID", "不是 JSON");
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new MpError("BODY_INVALID", parsed.error.issues.map((i) => `${i.path.join(".") || "body"} ${i.message}`).join("；"));
      return mpOk(await handler(parsed.data, now));
    } catch (error) {
      if (error instanceof MpError) return mpFail(error);
      console.error("[middle-platform] inbound failed", error);
      return Response.json({ code: "INTERNAL", message: "系统繁忙，请稍后再试" }, { status: 500 });
    }
  };
}
