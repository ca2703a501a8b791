/**
 * 注册信息统一绑定与解绑 (U8, LD/T 01 §6.2.5): an administrator binds a PERSON account to
 * its insured person, or a UNIT account to its insured unit, in the core system, and undoes
 * such a binding (e.g. an account bound to the wrong person). The binding decides whose
 * social-insurance data the account sees, so:
 * - binding repeats the registration's real-name check against coreSystem() and refuses
 *   without saying which part did not match;
 * - one insured person is bound to at most one account;
 * - unbinding ends every session of the account at once;
 * - each change, its trace row (masked before/after) and the message to the holder commit
 *   in one transaction.
 */
import { db, isUniqueViolation } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { coreSystem } from "@/lib/core";
import { postMessage } from "@/lib/messaging/inbox";
import { ID_TYPES, isIdType, validateIdNumber, type IdType } from "@/lib/identity/id-number";
import { maskIdNumber, maskMobile, maskName } from "@/lib/security/masking";
import { sameName } from "@/lib/identity/same-name";
import { validateCreditCode } from "@/lib/identity/credit-code";
import { PERSON_MISMATCH_MESSAGE } from "./register";
import { endSessions, traceAccountChange } from "./account-changes";

/** Binding a unit asks for its credit code and name only, so the refusal names only those. */
export const UNIT_BIND_MISMATCH_MESSAGE =
  "单位核验未通过：填写的单位名称或统一社会信用代码与参保单位登记信息不一致，或该单位未在本地参保。请核对后重新填写。";
export const PERSON_ALREADY_BOUND_MESSAGE = "该参保人员已绑定其他账户";
const ALREADY_BOUND_MESSAGE = "该账户已绑定，请先解除现有绑定再重新绑定";
const NOT_BOUND_MESSAGE = "该账户未绑定参保人员或参保单位，无需解除";

export interface PersonBindingInput {
  idType: string;
  idNumber: string;
  name: string;
}

export interface UnitBindingInput {
  creditCode: string;
  unitName: string;
}

export type BindingInput = PersonBindingInput | UnitBindingInput;

/** The binding as the administrator's page shows it: identity data masked. */
export type BindingView =
  | {
      kind: "PERSON";
      bound: boolean;
      idType: string | null;
      idNumber: string | null;
      socialSecurityNo: string | null;
      socialCardNo: string | null;
    }
  | {
      kind: "UNIT";
      bound: boolean;
      unitName: string | null;
      creditCode: string | null;
      legalRepName: string | null;
      legalRepPhone: string | null;
    }
  | { kind: "NONE" };

type UserRow = NonNullable<Awaited<ReturnType<typeof db.user.findUnique>>>;

const PERSON_FIELDS_CLEARED = { corePersonId: null, idType: null, idNumber: null, socialSecurityNo: null, socialCardNo: null } as const;
const UNIT_FIELDS_CLEARED = { coreUnitId: null, creditCode: null, unitName: null, legalRepName: null, legalRepPhone: null } as const;

const masked = (value: string | null, mask: (v: string) => string) => (value ? mask(value) : null);

function isBound(u: Pick<UserRow, "role" | "corePersonId" | "coreUnitId">): boolean {
  if (u.role === "PERSON") return u.corePersonId !== null;
  if (u.role === "UNIT") return u.coreUnitId !== null;
  return false;
}

/** Masked binding fields of a user row, for trace summaries and the page. */
function bindingSummary(u: Pick<UserRow, "role" | "corePersonId" | "idType" | "idNumber" | "socialSecurityNo" | "socialCardNo" | "coreUnitId" | "creditCode" | "unitName" | "legalRepName" | "legalRepPhone">) {
  if (u.role === "PERSON") {
    return {
      corePersonId: u.corePersonId,
      idType: u.idType,
      idNumber: masked(u.idNumber, maskIdNumber),
      socialSecurityNo: masked(u.socialSecurityNo, maskIdNumber),
      socialCardNo: masked(u.socialCardNo, maskIdNumber),
    };
  }
  return {
    coreUnitId: u.coreUnitId,
    creditCode: u.creditCode,
    unitName: u.unitName,
    legalRepName: masked(u.legalRepName, maskName),
    legalRepPhone: masked(u.legalRepPhone, maskMobile),
  };
}

async function loadTarget(userId: string): Promise<UserRow> {
  const target = await db.user.findUnique({ where: { id: userId } });
  if (!target) throw notFound("用户");
  return target;
}

