/**
 * The demo enterprise of the direct-connect protocol ("Demo enterprise"): 青岛海澄精密机械有限公司
 * (haicheng's unit) as reqAppCode Q000000001, area 370200, approved and accepted, with the
 * worked example's SM4 key as both its test and formal key, the GM/T 0003 example public key as
 * its signing key, and every service granted. A newcomer can call the API at once with the
 * values published in the protocol. Its approved access application (with a generated credit
 * commitment letter) stands behind it, so the unit's and the staff's pages show the whole story.
 * Repeatable; production never runs the demo seed.
 */
import { db } from "@/lib/db";
import { sm3Hex } from "@/lib/gm";
import { sealKey } from "@/lib/direct-connect/key-vault";
import { SERVICE_CODES } from "@/lib/direct-connect/service-codes";
import { fileStore } from "@/lib/files/file-store";
import { renderOfficialPdf } from "@/lib/documents/official-pdf";
import { DECLARATIONS } from "@/lib/direct-access/labels";
import { DEMO_UNIT } from "./demo-identities";

export const DEMO_ENTERPRISE = {
  reqAppCode: "Q000000001",
  areaCode: "370200",
  sm4Key: "0123456789abcdeffedcba9876543210",
  signPrivateKey: "3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8",
  signPublicKey:
    "0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13",
} as const;

/** First 16 hex of SM3 over the key's 16 bytes: what people are shown instead of the key. */
export const keyFingerprint = (keyHex: string) => sm3Hex(Buffer.from(keyHex, "hex")).slice(0, 16);

const DEMO_APPLICATION_NO = "ZL20261102000001";

/** The demo enterprise's access application, approved on its creation day (E2–E4). */
async function seedDemoApplication(enterpriseId: string, unit: { id: number; name: string; creditCode: string }): Promise<void> {
  if (await db.directAccessApplication.findUnique({ where: { applicationNo: DEMO_APPLICATION_NO }, select: { id: true } })) return;
  const handler = await db.user.findUniqueOrThrow({ where: { username: "haicheng" }, select: { id: true, name: true, mobile: true } });
  const letter = await renderOfficialPdf({
    title: "政企直连信用承诺书",
    paragraphs: [
      `本单位${unit.name}（统一社会信用代码 ${unit.creditCode}）申请接入人力资源和社会保障“政企直连”服务，郑重承诺：`,
      "一、所提交的材料真实、准确、完整；二、严格按照接口规范调用，不以任何方式批量获取、留存或向第三方提供与本单位无关的个人信息；三、妥善保管密钥，发现泄露立即报告并申请轮换；四、如有违反，自愿承担相应责任并接受列入失信名单。",
    ],
    issuer: unit.name, issuedOn: "2026年11月2日", seal: true,
  });
  const storageKey = `demo-direct-letter-${DEMO_ENTERPRISE.reqAppCode}`;
  await fileStore().put(storageKey, letter);
  const submittedAt = new Date("2026-11-02T01:30:00Z");
  await db.directAccessApplication.create({
    data: {
      applicationNo: DEMO_APPLICATION_NO, coreUnitId: unit.id, creditCode: unit.creditCode, unitName: unit.name, applicantUserId: handler.id,
      hrSystemName: "海澄 HR 人事管理系统", hrSystemVendor: "青岛海澄精密机械有限公司信息部", contactName: handler.name, contactMobile: handler.mobile, contactEmail: "hr@haicheng.example.com",
      services: JSON.stringify(SERVICE_CODES.filter((s) => s.code !== "AUTH_TOKEN").map((s) => s.code)), signPublicKey: DEMO_ENTERPRISE.signPublicKey,
      declarations: JSON.stringify(DECLARATIONS.map((d) => d.key)),
      letterFileName: "信用承诺书.pdf", letterStorageKey: storageKey, letterSize: letter.length, letterSm3: sm3Hex(letter),
      status: "APPROVED", dueDate: "2026-11-09", submittedAt, decidedAt: new Date("2026-11-04T02:00:00Z"), enterpriseId,
      events: {
        create: [
          { status: "SUBMITTED", title: "提交接入申请", actorRole: "UNIT", at: submittedAt },
          { status: "APPROVED", title: "审核通过", note: `系统编码 ${DEMO_ENTERPRISE.reqAppCode}`, actorRole: "STAFF", at: new Date("2026-11-04T02:00:00Z") },
        ],
      },
    },
  });
}

export async function seedDirectConnect(): Promise<string> {
  const existing = await db.directEnterprise.findUnique({ where: { reqAppCode: DEMO_ENTERPRISE.reqAppCode }, select: { id: true, coreUnitId: true, unitName: true, creditCode: true } });
  if (existing) {
    await seedDemoApplication(existing.id, { id: existing.coreUnitId, name: existing.unitName, creditCode: existing.creditCode });
    return "direct connect: demo enterprise already present";
  }
  const unit = await db.coreUnit.findUniqueOrThrow({ where: { creditCode: DEMO_UNIT.creditCode }, select: { id: true, name: true, creditCode: true } });
  const now = new Date();
  const enterprise = await db.directEnterprise.create({
    data: {
      reqAppCode: DEMO_ENTERPRISE.reqAppCode, coreUnitId: unit.id, creditCode: unit.creditCode, unitName: unit.name, areaCode: DEMO_ENTERPRISE.areaCode,
      status: "ACTIVE", signPublicKey: DEMO_ENTERPRISE.signPublicKey, acceptedAt: now,
      grants: { create: SERVICE_CODES.filter((s) => s.code !== "AUTH_TOKEN").map((s) => ({ serviceCode: s.code, sandboxPassedAt: now })) },
      keys: {
        create: (["SANDBOX", "FORMAL"] as const).map((environment) => ({
          environment, sealedKey: sealKey(DEMO_ENTERPRISE.sm4Key), fingerprint: keyFingerprint(DEMO_ENTERPRISE.sm4Key), status: "ACTIVE" as const,
        })),
      },
    },
  });
  await seedDemoApplication(enterprise.id, unit);
  return `direct connect: demo enterprise ${DEMO_ENTERPRISE.reqAppCode} (${unit.name}) with its approved application ${DEMO_APPLICATION_NO}, all services granted and accepted`;
}
