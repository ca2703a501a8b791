/**
 * 审核 (E3, E4; DB3702 §8.5, §8.6): STAFF approve, reject with a reason, or return an access
 * application for supplement. A unit on the dishonesty blacklist cannot be approved: the list
 * is asked at approval time, inside the approving transaction (§7.1), not only at submission.
 *
 * Approval admits the enterprise: a system code (reqAppCode, Q + 9 digits), one grant per
 * requested service, a test SM4 key (shown once to the unit) and sandbox status.
 */
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { coreSystem } from "@/lib/core";
import { isUnitBlacklisted } from "@/lib/disclosure/credit";
import { AppError, notFound } from "@/lib/errors/app-error";
import { createKey, recordEnterpriseEvent } from "./keys";
import { ACCESS_STATUS_LABELS, type AccessStatusName } from "./labels";
import { ACCESS_TX_OPTIONS, recordAccessEvent } from "./record-access-event";

const STAFF = ["STAFF", "ADMIN"] as const;
export const BLACKLISTED_MESSAGE = "该单位在失信名单中，不符合接入条件（DB3702 §7.1），不能审核通过";

async function loadForStaff(actor: UserActor, id: string, what: string) {
  assertRole(actor, STAFF, what);
  const app = await db.directAccessApplication.findUnique({ where: { id } });
  if (!app) throw notFound("接入申请");
  return app;
}

function refuseFrom(status: AccessStatusName, what: string) {
  return new AppError("CONFLICT", `申请当前状态为“${ACCESS_STATUS_LABELS[status]}”，不能${what}`);
}

/** The next system code: Q and 9 digits, one more than the highest issued. */
async function nextReqAppCode(tx: Tx): Promise<string> {
  const last = await tx.directEnterprise.findFirst({ where: { reqAppCode: { startsWith: "Q" } }, orderBy: { reqAppCode: "desc" }, select: { reqAppCode: true } });
  const n = last && /^Q\d{9}$/.test(last.reqAppCode) ? Number(last.reqAppCode.slice(1)) + 1 : 1;
  return `Q${String(n).padStart(9, "0")}`;
}

export async function returnAccessApplication(actor: UserActor, id: string, reason: string, now: Date): Promise<void> {
  const app = await loadForStaff(actor, id, "退回接入申请");
  if (app.status !== "SUBMITTED") throw refuseFrom(app.status, "退回补充");
  await db.$transaction(async (tx) => {
    const { count } = await tx.directAccessApplication.updateMany({ where: { id, status: "SUBMITTED" }, data: { status: "RETURNED", reviewNote: reason } });
    if (count === 0) throw new AppError("CONFLICT", "申请状态已变化，请刷新后查看");
    await recordAccessEvent(tx, app, actor, { action: "direct-access.return", status: "RETURNED", title: "退回补充材料", note: reason, from: "SUBMITTED" }, now);
  }, ACCESS_TX_OPTIONS);
}

export async function rejectAccessApplication(actor: UserActor, id: string, reason: string, now: Date): Promise<void> {
  const app = await loadForStaff(actor, id, "作出不予通过决定");
  if (app.status !== "SUBMITTED") throw refuseFrom(app.status, "不予通过");
  await db.$transaction(async (tx) => {
    const { count } = await tx.directAccessApplication.updateMany({ where: { id, status: "SUBMITTED" }, data: { status: "REJECTED", reviewNote: reason, decidedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", "申请状态已变化，请刷新后查看");
    await recordAccessEvent(tx, app, actor, { action: "direct-access.reject", status: "REJECTED", title: "审核不予通过", note: reason, from: "SUBMITTED" }, now);
  }, ACCESS_TX_OPTIONS);
}

export async function approveAccessApplication(actor: UserActor, id: string, note: string, now: Date): Promise<{ reqAppCode: string }> {
  const app = await loadForStaff(actor, id, "审核通过接入申请");
  if (app.status !== "SUBMITTED") throw refuseFrom(app.status, "审核通过");
  if (await isUnitBlacklisted(app.creditCode, now)) throw new AppError("CONFLICT", BLACKLISTED_MESSAGE);
  const services = JSON.parse(app.services) as string[];
  const coreUnit = await coreSystem().getUnit(app.coreUnitId);
  const areaCode = coreUnit?.regionCode && /^\d{6}$/.test(coreUnit.regionCode) ? coreUnit.regionCode : "370200";
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        // Asked again inside the transaction: a listing added while the reviewer read the file still stops it.
        if (await isUnitBlacklisted(app.creditCode, now, tx)) throw new AppError("CONFLICT", BLACKLISTED_MESSAGE);
        const { count } = await tx.directAccessApplication.updateMany({ where: { id, status: "SUBMITTED" }, data: { status: "APPROVED", reviewNote: note || null, decidedAt: now } });
        if (count === 0) throw new AppError("CONFLICT", "申请状态已变化，请刷新后查看");
        const existing = await tx.directEnterprise.findUnique({ where: { coreUnitId: app.coreUnitId } });
        if (existing && existing.status !== "REVOKED") throw new AppError("CONFLICT", `该单位已接入（系统编码 ${existing.reqAppCode}）`);
        const fields = { creditCode: app.creditCode, unitName: app.unitName, areaCode, status: "SANDBOX" as const, signPublicKey: app.signPublicKey, acceptedAt: null, statusReason: null };
        let enterprise;
        if (existing) {
          // §10.1: a unit whose access ended applies again; it keeps its system code, starts over in the sandbox.
          await tx.directKey.updateMany({ where: { enterpriseId: existing.id, status: { not: "REVOKED" } }, data: { status: "REVOKED", revokedAt: now } });
          await tx.directGrant.deleteMany({ where: { enterpriseId: existing.id } });
          enterprise = await tx.directEnterprise.update({ where: { id: existing.id }, data: fields });
        } else {
          enterprise = await tx.directEnterprise.create({ data: { ...fields, reqAppCode: await nextReqAppCode(tx), coreUnitId: app.coreUnitId, createdAt: now } });
        }
        await tx.directGrant.createMany({ data: services.map((serviceCode) => ({ enterpriseId: enterprise.id, serviceCode, createdAt: now })) });
        await tx.directAccessApplication.update({ where: { id }, data: { enterpriseId: enterprise.id } });
        const key = await createKey(tx, enterprise.id, "SANDBOX", now);
        await recordEnterpriseEvent(tx, actor, enterprise.id, "KEY_ISSUE", "测试密钥", now, { environment: "SANDBOX", fingerprint: key.fingerprint });
        await recordAccessEvent(tx, app, actor, {
          action: "direct-access.approve", status: "APPROVED",
          title: `审核通过，系统编码 ${enterprise.reqAppCode}，请领取测试密钥并完成接口测试验收`, note: note || null, from: "SUBMITTED",
          summary: { reqAppCode: enterprise.reqAppCode, services },
        }, now);
        return { reqAppCode: enterprise.reqAppCode };
      }, ACCESS_TX_OPTIONS);
    } catch (error) {
      // Two approvals of different units at once may pick the same next code: take the next one.
      if (isUniqueViolation(error) && attempt < 3) continue;
      throw error;
    }
  }
}
