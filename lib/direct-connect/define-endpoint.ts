/**
 * E6: the one gate of the direct-connect API, as defineAction is for server actions. Every
 * request passes the protocol's checks in this order, cheapest first, and nothing is decrypted
 * before the signature (which covers the ciphertext) has verified:
 *
 *   size 413 → envelope 400 → caller 401 → enterprise status 403 → service 404 →
 *   grant / enabled 403 → timestamp 409 → signature 401 → nonce 409 (recorded only now, so
 *   forged requests cannot burn nonces) → token 401 → rate limit 429 (Retry-After) →
 *   decrypt 400 → business schema (200 with 1001) → handler
 *
 * Then the business result is encrypted under the key the request came with, every answer is
 * signed with the platform key, and a DirectCallLog row is written for every request. Writes are
 * idempotent on reqAppCode + servicecode + bizSerialNo (30 days) and go to the core system
 * through the outbox; a successful sandbox call counts towards acceptance (E4).
 *
 * X1: the same gate serves third-party channels (POST /api/channel/v1) through a GateProfile:
 * where callers come from (enterprises or channels), which services exist and how a handler's
 * own refusals map to business codes. The check order above is the same for both; the
 * enterprise profile is the default, so the enterprise endpoints behave as before.
 */
import { randomBytes } from "node:crypto";
import { ZodError } from "zod";
import { applyCoreWrite, deliverClaimedCoreWrite, enqueueClaimedCoreWrite } from "@/lib/applications/core-outbox";
import { coreSystem } from "@/lib/core";
import { Prisma, db, dbProvider, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { decryptBody, encryptBody, sm2Verify } from "@/lib/gm";
import { signWithPlatformKey } from "@/lib/gm/platform-key";
import { clientInfoFromHeaders } from "@/lib/security/client-info";
import { recordSandboxSuccess } from "./acceptance";
import { logCall } from "./call-log";
import { REFUSAL_CONFIRM_MS, enterpriseCallers, isServiceDisabled, usableKeys, type Caller, type CallerCache, type CallerKind, type GatewayEnvironment } from "./callers";
import {
  BIZ_CODES, IDEMPOTENCY_TTL_MS, MAX_ENVELOPE_BYTES, NONCE_TTL_MS, TIMESTAMP_WINDOW_MS,
  parseEnvelope, requestSignString, responseSignString, type BizResult, type RequestEnvelope, type ResponseEnvelope,
} from "./protocol";
import type { ZodType } from "zod";
import { SERVICE_SCHEMAS, isServiceCode, type ServiceCode } from "./schemas";
import { SERVICE_HANDLERS, type ServiceContext, type ServiceHandler, type WriteOutcome } from "./services";
import { verifyToken } from "./token";

/** Who calls an endpoint and what it offers: the enterprises' (default) or the channels' (X1). */
export interface GateProfile {
  kind: CallerKind;
  /** 企业 or 渠道, in the refusal messages */
  noun: string;
  /** The callers by code, cached per process and confirmed by their gatewayVersion (callers.ts). */
  callers: CallerCache;
  isServiceCode(code: string): boolean;
  schemas: Record<string, { input: ZodType }>;
  handlers: Record<string, ServiceHandler<never>>;
  /** A profile's own mapping of a handler's AppError (null: the common mapping). */
  bizResultOf?(error: AppError): BizResult | null;
}

export const ENTERPRISE_GATE: GateProfile = {
  kind: "ENTERPRISE",
  noun: "企业",
  callers: enterpriseCallers,
  isServiceCode,
  schemas: SERVICE_SCHEMAS,
  handlers: SERVICE_HANDLERS as unknown as Record<string, ServiceHandler<never>>,
};

/** A communication failure: head.status "1", an empty body, this HTTP status. */
class Refusal {
  constructor(
    readonly httpStatus: number,
    readonly msg: string,
    readonly retryAfterSeconds?: number,
  ) {}
}

interface CallRecord {
  caller: Caller | null;
  serviceCode: string | null;
  reqAppCode: string | null;
  bizCode: string | null;
  bizSerialNo: string | null;
}

async function readCapped(request: Request): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > MAX_ENVELOPE_BYTES) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ENVELOPE_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function newNonce(): string {
  return randomBytes(16).toString("hex");
}

