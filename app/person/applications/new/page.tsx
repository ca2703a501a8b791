import { requirePageRole } from "@/lib/auth/session";
import { textParam, type SearchParams } from "@/lib/validation/search-params";
import { NewApplication } from "@/components/applications/new-application";

export const metadata = { title: "填写申请" };

export default async function NewApplicationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageRole(["PERSON"], "/person/applications/new");
  return <NewApplication role="PERSON" itemCode={textParam(await searchParams, "item")} />;
}
