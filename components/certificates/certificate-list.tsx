import Link from "next/link";
import type { UserActor } from "@/lib/auth/actor";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { KIND_LABELS, STATUS_LABELS, type CertificateKindName, type CertificateStatusName } from "@/lib/certificates/content";
import { DataTable } from "@/components/ui/data-table";

export interface CertificateRow {
  id: string;
  code: string;
  kind: string;
  status: string;
  issuedAt: Date;
  holderName: string;
}

/** The caller's issued certificates with their download and print links. */
export function CertificateList({ actor, rows, caption = "已开具的证明" }: { actor: UserActor; rows: readonly CertificateRow[]; caption?: string }) {
  const base = areaPath(actor.role, "certificates");
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.id}
      empty="还没有开具过证明。"
      columns={[
        { header: "证明", cell: (r) => <Link href={`${base}/${r.id}`}>{KIND_LABELS[r.kind as CertificateKindName]}</Link> },
        { header: "证明对象", cell: (r) => r.holderName },
        { header: "防伪码", cell: (r) => <span className="font-mono">{r.code}</span>, className: "whitespace-nowrap" },
        { header: "开具时间", cell: (r) => formatShanghai(r.issuedAt, "datetime"), className: "whitespace-nowrap" },
        { header: "状态", cell: (r) => STATUS_LABELS[r.status as CertificateStatusName] },
        {
          header: "操作",
          cell: (r) =>
            r.status === "VALID" ? (
              <span className="flex flex-wrap gap-2">
                <a href={`/api/certificates/${r.id}/pdf`}>下载 PDF</a>
                <Link href={`${base}/${r.id}/print`}>打印</Link>
              </span>
            ) : (
              "—"
            ),
          className: "whitespace-nowrap",
        },
      ]}
    />
  );
}
