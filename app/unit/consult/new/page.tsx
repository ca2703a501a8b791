import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { ConsultationForm } from "@/components/consultation/consultation-form";

export const metadata = { title: "写信咨询" };

export default async function NewConsultationPage() {
  const user = await requirePageRole(["UNIT"], "/unit/consult/new");
  return (
    <div className="space-y-4">
      <h1>写信咨询</h1>
      <p className="text-slate-700">咨询、建议、投诉和举报都可以在这里提交。经办机构在答复时限内答复，答复后通过站内消息通知您。</p>
      <ConsultationForm listPath={areaPath(user.role, "consult")} />
    </div>
  );
}
