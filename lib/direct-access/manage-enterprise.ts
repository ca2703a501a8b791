/**
 * 企业管理 (E7, E8; DB3702 §6.2.2 d–f, §10): warnings, suspension, resumption, revocation with
 * a blacklist entry, per-enterprise rate limits, the interface registry and the system
 * parameters; and the daily credit re-check that suspends an enterprise whose unit has landed
 * on the dishonesty blacklist (§10.1). Each change, its event row, the unit's message and the
 * trace are written in one transaction.
 */
import { assertRole, systemActor, type Actor, type UserActor } from "@/lib/auth/actor";
import { appendTrace } from "@/lib/audit/trace";
import { shanghaiToday } from "@/lib/calendar";
import { db } from "@/lib/db";
import { isUnitBlacklisted } from "@/lib/disclosure/credit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { messageUnit, recordEnterpriseEvent } from "./keys";
import { SERVICE_CODES } from "@/lib/direct-connect/service-codes";
import { DIRECT_PARAMETERS, isDirectParameterKey } from "./parameters";

const STAFF = ["STAFF", "ADMIN"] as const;

async function loadEnterprise(actor: { role: Actor["role"] }, id: string, roles: readonly ("STAFF" | "ADMIN")[], what: string) {
  assertRole(actor, roles, what);
  const enterprise = await db.directEnterprise.findUnique({ where: { id } });
  if (!enterprise) throw notFound("接入企业");
  return enterprise;
}

export async function warnEnterprise(actor: UserActor, id: string, reason: string, now: Date): Promise<void> {
  const enterprise = await loadEnterprise(actor, id, STAFF, "警告接入企业");
  await db.$transaction(async (tx) => {
    await recordEnterpriseEvent(tx, actor, id, "WARNING", reason, now);
    await messageUnit(tx, enterprise.coreUnitId, "政企直连违规警告", `平台对您单位（系统编码 ${enterprise.reqAppCode}）的接口调用予以警告：${reason}。请及时整改，屡次违规将暂停或取消接入资格。`);
  });
}

async function suspend(actor: Actor, id: string, coreUnitId: number, reqAppCode: string, reason: string, kind: "SUSPEND" | "CREDIT_SUSPEND", now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.directEnterprise.updateMany({ where: { id, status: { in: ["SANDBOX", "ACTIVE"] } }, data: { status: "SUSPENDED", statusReason: reason } });
    if (count === 0) return false;
    await recordEnterpriseEvent(tx, actor, id, kind, reason, now);
    await messageUnit(tx, coreUnitId, "政企直连接入已暂停", `您单位（系统编码 ${reqAppCode}）的政企直连接入已暂停：${reason}。暂停期间接口调用将被拒绝。`);
    return true;
  });
}

export async function suspendEnterprise(actor: UserActor, id: string, reason: string, now: Date): Promise<void> {
  const enterprise = await loadEnterprise(actor, id, STAFF, "暂停企业接入");
  if (!(await suspend(actor, id, enterprise.coreUnitId, enterprise.reqAppCode, reason, "SUSPEND", now))) throw new AppError("CONFLICT", "该企业当前不能暂停（已暂停或已取消接入）");
}

export async function resumeEnterprise(actor: UserActor, id: string, reason: string, now: Date): Promise<void> {
  const enterprise = await loadEnterprise(actor, id, STAFF, "恢复企业接入");
  if (enterprise.status !== "SUSPENDED") throw new AppError("CONFLICT", "只有已暂停的企业可以恢复");
  if (await isUnitBlacklisted(enterprise.creditCode, now)) throw new AppError("CONFLICT", "该单位仍在失信名单中，不能恢复接入");
  const formal = await db.directKey.count({ where: { enterpriseId: id, environment: "FORMAL" } });
  await db.$transaction(async (tx) => {
    const { count } = await tx.directEnterprise.updateMany({ where: { id, status: "SUSPENDED" }, data: { status: formal ? "ACTIVE" : "SANDBOX", statusReason: null } });
    if (count === 0) throw new AppError("CONFLICT", "状态已变化，请刷新后查看");
    await recordEnterpriseEvent(tx, actor, id, "RESUME", reason, now);
    await messageUnit(tx, enterprise.coreUnitId, "政企直连接入已恢复", `您单位（系统编码 ${enterprise.reqAppCode}）的政企直连接入已恢复。`);
  });
}

