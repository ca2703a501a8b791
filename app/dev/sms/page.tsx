import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { formatShanghai } from "@/lib/calendar";
import { getSessionUser } from "@/lib/auth/session";
import { DEV_TOOLS_COOKIE, mayReadDevOutbox } from "@/lib/security/dev-tools";
import { listSmsOutbox } from "@/lib/messaging/sms";

export const metadata = { title: "短信发件箱（开发）", robots: { index: false } };

/**
 * Demo only (S1): the SMS outbox, newest first, so the demo and the browser tests can read the
 * codes the built-in SmsSender "sent". Only with dev tools on, and then only for the token
 * `npm start` prints (in the link, or in the cookie proxy.ts sets when the link is opened) or
 * for an ADMIN; to everyone else, and to all when dev tools are off, it does not exist.
 */
export default async function DevSmsPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  await connection(); // read at request time, never prerendered
  const { token } = await searchParams;
  const tokens = [typeof token === "string" ? token : undefined, (await cookies()).get(DEV_TOOLS_COOKIE)?.value];
  const user = await getSessionUser();
  if (!mayReadDevOutbox({ tokens, role: user?.role })) notFound();
  const rows = await listSmsOutbox(50);
  return (
    <div className="space-y-4">
      <h1>短信发件箱（开发环境）</h1>
      <p className="text-sm text-slate-700">本页仅在演示和测试环境开放，凭启动时控制台打印的链接或以管理员身份访问；显示平台发出的最近 50 条短信（最新在前），用于查看登录和找回密码的验证码。</p>
      <div className="overflow-x-auto">
        <table className="table" data-testid="sms-outbox">
          <thead><tr><th scope="col">编号</th><th scope="col">时间</th><th scope="col">手机号码</th><th scope="col">类型</th><th scope="col">内容</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-mobile={r.mobile}>
                <td>{r.id}</td>
                <td className="whitespace-nowrap">{formatShanghai(r.createdAt, "datetime")}</td>
                <td>{r.mobile}</td>
                <td>{r.purpose}</td>
                <td>{r.content}</td>
              </tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={5}>暂无短信</td></tr>}
          </tbody>
        </table>
      </div>
    </div>
  );
}
