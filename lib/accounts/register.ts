/**
 * Registration of a person (U2) or a unit handler (U3), with the real-name check against the
 * core business system and the accepted agreement version (U4). The refusal never says which
 * part did not match, so the form cannot be used to probe the core system's data.
 */
import { db, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { enforceRateLimit } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/auth/password";
import { coreSystem } from "@/lib/core";
import { maskIdNumber, maskMobile, maskName } from "@/lib/security/masking";
import { sameName } from "@/lib/identity/same-name";
import { AGREEMENT_VERSION } from "./agreement";
import { ACCOUNT_RATE_LIMITS } from "./rate-limits";
import type { PersonRegistrationInput, UnitRegistrationInput } from "./schema";
import type { ClientInfo } from "@/lib/security/client-info";

export const PERSON_MISMATCH_MESSAGE =
  "实名核验未通过：填写的姓名、证件或社会保障信息与社会保险登记信息不一致，或未查询到您的参保登记。请核对后重新填写，或携带有效证件到社保经办机构办理。";
export const UNIT_MISMATCH_MESSAGE =
  "单位核验未通过：填写的单位名称、统一社会信用代码或法定代表人信息与参保单位登记信息不一致，或该单位未在本地参保。请核对后重新填写，或到社保经办机构办理。";

const USERNAME_TAKEN = "该用户名已被使用，请换一个";

async function ensureUsernameFree(username: string): Promise<void> {
  if (await db.user.findUnique({ where: { username }, select: { id: true } })) {
    throw new AppError("CONFLICT", USERNAME_TAKEN, { fieldErrors: { username: USERNAME_TAKEN } });
  }
}

/** A concurrent registration that won the race ends up here as a unique-constraint error. */
function conflictFrom(error: unknown, fallback: AppError): never {
  if (isUniqueViolation(error)) throw fallback;
  throw error;
}

export async function registerPerson(input: PersonRegistrationInput, client: ClientInfo): Promise<{ userId: string; username: string }> {
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.registerPerIp, client.ip, "注册");

  const person = await coreSystem().findPersonByIdentity(input.idType, input.idNumber);
  const socialSecurityNoMatches = !!person && (input.socialSecurityNo === person.idNumber || input.socialSecurityNo === person.personNo);
  const cardMatches = !input.socialCardNo || !person?.socialCardNo || input.socialCardNo === person.socialCardNo.toUpperCase();
  if (!person || !sameName(person.name, input.name) || !socialSecurityNoMatches || !cardMatches || person.status === "DECEASED") {
    throw new AppError("VALIDATION", PERSON_MISMATCH_MESSAGE);
  }

  const duplicate = new AppError("CONFLICT", "该证件已注册过个人账户，请直接登录；忘记用户名或密码可通过“找回密码”办理", {
    fieldErrors: { idNumber: "该证件已注册" },
  });
  const existing = await db.user.findFirst({
    where: { OR: [{ idNumber: input.idNumber }, { corePersonId: person.id }] },
    select: { id: true },
  });
  if (existing) throw duplicate;
  await ensureUsernameFree(input.username);

  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          username: input.username,
          passwordHash,
          role: "PERSON",
          name: person.name,
          mobile: input.mobile,
          idType: input.idType,
          idNumber: input.idNumber,
          socialSecurityNo: input.socialSecurityNo,
          socialCardNo: input.socialCardNo ?? person.socialCardNo,
          corePersonId: person.id,
          agreementVersion: AGREEMENT_VERSION,
          agreementAcceptedAt: now,
        },
      });
      await appendTrace(tx, { id: user.id, role: "ANONYMOUS", ip: client.ip }, {
        action: "account.register",
        entity: "User",
        entityId: user.id,
        summary: {
          after: { role: "PERSON", username: user.username, name: maskName(user.name), idNumber: maskIdNumber(input.idNumber), mobile: maskMobile(input.mobile) },
          agreementVersion: AGREEMENT_VERSION,
        },
      });
      return { userId: user.id, username: user.username };
    });
  } catch (error) {
    conflictFrom(error, (await db.user.findUnique({ where: { username: input.username } })) ? new AppError("CONFLICT", USERNAME_TAKEN, { fieldErrors: { username: USERNAME_TAKEN } }) : duplicate);
  }
}

export async function registerUnit(input: UnitRegistrationInput, client: ClientInfo): Promise<{ userId: string; username: string }> {
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.registerPerIp, client.ip, "注册");

  const unit = await coreSystem().findUnitByCreditCode(input.creditCode);
  if (!unit || !sameName(unit.name, input.unitName) || !sameName(unit.legalRepName, input.legalRepName) || unit.status === "CANCELLED") {
    throw new AppError("VALIDATION", UNIT_MISMATCH_MESSAGE);
  }

  // One account per handler of a unit: the same handler (by mobile) cannot register twice for it.
  const sameHandler = await db.user.findFirst({ where: { role: "UNIT", coreUnitId: unit.id, mobile: input.handlerMobile }, select: { id: true } });
  if (sameHandler) {
    throw new AppError("CONFLICT", "该经办人已为本单位注册过账户，请直接登录；忘记密码可通过“找回密码”办理", {
      fieldErrors: { handlerMobile: "该经办人手机号已注册本单位账户" },
    });
  }
  await ensureUsernameFree(input.username);

  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          username: input.username,
          passwordHash,
          role: "UNIT",
          name: input.handlerName,
          mobile: input.handlerMobile,
          coreUnitId: unit.id,
          creditCode: unit.creditCode,
          unitName: unit.name,
          legalRepName: unit.legalRepName,
          legalRepPhone: input.legalRepPhone,
          agreementVersion: AGREEMENT_VERSION,
          agreementAcceptedAt: now,
        },
      });
      await appendTrace(tx, { id: user.id, role: "ANONYMOUS", ip: client.ip }, {
        action: "account.register",
        entity: "User",
        entityId: user.id,
        summary: {
          after: { role: "UNIT", username: user.username, unitName: unit.name, creditCode: unit.creditCode, handler: maskName(input.handlerName), mobile: maskMobile(input.handlerMobile) },
          agreementVersion: AGREEMENT_VERSION,
        },
      });
      return { userId: user.id, username: user.username };
    });
  } catch (error) {
    conflictFrom(error, new AppError("CONFLICT", USERNAME_TAKEN, { fieldErrors: { username: USERNAME_TAKEN } }));
  }
}
