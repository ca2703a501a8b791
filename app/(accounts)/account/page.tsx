import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { getOwnProfile, listAccountChanges, listOwnActiveSessions, listLoginHistory } from "@/lib/accounts/account-overview";
import { ID_TYPES, type IdType } from "@/lib/identity/id-number";
import { acknowledgeAccountChangesAction, endOtherSessionsAction } from "@/lib/accounts/actions";
import { AreaNav } from "@/components/layout/area-nav";
import { ActionButton } from "@/components/forms/action-button";
import { ChangePasswordForm } from "./change-password-form";
import { LoginHistory } from "@/components/accounts/login-history";

export const metadata = { title: "账户安全" };

const dt = (d: Date) => formatShanghai(d, "datetime");

export default async function AccountPage() {
  const user = await requirePageRole(ROLES, "/account");
  const [profile, sessions, history, changes] = await Promise.all([getOwnProfile(user.id), listOwnActiveSessions(user), listLoginHistory(user.id), listAccountChanges(user.id)]);
  if (!profile) return null;
  const otherSessions = sessions.filter((s) => !s.current).length;
  const unseenChanges = changes.filter((c) => !c.readAt).length;
  return (
    <div className="space-y-6">
      <AreaNav role={user.role} />
      <h1>账户安全</h1>
      {user.role === "PERSON" && (
        <p><Link href="/account/channels" className="underline">授权第三方渠道</Link>：为银行、手机应用、自助终端生成一次性授权码，查看和撤销授权及调用记录。</p>
      )}

      <section aria-labelledby="profile" className="card">
        <h2 id="profile">账户信息</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">用户名</dt><dd>{profile.username}</dd>
          <dt className="text-slate-600">姓名</dt><dd>{profile.name}</dd>
          <dt className="text-slate-600">角色</dt><dd>{ROLE_LABELS[profile.role]}</dd>
          {profile.idNumber && (<><dt className="text-slate-600">证件</dt><dd>{(profile.idType && ID_TYPES[profile.idType as IdType]) || "证件"} {profile.idNumber}</dd></>)}
          {profile.unitName && (<><dt className="text-slate-600">单位</dt><dd>{profile.unitName}（{profile.creditCode}）</dd></>)}
          <dt className="text-slate-600">手机号码</dt><dd>{profile.mobile}</dd>
          {profile.agreementVersion && profile.agreementAcceptedAt && (
            <><dt className="text-slate-600">网上服务协议</dt><dd>{profile.agreementVersion} 版，{dt(profile.agreementAcceptedAt)} 同意</dd></>
          )}
        </dl>
        <p className="mt-2 text-sm text-slate-600">姓名、手机号码需要变更的，请到社保经办机构或联系平台管理员办理。</p>
      </section>

      {changes.length > 0 && (
        <section id="account-changes" aria-labelledby="changes" className="card space-y-3">
          <h2 id="changes">账户变更通知</h2>
          <p className="text-sm text-slate-600">平台管理员对您账户所做的变更（谁、何时、改了什么）。{unseenChanges > 0 ? `其中 ${unseenChanges} 项您尚未查看。` : ""}</p>
          <ul className="space-y-2 text-sm">
            {changes.map((c) => (
              <li key={c.id} className={c.readAt ? "" : "border-l-4 border-l-warn-600 pl-3"}>
                <span className="font-semibold">{!c.readAt && <span className="sr-only">未查看：</span>}{c.title}</span>
                <time dateTime={c.createdAt.toISOString()} className="ml-2 text-slate-600">{dt(c.createdAt)}</time>
                <p>{c.body}</p>
              </li>
            ))}
          </ul>
          {unseenChanges > 0 && (
            <ActionButton action={acknowledgeAccountChangesAction} input={{}} successMessage="已确认查看">
              我已知晓
            </ActionButton>
          )}
        </section>
      )}

      <section aria-labelledby="sessions" className="card space-y-3">
        <h2 id="sessions">当前登录</h2>
        <table className="table">
          <thead><tr><th scope="col">登录时间</th><th scope="col">最近活动</th><th scope="col">IP 地址</th><th scope="col">浏览器</th><th scope="col">说明</th></tr></thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>{dt(s.createdAt)}</td><td>{dt(s.lastSeenAt)}</td><td>{s.ip}</td><td>{s.browser}</td>
                <td>{s.current ? "本次登录" : `有效期至 ${dt(s.expiresAt)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-slate-600">空闲30分钟或登录满12小时后自动退出；点击页头“退出”立即结束本次登录。</p>
        {otherSessions > 0 && (
          <ActionButton action={endOtherSessionsAction} input={{}} confirm="确定让其他设备上的登录全部退出吗？" successMessage="已退出其他 {ended} 处登录">
            退出其他设备上的登录（{otherSessions}）
          </ActionButton>
        )}
      </section>

      <section aria-labelledby="password" className="card">
        <h2 id="password">修改密码</h2>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="history" className="card space-y-2">
        <h2 id="history">最近登录记录</h2>
        <p className="text-sm text-slate-600">如发现不是本人的登录，请立即修改密码，并拨打 12333 反映。</p>
        <LoginHistory rows={history} />
      </section>
    </div>
  );
}
