import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { isUnitBlacklisted } from "@/lib/disclosure/credit";
import { staffAccessApplication } from "@/lib/direct-access/queries";
import { AppError } from "@/lib/errors/app-error";
import { AccessDetail } from "@/components/direct-access/access-detail";
import { StaffReview } from "@/components/direct-access/staff-review";

export const metadata = { title: "接入申请审核" };

export default async function StaffAccessApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(["STAFF", "ADMIN"], `/staff/direct/applications/${id}`);
  const app = await staffAccessApplication(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const blacklisted = await isUnitBlacklisted(app.creditCode, new Date());
  return (
    <div className="space-y-4">
      <h1>接入申请审核</h1>
      <AccessDetail app={app} letterHref={`/api/direct-access/letters/${app.id}`} />
      {app.status === "SUBMITTED" && <section className="space-y-2"><h2>审核</h2><StaffReview id={app.id} blacklisted={blacklisted} /></section>}
      {app.enterpriseId && <p><Link href={areaPath("STAFF", `direct/enterprises/${app.enterpriseId}`)} className="underline">查看接入企业</Link></p>}
    </div>
  );
}