function signedResponse(status: "0" | "1", msg: string, body: string, httpStatus: number, extraHeaders: Record<string, string> = {}): { response: Response; bytes: number } {
  const head = { status, msg, timestamp: String(Date.now()), nonce: newNonce() };
  const envelope: ResponseEnvelope = { head: { ...head, signature: signWithPlatformKey(responseSignString(head, body)) }, body };
  const text = JSON.stringify(envelope);
  return {
    response: new Response(text, { status: httpStatus, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...extraHeaders } }),
    bytes: Buffer.byteLength(text),
  };
}

/** Field errors of a zod failure, as `data.errors` of business code 1001. */
function fieldErrors(error: ZodError): { field: string; reason: string }[] {
  return error.issues.map((issue) => ({ field: issue.path.length ? issue.path.join(".") : "body", reason: issue.message }));
}

/** An AppError of a handler as a business result; anything else is the platform's failure (500). */
function bizResultOfError(error: AppError): BizResult {
  switch (error.code) {
    case "VALIDATION":
      return { code: BIZ_CODES.VALIDATION, message: error.message, data: { errors: Object.entries(error.fieldErrors ?? {}).map(([field, reason]) => ({ field, reason })) } };
    case "NOT_FOUND":
    case "FORBIDDEN":
      return { code: BIZ_CODES.NOT_FOUND, message: error.message, data: {} };
    case "CONFLICT":
      return { code: BIZ_CODES.DUPLICATE, message: error.message, data: {} };
    case "UNAVAILABLE":
      return { code: BIZ_CODES.CORE_BUSY, message: error.message, data: {} };
    default:
      throw error;
  }
}

const ok = <T>(data: T): BizResult<T> => ({ code: BIZ_CODES.OK, message: "成功", data });

/**
 * Checks everything up to and including the rate limit; returns the caller and its service code.
 *
 * The caller comes from the per-process cache and is confirmed against the database in the same
 * request: an admitted call by the gatewayVersion the nonce statement returns, a refusal by one
 * tiny read of it before it is answered. When the version has moved the caller is read again and
 * the checks are repeated, so a suspension, a new key or an acceptance applies at once.
 */
