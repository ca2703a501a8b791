import { requirePageRole } from "@/lib/auth/session";
import { CertificatePrint } from "@/components/certificates/certificate-print";

export const metadata = { title: "打印证明" };

export default async function CertificatePrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["PERSON"], `/person/certificates/${id}/print`);
  return <CertificatePrint actor={user} id={id} />;
}
