import { requirePageRole } from "@/lib/auth/session";
import { formatShanghai } from "@/lib/calendar";
import { authorizableChannels, CALL_OUTCOMES, listOwnAuthorizations } from "@/lib/channels/consent";
import { channelServiceName } from "@/lib/channels/schemas";
import { revokeChannelAuthorizationAction } from "@/lib/channels/actions";
import { AreaNav } from "@/components/layout/area-nav";
import { ActionButton } from "@/components/forms/action-button";
import { AuthorizationForm } from "@/components/channels/forms";

export const metadata = { title: "授权第三方渠道" };

const dt = (d: Date) => formatShanghai(d, "datetime");

function state(a: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): string {
  if (a.revokedAt) return `已撤销（${dt(a.revokedAt)}）`;
  if (a.usedAt) return `已使用（${dt(a.usedAt)}）`;
  if (a.expiresAt <= now) return "已过期";
  return `有效，${dt(a.expiresAt)} 前可用`;
}

/** X3 (账户安全 → 授权第三方渠道): codes for a channel, every authorization and every call made with it, revocation. */
export default async function AccountChannelsPage() {
  const user = await requirePageRole(["PERSON"], "/account/channels");
  const now = new Date();
  const [channels, authorizations] = await Promise.all([authorizableChannels(), listOwnAuthorizations(user.id)]);
  const channelIds = [...new Set(authorizations.filter((a) => !a.revokedAt).map((a) => a.channelId))];
  return (
    <div className="space-y-6">
      <AreaNav role={user.role} />
      <h1>授权第三方渠道</h1>
      <p className="text-sm text-slate-700">
        在银行网点、手机应用或自助终端查询城乡居民养老保险、办理资格认证时，渠道需要您的授权码。授权码只对您选择的渠道和服务有效，
        10 分钟内有效，只能使用一次；渠道无法查询或检索其他任何人的信息。每次渠道使用授权码的调用都会记录在下面。
      </p>
      {channels.length ? <AuthorizationForm channels={channels} /> : <p className="card">目前没有可授权的渠道。</p>}

      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history">我的授权与调用记录</h2>
        {authorizations.length === 0 && <p className="text-sm">您还没有授权过任何渠道。</p>}
        {channelIds.length > 0 && (
          <ul className="flex flex-wrap gap-2" aria-label="按渠道撤销">
            {channelIds.map((channelId) => {
              const name = authorizations.find((a) => a.channelId === channelId)?.channelName;
              return (
                <li key={channelId}>
                  <ActionButton action={revokeChannelAuthorizationAction} input={{ channelId }} variant="danger" confirm={`撤销对“${name}”的全部授权？`} successMessage="已撤销">
                    撤销对{name}的授权
                  </ActionButton>
                </li>
              );
            })}
          </ul>
        )}
        <ul className="space-y-3">
          {authorizations.map((a) => (
            <li key={a.id} className="card space-y-1 text-sm" data-testid="authorization">
              <p><span className="font-semibold">{a.channelName}</span>：{a.services.map(channelServiceName).join("、")}</p>
              <p>生成于 {dt(a.createdAt)}，{state(a, now)}</p>
              {a.calls.length > 0 && (
                <ul className="list-disc pl-5" aria-label="调用记录">
                  {a.calls.map((c) => <li key={c.id}>{dt(c.at)} {channelServiceName(c.serviceCode)}：{CALL_OUTCOMES[c.outcome] ?? c.outcome}</li>)}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