async function admit(profile: GateProfile, envelope: RequestEnvelope, environment: GatewayEnvironment, now: Date, record: CallRecord): Promise<{ caller: Caller; code: ServiceCode }> {
  const { head, body } = envelope;
  const nowMs = now.getTime();
  const callers = profile.callers;
  let caller = await callers.find(head.reqAppCode, nowMs);
  /** Whether the caller was confirmed against the database after a refusal in this request. */
  let reconfirmed = false;

  /** Whether the cached caller's key verified the signature (undefined: a refusal came first). */
  let signed: boolean | undefined;
  /** Every check that depends on the caller's cached state, cheapest first. */
  const checkCaller = async (c: Caller | null): Promise<{ caller: Caller; code: ServiceCode }> => {
    record.caller = c;
    if (!c) throw new Refusal(401, profile.kind === "CHANNEL" ? "未知的渠道编码 reqAppCode" : "未知的系统编码 reqAppCode");
    if (c.status === "SUSPENDED") throw new Refusal(403, `${profile.noun}接入已暂停`);
    if (c.status === "REVOKED") throw new Refusal(403, profile.kind === "CHANNEL" ? "渠道已注销" : "企业接入已撤销");
    if (environment === "FORMAL" && c.status !== "ACTIVE") throw new Refusal(403, "尚未通过沙箱验收或未发放正式密钥");
    if (!profile.isServiceCode(head.servicecode)) throw new Refusal(404, "未知的服务编码 servicecode");
    const code = head.servicecode as ServiceCode;
    if (code !== "AUTH_TOKEN" && !c.grants.has(code)) throw new Refusal(403, `该接口未授权给本${profile.noun}`);
    if (await isServiceDisabled(code, nowMs)) throw new Refusal(403, "该接口已停用");
    const ts = Number(head.timestamp);
    if (!Number.isSafeInteger(ts) || Math.abs(ts - nowMs) > TIMESTAMP_WINDOW_MS) throw new Refusal(409, "时间戳超出允许范围（±300 秒），请校准时钟");
    signed = c.signKeyUsable && sm2Verify(c.signPublicKey, requestSignString(head, body), head.signature);
    if (!signed) throw new Refusal(401, "签名验证失败");
    return { caller: c, code };
  };

  let checked: { caller: Caller; code: ServiceCode };
  for (;;) {
    try {
      checked = await checkCaller(caller);
      break;
    } catch (error) {
      // A refusal the cache may have caused (401/403: e.g. a formal key issued a moment ago
      // elsewhere). A request the cached key's signature holds for is confirmed exactly; others
      // (forgeries, anyone's random codes) accept a confirmation of the last 100 ms, so a flood
      // of them costs at most ten tiny reads a second.
      if (error instanceof Refusal && (error.httpStatus === 401 || error.httpStatus === 403) && !reconfirmed) {
        reconfirmed = true;
        const genuine = signed ?? (caller !== null && caller.signKeyUsable && sm2Verify(caller.signPublicKey, requestSignString(head, body), head.signature));
        const current = await callers.confirm(head.reqAppCode, nowMs, genuine ? 0 : REFUSAL_CONFIRM_MS);
        caller = current.caller;
        if (current.changed) continue;
      }
      throw error;
    }
  }
  let code = checked.code;
  caller = checked.caller;

  // The signature holds: only now is the nonce recorded, so a forger cannot burn nonces. The
  // token is checked next (pure computation); with a good token the nonce and the rate-limit hit
  // go to the database together, in one statement that also returns the caller's version.
  const tokenOk = code === "AUTH_TOKEN" || verifyToken(head.token, caller.reqAppCode, environment, now);
  const admitted = await recordNonceAndHit(caller, head.nonce, tokenOk ? `direct:${environment}:${caller.id}` : null, now);
  if (!admitted.nonceFresh) throw new Refusal(409, "请求随机数 nonce 重复");
  if (!callers.confirmed(head.reqAppCode, admitted.version, nowMs) && admitted.version !== caller.version) {
    // Changed since it was cached: read it again and check it again (the nonce stays recorded).
    ({ caller, code } = await checkCaller(await callers.find(head.reqAppCode, nowMs, true)));
  }
  if (!tokenOk) throw new Refusal(401, "令牌无效或已过期，请重新获取当日令牌");
  if (admitted.bucket && admitted.bucket.count > caller.rateLimitPerMinute) {
    throw new Refusal(429, "调用过于频繁，请稍后再试", Math.max(1, Math.ceil((admitted.bucket.resetAt.getTime() - nowMs) / 1000)));
  }
  return { caller, code };
}

const RATE_WINDOW_MS = 60_000;

interface Admission {
  nonceFresh: boolean;
  /** The per-minute counter after this call (absent without a rate-limit key or when the nonce was not fresh). */
  bucket?: { count: number; resetAt: Date };
  /** The caller's gatewayVersion as this statement saw it (null: the row is gone). */
  version: number | null;
}

/** The caller's own table, whose gatewayVersion the nonce statement returns. */
const versionTable = (caller: Caller) => (caller.kind === "CHANNEL" ? Prisma.sql`"Channel"` : Prisma.sql`"DirectEnterprise"`);

