import { requirePageRole } from "@/lib/auth/session";
import { formatShanghai } from "@/lib/calendar";
import { findCertificateForStaff } from "@/lib/certificates/certificates";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/certificates/content";
import { textParam, type SearchParams } from "@/lib/validation/search-params";
import { RevokeForm } from "./revoke-form";

export const metadata = { title: "证明管理" };

/** D5: STAFF find a certificate by its anti-forgery code and revoke it with a reason. */
export default async function StaffCertificatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePageRole(["STAFF", "ADMIN"], "/staff/certificates");
  const code = textParam(await searchParams, "code");
  const cert = code ? await findCertificateForStaff(staff, code) : null;
  return (
    <div className="space-y-4">
      <h1>证明管理</h1>
      <p className="text-sm text-slate-700">按防伪码查找已开具的电子证明。发现证明依据的数据有误或证明被冒用时，可将其作废并写明原因。</p>
      <form method="get" className="card flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">防伪码</span>
          <input name="code" defaultValue={code} className="input font-mono" placeholder="XXXX-XXXX-XXXX-XXXX" autoComplete="off" />
        </label>
        <button type="submit" className="btn">查找</button>
      </form>
      {code && !cert && <p role="status">未找到该防伪码对应的证明。</p>}
      {cert && (
        <section className="card space-y-3" aria-labelledby="found-heading">
          <h2 id="found-heading">{KIND_LABELS[cert.kind]}</h2>
          <dl className="grid grid-cols-[7rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-600">防伪码</dt>
            <dd className="font-mono">{cert.code}</dd>
            <dt className="text-slate-600">证明对象</dt>
            <dd>{cert.holderName}（{cert.holderId}）</dd>
            <dt className="text-slate-600">开具时间</dt>
            <dd>{formatShanghai(cert.issuedAt, "datetime")}</dd>
            <dt className="text-slate-600">状态</dt>
            <dd data-testid="certificate-status">{STATUS_LABELS[cert.status]}{cert.revokedAt ? `（${formatShanghai(cert.revokedAt, "datetime")} 作废：${cert.revokedReason ?? ""}）` : ""}</dd>
          </dl>
          {cert.status !== "REVOKED" && staff.role === "STAFF" && <RevokeForm code={cert.code} />}
        </section>
      )}
    </div>
  );
}
