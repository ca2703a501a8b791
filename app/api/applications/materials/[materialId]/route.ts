import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { clientInfoFromHeaders } from "@/lib/security/client-info";
import { readApplicationMaterial } from "@/lib/applications/materials";
import { EXTENSION_OF } from "@/lib/files/file-type";

export const dynamic = "force-dynamic";

/** Download of one material: its applicant (or unit) and staff only; anyone else gets 404 (U9). */
export async function GET(request: Request, { params }: { params: Promise<{ materialId: string }> }) {
  try {
    const user = await requireRole("PERSON", "UNIT", "STAFF", "ADMIN");
    const { materialId } = await params;
    const file = await readApplicationMaterial({ ...user, ...clientInfoFromHeaders(request.headers) }, materialId);
    const filename = encodeURIComponent(file.name);
    return new Response(Buffer.from(file.content), {
      headers: {
        "Content-Type": file.mime,
        // attachment + nosniff: the browser never renders an upload as a page.
        "Content-Disposition": `attachment; filename="material.${EXTENSION_OF[file.mime as keyof typeof EXTENSION_OF] ?? "bin"}"; filename*=UTF-8''${filename}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ code: error.code, message: error.message }, { status: error.httpStatus });
    throw error;
  }
}