/**
 * Records the nonce (not fresh when the reqAppCode used it within the last 10 minutes; an expired
 * row not yet purged is taken over) and, given a rate-limit key, counts the call in the per-minute
 * fixed window of the shared RateLimitBucket table (lib/security/rate-limit.ts's table and
 * semantics: a window that has passed starts again at 1), and reads the caller's gatewayVersion.
 * PostgreSQL: one statement (data-modifying CTEs), one round trip and one commit. SQLite: the
 * same two upserts in one transaction (SQLite has no INSERT in a CTE; in-process, one commit).
 */
async function recordNonceAndHit(caller: Caller, nonce: string, rateKey: string | null, now: Date): Promise<Admission> {
  const expiresAt = new Date(now.getTime() + NONCE_TTL_MS);
  const resetAt = new Date(now.getTime() + RATE_WINDOW_MS);
  const version = Prisma.sql`(SELECT "gatewayVersion" FROM ${versionTable(caller)} WHERE "id" = ${caller.id})`;
  type Row = { fresh: unknown; count: unknown; resetAt: unknown; version: unknown };
  const admission = (row: Row | undefined): Admission => {
    if (!row || Number(row.fresh) === 0) return { nonceFresh: false, version: null };
    const bucket = row.count === null || row.count === undefined ? undefined : { count: Number(row.count), resetAt: toDate(row.resetAt) };
    return { nonceFresh: true, bucket, version: row.version === null ? null : Number(row.version) };
  };

  if (dbProvider === "postgresql") {
    const ts = (d: Date) => Prisma.sql`CAST(${d.toISOString()} AS TIMESTAMP(3))`;
    const bucket = rateKey
      ? Prisma.sql`, b AS (
          INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") SELECT CAST(${rateKey} AS TEXT), 1, ${ts(resetAt)} FROM n
          ON CONFLICT ("key") DO UPDATE SET
            "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${ts(now)} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
            "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${ts(now)} THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
          RETURNING "count", "resetAt")`
      : Prisma.empty;
    const rows = await db.$queryRaw<Row[]>`
      WITH n AS (
        INSERT INTO "DirectNonce" ("reqAppCode", "nonce", "expiresAt") VALUES (${caller.reqAppCode}, ${nonce}, ${ts(expiresAt)})
        ON CONFLICT ("reqAppCode", "nonce") DO UPDATE SET "expiresAt" = EXCLUDED."expiresAt" WHERE "DirectNonce"."expiresAt" <= ${ts(now)}
        RETURNING 1 AS "one"
      )${bucket}
      SELECT (SELECT COUNT(*) FROM n) AS "fresh",
        ${rateKey ? Prisma.sql`(SELECT "count" FROM b)` : Prisma.sql`NULL`} AS "count",
        ${rateKey ? Prisma.sql`(SELECT "resetAt" FROM b)` : Prisma.sql`NULL`} AS "resetAt",
        ${version} AS "version"`;
    return admission(rows[0]);
  }

  return db.$transaction(async (tx) => {
    const [fresh] = await tx.$queryRaw<{ version: unknown }[]>`
      INSERT INTO "DirectNonce" ("reqAppCode", "nonce", "expiresAt") VALUES (${caller.reqAppCode}, ${nonce}, ${expiresAt})
      ON CONFLICT ("reqAppCode", "nonce") DO UPDATE SET "expiresAt" = excluded."expiresAt" WHERE "DirectNonce"."expiresAt" <= ${now}
      RETURNING ${version} AS "version"`;
    if (!fresh) return { nonceFresh: false, version: null };
    if (!rateKey) return admission({ fresh: 1, count: null, resetAt: null, version: fresh.version });
    const [bucket] = await tx.$queryRaw<{ count: unknown; resetAt: unknown }[]>`
      INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES (${rateKey}, 1, ${resetAt})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
        "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN excluded."resetAt" ELSE "RateLimitBucket"."resetAt" END
      RETURNING "count", "resetAt"`;
    return admission({ fresh: 1, count: bucket?.count, resetAt: bucket?.resetAt, version: fresh.version });
  });
}

