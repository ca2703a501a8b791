import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata = { title: "找回密码" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>找回密码</h1>
      <p className="text-sm text-slate-700">输入用户名（或证件号码、统一社会信用代码）和注册时的手机号码，我们将向该手机发送验证码，验证后即可设置新密码。</p>
      <div className="card">
        <ForgotPasswordForm />
      </div>
      <p className="text-sm">
        手机号码已停用？请携带有效证件到社保经办机构办理，或拨打 12333 咨询。<Link href="/login">返回登录</Link>
      </p>
    </div>
  );
}
