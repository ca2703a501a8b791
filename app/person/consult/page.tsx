import { requirePageRole } from "@/lib/auth/session";
import { MyConsultations } from "@/components/consultation/my-consultations";

export const metadata = { title: "我的咨询投诉" };

export default async function ConsultationsPage() {
  const user = await requirePageRole(["PERSON"], "/person/consult");
  return <MyConsultations user={user} />;
}
