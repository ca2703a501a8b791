/**
 * 测试验收 (E4; DB3702 §8.6.3): the sandbox results are recorded automatically, and when every
 * interface the enterprise was granted has had a correct sandbox call, acceptance passes.
 *
 * The gateway (issue 16) calls recordSandboxSuccess inside its own transaction after a
 * sandbox business call answered with business code 0000.
 */
import { systemActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { messageUnit, recordEnterpriseEvent } from "@/lib/direct-access/keys";
import { serviceName } from "@/lib/direct-access/labels";

export async function recordSandboxSuccess(tx: Tx, enterpriseId: string, serviceCode: string, now: Date): Promise<void> {
  const { count } = await tx.directGrant.updateMany({ where: { enterpriseId, serviceCode, sandboxPassedAt: null }, data: { sandboxPassedAt: now } });
  if (count === 0) return; // already passed, or not a granted service: nothing changes
  const waiting = await tx.directGrant.count({ where: { enterpriseId, sandboxPassedAt: null } });
  if (waiting > 0) return;
  const accepted = await tx.directEnterprise.updateMany({ where: { id: enterpriseId, acceptedAt: null }, data: { acceptedAt: now } });
  if (accepted.count === 0) return;
  const enterprise = await tx.directEnterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { coreUnitId: true, reqAppCode: true } });
  await recordEnterpriseEvent(tx, systemActor(), enterpriseId, "ACCEPTED", `最后通过的接口：${serviceName(serviceCode)}`, now, { reqAppCode: enterprise.reqAppCode });
  await messageUnit(
    tx,
    enterprise.coreUnitId,
    "政企直连测试验收已通过",
    `您单位（系统编码 ${enterprise.reqAppCode}）申请的接口均已测试通过，测试验收通过。请登录政企直连页面申领正式密钥。`,
  );
}
