import { requirePageRole } from "@/lib/auth/session";
import { MyAppointments } from "@/components/appointments/my-appointments";

export const metadata = { title: "单位预约" };

export default async function AppointmentsPage() {
  const user = await requirePageRole(["UNIT"], "/unit/appointments");
  return <MyAppointments user={user} />;
}