/** The current binding of an account, masked, for the administrator's user page. */
export async function getBinding(actor: UserActor, userId: string): Promise<BindingView> {
  assertRole(actor, ["ADMIN"], "查看绑定关系");
  const u = await loadTarget(userId);
  if (u.role === "PERSON") {
    return {
      kind: "PERSON",
      bound: isBound(u),
      idType: u.idType && isIdType(u.idType) ? ID_TYPES[u.idType] : u.idType,
      idNumber: masked(u.idNumber, maskIdNumber),
      socialSecurityNo: masked(u.socialSecurityNo, maskIdNumber),
      socialCardNo: masked(u.socialCardNo, maskIdNumber),
    };
  }
  if (u.role === "UNIT") {
    return {
      kind: "UNIT",
      bound: isBound(u),
      unitName: u.unitName,
      creditCode: u.creditCode,
      legalRepName: masked(u.legalRepName, maskName),
      legalRepPhone: masked(u.legalRepPhone, maskMobile),
    };
  }
  return { kind: "NONE" };
}

/**
 * 解绑: clears the account's link to its insured person (PERSON) or unit (UNIT), ends its
 * sessions and tells the holder. The account itself stays and can log in again, but sees no
 * social-insurance data until it is bound again.
 */
export async function unbindAccount(actor: UserActor, userId: string, reason: string): Promise<{ sessionsEnded: number }> {
  assertRole(actor, ["ADMIN"], "解除账户绑定");
  const why = reason.trim();
  if (why.length < 2 || why.length > 200) {
    const message = "请填写解除原因（2至200个字符）";
    throw new AppError("VALIDATION", message, { fieldErrors: { reason: message } });
  }
  const target = await loadTarget(userId);
  if (!isBound(target)) throw new AppError("CONFLICT", NOT_BOUND_MESSAGE);

  const person = target.role === "PERSON";
  const cleared = person ? PERSON_FIELDS_CLEARED : UNIT_FIELDS_CLEARED;
  const what = person
    ? `参保人员登记信息（证件号码 ${masked(target.idNumber, maskIdNumber) ?? "—"}）`
    : `参保单位（${target.unitName ?? "—"}）`;

  return db.$transaction(async (tx) => {
    // The guard in the where clause makes a concurrent unbind or rebind lose cleanly.
    const { count: changed } = await tx.user.updateMany({
      where: person ? { id: userId, role: "PERSON", corePersonId: target.corePersonId } : { id: userId, role: "UNIT", coreUnitId: target.coreUnitId },
      data: cleared,
    });
    if (changed === 0) throw new AppError("CONFLICT", "该账户的绑定关系刚刚已被修改，请刷新页面后重试");
    // The account's data scope changes: nobody stays logged in with the old one.
    const sessionsEnded = await endSessions(tx, userId, new Date());
    await postMessage(tx, {
      userId,
      category: "ACCOUNT",
      title: "您的账户绑定已解除",
      body: `平台管理员已解除您的账户与${what}的绑定，原因：${why}。解除后您的账户暂不能查询和办理社会保险业务，已登录的设备已全部退出。如需重新绑定，请携带有效证件到社保经办机构办理，或拨打 12333 咨询。`,
      link: "/account",
    });
    await traceAccountChange(tx, actor, "account.unbind", userId, {
      before: bindingSummary(target),
      after: bindingSummary({ ...target, ...cleared }),
      reason: why,
      sessionsEnded,
    });
    return { sessionsEnded };
  });
}

/**
 * 绑定: links an unbound PERSON or UNIT account to its record in the core system after the
 * same real-name check as registration. An account that is already bound is unbound first,
 * so each change of whose data an account sees has its own trace row and reason.
 */
export async function bindAccount(actor: UserActor, userId: string, input: BindingInput): Promise<void> {
  assertRole(actor, ["ADMIN"], "绑定账户");
  const target = await loadTarget(userId);
  if (target.role !== "PERSON" && target.role !== "UNIT") {
    throw new AppError("VALIDATION", "经办人员和平台管理员账户不绑定参保人员或参保单位");
  }
  if (isBound(target)) throw new AppError("CONFLICT", ALREADY_BOUND_MESSAGE);
  if (target.role === "PERSON") {
    if (!("idNumber" in input)) throw new AppError("VALIDATION", "该账户为个人账户，请填写参保人员的证件类型、证件号码和姓名");
    await bindPerson(actor, target, input);
  } else {
    if (!("creditCode" in input)) throw new AppError("VALIDATION", "该账户为单位账户，请填写统一社会信用代码和单位名称");
    await bindUnit(actor, target, input);
  }
}