/** A timestamp of a raw row: a Date (PostgreSQL) or the ISO text Prisma stores on SQLite. */
function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** Decrypts with the first usable key that yields a JSON value; null when none does (400). */
function decrypt(caller: Caller, environment: GatewayEnvironment, body: string, now: Date): { key: string; value: unknown } | null {
  for (const k of usableKeys(caller, environment, now)) {
    let text: string;
    try {
      text = decryptBody(k.key, body);
    } catch {
      continue;
    }
    try {
      return { key: k.key, value: JSON.parse(text) as unknown };
    } catch {
      return null;
    }
  }
  return null;
}

const BIZ_SERIAL = /^[0-9A-Za-z_-]{1,32}$/;
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The path of the first string (key or value) holding a lone surrogate, which JSON escapes such
 * as "\ud800" can produce: such text cannot be stored, so it is a validation failure (1001).
 */
function illFormedStringAt(value: unknown, path: string): string | null {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? path : null;
  if (typeof value !== "object" || value === null) return null;
  for (const [k, v] of Object.entries(value)) {
    const at = path ? `${path}.${k}` : k;
    if (LONE_SURROGATE.test(k)) return at;
    const found = illFormedStringAt(v, at);
    if (found !== null) return found;
  }
  return null;
}

/** Runs the business: parse, idempotency, handler, outbox, acceptance. Returns the business result. */
async function runBusiness(profile: GateProfile, code: ServiceCode, caller: Caller, environment: GatewayEnvironment, value: unknown, now: Date, record: CallRecord): Promise<BizResult> {
  const schemas = profile.schemas[code];
  const parsed = schemas.input.safeParse(value);
  const serial = typeof value === "object" && value !== null ? (value as { bizSerialNo?: unknown }).bizSerialNo : undefined;
  if (typeof serial === "string" && BIZ_SERIAL.test(serial)) record.bizSerialNo = serial;
  const malformed = illFormedStringAt(value, "");
  if (malformed !== null) return { code: BIZ_CODES.VALIDATION, message: "业务参数校验未通过", data: { errors: [{ field: malformed || "body", reason: "含有无效的 Unicode 字符" }] } };
  if (!parsed.success) return { code: BIZ_CODES.VALIDATION, message: "业务参数校验未通过", data: { errors: fieldErrors(parsed.error) } };
  const input = parsed.data as never;
  const handler = profile.handlers[code];
  const ctx: ServiceContext = { enterprise: { id: caller.id, reqAppCode: caller.reqAppCode, coreUnitId: caller.coreUnitId }, now, core: coreSystem() };
  if (caller.kind === "CHANNEL") ctx.channel = { id: caller.id, channelCode: caller.reqAppCode };
  const mapError = (error: AppError) => profile.bizResultOf?.(error) ?? bizResultOfError(error);

  let result: BizResult;
  if (handler.kind === "read") {
    try {
      result = ok(environment === "SANDBOX" ? handler.sandbox(input, { ...ctx, environment }) : await handler.formal(input, { ...ctx, environment }));
    } catch (error) {
      if (error instanceof AppError) return mapError(error);
      throw error;
    }
    if (environment === "SANDBOX" && code !== "AUTH_TOKEN") await db.$transaction((tx) => recordSandboxSuccess(tx, caller.id, code, now));
    return result;
  }
  return runWrite(code, handler, input, caller, environment, ctx, now, mapError);
}

