import type { UserActor } from "@/lib/auth/actor";
import { availableCertificateKinds, listOwnCertificates } from "@/lib/certificates/certificates";
import { IssueButton } from "./issue-button";
import { CertificateList } from "./certificate-list";

/**
 * 证明打印 (D1): the kinds the caller can issue from their own data, and the certificates they
 * hold. Issuing again returns the same certificate while the data is unchanged (D5).
 */
export async function CertificateCenter({ actor, intro }: { actor: UserActor; intro: string }) {
  const [kinds, issued] = await Promise.all([availableCertificateKinds(actor), listOwnCertificates(actor)]);
  return (
    <div className="space-y-6">
      <h1>证明打印</h1>
      <p className="text-sm text-slate-700">{intro}</p>
      <section aria-labelledby="kinds-heading" className="card space-y-3">
        <h2 id="kinds-heading">可开具的证明</h2>
        <ul className="divide-y divide-slate-200">
          {kinds.map((k) => (
            <li key={k.kind} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <div className="font-medium">{k.label}</div>
                <div className="text-sm text-slate-600">{k.unavailable ? `暂不能开具：${k.unavailable}` : k.description}</div>
              </div>
              {!k.unavailable && <IssueButton kind={k.kind} label={`开具${k.label}`} />}
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">受理通知书、办结通知书在“网上申报”的申请详情页开具。数据未变化时再次开具得到同一份证明（防伪码不变）；数据变化后开具新证明，原证明标记为“已被新证明替代”。</p>
      </section>
      <section aria-labelledby="issued-heading" className="space-y-2">
        <h2 id="issued-heading">我的证明</h2>
        <CertificateList actor={actor} rows={issued} />
      </section>
    </div>
  );
}
