/**
 * The asker's side of the mailbox (K1), shared by persons and unit handlers: the same pages
 * under /person/consult and /unit/consult, each route naming only its role.
 */
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { getMyConsultation } from "@/lib/consultation/queries";
import { orNotFound } from "@/components/or-not-found";
import { ConsultationDetail } from "./consultation-detail";
import { ConsultationForm } from "./consultation-form";

type AskerRole = "PERSON" | "UNIT";

export async function NewConsultationPage({ role }: { role: AskerRole }) {
  const user = await requirePageRole([role], areaPath(role, "consult/new"));
  return (
    <div className="space-y-4">
      <h1>写信咨询</h1>
      <p className="text-slate-700">咨询、建议、投诉和举报都可以在这里提交。经办机构在答复时限内答复，答复后通过站内消息通知您。</p>
      <ConsultationForm listPath={areaPath(user.role, "consult")} />
    </div>
  );
}

/** One of the caller's letters; another user's reads as "not found" (U9). */
export async function MyConsultationPage({ role, id }: { role: AskerRole; id: string }) {
  const user = await requirePageRole([role], areaPath(role, `consult/${id}`));
  const letter = await orNotFound(getMyConsultation(user, id));
  return <ConsultationDetail role={user.role} letter={letter} />;
}
