import Link from "next/link";
import type { UserActor } from "@/lib/auth/actor";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { KIND_LABELS, STATUS_LABELS, type CertificateStatusName } from "@/lib/certificates/content";
import type { findOwnCertificate } from "@/lib/certificates/certificates";
import { FormMessage } from "@/components/forms/form-message";

type Certificate = Awaited<ReturnType<typeof findOwnCertificate>>;

/** One of the caller's certificates: what it is, its code, and the download and print links. */
export function CertificateDetail({ actor, cert, flag }: { actor: UserActor; cert: Certificate; flag: "issued" | "same" | null }) {
  const base = areaPath(actor.role, "certificates");
  const valid = cert.status === "VALID";
  return (
    <div className="space-y-4">
      <p><Link href={base}>← 返回证明打印</Link></p>
      <h1>{cert.parsed.title}</h1>
      {flag === "issued" && <FormMessage tone="success">证明已开具。请下载 PDF 或打印；任何人可凭防伪码在“证明验证”页面核验真伪。</FormMessage>}
      {flag === "same" && <FormMessage tone="info">您的数据自上次开具以来没有变化，这是同一份证明（防伪码不变）。</FormMessage>}
      {cert.status === "SUPERSEDED" && <FormMessage tone="info">此证明已被新开具的证明替代。</FormMessage>}
      {cert.status === "REVOKED" && <FormMessage tone="error">此证明已作废{cert.revokedReason ? `：${cert.revokedReason}` : ""}。</FormMessage>}
      <section className="card space-y-2" aria-labelledby="cert-info">
        <h2 id="cert-info">证明信息</h2>
        <dl className="grid grid-cols-[7rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-600">证明种类</dt>
          <dd>{KIND_LABELS[cert.kind]}</dd>
          <dt className="text-slate-600">证明对象</dt>
          <dd>{cert.holderName}</dd>
          <dt className="text-slate-600">防伪码</dt>
          <dd className="font-mono" data-testid="certificate-code">{cert.code}</dd>
          <dt className="text-slate-600">开具时间</dt>
          <dd>{formatShanghai(cert.issuedAt, "datetime")}</dd>
          <dt className="text-slate-600">状态</dt>
          <dd>{STATUS_LABELS[cert.status as CertificateStatusName]}</dd>
          <dt className="text-slate-600">签名</dt>
          <dd className="break-all">SM2 电子签名（平台密钥），可在“证明验证”页面核验</dd>
        </dl>
        {valid && (
          <p className="flex flex-wrap gap-3">
            <a className="btn" href={`/api/certificates/${cert.id}/pdf`}>下载 PDF</a>
            <Link className="btn btn-secondary" href={`${base}/${cert.id}/print`}>打印</Link>
          </p>
        )}
      </section>
    </div>
  );
}
