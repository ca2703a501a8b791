import { requirePageRole } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/validation/search-params";
import { ApplicationList } from "@/components/applications/application-list";

export const metadata = { title: "网上申报" };

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageRole(["UNIT"], "/unit/applications");
  return <ApplicationList actor={{ ...user, role: "UNIT" }} params={await searchParams} />;
}
