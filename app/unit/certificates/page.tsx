import { requirePageRole } from "@/lib/auth/session";
import { CertificateCenter } from "@/components/certificates/certificate-center";

export const metadata = { title: "证明打印" };

export default async function CertificatesPage() {
  const user = await requirePageRole(["UNIT"], "/unit/certificates");
  return <CertificateCenter actor={user} intro="根据核心业务系统中本单位的参保数据开具单位参保证明；职工个人的参保证明在“参保职工”中该职工的页面开具。每份证明带有电子印章、防伪码、二维码和平台 SM2 电子签名。" />;
}
