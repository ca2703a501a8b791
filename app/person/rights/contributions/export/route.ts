import { defineRoute } from "@/lib/actions/route-handler";
import { exportContributionHistory } from "@/lib/inquiry/export-contributions";

export const dynamic = "force-dynamic";

/** Q5: the person's whole contribution history as a CSV stream, never one rendered page. */
export const GET = defineRoute(["PERSON"], async (_request, { actor, now }) => {
  const { stream, filename } = await exportContributionHistory(actor, now);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="contributions.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
});