/**
 * A business write, idempotent on reqAppCode + servicecode + bizSerialNo (30 days).
 *
 * The usual call is new, so it is not looked up first: the handler checks, and the write and its
 * idempotency record (holding the answer) are committed together; the record's unique key decides
 * between two calls of the same serial number. Only when something refuses (a handler's AppError,
 * a unique violation) is the record read: a repeat answers the first result (whose write makes
 * the repeat's checks fail, e.g. "already insured"), and a serial number whose record is older
 * than 30 days (not yet purged) is freed and the call tried again.
 *
 * With the built-in core system (CoreSystem.inTransaction) the core write commits in that same
 * transaction with its answer: one commit, no outbox row. An external core system is called
 * after the commit: the record is written with a claimed outbox row and a 2001 ticket, the write
 * delivered at once, and the final answer recorded in the transaction that marks it delivered
 * (or the worker delivers it later, B3).
 */
async function runWrite(
  code: ServiceCode,
  handler: Extract<ServiceHandler<never>, { kind: "write" }>,
  input: { bizSerialNo: string },
  caller: Caller,
  environment: GatewayEnvironment,
  ctx: ServiceContext,
  now: Date,
  mapError: (error: AppError) => BizResult,
): Promise<BizResult> {
  const key = { environment, reqAppCode: caller.reqAppCode, serviceCode: code, bizSerialNo: input.bizSerialNo };
  const recordData = (result: BizResult, outboxId: number | null) => ({
    ...key, enterpriseId: caller.id, request: JSON.stringify(input), response: JSON.stringify(result), outboxId, createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
  });
  const pendingTicket = (outboxId: number): BizResult => ({ code: BIZ_CODES.CORE_BUSY, message: "核心系统繁忙，已受理，稍后以受理号查询", data: { ticket: `T${outboxId}` } });
  const core = ctx.core;

  for (let attempt = 0; ; attempt++) {
    let outcome: WriteOutcome<unknown> | undefined;
    let created: { id: string; outboxId: number | null; result: BizResult };
    try {
      outcome = environment === "SANDBOX" ? { data: (handler.sandbox as unknown as (i: unknown, c: ServiceContext) => unknown)(input, ctx) } : await (handler.formal as unknown as (i: unknown, c: ServiceContext) => Promise<WriteOutcome<unknown>>)(input, ctx);
      const decided = outcome;
      created = await db.$transaction(async (tx) => {
        let outboxId: number | null = null;
        let result: BizResult;
        if (!("coreWrite" in decided)) {
          result = ok(decided.data);
          if (environment === "SANDBOX") await recordSandboxSuccess(tx, caller.id, code, now);
        } else if (core.inTransaction) {
          const local = core.inTransaction(tx);
          result = ok(await decided.afterDelivery(local, await applyCoreWrite(local, decided.coreWrite)));
        } else {
          outboxId = await enqueueClaimedCoreWrite(tx, decided.coreWrite, now);
          result = pendingTicket(outboxId);
        }
        const row = await tx.directBizRecord.create({ data: recordData(result, outboxId), select: { id: true } });
        return { id: row.id, outboxId, result };
      });
    } catch (error) {
      if (!(error instanceof AppError) && !isUniqueViolation(error)) throw error;
      const first = await db.directBizRecord.findUnique({ where: { environment_reqAppCode_serviceCode_bizSerialNo: key }, select: { id: true, response: true, expiresAt: true } });
      // A repeat (or the same serial number at the same moment): the first result, unchanged.
      if (first && first.expiresAt > now) return JSON.parse(first.response) as BizResult;
      if (first) {
        // Older than 30 days and not yet purged: the serial number is free again.
        await db.directBizRecord.deleteMany({ where: { id: first.id, expiresAt: { lte: now } } });
        if (attempt < 2) continue;
      }
      if (error instanceof AppError) return mapError(error);
      // Another call wrote the same core row at the same moment (e.g. the same person under
      // another serial number): the next attempt's checks see it.
      if (attempt < 2) continue;
      throw error;
    }
    if (created.outboxId === null || !outcome || !("coreWrite" in outcome)) return created.result;

    // External core system: deliver now; if it is busy the worker delivers later and the caller
    // has its ticket. The final answer is recorded in the transaction that marks it delivered.
    const { coreWrite, afterDelivery } = outcome;
    let result: BizResult = created.result;
    const delivered = await deliverClaimedCoreWrite(created.outboxId, coreWrite, now, async (applied) => {
      const final = ok(await afterDelivery(core, applied));
      return async (tx) => {
        await tx.directBizRecord.update({ where: { id: created.id }, data: { response: JSON.stringify(final) } });
        result = final;
      };
    });
    return delivered ? result : created.result;
  }
}

