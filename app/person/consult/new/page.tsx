import { NewConsultationPage } from "@/components/consultation/my-consultation-pages";

export const metadata = { title: "写信咨询" };

export default function Page() {
  return <NewConsultationPage role="PERSON" />;
}
