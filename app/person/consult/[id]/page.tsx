import { MyConsultationPage } from "@/components/consultation/my-consultation-pages";

export const metadata = { title: "信件详情" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <MyConsultationPage role="PERSON" id={(await params).id} />;
}
