import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { getMyConsultation } from "@/lib/consultation/queries";
import { ConsultationDetail } from "@/components/consultation/consultation-detail";

export const metadata = { title: "信件详情" };

export default async function ConsultationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["PERSON"], `/person/consult/${id}`);
  // Another user's letter reads as "not found" (U9).
  const letter = await getMyConsultation(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <ConsultationDetail role={user.role} letter={letter} />;
}
