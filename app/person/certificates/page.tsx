import { requirePageRole } from "@/lib/auth/session";
import { CertificateCenter } from "@/components/certificates/certificate-center";

export const metadata = { title: "证明打印" };

export default async function CertificatesPage() {
  const user = await requirePageRole(["PERSON"], "/person/certificates");
  return <CertificateCenter actor={user} intro="根据核心业务系统中您本人的参保、缴费和待遇数据开具电子证明。每份证明带有电子印章、防伪码、二维码和平台 SM2 电子签名，与纸质证明具有同等效力。" />;
}
