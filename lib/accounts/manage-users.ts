/**
 * 用户管理 (U6, U8, LD/T 01 §6.2.5): search, view, lock and unlock, password reset, roles and
 * registration data. Each change and its trace row (masked before/after) commit together.
 * The actor's own limits live here, not only in the action's access list: STAFF unlock
 * only PERSON and UNIT accounts, and nobody locks or demotes themselves.
 * S8: privileged changes are visible. A changed mobile is told on the old number and ends the
 * account's sessions; a change to a STAFF or ADMIN account by another administrator leaves a
 * notice in that account's inbox, in the same transaction, which its area shows until read.
 */
import { randomBytes } from "node:crypto";
import { db, isUniqueViolation, type Prisma, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { smsSender } from "@/lib/messaging/sms";
import { postMessage } from "@/lib/messaging/inbox";
import { formatShanghai } from "@/lib/calendar";
import { normalizeInput, validateIdNumber } from "@/lib/identity/id-number";
import { maskIdNumber, maskMobile, maskName } from "@/lib/security/masking";
import { validateCreditCode } from "@/lib/identity/credit-code";
import { validateMobile } from "@/lib/identity/mobile";
import { isLockedOut } from "./login";
import { endSessions, traceAccountChange } from "./account-changes";

export const USER_PAGE_SIZE = 20;

export type UserStatusFilter = "ACTIVE" | "DISABLED" | "LOCKED";

export interface UserListRow {
  id: string;
  username: string;
  name: string;
  role: Role;
  status: "ACTIVE" | "DISABLED";
  lockedUntil: Date | null;
  mobile: string;
  idNumber: string | null;
  unitName: string | null;
  createdAt: Date;
}

export interface UserSearch {
  q?: string;
  role?: Role;
  status?: UserStatusFilter;
  page?: number;
}

/** STAFF work only with insured persons' and units' accounts. */
const STAFF_VISIBLE_ROLES: Role[] = ["PERSON", "UNIT"];

function rolesVisibleTo(actor: UserActor): Role[] | null {
  return actor.role === "ADMIN" ? null : STAFF_VISIBLE_ROLES;
}

/** Exact match for an ID number, credit code or mobile; otherwise a part of user name, name or unit name. */
function searchWhere(q: string): Prisma.UserWhereInput {
  const typed = normalizeInput(q);
  const upper = typed.toUpperCase();
  if (validateIdNumber("01", upper).ok) return { idNumber: upper };
  if (validateCreditCode(upper).ok) return { creditCode: upper };
  const mobile = validateMobile(typed);
  if (mobile.ok) return { mobile: mobile.normalized };
  return { OR: [{ username: { contains: typed.toLowerCase() } }, { name: { contains: typed } }, { unitName: { contains: typed } }, { idNumber: upper }] };
}

export async function searchUsers(actor: UserActor, search: UserSearch, now = new Date()) {
  const visible = rolesVisibleTo(actor);
  const page = Math.max(1, Math.floor(search.page ?? 1));
  const and: Prisma.UserWhereInput[] = [];
  if (visible) and.push({ role: { in: visible } });
  if (search.role) and.push({ role: search.role });
  if (search.q?.trim()) and.push(searchWhere(search.q));
  if (search.status === "ACTIVE") and.push({ status: "ACTIVE" });
  if (search.status === "DISABLED") and.push({ status: "DISABLED" });
  if (search.status === "LOCKED") and.push({ lockedUntil: { gt: now } });
  const where: Prisma.UserWhereInput = { AND: and };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({ where, orderBy: { createdAt: "desc" }, skip: (page - 1) * USER_PAGE_SIZE, take: USER_PAGE_SIZE }),
  ]);
  const items: UserListRow[] = users.map((u) => ({
    id: u.id,
    username: u.username,
    name: u.name,
    role: u.role,
    status: u.status,
    lockedUntil: isLockedOut(u, now) ? u.lockedUntil : null,
    mobile: maskMobile(u.mobile),
    idNumber: u.idNumber ? maskIdNumber(u.idNumber) : null,
    unitName: u.unitName,
    createdAt: u.createdAt,
  }));
  return { items, total, page, pageSize: USER_PAGE_SIZE };
}

/** One account as an administrator sees it: identity data masked, never the password hash. */
export async function getUserDetail(actor: UserActor, userId: string, now = new Date()) {
  const u = await db.user.findUnique({ where: { id: userId } });
  const visible = rolesVisibleTo(actor);
  if (!u || (visible && !visible.includes(u.role))) throw notFound("用户");
  const activeSessions = await db.userSession.count({ where: { userId, revokedAt: null, expiresAt: { gt: now } } });
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    role: u.role,
    status: u.status,
    lockedUntil: isLockedOut(u, now) ? u.lockedUntil : null,
    failedLogins: u.failedLogins,
    mobile: maskMobile(u.mobile),
    idType: u.idType,
    idNumber: u.idNumber ? maskIdNumber(u.idNumber) : null,
    socialCardNo: u.socialCardNo ? maskIdNumber(u.socialCardNo) : null,
    boundToCorePerson: u.corePersonId !== null,
    unitName: u.unitName,
    creditCode: u.creditCode,
    legalRepName: u.legalRepName ? maskName(u.legalRepName) : null,
    agreementVersion: u.agreementVersion,
    agreementAcceptedAt: u.agreementAcceptedAt,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
    activeSessions,
  };
}

