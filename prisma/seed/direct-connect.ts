/**
 * The demo enterprise of the direct-connect protocol ("Demo enterprise"): 青岛海澄精密机械有限公司
 * (haicheng's unit) as reqAppCode Q000000001, area 370200, approved and accepted, with the
 * worked example's SM4 key as both its test and formal key, the GM/T 0003 example public key as
 * its signing key, and every service granted. A newcomer can call the API at once with the
 * values published in the protocol. Repeatable; production never runs the demo seed.
 */
import { db } from "@/lib/db";
import { sm3Hex } from "@/lib/gm";
import { sealKey } from "@/lib/direct-connect/key-vault";
import { SERVICE_CODES } from "@/lib/direct-connect/service-codes";
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

export async function seedDirectConnect(): Promise<string> {
  if (await db.directEnterprise.findUnique({ where: { reqAppCode: DEMO_ENTERPRISE.reqAppCode }, select: { id: true } })) return "direct connect: demo enterprise already present";
  const unit = await db.coreUnit.findUniqueOrThrow({ where: { creditCode: DEMO_UNIT.creditCode }, select: { id: true, name: true, creditCode: true } });
  const now = new Date();
  await db.directEnterprise.create({
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
  return `direct connect: demo enterprise ${DEMO_ENTERPRISE.reqAppCode} (${unit.name}), all services granted and accepted`;
}
