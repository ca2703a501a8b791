import { actorOf } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { clientInfoFromHeaders } from "@/lib/security/client-info";
import { exportTraceCheckpoints } from "@/lib/audit/checkpoint";
import { formatShanghai } from "@/lib/calendar";

export const dynamic = "force-dynamic";

/** S6: the administrator downloads every signed trace checkpoint, to keep outside the platform. */
export async function GET(request: Request) {
  try {
    const user = await requireRole("ADMIN");
    const now = new Date();
    const file = await exportTraceCheckpoints(actorOf(user, clientInfoFromHeaders(request.headers)), now);
    const day = formatShanghai(now, "date").replaceAll("-", "");
    return new Response(JSON.stringify(file, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="trace-checkpoints-${day}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ code: error.code, message: error.message }, { status: error.httpStatus });
    throw error;
  }
}
