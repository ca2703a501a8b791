import Link from "next/link";
import { PersonRegistrationForm } from "./person-registration-form";

export const metadata = { title: "个人注册" };

export default function PersonRegistrationPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <nav aria-label="当前位置" className="text-sm"><Link href="/register">注册账户</Link> › 个人注册</nav>
      <h1>个人注册</h1>
      <p className="text-sm text-slate-700">
        请如实填写本人信息，系统将与社会保险登记信息进行实名核验（LD/T 01 §6.2.3），并向登记的本人手机号码发送短信验证码，输入验证码后完成注册。带 <span className="text-danger-600">*</span> 的为必填项。
      </p>
      <div className="card">
        <PersonRegistrationForm />
      </div>
    </div>
  );
}
