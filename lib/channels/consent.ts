/**
 * X3: a person's consent for a channel. The person creates an authorization code in the portal
 * (账户安全 → 授权第三方渠道) for one channel and named services; it is valid 10 minutes and
 * admits exactly ONE call: the first call that presents it uses it up, whatever the service, and
 * a second call with the same code is refused. Only the SM3 hash of the code is stored; the
 * person sees the code once, then every authorization with every call presented with it
 * (admitted or refused), and can revoke.
 */
import { randomInt } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import type { UserActor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/actor";
import { sm3Hex } from "@/lib/gm";
import { AUTH_CODE_ALPHABET, CHANNEL_SERVICES, channelServiceName } from "./schemas";

export const AUTHORIZATION_TTL_MS = 10 * 60_000;

/** A refusal of the person's consent: business code 1004 on the channel endpoint. */
export class ConsentError extends AppError {
  constructor(message: string) {
    super("FORBIDDEN", message);
  }
}

export function hashAuthCode(code: string): string {
  return sm3Hex(`channel-auth|${code}`);
}

function newCode(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += AUTH_CODE_ALPHABET[randomInt(AUTH_CODE_ALPHABET.length)];
  return code;
}

/** The channels a person may authorize: the active ones, with the services each is allowed. */
export async function authorizableChannels() {
  const rows = await db.channel.findMany({ where: { status: "ACTIVE" }, select: { id: true, channelCode: true, name: true, type: true, grantedServices: true }, orderBy: { channelCode: "asc" } });
  return rows.map((r) => ({ ...r, services: (JSON.parse(r.grantedServices) as string[]).filter((s) => s !== "AUTH_TOKEN") }));
}

export async function createAuthorization(actor: UserActor, input: { channelId: string; services: string[] }, now: Date): Promise<{ id: string; code: string; expiresAt: Date }> {
  assertRole(actor, ["PERSON"], "授权第三方渠道");
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { corePersonId: true } });
  if (!user?.corePersonId) throw new AppError("FORBIDDEN", "您的账户尚未绑定参保信息，不能授权第三方渠道");
  const channel = await db.channel.findUnique({ where: { id: input.channelId }, select: { id: true, status: true, name: true, grantedServices: true } });
  if (!channel || channel.status !== "ACTIVE") throw new AppError("VALIDATION", "该渠道不存在或已暂停服务", { fieldErrors: { channelId: "请选择可用的渠道" } });
  const granted = new Set(JSON.parse(channel.grantedServices) as string[]);
  const known = new Set(CHANNEL_SERVICES.map((s) => s.code as string));
  const services = [...new Set(input.services)];
  const bad = services.filter((s) => !known.has(s) || !granted.has(s));
  if (services.length === 0 || bad.length) throw new AppError("VALIDATION", "请选择该渠道可办理的服务", { fieldErrors: { services: bad.length ? `该渠道不能办理：${bad.map(channelServiceName).join("、")}` : "至少选择一项服务" } });
  const code = newCode();
  const expiresAt = new Date(now.getTime() + AUTHORIZATION_TTL_MS);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.channelAuthorization.create({
      data: { codeHash: hashAuthCode(code), userId: actor.id, corePersonId: user.corePersonId!, channelId: channel.id, services: JSON.stringify(services), createdAt: now, expiresAt },
      select: { id: true },
    });
    await appendTrace(tx, actor, { action: "channel-authorization.create", entity: "ChannelAuthorization", entityId: created.id, summary: { channelId: channel.id, services } });
    return created;
  });
  return { id: row.id, code, expiresAt };
}

/** Revokes one of the person's authorizations, or (channelId) every one for that channel. */
export async function revokeAuthorizations(actor: UserActor, target: { id?: string; channelId?: string }, now: Date): Promise<{ revoked: number }> {
  assertRole(actor, ["PERSON"], "撤销渠道授权");
  return db.$transaction(async (tx) => {
    const where = { userId: actor.id, revokedAt: null, ...(target.id ? { id: target.id } : { channelId: target.channelId }) };
    const rows = await tx.channelAuthorization.findMany({ where, select: { id: true } });
    if (target.id && rows.length === 0) {
      const own = await tx.channelAuthorization.findFirst({ where: { id: target.id, userId: actor.id }, select: { id: true } });
      if (!own) throw notFound("授权记录");
      throw new AppError("CONFLICT", "该授权已撤销");
    }
    if (rows.length === 0) return { revoked: 0 };
    await tx.channelAuthorization.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { revokedAt: now } });
    await appendTrace(tx, actor, { action: "channel-authorization.revoke", entity: "ChannelAuthorization", entityId: target.id ?? `channel:${target.channelId}`, summary: { count: rows.length } });
    return { revoked: rows.length };
  });
}

