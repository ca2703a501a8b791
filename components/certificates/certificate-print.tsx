import Link from "next/link";
import type { UserActor } from "@/lib/auth/actor";
import { areaPath } from "@/lib/auth/roles";
import { printCertificate } from "@/lib/certificates/certificates";
import { PrintButton } from "@/components/layout/print-button";
import { orNotFound } from "@/components/or-not-found";
import { CertificateSheet, qrSvgOf } from "./certificate-sheet";

/** D4: the print view of one of the caller's certificates (traced as a print). */
export async function CertificatePrint({ actor, id }: { actor: UserActor; id: string }) {
  const { record, document } = await orNotFound(printCertificate(actor, id));
  const qrSvg = await qrSvgOf(document);
  return (
    <div className="space-y-4">
      <p className="no-print flex flex-wrap items-center gap-3">
        <Link href={areaPath(actor.role, `certificates/${record.id}`)}>← 返回</Link>
        <PrintButton label="打印证明" />
        <span className="text-sm text-slate-600">请使用 A4 纸，打印设置选择“无页边距”或“默认”。</span>
      </p>
      <div className="overflow-x-auto">
        <CertificateSheet document={document} qrSvg={qrSvg} />
      </div>
    </div>
  );
}
