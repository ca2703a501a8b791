/**
 * Registration of a person (U2) or a unit handler (U3), with the real-name check against the
 * core business system and the accepted agreement version (U4), in two steps that prove a
 * mobile (S5). Step one checks the whole form and sends a code: to the person's mobile, which
 * must be the one the core system holds, or to a unit mobile the core system holds. No account
 * exists until step two brings the code back with the same data. A refusal never says which
 * part did not match, and an ID number already registered leads to recovery, never to whose
 * account it is.
 */
import { db, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { enforceRateLimit } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/auth/password";
import { derivedKey } from "@/lib/config";
import { hmacSm3 } from "@/lib/gm/sm3";
import { coreSystem, type CorePersonRecord, type CoreUnitRecord } from "@/lib/core";
import { maskIdNumber, maskMobile, maskName } from "@/lib/security/masking";
import { sameName } from "@/lib/identity/same-name";
import { validateMobile } from "@/lib/identity/mobile";
import { AGREEMENT_VERSION } from "./agreement";
import { ACCOUNT_RATE_LIMITS } from "./rate-limits";
import { checkSmsQuota, codeRefusedError, issueSmsChallenge, verifySmsChallenge } from "./sms-challenge";
import {
  UNIT_CODE_RECIPIENTS, type PersonRegistrationCompleteInput, type PersonRegistrationInput, type UnitCodeRecipient,
  type UnitRegistrationCompleteInput, type UnitRegistrationInput, type UnitRegistrationStartInput,
} from "./schema";
import type { ClientInfo } from "@/lib/security/client-info";

/** One answer for a wrong name, document or social security data, a mobile that is not the one on file, or none on file. */
export const PERSON_MISMATCH_MESSAGE =
  "实名核验未通过：填写的姓名、证件、社会保障信息或手机号码与社会保险登记信息不一致，或登记信息中没有您的手机号码。请核对后重新填写；如需登记或变更手机号码，请携带本人有效身份证件到社保经办机构服务窗口办理，或拨打 12333 咨询。";
export const UNIT_MISMATCH_MESSAGE =
  "单位核验未通过：填写的单位名称、统一社会信用代码或法定代表人信息与参保单位登记信息不一致，或该单位未在本地参保。请核对后重新填写，或到社保经办机构办理。";
export const UNIT_NO_MOBILE_MESSAGE =
  "社会保险登记信息中没有该单位可接收验证码的手机号码。请携带单位证明材料到社保经办机构服务窗口办理注册或登记手机号码，或拨打 12333 咨询。";
/** Recovery, without the user name, the mobile or anything else of the account. */
export const PERSON_REGISTERED_MESSAGE =
  "该证件号码已注册个人账户，请直接登录。忘记用户名或密码的，可通过“找回密码”用注册手机号码重新设置；注册手机号码已不再使用的，请携带本人有效身份证件到社保经办机构服务窗口核验后办理。";

const USERNAME_TAKEN = "该用户名已被使用，请换一个";

/** A mobile on file, normalised; null where there is none or it is no mobile number. */
function mobileOnFile(value: string | null | undefined): string | null {
  const result = value ? validateMobile(value) : null;
  return result?.ok ? result.normalized : null;
}

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

/**
 * What a registration code confirms: the data step one checked (the password aside, which is
 * checked by the schema each time). Keyed, so the stored value tells nothing about the data.
 */
function registrationSubject(kind: "PERSON" | "UNIT", fields: (string | undefined)[]): string {
  return hmacSm3(derivedKey("sms-code"), JSON.stringify(["REGISTER", kind, ...fields.map((f) => f ?? "")]));
}

/** Both steps' limits on sending a code to a mobile (S3). */
async function sendRegistrationCode(mobile: string, subjectHash: string, client: ClientInfo, now: Date): Promise<string> {
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.smsPerPhone, mobile, "获取短信验证码");
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.smsPerIp, client.ip, "获取短信验证码");
  const quota = await checkSmsQuota({ userId: null, mobile }, now);
  if (quota) throw quota.error;
  const { challengeId } = await db.$transaction((tx) => issueSmsChallenge(tx, { userId: null, mobile, purpose: "REGISTER", subjectHash }, now));
  return challengeId;
}

