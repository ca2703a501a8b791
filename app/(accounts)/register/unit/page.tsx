import Link from "next/link";
import { UnitRegistrationForm } from "./unit-registration-form";

export const metadata = { title: "单位注册" };

export default function UnitRegistrationPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <nav aria-label="当前位置" className="text-sm"><Link href="/register">注册账户</Link> › 单位注册</nav>
      <h1>单位注册</h1>
      <p className="text-sm text-slate-700">
        由单位授权的经办人填写，系统将与参保单位登记信息进行核验（LD/T 01 §6.2.2），并向登记信息中法定代表人或单位经办人的手机号码发送短信验证码，输入验证码后完成注册。带 <span className="text-danger-600">*</span> 的为必填项。
      </p>
      <div className="card">
        <UnitRegistrationForm />
      </div>
    </div>
  );
}
