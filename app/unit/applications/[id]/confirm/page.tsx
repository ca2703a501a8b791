import { requirePageRole } from "@/lib/auth/session";
import { ConfirmApplication } from "@/components/applications/confirm-application";
import { findApplicationOr404 } from "@/components/applications/find-or-404";

export const metadata = { title: "核对申请" };

export default async function ConfirmApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["UNIT"], `/unit/applications/${id}/confirm`);
  const app = await findApplicationOr404(user, id);
  return <ConfirmApplication actor={{ ...user, role: "UNIT" }} app={app} />;
}
