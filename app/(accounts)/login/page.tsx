import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/roles";
import { safeNextPath } from "@/lib/accounts/next-path";
import { choiceParam, singleParam, type SearchParams } from "@/lib/validation/search-params";
import { FormMessage } from "@/components/forms/form-message";
import { LoginForm } from "./login-form";

export const metadata = { title: "登录" };

const NOTICES: Record<string, string> = {
  registered: "注册成功，请使用新账户登录。",
  reset: "密码已重新设置，请使用新密码登录。",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const next = safeNextPath(singleParam(params, "next") ?? null);
  const user = await getSessionUser();
  if (user) redirect(next ?? ROLE_HOME[user.role]);
  const noticeKey = choiceParam(params, "notice", Object.keys(NOTICES));
  const notice = noticeKey ? NOTICES[noticeKey] : undefined;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>用户登录</h1>
      <FormMessage tone="success">{notice}</FormMessage>
      <div className="card">
        <LoginForm next={next} />
      </div>
      <p className="text-sm">
        还没有账户？<Link href="/register">立即注册</Link>
        <span className="mx-2 text-slate-400" aria-hidden="true">|</span>
        <Link href="/forgot-password">忘记密码</Link>
      </p>
      <p className="text-sm text-slate-600">
        为保障账户安全，登录需输入密码和发送到注册手机的短信验证码。连续5次密码错误，账户将被锁定30分钟。
      </p>
    </div>
  );
}
