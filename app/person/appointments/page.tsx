import { requirePageRole } from "@/lib/auth/session";
import { MyAppointments } from "@/components/appointments/my-appointments";

export const metadata = { title: "我的预约" };

export default async function AppointmentsPage() {
  const user = await requirePageRole(["PERSON"], "/person/appointments");
  return <MyAppointments user={user} />;
}
