import { AGREEMENT_CLAUSES, AGREEMENT_TITLE, AGREEMENT_VERSION } from "@/lib/accounts/agreement";

export const metadata = { title: "网上服务协议" };

export default function AgreementPage() {
  return (
    <article className="card mx-auto max-w-3xl space-y-4" aria-labelledby="agreement-title">
      <header className="space-y-1 text-center">
        <h1 id="agreement-title">{AGREEMENT_TITLE}</h1>
        <p className="text-sm text-slate-600">版本：{AGREEMENT_VERSION} · 依据 LD/T 01—2020《社会保险网上经办服务规范》第6.2.4条</p>
      </header>
      <p>
        本协议是您（注册用户，包括参保人和参保单位经办人）与人力资源和社会保障信息综合管理机构（以下简称“平台”）之间关于使用社会保险网上经办服务平台的约定。请您在注册前认真阅读；勾选同意并完成注册，即表示您已接受本协议全部内容。
      </p>
      {AGREEMENT_CLAUSES.map((clause) => (
        <section key={clause.heading} className="space-y-2">
          <h2>{clause.heading}</h2>
          {clause.paragraphs.map((p) => (
            <p key={p.slice(0, 24)}>{p}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