/** Revokes every open authorization for a channel (its deregistration), in the caller's transaction. */
export async function revokeChannelAuthorizations(tx: Tx, channelId: string, now: Date): Promise<number> {
  const { count } = await tx.channelAuthorization.updateMany({ where: { channelId, revokedAt: null, usedAt: null }, data: { revokedAt: now } });
  return count;
}

/**
 * The gate of every channel service: uses up the code for this channel and service and answers
 * the person it was issued by; refuses (ConsentError → 1004) an unknown, expired, used, revoked
 * code, or one issued for another channel or service. Every presentation of a known code is
 * recorded in the person's history. The use is one guarded update, so two calls racing with the
 * same code cannot both pass.
 */
export async function consumeAuthorization(channelId: string, code: string, serviceCode: string, now: Date): Promise<{ corePersonId: number; userId: string; authorizationId: string }> {
  const auth = await db.channelAuthorization.findUnique({ where: { codeHash: hashAuthCode(code) } });
  if (!auth) throw new ConsentError("授权码无效，请参保人重新生成");
  const services = JSON.parse(auth.services) as string[];
  const outcome =
    auth.channelId !== channelId ? "OTHER_CHANNEL"
    : auth.revokedAt ? "REVOKED"
    : auth.usedAt ? "USED"
    : auth.expiresAt <= now ? "EXPIRED"
    : !services.includes(serviceCode) ? "OTHER_SERVICE"
    : "OK";
  const admitted = await db.$transaction(async (tx) => {
    let final = outcome;
    if (final === "OK") {
      const { count } = await tx.channelAuthorization.updateMany({ where: { id: auth.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (count !== 1) final = "USED";
    }
    await tx.channelAuthorizedCall.create({ data: { authorizationId: auth.id, userId: auth.userId, channelId, serviceCode, outcome: final, at: now } });
    return final;
  });
  switch (admitted) {
    case "OK":
      return { corePersonId: auth.corePersonId, userId: auth.userId, authorizationId: auth.id };
    case "OTHER_CHANNEL":
      throw new ConsentError("授权码无效，请参保人重新生成"); // says nothing about the other channel
    case "REVOKED":
      throw new ConsentError("参保人已撤销该授权");
    case "USED":
      throw new ConsentError("授权码已使用，每个授权码只能使用一次，请参保人重新生成");
    case "EXPIRED":
      throw new ConsentError("授权码已过期（有效期 10 分钟），请参保人重新生成");
    default:
      throw new ConsentError(`参保人未授权本渠道办理“${channelServiceName(serviceCode)}”`);
  }
}

export const CALL_OUTCOMES: Record<string, string> = {
  OK: "已办理", USED: "已拒绝：授权码已使用", EXPIRED: "已拒绝：授权码已过期", REVOKED: "已拒绝：授权已撤销",
  OTHER_CHANNEL: "已拒绝：非授权渠道", OTHER_SERVICE: "已拒绝：未授权的服务",
};

/** The person's own authorizations, newest first, each with its channel and calls. */
export async function listOwnAuthorizations(userId: string) {
  const rows = await db.channelAuthorization.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, channelId: true, services: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true, calls: { orderBy: { at: "asc" }, select: { id: true, serviceCode: true, outcome: true, at: true, channelId: true } } },
  });
  const channels = await db.channel.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.channelId))] } }, select: { id: true, name: true, channelCode: true } });
  const names = new Map(channels.map((c) => [c.id, `${c.name}（${c.channelCode ?? ""}）`]));
  return rows.map((r) => ({ ...r, channelName: names.get(r.channelId) ?? "", services: JSON.parse(r.services) as string[] }));
}
