/**
 * SM4 keys of the direct-connection enterprises (E4, E5; DB3702 §8.6.1, §8.7.1 一企一密).
 * A key is generated here, stored only sealed (lib/direct-connect/key-vault.ts) with its
 * fingerprint, and its plaintext is shown once, to a handler of the enterprise's own unit who
 * takes it (revealKey); after that, everyone, STAFF included, sees only the fingerprint.
 */
import type { Actor, UserActor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/actor";
import type { UnitContext } from "@/lib/actions/define-unit-action";
import { appendTrace } from "@/lib/audit/trace";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { sealKey, openKey } from "@/lib/direct-connect/key-vault";
import { AppError, notFound } from "@/lib/errors/app-error";
import { generateSm4Key, sm3Hex } from "@/lib/gm";
import { postMessage } from "@/lib/messaging/inbox";
import { areaPath } from "@/lib/auth/roles";
import { directParameter } from "./parameters";
import { ENVIRONMENT_LABELS } from "./labels";

type Environment = "SANDBOX" | "FORMAL";

/** First 16 hex characters of SM3 over the key's 16 bytes (DirectKey.fingerprint). */
export function keyFingerprint(keyHex: string): string {
  return sm3Hex(Buffer.from(keyHex, "hex")).slice(0, 16);
}

/** Creates a new ACTIVE key of the environment, sealed; returns its id and fingerprint, never the key. */
export async function createKey(tx: Tx, enterpriseId: string, environment: Environment, now: Date): Promise<{ id: string; fingerprint: string }> {
  const keyHex = generateSm4Key();
  const key = await tx.directKey.create({
    data: { enterpriseId, environment, sealedKey: sealKey(keyHex), fingerprint: keyFingerprint(keyHex), status: "ACTIVE", createdAt: now },
    select: { id: true, fingerprint: true },
  });
  return key;
}

/**
 * Every change of an enterprise is recorded here, in the transaction of the change; recording it
 * also moves the enterprise's gatewayVersion, which every gateway instance compares on every call
 * (lib/direct-connect/callers.ts): a new key, a suspension or an acceptance applies at once.
 */
export async function recordEnterpriseEvent(tx: Tx, actor: Actor, enterpriseId: string, kind: string, note: string | null, now: Date, summary: Record<string, unknown> = {}): Promise<void> {
  await tx.directEnterprise.update({ where: { id: enterpriseId }, data: { gatewayVersion: { increment: 1 } }, select: { id: true } });
  await tx.directEnterpriseEvent.create({ data: { enterpriseId, kind, note, actorRole: actor.role, actorId: actor.id, at: now } });
  await appendTrace(tx, actor, { action: `direct-enterprise.${kind.toLowerCase().replaceAll("_", "-")}`, entity: "DirectEnterprise", entityId: enterpriseId, summary: { note, ...summary } });
}

/** Tells every handler of the unit (the application's contact may have changed since). */
export async function messageUnit(tx: Tx, coreUnitId: number, title: string, body: string): Promise<void> {
  const handlers = await tx.user.findMany({ where: { role: "UNIT", coreUnitId, status: "ACTIVE" }, select: { id: true } });
  for (const h of handlers) await postMessage(tx, { userId: h.id, category: "SYSTEM", title, body, link: areaPath("UNIT", "direct") });
}

/**
 * E4/E5: the unit takes a key's plaintext, once. The reveal row (primary key = the key) is
 * written in the same transaction, so two clicks at once cannot both get it.
 */
export async function revealKey(actor: UserActor, unit: UnitContext, keyId: string, now: Date): Promise<{ key: string; fingerprint: string; environment: Environment }> {
  const key = await unit.db.directKey.findFirst({ where: { id: keyId, status: { not: "REVOKED" } } });
  if (!key) throw notFound("密钥");
  try {
    await unit.db.$transaction(async (tx) => {
      await tx.directKeyReveal.create({ data: { keyId: key.id, enterpriseId: key.enterpriseId, userId: actor.id, revealedAt: now } });
      await appendTrace(tx, actor, { action: "direct-key.reveal", entity: "DirectKey", entityId: key.id, summary: { environment: key.environment, fingerprint: key.fingerprint } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "该密钥已领取过，只显示一次；如遗失，请联系平台轮换密钥");
    throw error;
  }
  return { key: openKey(key.sealedKey), fingerprint: key.fingerprint, environment: key.environment };
}

/** E5: after acceptance the unit asks for its formal key (申领正式密钥); the enterprise goes live. */
export async function requestFormalKey(actor: UserActor, unit: UnitContext, now: Date): Promise<{ id: string; fingerprint: string }> {
  const enterprise = await unit.db.directEnterprise.findFirst({});
  if (!enterprise) throw notFound("接入企业");
  if (!enterprise.acceptedAt) throw new AppError("CONFLICT", "测试验收尚未通过：每个申请的接口都须有一次正确的测试调用");
  if (enterprise.status !== "SANDBOX") throw new AppError("CONFLICT", enterprise.status === "ACTIVE" ? "正式密钥已发放" : "接入已暂停或取消，不能申领正式密钥");
  return db.$transaction(async (tx) => {
    const { count } = await tx.directEnterprise.updateMany({ where: { id: enterprise.id, coreUnitId: unit.unitId, status: "SANDBOX", acceptedAt: { not: null } }, data: { status: "ACTIVE" } });
    if (count === 0) throw new AppError("CONFLICT", "接入状态已变化，请刷新后查看");
    const key = await createKey(tx, enterprise.id, "FORMAL", now);
    await recordEnterpriseEvent(tx, actor, enterprise.id, "KEY_ISSUE", "正式密钥", now, { environment: "FORMAL", fingerprint: key.fingerprint });
    return key;
  });
}

/**
 * E5: a new key replaces the enterprise's active key of the environment; the old one stays
 * valid for the grace period (system parameter direct.keyGraceHours) as RETIRING.
 */
export async function rotateKey(actor: UserActor, enterpriseId: string, environment: Environment, now: Date): Promise<{ fingerprint: string; graceUntil: Date }> {
  assertRole(actor, ["STAFF", "ADMIN"], "轮换密钥");
  const enterprise = await db.directEnterprise.findUnique({ where: { id: enterpriseId } });
  if (!enterprise) throw notFound("接入企业");
  if (enterprise.status === "REVOKED") throw new AppError("CONFLICT", "接入已取消，不能轮换密钥");
  const graceHours = await directParameter("direct.keyGraceHours");
  const graceUntil = new Date(now.getTime() + graceHours * 3600_000);
  return db.$transaction(async (tx) => {
    const { count } = await tx.directKey.updateMany({ where: { enterpriseId, environment, status: "ACTIVE" }, data: { status: "RETIRING", graceUntil } });
    // With no active key (all revoked) the rotation simply issues a new one.
    if (count === 0 && environment === "FORMAL" && enterprise.status === "SANDBOX") throw new AppError("CONFLICT", "测试验收通过并申领后才有正式密钥");
    const key = await createKey(tx, enterpriseId, environment, now);
    await recordEnterpriseEvent(tx, actor, enterpriseId, "KEY_ROTATE", `${ENVIRONMENT_LABELS[environment]}已轮换，旧密钥 ${graceHours} 小时内仍可使用`, now, { environment, fingerprint: key.fingerprint, graceUntil });
    await messageUnit(tx, enterprise.coreUnitId, `政企直连${ENVIRONMENT_LABELS[environment]}已轮换`, `平台已为您单位生成新的${ENVIRONMENT_LABELS[environment]}，请登录政企直连页面领取（只显示一次）；旧密钥 ${graceHours} 小时内仍可使用。`);
    return { fingerprint: key.fingerprint, graceUntil };
  });
}

/** E5: a key is revoked at once (a leaked key). */
export async function revokeKey(actor: UserActor, keyId: string, reason: string, now: Date): Promise<void> {
  assertRole(actor, ["STAFF", "ADMIN"], "吊销密钥");
  const key = await db.directKey.findUnique({ where: { id: keyId }, include: { enterprise: { select: { coreUnitId: true } } } });
  if (!key) throw notFound("密钥");
  await db.$transaction(async (tx) => {
    const { count } = await tx.directKey.updateMany({ where: { id: keyId, status: { not: "REVOKED" } }, data: { status: "REVOKED", revokedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", "该密钥已吊销");
    await recordEnterpriseEvent(tx, actor, key.enterpriseId, "KEY_REVOKE", reason, now, { environment: key.environment, fingerprint: key.fingerprint });
    await messageUnit(tx, key.enterprise.coreUnitId, `政企直连${ENVIRONMENT_LABELS[key.environment]}已吊销`, `密钥（指纹 ${key.fingerprint}）已吊销：${reason}。`);
  });
}
