import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { orNotFound } from "@/components/or-not-found";
import { ROLE_LABELS, areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { getUserDetail } from "@/lib/accounts/manage-users";
import { getBinding } from "@/lib/accounts/binding";
import { listLoginHistory } from "@/lib/accounts/account-overview";
import { resetUserPasswordAction, unlockUserAction } from "@/lib/accounts/actions";
import { ID_TYPES, type IdType } from "@/lib/identity/id-number";
import { ActionButton } from "@/components/forms/action-button";
import { UserStatus } from "@/components/accounts/user-status";
import { AccountBindingForms, AssignRoleForm, EditUserInfoForm, LockUserForm } from "./user-admin-forms";
import { LoginHistory } from "@/components/accounts/login-history";

export const metadata = { title: "用户详情" };

const dt = (d: Date) => formatShanghai(d, "datetime");

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePageRole(["ADMIN"], `/admin/users/${id}`);
  const user = await orNotFound(getUserDetail(admin, id));
  const [history, binding] = await Promise.all([listLoginHistory(user.id, 20), getBinding(admin, user.id)]);
  const isSelf = user.id === admin.id;
  const backOffice = user.role === "STAFF" || user.role === "ADMIN";

  return (
    <div className="space-y-6">
      <nav aria-label="当前位置" className="text-sm"><Link href={areaPath("ADMIN", "users")}>用户管理</Link> › {user.username}</nav>
      <h1>用户详情：{user.username}</h1>

      <section aria-labelledby="info" className="card">
        <h2 id="info">注册信息</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">姓名</dt><dd>{user.name}</dd>
          <dt className="text-slate-600">角色</dt><dd>{ROLE_LABELS[user.role]}</dd>
          <dt className="text-slate-600">状态</dt><dd><UserStatus status={user.status} lockedUntil={user.lockedUntil} />（连续密码错误 {user.failedLogins} 次）</dd>
          <dt className="text-slate-600">手机号码</dt><dd>{user.mobile}</dd>
          {user.idNumber && (<><dt className="text-slate-600">证件</dt><dd>{(user.idType && ID_TYPES[user.idType as IdType]) || "证件"} {user.idNumber}{user.boundToCorePerson ? "（已绑定参保人员）" : ""}</dd></>)}
          {user.socialCardNo && (<><dt className="text-slate-600">社会保障卡</dt><dd>{user.socialCardNo}</dd></>)}
          {user.unitName && (<><dt className="text-slate-600">单位</dt><dd>{user.unitName}（{user.creditCode}），法定代表人 {user.legalRepName}</dd></>)}
          {user.agreementVersion && user.agreementAcceptedAt && (<><dt className="text-slate-600">服务协议</dt><dd>{user.agreementVersion} 版，{dt(user.agreementAcceptedAt)} 同意</dd></>)}
          <dt className="text-slate-600">注册时间</dt><dd>{dt(user.createdAt)}</dd>
          <dt className="text-slate-600">当前有效登录</dt><dd>{user.activeSessions} 处</dd>
        </dl>
      </section>

      <section aria-labelledby="binding" className="card space-y-4">
        <h2 id="binding">绑定关系</h2>
        {binding.kind === "NONE" ? (
          <p className="text-sm text-slate-600">经办人员和平台管理员的后台账户不绑定参保人员或参保单位。</p>
        ) : (
          <>
            <p className="text-sm">
              {binding.bound
                ? binding.kind === "PERSON" ? "该账户已绑定核心系统中的参保人员：" : "该账户已绑定核心系统中的参保单位："
                : binding.kind === "PERSON" ? "该账户当前未绑定参保人员，不能查询和办理本人社会保险业务。" : "该账户当前未绑定参保单位，不能办理单位社会保险业务。"}
            </p>
            {binding.bound && binding.kind === "PERSON" && (
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-600">证件</dt><dd>{binding.idType ?? "证件"} {binding.idNumber ?? "—"}</dd>
                <dt className="text-slate-600">社会保障号码</dt><dd>{binding.socialSecurityNo ?? "—"}</dd>
                <dt className="text-slate-600">社会保障卡卡号</dt><dd>{binding.socialCardNo ?? "—"}</dd>
              </dl>
            )}
            {binding.bound && binding.kind === "UNIT" && (
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-600">单位名称</dt><dd>{binding.unitName ?? "—"}</dd>
                <dt className="text-slate-600">统一社会信用代码</dt><dd>{binding.creditCode ?? "—"}</dd>
                <dt className="text-slate-600">法定代表人</dt><dd>{binding.legalRepName ?? "—"}{binding.legalRepPhone ? `（${binding.legalRepPhone}）` : ""}</dd>
              </dl>
            )}
            <AccountBindingForms userId={user.id} kind={binding.kind} bound={binding.bound} />
          </>
        )}
      </section>

      <section aria-labelledby="ops" className="card space-y-4">
        <h2 id="ops">账户操作</h2>
        <div className="flex flex-wrap gap-4">
          {(user.lockedUntil || user.status === "DISABLED") && (
            <ActionButton action={unlockUserAction} input={{ userId: user.id }} successMessage="已解锁" variant="primary">解锁账户</ActionButton>
          )}
          <ActionButton
            action={resetUserPasswordAction}
            input={{ userId: user.id }}
            confirm="确定重置该用户的密码吗？原密码立即失效，该用户的所有登录将退出。"
            successMessage="已重置，通知短信已发送至 {maskedMobile}"
          >
            重置密码
          </ActionButton>
        </div>
        <p className="text-sm text-slate-600">
          重置密码不会产生任何人可见的新密码：原密码作废、所有登录退出，并短信通知用户用注册手机号通过“找回密码”自行设置新密码。手机号已停用的，请先核验身份并修改手机号，再重置。
        </p>
        {!isSelf && user.status === "ACTIVE" && <LockUserForm userId={user.id} />}
        {backOffice && <AssignRoleForm userId={user.id} role={user.role as "STAFF" | "ADMIN"} isSelf={isSelf} />}
        <EditUserInfoForm userId={user.id} name={user.name} maskedMobile={user.mobile} />
      </section>

      <section aria-labelledby="logins" className="card space-y-2">
        <h2 id="logins">最近登录记录</h2>
        <LoginHistory rows={history} />
      </section>
    </div>
  );
}