// ── Person (U2, S5) ──────────────────────────────────────────────────────────

const personSubject = (input: PersonRegistrationInput) =>
  registrationSubject("PERSON", [input.name, input.idType, input.idNumber, input.socialSecurityNo, input.socialCardNo, input.mobile, input.username]);

/** The insured person the form describes, with the typed mobile on file for them; else the refusal. */
async function checkPerson(input: PersonRegistrationInput): Promise<CorePersonRecord> {
  const person = await coreSystem().findPersonByIdentity(input.idType, input.idNumber);
  const socialSecurityNoMatches = !!person && (input.socialSecurityNo === person.idNumber || input.socialSecurityNo === person.personNo);
  const cardMatches = !input.socialCardNo || !person?.socialCardNo || input.socialCardNo === person.socialCardNo.toUpperCase();
  if (!person || !sameName(person.name, input.name) || !socialSecurityNoMatches || !cardMatches || person.status === "DECEASED") {
    throw new AppError("VALIDATION", PERSON_MISMATCH_MESSAGE);
  }
  // Before the mobile: someone whose mobile changed since registering needs recovery, not a refusal.
  const existing = await db.user.findFirst({ where: { OR: [{ idNumber: input.idNumber }, { corePersonId: person.id }] }, select: { id: true } });
  if (existing) throw personRegistered();
  if (mobileOnFile(person.mobile) !== input.mobile) throw new AppError("VALIDATION", PERSON_MISMATCH_MESSAGE);
  return person;
}

function personRegistered(): AppError {
  return new AppError("CONFLICT", PERSON_REGISTERED_MESSAGE, { fieldErrors: { idNumber: "该证件号码已注册" } });
}

/** Step one: checks everything and sends a code to the mobile typed (the one on file). */
export async function startPersonRegistration(input: PersonRegistrationInput, client: ClientInfo, now = new Date()): Promise<{ challengeId: string; maskedMobile: string }> {
  // Also what keeps the user name check from listing who is registered (S4).
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.registerPerIp, client.ip, "注册");
  await checkPerson(input);
  await ensureUsernameFree(input.username);
  const challengeId = await sendRegistrationCode(input.mobile, personSubject(input), client, now);
  return { challengeId, maskedMobile: maskMobile(input.mobile) };
}

/** Step two: the code, then the same checks again (minutes have passed), then the account. */
export async function registerPerson(input: PersonRegistrationCompleteInput, client: ClientInfo, now = new Date()): Promise<{ userId: string; username: string }> {
  // The code first: without it this step answers nothing about the core system's data.
  const check = await verifySmsChallenge(input.challengeId, input.code, "REGISTER", now, { subjectHash: personSubject(input), ip: client.ip });
  if (!check.ok || check.mobile !== input.mobile) throw codeRefusedError();
  const person = await checkPerson(input);
  await ensureUsernameFree(input.username);

  const passwordHash = await hashPassword(input.password);
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
          mobileVerified: "SMS",
          agreementVersion: AGREEMENT_VERSION,
        },
      });
      return { userId: user.id, username: user.username };
    });
  } catch (error) {
    conflictFrom(error, (await db.user.findUnique({ where: { username: input.username } })) ? new AppError("CONFLICT", USERNAME_TAKEN, { fieldErrors: { username: USERNAME_TAKEN } }) : personRegistered());
  }
}

// ── Unit (U3, S5) ────────────────────────────────────────────────────────────

const unitSubject = (input: UnitRegistrationInput, recipient: UnitCodeRecipient) =>
  registrationSubject("UNIT", [input.unitName, input.creditCode, input.legalRepName, input.legalRepPhone, input.handlerName, input.handlerMobile, input.username, recipient]);

