import Link from "next/link";
import type { UserActor } from "@/lib/auth/actor";
import { areaPath } from "@/lib/auth/roles";
import { listApplicationCertificates } from "@/lib/certificates/certificates";
import { KIND_LABELS } from "@/lib/certificates/content";
import { NOTICE_STATUSES } from "@/lib/certificates/issue-certificate";
import { IssueButton } from "./issue-button";

/**
 * D1: the acceptance notice once the application is accepted, the result notice once it is
 * decided; and the notices already issued for it, with download and print.
 */
export async function ApplicationNotices({ actor, application }: { actor: UserActor; application: { id: string; status: string; acceptedAt: Date | null } }) {
  const kinds = (["ACCEPTANCE_NOTICE", "RESULT_NOTICE"] as const).filter(
    (k) => NOTICE_STATUSES[k].includes(application.status) && (k !== "ACCEPTANCE_NOTICE" || application.acceptedAt),
  );
  if (kinds.length === 0) return null;
  const issued = (await listApplicationCertificates(actor, application.id)).filter((c) => c.status === "VALID");
  const base = areaPath(actor.role, "certificates");
  return (
    <section aria-labelledby="notices-heading" className="card space-y-3">
      <h2 id="notices-heading">通知书</h2>
      <ul className="space-y-2">
        {kinds.map((kind) => {
          const cert = issued.find((c) => c.kind === kind);
          return (
            <li key={kind} className="flex flex-wrap items-center gap-3">
              <span className="font-medium">{KIND_LABELS[kind]}</span>
              {cert ? (
                <>
                  <span className="font-mono text-sm">{cert.code}</span>
                  <a href={`/api/certificates/${cert.id}/pdf`}>下载 PDF</a>
                  <Link href={`${base}/${cert.id}/print`}>打印</Link>
                </>
              ) : (
                <IssueButton kind={kind} applicationId={application.id} label={`开具${KIND_LABELS[kind]}`} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
