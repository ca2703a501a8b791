import Link from "next/link";

export const metadata = { title: "注册" };

export default function RegisterChoicePage() {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1>注册账户</h1>
      <p>请选择注册类型。注册需通过社会保险登记信息的实名核验，并同意<Link href="/agreement">《网上服务协议》</Link>。</p>
      <ul className="grid gap-4 sm:grid-cols-2" aria-label="注册类型">
        <li>
          <Link href="/register/person" className="card block h-full hover:border-brand-500 hover:no-underline">
            <span className="block text-lg font-semibold text-brand-800">个人注册</span>
            <span className="mt-1 block text-sm text-slate-700">参保人本人注册，需填写姓名、证件号码、社会保障号码和本人手机号。</span>
          </Link>
        </li>
        <li>
          <Link href="/register/unit" className="card block h-full hover:border-brand-500 hover:no-underline">
            <span className="block text-lg font-semibold text-brand-800">单位注册</span>
            <span className="mt-1 block text-sm text-slate-700">参保单位的经办人注册，需填写单位名称、统一社会信用代码、法定代表人和经办人信息。</span>
          </Link>
        </li>
      </ul>
      <p className="text-sm">已有账户？<Link href="/login">直接登录</Link></p>
    </div>
  );
}