async function loadTarget(actor: UserActor, userId: string) {
  const target = await db.user.findUnique({ where: { id: userId } });
  const visible = rolesVisibleTo(actor);
  if (!target || (visible && !visible.includes(target.role))) throw notFound("用户");
  return target;
}

const BACK_OFFICE_ROLES: readonly Role[] = ["STAFF", "ADMIN"];

/**
 * S8: tells the holder of a STAFF or ADMIN account what an administrator changed, who and
 * when. It is an ACCOUNT message, so the holder's area and 账户安全 show it until they have
 * read it (lib/accounts/account-overview.ts). An administrator's change to their own account
 * needs no notice.
 */
async function noticeBackOfficeChange(tx: Tx, actor: UserActor, target: { id: string; role: Role }, title: string, detail: string, now: Date) {
  if (!BACK_OFFICE_ROLES.includes(target.role) || actor.id === target.id) return;
  const admin = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  await postMessage(tx, {
    userId: target.id,
    category: "ACCOUNT",
    title: `账户变更：${title}`,
    body: `${ROLE_LABELS[actor.role]}${admin ? ` ${admin.name}` : ""} 于 ${formatShanghai(now, "datetime")} ${detail}。如您不了解这项变更，请立即联系平台管理员。`,
    link: "/account#account-changes",
  });
}

/** 锁定 by an administrator: the account is disabled until an administrator enables it again. */
export async function lockAccount(actor: UserActor, userId: string, reason: string, now = new Date()): Promise<void> {
  assertRole(actor, ["ADMIN"], "锁定账户");
  if (actor.id === userId) throw new AppError("CONFLICT", "不能锁定自己的账户");
  const target = await loadTarget(actor, userId);
  if (target.status === "DISABLED") throw new AppError("CONFLICT", "该账户已处于锁定（停用）状态");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { status: "DISABLED" } });
    const count = await endSessions(tx, userId, now);
    await noticeBackOfficeChange(tx, actor, target, "账户已停用", `停用了您的账户，原因：${reason}`, now);
    await traceAccountChange(tx, actor, "account.lock", userId, { before: { status: target.status }, after: { status: "DISABLED" }, reason, sessionsEnded: count });
  });
}

/**
 * 解锁 (U6). An administrator lifts both the 30-minute lockout and an administrator's lock;
 * STAFF lift the lockout of PERSON and UNIT accounts only.
 */
export async function unlockAccount(actor: UserActor, userId: string, now = new Date()): Promise<void> {
  const target = await loadTarget(actor, userId);
  const lockedOut = isLockedOut(target, now);
  const disabled = target.status === "DISABLED";
  if (actor.role !== "ADMIN" && disabled) throw new AppError("CONFLICT", "该账户已被平台管理员停用，需由平台管理员解除");
  if (!lockedOut && !disabled) throw new AppError("CONFLICT", "该账户未被锁定");
  const after = actor.role === "ADMIN" ? { status: "ACTIVE" as const } : {};
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { ...after, failedLogins: 0, lockedUntil: null } });
    await noticeBackOfficeChange(tx, actor, target, "账户已解锁", disabled ? "恢复启用了您的账户" : "解除了您账户的登录锁定", now);
    await traceAccountChange(tx, actor, "account.unlock", userId, {
      before: { status: target.status, lockedUntil: lockedOut ? target.lockedUntil?.toISOString() : null },
      after: { status: after.status ?? target.status, lockedUntil: null },
    });
  });
}

/**
 * 重置密码 by an administrator. Nobody learns a new password: the old one is replaced by a
 * random one that is never shown or sent, every session ends, and the holder gets an SMS
 * telling them to set a new password with "找回密码" on their registered mobile. Where the
 * mobile itself is lost, the administrator first corrects it (after checking identity at the
 * counter) and then resets.
 */
export async function resetPasswordByAdmin(actor: UserActor, userId: string, now = new Date()): Promise<{ maskedMobile: string }> {
  assertRole(actor, ["ADMIN"], "重置密码");
  const target = await loadTarget(actor, userId);
  const passwordHash = await hashPassword(randomBytes(24).toString("base64url"));
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
    const count = await endSessions(tx, userId, now);
    await (await smsSender()).send({
      mobile: target.mobile,
      purpose: "NOTICE",
      content: `您的社会保险网上经办服务平台账户 ${target.username} 的登录密码已由平台管理员重置。请在登录页点击“找回密码”，用本手机号接收验证码设置新密码。如有疑问请拨打 12333。`,
    }, tx);
    await noticeBackOfficeChange(tx, actor, target, "登录密码已重置", "重置了您的登录密码，此前的登录已全部退出", now);
    await traceAccountChange(tx, actor, "account.password.admin-reset", userId, { notified: maskMobile(target.mobile), sessionsEnded: count });
  });
  return { maskedMobile: maskMobile(target.mobile) };
}