/** The mobiles the core system holds for the unit, by whom they reach. */
function unitMobiles(unit: CoreUnitRecord): { recipient: UnitCodeRecipient; name: string; mobile: string }[] {
  const held = [
    { recipient: "LEGAL_REP" as const, name: unit.legalRepName, mobile: mobileOnFile(unit.legalRepPhone) },
    { recipient: "HANDLER" as const, name: unit.handlerName ?? "", mobile: mobileOnFile(unit.handlerMobile) },
  ];
  return held.filter((h): h is { recipient: UnitCodeRecipient; name: string; mobile: string } => h.mobile !== null);
}

async function checkUnit(input: UnitRegistrationInput): Promise<CoreUnitRecord> {
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
  return unit;
}

export interface UnitCodeRecipientOption {
  value: UnitCodeRecipient;
  /** e.g. "法定代表人 韩*湾 139****0002": enough to choose, not to learn the number. */
  label: string;
}

export type UnitRegistrationStart =
  | { step: "choose"; recipients: UnitCodeRecipientOption[] }
  | { step: "code"; challengeId: string; maskedMobile: string; recipientLabel: string };

/**
 * Step one. Without a recipient it answers with the unit's mobiles on file, masked, to choose
 * from; with one it sends the code there. A typed number never receives a unit's code.
 */
export async function startUnitRegistration(input: UnitRegistrationStartInput, client: ClientInfo, now = new Date()): Promise<UnitRegistrationStart> {
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.registerPerIp, client.ip, "注册");
  const unit = await checkUnit(input);
  await ensureUsernameFree(input.username);
  const mobiles = unitMobiles(unit);
  if (mobiles.length === 0) throw new AppError("VALIDATION", UNIT_NO_MOBILE_MESSAGE);
  if (!input.recipient) {
    return {
      step: "choose",
      recipients: mobiles.map((m) => ({ value: m.recipient, label: `${UNIT_CODE_RECIPIENTS[m.recipient]} ${maskName(m.name)} ${maskMobile(m.mobile)}` })),
    };
  }
  const target = mobiles.find((m) => m.recipient === input.recipient);
  if (!target) {
    const message = `社会保险登记信息中没有${UNIT_CODE_RECIPIENTS[input.recipient]}的手机号码，请选择其他号码`;
    throw new AppError("VALIDATION", message, { fieldErrors: { recipient: message } });
  }
  const challengeId = await sendRegistrationCode(target.mobile, unitSubject(input, target.recipient), client, now);
  return { step: "code", challengeId, maskedMobile: maskMobile(target.mobile), recipientLabel: UNIT_CODE_RECIPIENTS[target.recipient] };
}

/** Step two: the code sent to a mobile the core system holds for the unit, then the account. */
export async function registerUnit(input: UnitRegistrationCompleteInput, client: ClientInfo, now = new Date()): Promise<{ userId: string; username: string }> {
  const check = await verifySmsChallenge(input.challengeId, input.code, "REGISTER", now, { subjectHash: unitSubject(input, input.recipient), ip: client.ip });
  if (!check.ok) throw codeRefusedError();
  const unit = await checkUnit(input);
  // The number may have changed in the core system since the code went out.
  if (!unitMobiles(unit).some((m) => m.recipient === input.recipient && m.mobile === check.mobile)) throw codeRefusedError();
  await ensureUsernameFree(input.username);

  const passwordHash = await hashPassword(input.password);
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
          codeSentTo: { recipient: input.recipient, mobile: maskMobile(check.mobile) },
          agreementVersion: AGREEMENT_VERSION,
        },
      });
      return { userId: user.id, username: user.username };
    });
  } catch (error) {
    conflictFrom(error, new AppError("CONFLICT", USERNAME_TAKEN, { fieldErrors: { username: USERNAME_TAKEN } }));
  }
}
