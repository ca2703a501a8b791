/**
 * X1: a channel's life. Anyone may apply (the public form; DB34/T 4048 §5 starts with the
 * channel's written application, which ADMIN can also enter for it); STAFF review within 5
 * working days; approval gives the channel code (C + 9 digits), the allowed services (at most
 * those requested) and an SM4 key sealed with the key vault. The key leaves the platform once,
 * as an envelope SM2-encrypted under the channel's own registered public key (GB/T 35276,
 * C1C3C2): the reviewer hands it to the channel's contact and nobody at the platform reads the
 * key. Suspension stops calls (403) and keeps the key; deregistration (注销) revokes the keys
 * and every open authorization at once. Every change here moves the channel's gatewayVersion,
 * which the gateway compares on every call (lib/direct-connect/callers.ts), so every instance
 * refuses the very next call; the channel is also dropped from this module instance's cache.
 */
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type Actor, type UserActor } from "@/lib/auth/actor";
import { shanghaiToday } from "@/lib/calendar";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { generateSm4Key, isSm2PublicKey, sm2Encrypt } from "@/lib/gm";
import { enforceRateLimit } from "@/lib/security/rate-limit";
import { sealKey, openKey } from "@/lib/direct-connect/key-vault";
import { forgetChannelCaller } from "@/lib/direct-connect/callers";
import { keyFingerprint } from "@/lib/direct-access/keys";
import { revokeChannelAuthorizations } from "./consent";
import { CHANNEL_SERVICES } from "./schemas";

export const CHANNEL_REVIEW_WORKING_DAYS = 5;
const STAFF = ["STAFF", "ADMIN"] as const;

export interface ChannelApplicationInput {
  name: string;
  type: "BANK" | "APP" | "TERMINAL" | "WEBSITE";
  orgName: string;
  creditCode: string;
  contactName: string;
  contactMobile: string;
  contactEmail: string;
  services: string[];
  signPublicKey: string;
}

/** Records a change of a channel; it also moves the channel's gatewayVersion, so the gateway applies it at once (callers.ts). */
async function event(tx: Tx, actor: Actor, channelId: string, kind: string, note: string | null, now: Date, summary: Record<string, unknown> = {}) {
  await tx.channel.update({ where: { id: channelId }, data: { gatewayVersion: { increment: 1 } }, select: { id: true } });
  await tx.channelEvent.create({ data: { channelId, kind, note, actorRole: actor.role, actorId: actor.id, at: now } });
  await appendTrace(tx, actor, { action: `channel.${kind.toLowerCase().replaceAll("_", "-")}`, entity: "Channel", entityId: channelId, summary: { note, ...summary } });
}