async function bindPerson(actor: UserActor, target: UserRow, input: PersonBindingInput): Promise<void> {
  if (!isIdType(input.idType)) throw new AppError("VALIDATION", "请选择证件类型", { fieldErrors: { idType: "请选择证件类型" } });
  const id = validateIdNumber(input.idType, input.idNumber);
  if (!id.ok) throw new AppError("VALIDATION", `证件号码${id.reason}`, { fieldErrors: { idNumber: `证件号码${id.reason}` } });
  const idType: IdType = input.idType;

  const person = await coreSystem().findPersonByIdentity(idType, id.normalized);
  if (!person || !sameName(person.name, input.name) || person.status === "DECEASED") {
    throw new AppError("VALIDATION", PERSON_MISMATCH_MESSAGE);
  }

  const boundElsewhere = new AppError("CONFLICT", PERSON_ALREADY_BOUND_MESSAGE);
  const other = await db.user.findFirst({
    where: { id: { not: target.id }, OR: [{ corePersonId: person.id }, { idNumber: person.idNumber }] },
    select: { id: true },
  });
  if (other) throw boundElsewhere;

  const data = {
    corePersonId: person.id,
    idType,
    idNumber: person.idNumber,
    socialSecurityNo: person.idNumber,
    socialCardNo: person.socialCardNo,
    // The account's name is the insured person's registered name, as at registration.
    name: person.name,
  };
  try {
    await commitBinding(actor, target, data, {
      title: "您的账户已绑定参保人员信息",
      body: `平台管理员已将您的账户与参保人员 ${maskName(person.name)}（证件号码 ${maskIdNumber(person.idNumber)}）的社会保险登记信息绑定，您可在线查询和办理本人社会保险业务。如非本人申请，请立即拨打 12333 或到社保经办机构反映。`,
    }, {
      before: { ...bindingSummary(target), name: maskName(target.name) },
      after: { ...bindingSummary({ ...target, ...data }), name: maskName(data.name) },
    });
  } catch (error) {
    // Another account bound this person between the check and the update.
    if (isUniqueViolation(error)) throw boundElsewhere;
    throw error;
  }
}

async function bindUnit(actor: UserActor, target: UserRow, input: UnitBindingInput): Promise<void> {
  const code = validateCreditCode(input.creditCode);
  if (!code.ok) {
    throw new AppError("VALIDATION", `统一社会信用代码${code.reason}`, { fieldErrors: { creditCode: `统一社会信用代码${code.reason}` } });
  }
  const unit = await coreSystem().findUnitByCreditCode(code.normalized);
  if (!unit || !sameName(unit.name, input.unitName) || unit.status === "CANCELLED") {
    throw new AppError("VALIDATION", UNIT_BIND_MISMATCH_MESSAGE);
  }

  // One account per handler of a unit, as at registration: the same handler (by mobile) is not bound twice.
  const sameHandler = await db.user.findFirst({
    where: { id: { not: target.id }, role: "UNIT", coreUnitId: unit.id, mobile: target.mobile },
    select: { id: true },
  });
  if (sameHandler) throw new AppError("CONFLICT", "该经办人（同一手机号码）已有绑定本单位的账户");

  const data = {
    coreUnitId: unit.id,
    creditCode: unit.creditCode,
    unitName: unit.name,
    legalRepName: unit.legalRepName,
    legalRepPhone: unit.legalRepPhone,
  };
  await commitBinding(actor, target, data, {
    title: "您的账户已绑定参保单位",
    body: `平台管理员已将您的账户与参保单位 ${unit.name}（统一社会信用代码 ${unit.creditCode}）绑定，您可在线办理该单位的社会保险业务。如非本单位申请，请立即拨打 12333 或到社保经办机构反映。`,
  }, { before: bindingSummary(target), after: bindingSummary({ ...target, ...data }) });
}

/**
 * One transaction: the binding (only while the account is still unbound, so a concurrent bind
 * loses cleanly), the message to the holder and the trace row.
 */
async function commitBinding(
  actor: UserActor,
  target: UserRow,
  data: { corePersonId: number } | { coreUnitId: number },
  message: { title: string; body: string },
  summary: Record<string, unknown>,
): Promise<void> {
  const unbound = target.role === "PERSON" ? { role: "PERSON" as const, corePersonId: null } : { role: "UNIT" as const, coreUnitId: null };
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: target.id, ...unbound }, data });
    if (count === 0) throw new AppError("CONFLICT", ALREADY_BOUND_MESSAGE);
    await postMessage(tx, { userId: target.id, category: "ACCOUNT", link: "/account", ...message });
    await traceAccountChange(tx, actor, "account.bind", target.id, summary);
  });
}
