/**
 * Demo data of the direct-connection portal (issue 15): a handler of a second unit (`haina`),
 * so a second unit can be tried next to 青岛海澄 (ownership: one unit never sees another's
 * application, keys or call log). The unit is the first generated core unit other than the
 * fixed demo ones. Adds only what is missing.
 */
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, DEMO_UNIT, UNREGISTERED_UNIT } from "./demo-identities";

export const SECOND_UNIT_ACCOUNT = { username: "haina", role: "UNIT", name: "赵经办", mobile: "13800000007" } as const;

export async function seedDirectAccess(): Promise<string> {
  if (await db.user.findUnique({ where: { username: SECOND_UNIT_ACCOUNT.username }, select: { id: true } })) return "direct access: already present";
  const unit = await db.coreUnit.findFirst({
    where: { creditCode: { notIn: [DEMO_UNIT.creditCode, UNREGISTERED_UNIT.creditCode] }, status: "ACTIVE" },
    orderBy: { id: "asc" },
  });
  if (!unit) return "direct access: no second core unit to bind a handler to";
  await db.user.create({
    data: {
      ...SECOND_UNIT_ACCOUNT, passwordHash: await hashPassword(DEMO_PASSWORD), agreementVersion: "2026-01", agreementAcceptedAt: new Date(),
      coreUnitId: unit.id, creditCode: unit.creditCode, unitName: unit.name, legalRepName: unit.legalRepName, legalRepPhone: unit.legalRepPhone,
    },
  });
  return `direct access: account ${SECOND_UNIT_ACCOUNT.username} (handler of ${unit.name})`;
}