/** §10.2: access ends, every key is revoked, and the unit is entered on the dishonesty list. */
export async function revokeEnterprise(actor: UserActor, id: string, reason: string, now: Date): Promise<void> {
  const enterprise = await loadEnterprise(actor, id, ["ADMIN"], "取消企业接入资格");
  if (enterprise.status === "REVOKED") throw new AppError("CONFLICT", "该企业已取消接入");
  const listed = await isUnitBlacklisted(enterprise.creditCode, now);
  await db.$transaction(async (tx) => {
    const { count } = await tx.directEnterprise.updateMany({ where: { id, status: { not: "REVOKED" } }, data: { status: "REVOKED", statusReason: reason } });
    if (count === 0) throw new AppError("CONFLICT", "状态已变化，请刷新后查看");
    await tx.directKey.updateMany({ where: { enterpriseId: id, status: { not: "REVOKED" } }, data: { status: "REVOKED", revokedAt: now } });
    if (!listed) {
      const listing = await tx.dishonestyListing.create({
        data: { creditCode: enterprise.creditCode, unitName: enterprise.unitName, reason: `政企直连违规：${reason}`, source: "政企直连服务平台（DB3702 §10.2）", listedOn: shanghaiToday(now), createdById: actor.id, createdAt: now },
      });
      await appendTrace(tx, actor, { action: "disclosure.add-listing", entity: "DishonestyListing", entityId: String(listing.id), summary: { creditCode: enterprise.creditCode, listedOn: listing.listedOn, from: "direct-enterprise.revoke" } });
    }
    await recordEnterpriseEvent(tx, actor, id, "REVOKE", reason, now, { blacklisted: !listed });
    await messageUnit(tx, enterprise.coreUnitId, "政企直连接入资格已取消", `您单位（系统编码 ${enterprise.reqAppCode}）的政企直连接入资格已取消，并纳入失信名单：${reason}。`);
  });
}

export async function setEnterpriseRateLimit(actor: UserActor, id: string, rateLimitPerMinute: number | null, now: Date): Promise<void> {
  await loadEnterprise(actor, id, ["ADMIN"], "设置企业限流");
  await db.$transaction(async (tx) => {
    await tx.directEnterprise.update({ where: { id }, data: { rateLimitPerMinute } });
    await recordEnterpriseEvent(tx, actor, id, "RATE_LIMIT", rateLimitPerMinute === null ? "恢复平台默认限流" : `每分钟 ${rateLimitPerMinute} 次`, now, { rateLimitPerMinute });
  });
}

/** E7 接口管理: a service code is enabled until the ADMIN disables it. */
export async function setServiceEnabled(actor: UserActor, code: string, enabled: boolean): Promise<void> {
  assertRole(actor, ["ADMIN"], "启用或停用接口");
  if (!SERVICE_CODES.some((s) => s.code === code)) throw notFound("接口");
  await db.$transaction(async (tx) => {
    await tx.directService.upsert({ where: { code }, create: { code, enabled }, update: { enabled } });
    await appendTrace(tx, actor, { action: enabled ? "direct-service.enable" : "direct-service.disable", entity: "DirectService", entityId: code, summary: { enabled } });
  });
}

export async function setDirectParameter(actor: UserActor, key: string, value: string): Promise<void> {
  assertRole(actor, ["ADMIN"], "设置系统参数");
  if (!isDirectParameterKey(key)) throw notFound("参数");
  const def = DIRECT_PARAMETERS[key];
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < def.min || n > def.max) {
    const message = `请填写 ${def.min}–${def.max} 之间的整数`;
    throw new AppError("VALIDATION", message, { fieldErrors: { value: message } });
  }
  await db.$transaction(async (tx) => {
    const before = await tx.systemParameter.findUnique({ where: { key } });
    await tx.systemParameter.upsert({ where: { key }, create: { key, value, note: def.label }, update: { value } });
    await appendTrace(tx, actor, { action: "system-parameter.set", entity: "SystemParameter", entityId: key, summary: { before: before?.value ?? null, after: value } });
  });
}

/** E8 / §10.1: every admitted enterprise whose unit is on the blacklist today is suspended. */
export async function recheckEnterpriseCredit(now: Date): Promise<{ checked: number; suspended: string[] }> {
  const enterprises = await db.directEnterprise.findMany({ where: { status: { in: ["SANDBOX", "ACTIVE"] } }, select: { id: true, creditCode: true, coreUnitId: true, reqAppCode: true } });
  const suspended: string[] = [];
  for (const e of enterprises) {
    if (!(await isUnitBlacklisted(e.creditCode, now))) continue;
    if (await suspend(systemActor(), e.id, e.coreUnitId, e.reqAppCode, "信用复核：单位已列入失信名单（DB3702 §10.1）", "CREDIT_SUSPEND", now)) suspended.push(e.reqAppCode);
  }
  return { checked: enterprises.length, suspended };
}
