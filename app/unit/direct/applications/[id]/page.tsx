import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { unitAccessApplication } from "@/lib/direct-access/queries";
import { AppError } from "@/lib/errors/app-error";
import { AccessDetail } from "@/components/direct-access/access-detail";
import { pageUnitContext } from "../../unit-context";

export const metadata = { title: "接入申请详情" };

export default async function UnitAccessApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["UNIT"], `/unit/direct/applications/${id}`);
  const unit = pageUnitContext(user);
  if (!unit) notFound();
  const app = await unitAccessApplication(unit, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="space-y-4">
      <h1>接入申请详情</h1>
      <AccessDetail app={app} letterHref={`/api/direct-access/letters/${app.id}`} />
    </div>
  );
}
