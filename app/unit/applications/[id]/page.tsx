import { requirePageRole } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/validation/search-params";
import { ApplicationDetail } from "@/components/applications/application-detail";
import { findApplicationOr404 } from "@/components/applications/find-or-404";

export const metadata = { title: "申请详情" };

export default async function ApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const user = await requirePageRole(["UNIT"], `/unit/applications/${id}`);
  const app = await findApplicationOr404(user, id);
  return <ApplicationDetail actor={user} app={app} params={await searchParams} now={new Date()} />;
}