export async function submitChannelApplication(actor: Actor, input: ChannelApplicationInput, now: Date): Promise<{ id: string; applicationNo: string; dueDate: string }> {
  await enforceRateLimit({ name: "channel-apply:ip", limit: 10, windowSeconds: 3600 }, actor.ip || "unknown", "提交渠道接入申请");
  const signPublicKey = input.signPublicKey.trim().toLowerCase();
  if (!isSm2PublicKey(signPublicKey)) throw new AppError("VALIDATION", "SM2 公钥无效", { fieldErrors: { signPublicKey: "应为 130 位十六进制的未压缩 SM2 公钥（以 04 开头），且在曲线上" } });
  const known = new Set(CHANNEL_SERVICES.map((s) => s.code as string));
  const services = [...new Set(input.services)].filter((s) => known.has(s));
  if (services.length === 0) throw new AppError("VALIDATION", "至少申请一项服务", { fieldErrors: { services: "至少申请一项服务" } });
  const dueDate = (await loadWorkingDayCalendar()).addWorkingDays(shanghaiToday(now), CHANNEL_REVIEW_WORKING_DAYS);
  const day = shanghaiToday(now).replaceAll("-", "");
  for (let attempt = 0; ; attempt++) {
    const applicationNo = `QD${day}${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
    try {
      return await db.$transaction(async (tx) => {
        const row = await tx.channel.create({
          data: {
            applicationNo, name: input.name, type: input.type, orgName: input.orgName, creditCode: input.creditCode.toUpperCase(), contactName: input.contactName,
            contactMobile: input.contactMobile, contactEmail: input.contactEmail, requestedServices: JSON.stringify(services), signPublicKey, dueDate, submittedAt: now,
          },
          select: { id: true },
        });
        await event(tx, actor, row.id, "SUBMITTED", null, now, { applicationNo });
        return { id: row.id, applicationNo, dueDate };
      });
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error) || !/Unique/i.test(error.message)) throw error;
    }
  }
}

async function pending(tx: Tx, id: string) {
  const channel = await tx.channel.findUnique({ where: { id } });
  if (!channel) throw notFound("渠道申请");
  if (channel.status !== "SUBMITTED") throw new AppError("CONFLICT", "该申请已处理");
  return channel;
}

export async function approveChannel(actor: UserActor, input: { id: string; services: string[]; note?: string }, now: Date): Promise<{ channelCode: string }> {
  assertRole(actor, STAFF, "审核渠道接入申请");
  return db.$transaction(async (tx) => {
    const channel = await pending(tx, input.id);
    const requested = JSON.parse(channel.requestedServices) as string[];
    const services = [...new Set(input.services)].filter((s) => requested.includes(s));
    if (services.length === 0) throw new AppError("VALIDATION", "至少准予一项申请的服务", { fieldErrors: { services: "至少准予一项申请的服务" } });
    const last = await tx.channel.findFirst({ where: { channelCode: { startsWith: "C" } }, orderBy: { channelCode: "desc" }, select: { channelCode: true } });
    const n = last?.channelCode && /^C\d{9}$/.test(last.channelCode) ? Number(last.channelCode.slice(1)) + 1 : 1;
    const channelCode = `C${String(n).padStart(9, "0")}`;
    const key = generateSm4Key();
    const { count } = await tx.channel.updateMany({
      where: { id: channel.id, status: "SUBMITTED" },
      data: { status: "ACTIVE", channelCode, grantedServices: JSON.stringify(services), reviewNote: input.note || null, decidedAt: now },
    });
    if (count !== 1) throw new AppError("CONFLICT", "该申请已处理");
    await tx.channelKey.create({ data: { channelId: channel.id, sealedKey: sealKey(key), fingerprint: keyFingerprint(key), createdAt: now } });
    await event(tx, actor, channel.id, "APPROVED", input.note || null, now, { channelCode, services });
    return { channelCode };
  });
}

export async function rejectChannel(actor: UserActor, input: { id: string; reason: string }, now: Date): Promise<void> {
  assertRole(actor, STAFF, "审核渠道接入申请");
  await db.$transaction(async (tx) => {
    const channel = await pending(tx, input.id);
    await tx.channel.update({ where: { id: channel.id }, data: { status: "REJECTED", reviewNote: input.reason, decidedAt: now } });
    await event(tx, actor, channel.id, "REJECTED", input.reason, now);
  });
}

/**
 * The key envelope, once: the channel's SM4 key SM2-encrypted under its registered public key
 * (hex, C1C3C2). A second request is refused; a lost envelope means deregistration and a new
 * application (or, later, a key rotation).
 */
export async function revealChannelKey(actor: UserActor, channelId: string, now: Date): Promise<{ envelope: string; fingerprint: string; channelCode: string }> {
  assertRole(actor, STAFF, "查看渠道密钥信封");
  return db.$transaction(async (tx) => {
    const channel = await tx.channel.findUnique({ where: { id: channelId }, select: { id: true, channelCode: true, signPublicKey: true, status: true } });
    if (!channel || !channel.channelCode) throw notFound("渠道");
    const key = await tx.channelKey.findFirst({ where: { channelId, status: "ACTIVE" }, orderBy: { createdAt: "desc" } });
    if (!key) throw new AppError("CONFLICT", "该渠道没有有效密钥");
    const { count } = await tx.channelKey.updateMany({ where: { id: key.id, revealedAt: null }, data: { revealedAt: now } });
    if (count !== 1) throw new AppError("CONFLICT", "密钥信封只能查看一次，已经查看过");
    await event(tx, actor, channelId, "KEY_REVEALED", null, now, { fingerprint: key.fingerprint });
    return { envelope: sm2Encrypt(channel.signPublicKey, openKey(key.sealedKey)), fingerprint: key.fingerprint, channelCode: channel.channelCode };
  });
}

type Change = "SUSPEND" | "RESUME" | "DEREGISTER";
const FROM: Record<Change, string[]> = { SUSPEND: ["ACTIVE"], RESUME: ["SUSPENDED"], DEREGISTER: ["ACTIVE", "SUSPENDED"] };
const TO = { SUSPEND: "SUSPENDED", RESUME: "ACTIVE", DEREGISTER: "DEREGISTERED" } as const;
const EVENT = { SUSPEND: "SUSPENDED", RESUME: "RESUMED", DEREGISTER: "DEREGISTERED" } as const;

export async function changeChannelStatus(actor: UserActor, input: { id: string; change: Change; reason: string }, now: Date): Promise<void> {
  assertRole(actor, STAFF, "管理渠道");
  const channelCode = await db.$transaction(async (tx) => {
    const channel = await tx.channel.findUnique({ where: { id: input.id }, select: { id: true, status: true, channelCode: true } });
    if (!channel) throw notFound("渠道");
    if (!FROM[input.change].includes(channel.status)) throw new AppError("CONFLICT", "渠道当前状态不能进行该操作");
    const { count } = await tx.channel.updateMany({ where: { id: channel.id, status: channel.status }, data: { status: TO[input.change], statusReason: input.change === "RESUME" ? null : input.reason } });
    if (count !== 1) throw new AppError("CONFLICT", "渠道状态已变化，请刷新后重试");
    let summary: Record<string, unknown> = {};
    if (input.change === "DEREGISTER") {
      const keys = await tx.channelKey.updateMany({ where: { channelId: channel.id, status: { not: "REVOKED" } }, data: { status: "REVOKED", revokedAt: now } });
      const authorizations = await revokeChannelAuthorizations(tx, channel.id, now);
      summary = { keysRevoked: keys.count, authorizationsRevoked: authorizations };
    }
    await event(tx, actor, channel.id, EVENT[input.change], input.reason || null, now, summary);
    return channel.channelCode;
  });
  if (channelCode) forgetChannelCaller(channelCode);
}