/** 分配角色 (U8): between STAFF and ADMIN only; an administrator cannot demote themselves. */
export async function assignRole(actor: UserActor, userId: string, role: "STAFF" | "ADMIN", now = new Date()): Promise<void> {
  assertRole(actor, ["ADMIN"], "分配角色");
  if (actor.id === userId && role !== "ADMIN") throw new AppError("CONFLICT", "不能取消自己的平台管理员角色");
  const target = await loadTarget(actor, userId);
  if (target.role !== "STAFF" && target.role !== "ADMIN") {
    throw new AppError("CONFLICT", "参保人和单位账户已绑定实名身份，不能改为经办或管理角色；请为工作人员单独开设后台账户");
  }
  if (target.role === role) throw new AppError("CONFLICT", `该用户已是${ROLE_LABELS[role]}`);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role } });
    await noticeBackOfficeChange(tx, actor, target, "角色已调整", `将您的角色由${ROLE_LABELS[target.role]}调整为${ROLE_LABELS[role]}`, now);
    await traceAccountChange(tx, actor, "account.role.assign", userId, { before: { role: target.role }, after: { role } });
  });
}

/**
 * 注册信息修改 (U8): name and mobile; identity numbers never change online. A new mobile is
 * where login codes and password resets go from now on, so (S8) the old mobile is told and
 * every session of the account ends, as after a password reset.
 */
export async function editRegistrationInfo(
  actor: UserActor,
  userId: string,
  change: { name: string; mobile?: string },
  now = new Date(),
): Promise<{ changed: boolean }> {
  assertRole(actor, ["ADMIN"], "修改注册信息");
  const target = await loadTarget(actor, userId);
  const mobile = change.mobile ?? target.mobile;
  const nameChanged = change.name !== target.name;
  const mobileChanged = mobile !== target.mobile;
  if (!nameChanged && !mobileChanged) return { changed: false };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { name: change.name, mobile } });
    let sessionsEnded = 0;
    if (mobileChanged) {
      sessionsEnded = await endSessions(tx, userId, now);
      await (await smsSender()).send({
        mobile: target.mobile,
        purpose: "NOTICE",
        content: `您的社会保险网上经办服务平台账户 ${target.username} 的手机号码已由平台管理员于 ${formatShanghai(now, "datetime")} 改为 ${maskMobile(mobile)}，登录验证码今后发送至新号码，此前的登录已全部退出。如非本人申请，请立即拨打 12333。`,
      }, tx);
    }
    const changes = [
      ...(nameChanged ? [`姓名由“${target.name}”改为“${change.name}”`] : []),
      ...(mobileChanged ? [`手机号码由 ${maskMobile(target.mobile)} 改为 ${maskMobile(mobile)}`] : []),
    ];
    await noticeBackOfficeChange(tx, actor, target, "注册信息已修改", `将您的${changes.join("，")}`, now);
    await traceAccountChange(tx, actor, "account.profile.edit", userId, {
      before: { name: maskName(target.name), mobile: maskMobile(target.mobile) },
      after: { name: maskName(change.name), mobile: maskMobile(mobile) },
      ...(mobileChanged ? { oldMobileNotified: true, sessionsEnded } : {}),
    });
  });
  return { changed: true };
}

/**
 * 开设后台账户: a STAFF or ADMIN account. Its password is random and never shown; the new
 * colleague sets one with "找回密码" on the mobile given here, as after a reset.
 */
export async function createBackOfficeUser(
  actor: UserActor,
  input: { username: string; name: string; mobile: string; role: "STAFF" | "ADMIN" },
  now = new Date(),
): Promise<{ userId: string }> {
  assertRole(actor, ["ADMIN"], "开设后台账户");
  const taken = "该用户名已被使用，请换一个";
  if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
    throw new AppError("CONFLICT", taken, { fieldErrors: { username: taken } });
  }
  const passwordHash = await hashPassword(randomBytes(24).toString("base64url"));
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { username: input.username, passwordHash, role: input.role, name: input.name, mobile: input.mobile } });
      await (await smsSender()).send({
        mobile: input.mobile,
        purpose: "NOTICE",
        content: `社会保险网上经办服务平台已为您开设${ROLE_LABELS[input.role]}账户 ${input.username}。请在登录页点击“找回密码”，用本手机号接收验证码设置登录密码。`,
      }, tx);
      await noticeBackOfficeChange(tx, actor, user, "账户已开设", `为您开设了${ROLE_LABELS[input.role]}账户 ${input.username}`, now);
      await traceAccountChange(tx, actor, "account.create", user.id, { after: { role: input.role, username: input.username, name: maskName(input.name), mobile: maskMobile(input.mobile) } });
      return { userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", taken, { fieldErrors: { username: taken } });
    throw error;
  }
}
