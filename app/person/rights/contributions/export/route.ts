import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { clientInfoFromHeaders } from "@/lib/security/client-info";
import { exportContributionHistory } from "@/lib/inquiry/export-contributions";

export const dynamic = "force-dynamic";

/** Q5: the person's whole contribution history as a CSV stream, never one rendered page. */
export async function GET(request: Request) {
  try {
    const user = await requireRole("PERSON");
    const { stream, filename } = await exportContributionHistory({ ...user, ...clientInfoFromHeaders(request.headers) }, new Date());
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="contributions.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ code: error.code, message: error.message }, { status: error.httpStatus });
    throw error;
  }
}
