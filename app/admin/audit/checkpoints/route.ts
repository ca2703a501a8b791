import { defineRoute } from "@/lib/actions/route-handler";
import { exportTraceCheckpoints } from "@/lib/audit/checkpoint";
import { formatShanghai } from "@/lib/calendar";

export const dynamic = "force-dynamic";

/** S6: the administrator downloads every signed trace checkpoint, to keep outside the platform. */
export const GET = defineRoute(["ADMIN"], async (_request, { actor, now }) => {
  const file = await exportTraceCheckpoints(actor, now);
  const day = formatShanghai(now, "date").replaceAll("-", "");
  return new Response(JSON.stringify(file, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="trace-checkpoints-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
