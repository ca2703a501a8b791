import { requirePageRole } from "@/lib/auth/session";
import { findOwnCertificate } from "@/lib/certificates/certificates";
import { singleParam, type SearchParams } from "@/lib/validation/search-params";
import { CertificateDetail } from "@/components/certificates/certificate-detail";
import { orNotFound } from "@/components/or-not-found";

export const metadata = { title: "证明详情" };

export default async function CertificatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const user = await requirePageRole(["UNIT"], `/unit/certificates/${id}`);
  const cert = await orNotFound(findOwnCertificate(user, id));
  const query = await searchParams;
  const flag = singleParam(query, "issued") ? "issued" : singleParam(query, "same") ? "same" : null;
  return <CertificateDetail actor={user} cert={cert} flag={flag} />;
}