/** Builds the POST handler of one environment's endpoint. */
export function defineEndpoint(environment: GatewayEnvironment, profile: GateProfile = ENTERPRISE_GATE): (request: Request) => Promise<Response> {
  return async (request) => {
    const started = performance.now();
    const now = new Date();
    const record: CallRecord = { caller: null, serviceCode: null, reqAppCode: null, bizCode: null, bizSerialNo: null };
    let requestBytes = 0;
    let answer: { response: Response; bytes: number; httpStatus: number; headStatus: "0" | "1"; msg: string };
    try {
      const raw = await readCapped(request);
      if (raw === null) throw new Refusal(413, "报文超过 1 MiB");
      requestBytes = raw.byteLength;
      let json: unknown;
      try {
        json = JSON.parse(utf8.decode(raw));
      } catch {
        throw new Refusal(400, "报文不是有效的 JSON");
      }
      const parsed = parseEnvelope(json);
      if (!parsed.ok) throw new Refusal(400, parsed.reason);
      const { envelope } = parsed;
      record.reqAppCode = envelope.head.reqAppCode;
      record.serviceCode = envelope.head.servicecode;

      const { caller, code } = await admit(profile, envelope, environment, now, record);
      const decrypted = decrypt(caller, environment, envelope.body, now);
      if (!decrypted) throw new Refusal(400, "报文体无法解密或不是 JSON");

      const result = await runBusiness(profile, code, caller, environment, decrypted.value, now, record);
      record.bizCode = result.code;
      const body = encryptBody(decrypted.key, JSON.stringify(result));
      answer = { ...signedResponse("0", "", body, 200), httpStatus: 200, headStatus: "0", msg: "" };
    } catch (error) {
      let refusal: Refusal;
      if (error instanceof Refusal) refusal = error;
      else {
        console.error("[direct-connect] platform failure", error);
        refusal = new Refusal(500, "平台处理失败，请稍后重试");
      }
      const headers: Record<string, string> = refusal.retryAfterSeconds ? { "retry-after": String(refusal.retryAfterSeconds) } : {};
      answer = { ...signedResponse("1", refusal.msg, "", refusal.httpStatus, headers), httpStatus: refusal.httpStatus, headStatus: "1", msg: refusal.msg };
    }
    writeCallLog(request, environment, profile.kind, record, answer, requestBytes, started, now);
    return answer.response;
  };
}

function writeCallLog(
  request: Request,
  environment: GatewayEnvironment,
  callerKind: CallerKind,
  record: CallRecord,
  answer: { bytes: number; httpStatus: number; headStatus: "0" | "1"; msg: string },
  requestBytes: number,
  started: number,
  now: Date,
): void {
  logCall({
    enterpriseId: record.caller?.id ?? null,
    callerKind,
    reqAppCode: record.caller?.reqAppCode ?? record.reqAppCode,
    serviceCode: record.serviceCode,
    environment,
    httpStatus: answer.httpStatus,
    headStatus: answer.headStatus,
    bizCode: record.bizCode,
    message: answer.msg || null,
    latencyMs: Math.round(performance.now() - started),
    requestBytes,
    responseBytes: answer.bytes,
    bizSerialNo: record.bizSerialNo,
    clientIp: clientInfoFromHeaders(request.headers).ip,
    createdAt: now,
  });
}
